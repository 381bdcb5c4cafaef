import type { DatasetIndex } from './dataset-index';
import type { Interval } from '../time/partial-date';

/**
 * The facts that pass the filters, by category and time, sorted for counting by binary search:
 * how many facts of a category overlap any span, in O(log n). Built from the index's typed
 * arrays once per filter; the timeline's density bands and the data source read it.
 */
export interface CategoryTimes {
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
export function rank(sorted: Float64Array, value: number, inclusive: boolean): number {
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
export function countOverlapping(times: CategoryTimes, start: number, end: number): number {
  return rank(times.starts, end, false) - rank(times.sortedEnds, start, true);
}
