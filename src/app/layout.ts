/**
 * The two layouts' media queries. app.css switches at the same width (56rem); the build's
 * preload links (vite.config.ts) and the deferred views (DeferredView.tsx) read them from here.
 */
export const NARROW_LAYOUT = '(max-width: 56rem)';
export const WIDE_LAYOUT = '(min-width: 56.01rem)';

/**
 * On the narrow layout a view mounts once its region's top has come above this line, as a
 * share of the viewport's height from the bottom: a sliver of a region at the bottom of the
 * first screen does not load a megabyte of map.
 */
export const DEFER_UNTIL_BELOW = 0.25;
