import type { Dataset, Entity, Fact, Place, Source } from './dataset-schema';
import { factTimeInterval } from './fact-time';
import type { Interval } from './partial-date';

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
  /** Facts in time order: by start, then end, then id, so the order is stable. */
  readonly factsInTimeOrder: readonly Fact[];
  readonly intervals: ReadonlyMap<string, Interval>;
  /** Place id → ids of facts at it or at any place inside it, in time order. */
  readonly factIdsByPlace: ReadonlyMap<string, readonly string[]>;
}

export function createDatasetIndex(dataset: Dataset): DatasetIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const places = byId(dataset.places);
  const intervals = new Map(dataset.facts.map((f) => [f.id, factTimeInterval(f.time)]));
  const factsInTimeOrder = [...dataset.facts].sort((a, b) => {
    const ia = intervals.get(a.id)!;
    const ib = intervals.get(b.id)!;
    return ia.start - ib.start || ia.end - ib.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  const factIdsByPlace = new Map<string, string[]>();
  for (const fact of factsInTimeOrder) {
    const reached = new Set<string>();
    for (const placeId of fact.places) {
      for (const id of ancestry(places, placeId)) reached.add(id);
    }
    for (const id of reached) {
      const list = factIdsByPlace.get(id);
      if (list) list.push(fact.id);
      else factIdsByPlace.set(id, [fact.id]);
    }
  }
  return {
    dataset,
    facts: byId(dataset.facts),
    places,
    entities: byId(dataset.entities),
    sources: byId(dataset.sources),
    factsInTimeOrder,
    intervals,
    factIdsByPlace,
  };
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
export function assembleDatasetIndex(
  dataset: Dataset,
  parts: {
    readonly order: ArrayLike<number>;
    readonly starts: ArrayLike<number>;
    readonly ends: ArrayLike<number>;
    readonly byPlace: ReadonlyMap<string, ArrayLike<number>>;
  },
): DatasetIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const facts = dataset.facts;
  const intervals = new Map<string, Interval>();
  for (let i = 0; i < facts.length; i++) {
    intervals.set(facts[i]!.id, { start: parts.starts[i]!, end: parts.ends[i]! });
  }
  const factsInTimeOrder = Array.from(parts.order, (i) => facts[i]!);
  const factIdsByPlace = new Map<string, readonly string[]>();
  for (const [placeId, positions] of parts.byPlace) {
    factIdsByPlace.set(
      placeId,
      Array.from(positions, (i) => facts[i]!.id),
    );
  }
  return {
    dataset,
    facts: byId(facts),
    places: byId(dataset.places),
    entities: byId(dataset.entities),
    sources: byId(dataset.sources),
    factsInTimeOrder,
    intervals,
    factIdsByPlace,
  };
}
