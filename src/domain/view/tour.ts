import { parseCamera, type Camera } from './camera';
import type { DatasetIndex } from '../dataset/dataset-index';
import type { Tour, TourStep } from '../dataset/dataset-schema';
import { dayOf, formatPartialDateIso, type Interval } from '../time/partial-date';
import { selectMapAnchor } from '../dataset/selectors';
import { factTimeStart } from '../time/fact-time';
import { frameInterval, spanOf } from '../time/time-frame';
import type { TimeWindow } from './view-state';

/** What a step shows, in the view's terms; every view follows it as it follows a user's choice. */
export interface TourStepView {
  readonly fact: string | null;
  readonly place: string | null;
  readonly window: TimeWindow | null;
  readonly at: string | null;
  /** `null`: the map frames the selected fact's places, as for any fact selection. */
  readonly camera: Camera | null;
}

/** The zoom a place-only step opens at when it sets no camera: a town and its surroundings. */
export const PLACE_STEP_ZOOM = 9;

export function findTour(index: DatasetIndex, tourId: string): Tour | undefined {
  return index.dataset.tours?.find((tour) => tour.id === tourId);
}

/** The step at a 1-based position, or `undefined` when the tour has no such step. */
export function tourStep(tour: Tour, step: number): TourStep | undefined {
  return Number.isInteger(step) && step >= 1 ? tour.steps[step - 1] : undefined;
}

const dayIso = (ms: number) => formatPartialDateIso(dayOf(ms));

function windowOf(interval: Interval): TimeWindow {
  const frame = frameInterval(interval);
  // `to` is inclusive at day precision: the last day that starts inside the frame.
  return { from: dayIso(frame.start), to: dayIso(frame.end - 1) };
}

/**
 * The view a step shows. Its own `view` wins, part by part; what it leaves out frames the
 * step's fact (its time, the cursor at its start, the map on its places) or else its place
 * (the span of the place's facts, the cursor at the earliest, the camera on the place).
 */
export function tourStepView(index: DatasetIndex, step: TourStep): TourStepView {
  const fact = step.fact === undefined ? undefined : index.facts.get(step.fact);
  const placeId = step.place ?? null;
  let window: TimeWindow | null = null;
  let at: string | null = null;
  let camera: Camera | null = null;
  if (fact) {
    // A fact without a date (a story's slide) leaves the timeline as it is.
    const interval = index.intervals.get(fact.id);
    if (interval) window = windowOf(interval);
    at = factTimeStart(fact.time) ?? null;
  } else if (placeId !== null) {
    const ids = index.factIdsByPlace.get(placeId) ?? [];
    const span = spanOf(ids.flatMap((id) => index.intervals.get(id) ?? []));
    if (span) {
      window = windowOf(span);
      at = dayIso(span.start);
    }
    const anchor = selectMapAnchor(index, placeId);
    if (anchor?.coordinates) {
      const [lon, lat] = anchor.coordinates;
      camera = { lon, lat, zoom: PLACE_STEP_ZOOM };
    }
  }
  const view = step.view;
  if (view?.from !== undefined && view.to !== undefined) window = { from: view.from, to: view.to };
  if (view?.at !== undefined) at = view.at;
  if (view?.map !== undefined) camera = parseCamera(view.map) ?? camera;
  return { fact: fact?.id ?? null, place: placeId, window, at, camera };
}

/**
 * Whether the view still shows the step: its fact and place are what is selected. A reader
 * who selects something else has paused the tour; it is not lost.
 */
export function isShowingStep(
  selection: { readonly fact: string | null; readonly place: string | null },
  step: TourStep,
): boolean {
  return selection.fact === (step.fact ?? null) && selection.place === (step.place ?? null);
}
