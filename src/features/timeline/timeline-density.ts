import type { DatasetIndex } from '@/domain/dataset/dataset-index';
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

interface CategoryTimes {
  /** Fact ids in start order, with their starts and ends. */
  readonly ids: readonly string[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** The same ends, sorted: `count` subtracts the facts that ended before a bin. */
  readonly sortedEnds: Float64Array;
}

/** The shown facts by category, sorted for counting by binary search. */
export interface TimeIndex {
  readonly total: number;
  readonly categories: ReadonlyMap<string, CategoryTimes>;
  /** The span of the shown facts; `null` when none is shown. */
  readonly extent: Interval | null;
  readonly intervalOf: (factId: string) => Interval | undefined;
}

/** Every fact of a dataset in time order, as arrays: built once per dataset. */
interface TimeOrder {
  readonly ids: readonly string[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Per fact, its category's position in `categoryIds`. */
  readonly category: Uint16Array;
  readonly categoryIds: readonly string[];
}

const orders = new WeakMap<DatasetIndex, TimeOrder>();
const unfiltered = new WeakMap<DatasetIndex, TimeIndex>();

function timeOrderOf(index: DatasetIndex): TimeOrder {
  let order = orders.get(index);
  if (order) return order;
  // Facts without a date are the tail of the time order; the timeline leaves them out.
  const facts = index.factsInTimeOrder.slice(
    0,
    index.factsInTimeOrder.length - index.factsWithoutTime.length,
  );
  const categoryIds: string[] = [];
  const categoryAt = new Map<string, number>();
  // From the index's typed arrays: no interval is looked up by id (70 ms at 100,000 facts).
  const { order: positions, starts: startAt, ends: endAt } = index.parts;
  const starts = new Float64Array(facts.length);
  const ends = new Float64Array(facts.length);
  const category = new Uint16Array(facts.length);
  const ids: string[] = new Array(facts.length);
  for (let t = 0; t < facts.length; t++) {
    const fact = facts[t]!;
    starts[t] = startAt[positions[t]!]!;
    ends[t] = endAt[positions[t]!]!;
    ids[t] = fact.id;
    let at = categoryAt.get(fact.category);
    if (at === undefined) {
      at = categoryIds.length;
      categoryIds.push(fact.category);
      categoryAt.set(fact.category, at);
    }
    category[t] = at;
  }
  order = { ids, starts, ends, category, categoryIds };
  orders.set(index, order);
  return order;
}

/**
 * The index for the facts that pass the filters (`null`: all). One pass over typed arrays per
 * filter (100,000 facts: about 10 ms), the unfiltered one once per dataset.
 */
export function buildTimeIndex(
  index: DatasetIndex,
  matching: ReadonlySet<string> | null,
): TimeIndex {
  if (matching === null) {
    const known = unfiltered.get(index);
    if (known) return known;
  }
  const order = timeOrderOf(index);
  const picked: number[][] = order.categoryIds.map(() => []);
  if (matching === null || matching.size * 8 > order.ids.length) {
    for (let t = 0; t < order.ids.length; t++) {
      if (matching === null || matching.has(order.ids[t]!)) picked[order.category[t]!]!.push(t);
    }
  } else {
    // A few of many: their ranks, sorted, instead of a walk through all facts.
    for (const id of matching) {
      const t = index.timeRank.get(id);
      if (t !== undefined && t < order.ids.length) picked[order.category[t]!]!.push(t);
    }
    for (const list of picked) list.sort((a, b) => a - b);
  }
  const categories = new Map<string, CategoryTimes>();
  let start = Infinity;
  let end = -Infinity;
  let total = 0;
  picked.forEach((positions, c) => {
    if (positions.length === 0) return;
    const starts = new Float64Array(positions.length);
    const ends = new Float64Array(positions.length);
    const ids: string[] = new Array(positions.length);
    positions.forEach((t, i) => {
      starts[i] = order.starts[t]!;
      ends[i] = order.ends[t]!;
      ids[i] = order.ids[t]!;
    });
    categories.set(order.categoryIds[c]!, {
      ids,
      starts,
      ends,
      sortedEnds: Float64Array.from(ends).sort(),
    });
    start = Math.min(start, starts[0]!);
    for (const value of ends) if (value > end) end = value;
    total += positions.length;
  });
  const times: TimeIndex = {
    total,
    categories,
    extent: total === 0 ? null : { start, end },
    intervalOf: (factId) => index.intervals.get(factId),
  };
  if (matching === null) unfiltered.set(index, times);
  return times;
}

/** The number of values in the sorted array below `value` (or at most `value` when `inclusive`). */
function rank(sorted: Float64Array, value: number, inclusive: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value || (inclusive && sorted[mid] === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Facts of a category overlapping `[start, end)`: started before its end, not ended by its start. */
function countOverlapping(times: CategoryTimes, start: number, end: number): number {
  return rank(times.starts, end, false) - rank(times.sortedEnds, start, true);
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
