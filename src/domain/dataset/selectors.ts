import { ancestry, type DatasetIndex } from './dataset-index';
import type { Fact, Place } from './dataset-schema';
import type { Interval } from '../time/partial-date';

/** Facts at the place or at any place inside it (Freizeitzentrum Artern counts for Artern), in time order. */
export function selectFactsAtPlace(index: DatasetIndex, placeId: string): Fact[] {
  return (index.factIdsByPlace.get(placeId) ?? []).map((id) => index.facts.get(id)!);
}

/** The places a fact names, in the order it names them; unknown ids are skipped. */
export function selectPlacesOfFact(index: DatasetIndex, factId: string): Place[] {
  const fact = index.facts.get(factId);
  if (!fact) return [];
  return fact.places.flatMap((id) => index.places.get(id) ?? []);
}

/**
 * Where a place is drawn: its own coordinates, else those of the nearest place it lies in
 * (an institution is drawn at its town). `null` when no place in the chain has coordinates.
 */
export function selectMapAnchor(index: DatasetIndex, placeId: string): Place | null {
  for (const id of ancestry(index.places, placeId)) {
    const place = index.places.get(id);
    if (place?.coordinates) return place;
  }
  return null;
}

/** The last answer per dataset: the map and the timeline caption both ask on every scrub step. */
const lastActive = new WeakMap<DatasetIndex, { at: number; facts: readonly Fact[] }>();

/** Facts that hold at the instant `at` (UTC ms): their interval contains it. */
export function selectFactsActiveAt(index: DatasetIndex, at: number): readonly Fact[] {
  const last = lastActive.get(index);
  if (last?.at === at) return last.facts;
  const facts = index.factsInTimeOrder.filter((fact) => {
    const interval = index.intervals.get(fact.id);
    return interval !== undefined && contains(interval, at);
  });
  lastActive.set(index, { at, facts });
  return facts;
}

/** Facts whose interval overlaps the window `[from, to)`, in time order. */
export function selectFactsInWindow(index: DatasetIndex, window: Interval): Fact[] {
  return index.factsInTimeOrder.filter((fact) => {
    const interval = index.intervals.get(fact.id);
    return interval !== undefined && overlaps(interval, window);
  });
}

/** The span from the earliest start to the latest end of all facts; `null` without facts. */
export function selectDataExtent(index: DatasetIndex): Interval | null {
  if (index.intervals.size === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const interval of index.intervals.values()) {
    start = Math.min(start, interval.start);
    end = Math.max(end, interval.end);
  }
  return { start, end };
}

function contains(interval: Interval, at: number): boolean {
  return interval.start <= at && at < interval.end;
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Ids of the places that have at least one fact active at `at`, including the places those
 * lie in (an active fact at Freizeitzentrum Artern makes Artern active).
 */
export function selectPlaceIdsActiveAt(index: DatasetIndex, at: number): Set<string> {
  const active = new Set<string>();
  for (const fact of selectFactsActiveAt(index, at)) {
    for (const placeId of fact.places) {
      for (const id of ancestry(index.places, placeId)) active.add(id);
    }
  }
  return active;
}

/** Facts none of whose places can be drawn: no place, or no coordinates up their chain. */
export function selectFactsWithoutMapPlace(index: DatasetIndex): readonly Fact[] {
  // Found once per dataset while indexing (each place's chain is walked once, not per fact).
  return index.factsWithoutMapPoint;
}

/**
 * The facts among `ids` (`null`: all) in time order. A search that keeps a few thousand of
 * 100,000 facts sorts those few by their rank instead of walking all of them (17 ms a keystroke).
 */
export function selectFactsInTimeOrder(
  index: DatasetIndex,
  ids: ReadonlySet<string> | null,
): readonly Fact[] {
  if (ids === null) return index.factsInTimeOrder;
  const all = index.factsInTimeOrder;
  if (ids.size * 8 > all.length) return all.filter((fact) => ids.has(fact.id));
  const ranked: number[] = [];
  for (const id of ids) {
    const rank = index.timeRank.get(id);
    if (rank !== undefined) ranked.push(rank);
  }
  return ranked.sort((a, b) => a - b).map((rank) => all[rank]!);
}
