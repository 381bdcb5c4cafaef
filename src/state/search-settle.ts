/**
 * When a search reaches the views (see AppliedQuery). Kept apart, without imports, so the
 * end-to-end tests check the same figures the app uses.
 */

/** From this many facts, the views apply a search once typing pauses, not per keystroke. */
export const SETTLE_SEARCH_FROM = 2000;
/** The pause, in milliseconds. */
export const SEARCH_SETTLE_MS = 200;
