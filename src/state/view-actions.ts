import type { Lang } from '@/domain/lang';
import type { ViewStore } from './view-store';

/**
 * Actions are plain functions over a store. Only user events call them: a widget that is
 * told about a selection must not call back in (see docs/architecture.md).
 */

/** Selecting a fact keeps the selected place, so the user can go back to its list. */
export function selectFact(store: ViewStore, factId: string | null): void {
  store.setState({ selectedFactId: factId });
}

/** Selecting a place shows its facts: the fact selection is cleared. */
export function selectPlace(store: ViewStore, placeId: string | null): void {
  store.setState({ selectedPlaceId: placeId, selectedFactId: null });
}

export function clearSelection(store: ViewStore): void {
  store.setState({ selectedFactId: null, selectedPlaceId: null });
}

export function setLang(store: ViewStore, lang: Lang): void {
  store.setState({ lang });
}

export function setCursor(store: ViewStore, at: number | null): void {
  store.setState({ cursor: at });
}
