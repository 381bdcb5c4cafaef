import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import { findTour, tourStep, tourStepView } from '@/domain/view/tour';
import type { Lang } from '@/domain/text/lang';
import type { Camera } from '@/domain/view/camera';
import type { IgnoredParam, TimeWindow } from '@/domain/view/view-state';
import type { ViewState, ViewStore } from './view-store';

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

/** The cursor as a partial date (the timeline sets days). */
export function setCursor(store: ViewStore, at: string | null): void {
  store.setState({ cursor: at });
}

export function setWindow(store: ViewStore, window: TimeWindow | null): void {
  store.setState({ window });
}

export function setCamera(store: ViewStore, camera: Camera | null): void {
  store.setState({ camera });
}

export function setQuery(store: ViewStore, query: string): void {
  store.setState({ query });
}

/** Shows or hides one category; with all hidden but one toggled, the list is explicit. */
export function toggleCategory(store: ViewStore, categoryId: string): void {
  const current = store.getState().categories;
  store.setState({
    categories: current.includes(categoryId)
      ? current.filter((id) => id !== categoryId)
      : [...current, categoryId],
  });
}

export function setQuotedOnly(store: ViewStore, quotedOnly: boolean): void {
  store.setState({ quotedOnly });
}

export function clearFilters(store: ViewStore): void {
  store.setState({ query: '', categories: [], quotedOnly: false });
}

/**
 * Switches to the dataset at `url`, or to one opened from a file by its `local:` key (kept in
 * the link either way); `null` for the bundled one.
 */
export function openDatasetUrl(store: ViewStore, url: string | null): void {
  store.setState({ dataUrl: url });
}

/** The reader opens another dataset: its places are framed, not the last one's camera kept. */
export function openNewDataset(store: ViewStore, url: string | null): void {
  store.setState({ dataUrl: url, camera: null });
}

/**
 * Shows step `step` (1-based) of a tour: its selection, time window, cursor and camera in one
 * change, so it is one history entry and every view follows as it does for a user's choice.
 * A step that sets no window (a place without dated facts) keeps the current one.
 */
export function showTourStep(
  store: ViewStore,
  index: DatasetIndex,
  tourId: string,
  step: number,
): void {
  const tour = findTour(index, tourId);
  const target = tour && tourStep(tour, step);
  if (!target) return;
  const view = tourStepView(index, target);
  const state = store.getState();
  store.setState({
    tour: { id: tourId, step },
    selectedFactId: view.fact,
    selectedPlaceId: view.place,
    window: view.window ?? state.window,
    cursor: view.at ?? state.cursor,
    camera: view.camera,
  });
}

/**
 * The running tour's next (`+1`) or previous (`-1`) step, as "Weiter" and "Zurück" go; nothing
 * without a tour or past its ends. Returns whether a step was shown.
 */
export function stepTour(store: ViewStore, index: DatasetIndex, delta: 1 | -1): boolean {
  const position = store.getState().tour;
  if (!position) return false;
  const tour = findTour(index, position.id);
  const step = position.step + delta;
  if (!tour || !tourStep(tour, step)) return false;
  showTourStep(store, index, tour.id, step);
  return true;
}

/** Ends the tour; the view stays as the last step (or the reader) left it. */
export function endTour(store: ViewStore): void {
  store.setState({ tour: null });
}

export function dismissNotice(store: ViewStore): void {
  store.setState({ ignored: [] });
}

/**
 * Once a dataset is loaded, drops selections, categories and tours it does not know (a link
 * made with an older dataset) and reports them in the notice. A link to a tour step that
 * selects nothing of its own (`?tour=…&step=2`) shows that step; the parts of the view the
 * link does set (window, cursor, camera) win over the step's.
 */
export function reconcileWithDataset(store: ViewStore, index: DatasetIndex): void {
  const state = store.getState();
  const ignored: IgnoredParam[] = [];
  const patch: { -readonly [K in keyof ViewState]?: ViewState[K] } = {};
  if (state.selectedFactId !== null && !index.facts.has(state.selectedFactId)) {
    ignored.push({ param: 'fact', value: state.selectedFactId, reason: 'unknown-fact' });
    patch.selectedFactId = null;
  }
  if (state.selectedPlaceId !== null && !index.places.has(state.selectedPlaceId)) {
    ignored.push({ param: 'place', value: state.selectedPlaceId, reason: 'unknown-place' });
    patch.selectedPlaceId = null;
  }
  const known = new Set(index.dataset.categories.map((c) => c.id));
  const unknown = state.categories.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    for (const value of unknown) ignored.push({ param: 'cat', value, reason: 'unknown-category' });
    patch.categories = state.categories.filter((id) => known.has(id));
  }
  if (state.tour !== null) {
    const tour = findTour(index, state.tour.id);
    const step = tour && tourStep(tour, state.tour.step);
    if (!tour) {
      ignored.push({ param: 'tour', value: state.tour.id, reason: 'unknown-tour' });
      patch.tour = null;
    } else if (!step) {
      ignored.push({ param: 'step', value: String(state.tour.step), reason: 'unknown-step' });
      patch.tour = null;
    } else if (state.selectedFactId === null && state.selectedPlaceId === null) {
      const view = tourStepView(index, step);
      Object.assign(patch, {
        selectedFactId: view.fact,
        selectedPlaceId: view.place,
        window: state.window ?? view.window,
        cursor: state.cursor ?? view.at,
        camera: state.camera ?? view.camera,
      });
    }
  }
  if (Object.keys(patch).length === 0) return;
  store.setState({
    ...patch,
    ...(ignored.length > 0 ? { ignored: [...state.ignored, ...ignored] } : {}),
  });
}
