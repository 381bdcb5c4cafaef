import type { Dataset, Entity, Fact, Place, Source } from './dataset-schema';
import { factTimeInterval } from '../time/fact-time';
import type { Interval } from '../time/partial-date';

/**
 * Lookups built once per dataset, so that selectors run in time proportional to their
 * answer rather than to the dataset (a selection at 10,000 facts must stay instant).
 */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly facts: ReadonlyMap<string, Fact>;
  readonly places: ReadonlyMap<string, Place>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly sources: ReadonlyMap<string, Source>;
  /**
   * Facts in time order: by start, then end, then id, so the order is stable; facts without a
   * date last, in the file's order (a story's slides keep theirs).
   */
  readonly factsInTimeOrder: readonly Fact[];
  /** Facts without a date (the tail of `factsInTimeOrder`): in the list and on the map only. */
  readonly factsWithoutTime: readonly Fact[];
  /** Fact id → its position in `factsInTimeOrder`, to sort a subset without walking them all. */
  readonly timeRank: ReadonlyMap<string, number>;
  /** Fact id → its interval; facts without a date have none. */
  readonly intervals: ReadonlyMap<string, Interval>;
  /** Facts none of whose places can be drawn (no coordinates up their chain), in time order. */
  readonly factsWithoutMapPoint: readonly Fact[];
  /** The lookups above as numbers by position in `dataset.facts` (see DatasetIndexParts). */
  readonly parts: DatasetIndexParts;
  /** Place id → ids of facts at it or at any place inside it, in time order. */
  readonly factIdsByPlace: ReadonlyMap<string, readonly string[]>;
}

/**
 * The index's lookups as numbers: positions are indexes into `dataset.facts` (the file's
 * order). Typed arrays, so the dataset worker hands them to the page without copying.
 */
export interface DatasetIndexParts {
  /** Fact positions in time order (by start, end, id). */
  readonly order: Int32Array;
  /** Per position, the fact's interval (UTC ms); `Infinity` for both ends without a date. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Place id → positions of the facts at it or inside it, in time order. */
  readonly byPlace: ReadonlyMap<string, Int32Array>;
  /** Positions of the facts none of whose places has coordinates up its chain, in time order. */
  readonly unmapped: Int32Array;
}

const UNDATED: Interval = { start: Infinity, end: Infinity };

export function createDatasetIndex(dataset: Dataset): DatasetIndex {
  return assembleDatasetIndex(dataset, computeIndexParts(dataset));
}

/**
 * The sorting and place walks behind the index, on typed arrays (100,000 facts: about 0.2 s;
 * comparing through maps took 0.6 s). The worker runs it; `assembleDatasetIndex` fills maps.
 */
export function computeIndexParts(dataset: Dataset): DatasetIndexParts {
  const facts = dataset.facts;
  const n = facts.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  // Facts that share a time object (a Parquet table's facts of one date) compute it once.
  const computed = new Map<object, Interval>();
  facts.forEach((fact, i) => {
    let interval = UNDATED;
    if (fact.time) {
      const known = computed.get(fact.time);
      if (known) interval = known;
      else computed.set(fact.time, (interval = factTimeInterval(fact.time)));
    }
    starts[i] = interval.start;
    ends[i] = interval.end;
  });
  // Ties (many facts of one year) are broken by id: by each id's rank in a native sort of
  // the ids (the same order as `<`), so the comparator compares numbers, not strings (a
  // million facts: 3 s of string compares before).
  const ids = facts.map((fact) => fact.id);
  const rankOfId = new Map([...ids].sort().map((id, rank) => [id, rank]));
  const idRank = Int32Array.from(ids, (id) => rankOfId.get(id)!);
  const byIds = (a: number, b: number) => idRank[a]! - idRank[b]!;
  // Compared, not subtracted: Infinity - Infinity is NaN. Undated facts keep the file's order.
  const compare = (x: number, y: number) => (x < y ? -1 : x > y ? 1 : 0);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      compare(starts[a]!, starts[b]!) ||
      compare(ends[a]!, ends[b]!) ||
      (starts[a] === Infinity ? a - b : byIds(a, b)),
  );
  const places = new Map(dataset.places.map((place) => [place.id, place]));
  const chains = new Map<string, string[]>();
  const chainOf = (placeId: string) => {
    let chain = chains.get(placeId);
    if (!chain) {
      chain = ancestry(places, placeId);
      chains.set(placeId, chain);
    }
    return chain;
  };
  const drawable = new Map<string, boolean>();
  const isDrawable = (placeId: string) => {
    let known = drawable.get(placeId);
    if (known === undefined) {
      known = chainOf(placeId).some((id) => places.get(id)?.coordinates !== undefined);
      drawable.set(placeId, known);
    }
    return known;
  };
  const unmapped: number[] = [];
  const lists = new Map<string, number[]>();
  const add = (placeId: string, position: number) => {
    const list = lists.get(placeId);
    if (list) list.push(position);
    else lists.set(placeId, [position]);
  };
  for (const position of order) {
    const named = facts[position]!.places;
    if (!named.some(isDrawable)) unmapped.push(position);
    if (named.length === 1) {
      for (const id of chainOf(named[0]!)) add(id, position);
      continue;
    }
    const reached = new Set<string>();
    for (const placeId of named) for (const id of chainOf(placeId)) reached.add(id);
    for (const id of reached) add(id, position);
  }
  const byPlace = new Map<string, Int32Array>();
  for (const [id, list] of lists) byPlace.set(id, Int32Array.from(list));
  return { order, starts, ends, byPlace, unmapped: Int32Array.from(unmapped) };
}

/** The place and all places it lies in, nearest first. Stops at cycles and unknown ids. */
export function ancestry(places: ReadonlyMap<string, Place>, placeId: string): string[] {
  const chain: string[] = [];
  for (let id: string | undefined = placeId; id !== undefined && !chain.includes(id);) {
    chain.push(id);
    id = places.get(id)?.parent;
  }
  return chain;
}

/**
 * The same index from lookups computed elsewhere (the dataset worker), as positions into
 * `dataset.facts`: only maps are filled here, nothing is sorted or walked up a place chain.
 */
export function assembleDatasetIndex(dataset: Dataset, parts: DatasetIndexParts): DatasetIndex {
  const assembler = createIndexAssembler(parts);
  assembler.add(dataset.facts, 0);
  return assembler.finish(dataset);
}

/**
 * Assembles the index while the facts arrive in chunks: each chunk's lookups are filled as it
 * comes (its own task), so the last step only orders and groups.
 */
export function createIndexAssembler(parts: DatasetIndexParts): {
  add(chunk: readonly Fact[], from: number): void;
  finish(dataset: Dataset): DatasetIndex;
} {
  const facts = new Map<string, Fact>();
  const intervals = new Map<string, Interval>();
  const timeRank = new Map<string, number>();
  // Facts of the same dates share one interval (read-only): a million facts hold some
  // thousands of distinct ones, not a million objects.
  const shared = new Map<number, Map<number, Interval>>();
  const intervalOf = (start: number, end: number): Interval => {
    let byEnd = shared.get(start);
    if (!byEnd) shared.set(start, (byEnd = new Map()));
    let interval = byEnd.get(end);
    if (!interval) byEnd.set(end, (interval = { start, end }));
    return interval;
  };
  const rankAt = new Int32Array(parts.order.length);
  parts.order.forEach((position, rank) => (rankAt[position] = rank));
  return {
    add(chunk, from) {
      chunk.forEach((fact, j) => {
        const i = from + j;
        facts.set(fact.id, fact);
        const start = parts.starts[i]!;
        if (start !== Infinity) intervals.set(fact.id, intervalOf(start, parts.ends[i]!));
        timeRank.set(fact.id, rankAt[i]!);
      });
    },
    finish(dataset) {
      const all = dataset.facts;
      const factIdsByPlace = new Map<string, readonly string[]>();
      for (const [placeId, positions] of parts.byPlace) {
        factIdsByPlace.set(
          placeId,
          Array.from(positions, (i) => all[i]!.id),
        );
      }
      let dated = parts.order.length;
      while (dated > 0 && parts.starts[parts.order[dated - 1]!] === Infinity) dated--;
      const factsInTimeOrder = Array.from(parts.order, (i) => all[i]!);
      return {
        dataset,
        facts,
        places: byId(dataset.places),
        entities: byId(dataset.entities),
        sources: byId(dataset.sources),
        factsInTimeOrder,
        factsWithoutTime: factsInTimeOrder.slice(dated),
        timeRank,
        factsWithoutMapPoint: Array.from(parts.unmapped, (i) => all[i]!),
        parts,
        intervals,
        factIdsByPlace,
      };
    },
  };
}

/**
 * The index with other coordinates for places that already had some (the reader chose
 * another town of the same name): nothing that depends on which places can be drawn changes,
 * so the lookups are reused.
 */
export function withPlaceCoordinates(
  index: DatasetIndex,
  coordinates: ReadonlyMap<string, readonly [number, number]>,
): DatasetIndex {
  const moved = [...coordinates].filter(([id]) => index.places.get(id)?.coordinates);
  if (moved.length === 0) return index;
  const places = new Map(index.places);
  for (const [id, [lon, lat]] of moved)
    places.set(id, { ...places.get(id)!, coordinates: [lon, lat] });
  const dataset = { ...index.dataset, places: index.dataset.places.map((p) => places.get(p.id)!) };
  return { ...index, dataset, places };
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
