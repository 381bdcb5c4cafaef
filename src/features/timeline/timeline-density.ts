import { countOverlapping, rank, type TimeIndex } from '@/domain/dataset/time-index';
import type { Interval } from '@/domain/time/partial-date';

/**
 * What the timeline draws for a window, so that vis-timeline never holds more than a few
 * hundred items: a category with few facts near the window shows them as items; a crowded one
 * shows a density band, one bar per time bin with the number of facts in it. Pure: dates in,
 * fact ids and bins out (docs/decisions.md, "The timeline draws density where facts crowd").
 */

/** Up to this many shown facts the timeline holds them all, as it always did (and clusters). */
export const ALL_ITEMS_UP_TO = 1000;
/** Above that, a category shows its facts as items when at most this many reach the range. */
export const ITEMS_PER_CATEGORY = 120;
/** Bins per visible window: about one per 45 px on a laptop screen, room for "12.345". */
export const BINS_PER_WINDOW = 24;

/** One bar of a density band: `count` facts overlap `[start, end)`. */
export interface DensityBin {
  readonly id: string;
  readonly group: string;
  readonly start: number;
  readonly end: number;
  readonly count: number;
  /** Selected facts among them. */
  readonly selected: number;
}

export interface TimelineView {
  /** Facts drawn one by one (ids, in time order per category). */
  readonly factIds: readonly string[];
  readonly bins: readonly DensityBin[];
}

/** Ids of the categories with a shown fact overlapping `[start, end)`. */
export function categoriesIn(times: TimeIndex, start: number, end: number): Set<string> {
  const ids = new Set<string>();
  for (const [id, category] of times.categories) {
    if (countOverlapping(category, start, end) > 0) ids.add(id);
  }
  return ids;
}

/** A bin width for a window: a whole number of hours, so bins sit on one grid while panning. */
export function binWidth(windowSpan: number): number {
  const hour = 3_600_000;
  return Math.max(hour, Math.round(windowSpan / BINS_PER_WINDOW / hour) * hour);
}

/**
 * What to draw for the window `[start, end)`. The range drawn reaches one window beyond each
 * side, so a pan shows drawn items and bins until it ends and the view is worked out again.
 * Selected facts are drawn as items wherever they are (up to `ITEMS_PER_CATEGORY` of them);
 * a larger selection shows in the bins it falls in.
 */
export function timelineView(
  times: TimeIndex,
  window: Interval,
  selected: ReadonlySet<string>,
): TimelineView {
  if (times.total <= ALL_ITEMS_UP_TO) {
    return { factIds: [...times.categories.values()].flatMap((c) => c.ids), bins: [] };
  }
  const span = Math.max(1, window.end - window.start);
  const from = window.start - span;
  const to = window.end + span;
  const factIds: string[] = [];
  const bins: DensityBin[] = [];
  const width = binWidth(span);
  const drawSelected = selected.size <= ITEMS_PER_CATEGORY;
  for (const [group, category] of times.categories) {
    const reaching = countOverlapping(category, from, to);
    if (reaching === 0) continue;
    if (reaching <= ITEMS_PER_CATEGORY) {
      // Starts are sorted: only facts starting before the range's end can reach into it.
      const last = rank(category.starts, to, false);
      for (let i = 0; i < last; i++) if (category.ends[i]! > from) factIds.push(category.ids[i]!);
      continue;
    }
    const selectedHere: Interval[] = [];
    // Without a selection no band's facts are walked: this runs after every pan and zoom.
    if (selected.size > 0) {
      category.ids.forEach((id, i) => {
        if (!selected.has(id)) return;
        if (drawSelected) factIds.push(id);
        else selectedHere.push({ start: category.starts[i]!, end: category.ends[i]! });
      });
    }
    const first = Math.floor(from / width);
    const lastBin = Math.ceil(to / width);
    for (let k = first; k < lastBin; k++) {
      const binStart = k * width;
      const binEnd = binStart + width;
      const count = countOverlapping(category, binStart, binEnd);
      if (count === 0) continue;
      let chosen = 0;
      for (const s of selectedHere) if (s.start < binEnd && s.end > binStart) chosen++;
      bins.push({
        id: `density:${group}:${width}:${k}`,
        group,
        start: binStart,
        end: binEnd,
        count,
        selected: drawSelected ? 0 : chosen,
      });
    }
  }
  return { factIds, bins };
}

/** How dense a bin looks, 1–4, on a log scale of its count relative to the fullest bin. */
export function densityLevel(count: number, fullest: number): 1 | 2 | 3 | 4 {
  if (fullest <= 1) return 1;
  const share = Math.log(count) / Math.log(fullest);
  return share > 0.85 ? 4 : share > 0.6 ? 3 : share > 0.3 ? 2 : 1;
}
