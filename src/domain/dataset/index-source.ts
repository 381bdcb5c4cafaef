import { ancestry, type DatasetIndex } from './dataset-index';
import type { Fact } from './dataset-schema';
import { buildSearchTexts, countByCategory, queryWords, selectMatchingFactIds } from './search';
import {
  selectDataExtent,
  selectFactsActiveAt,
  selectFactsInTimeOrder,
  selectMapAnchor,
  selectPlaceIdsActiveAt,
} from './selectors';
import { buildTimeIndex } from './time-index';
import type { FactSearch, FactSource, SearchAnswer } from './fact-source';

const NO_IDS: readonly string[] = [];
const READ: Promise<void> = Promise.resolve();

const isQuoted = (fact: Fact) => fact.evidence.some((e) => e.quote !== undefined);

/** A search elsewhere (the dataset's worker) and its answer for the filter it opened with. */
export interface IndexSearchHelp {
  readonly searcher?: {
    search(query: string, categories: readonly string[]): Promise<SearchAnswer>;
  };
  readonly first?: FactSearch['first'];
}

/**
 * The data source of a dataset held in memory, with its index (JSON, CSV and the importers).
 * Every answer is at once: all rows are here, `read` has nothing to fetch. What costs a pass
 * over the facts (search texts, the quoted facts, ids in time order) is built on first use.
 */
export function createIndexSource(index: DatasetIndex, help: IndexSearchHelp = {}): FactSource {
  const { dataset } = index;
  const { facts: _facts, ...meta } = dataset;
  let unquoted: number | undefined;
  let byCategory: Map<string, number> | undefined;
  let quoted: ReadonlySet<string> | undefined;
  let allIds: readonly string[] | undefined;
  let placeless: boolean | undefined;
  let extent: ReturnType<typeof selectDataExtent> | undefined;

  const quotedIds = () =>
    (quoted ??= new Set(dataset.facts.filter(isQuoted).map((fact) => fact.id)));

  return {
    meta,
    places: index.places,
    entities: index.entities,
    sources: index.sources,
    counts: {
      facts: dataset.facts.length,
      get unquoted() {
        if (unquoted === undefined) {
          unquoted = 0;
          for (const fact of dataset.facts) if (!isQuoted(fact)) unquoted++;
        }
        return unquoted;
      },
      get byCategory() {
        if (!byCategory) {
          byCategory = new Map();
          for (const { category } of dataset.facts) {
            byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
          }
        }
        return byCategory;
      },
    },
    get extent() {
      if (extent === undefined) extent = selectDataExtent(index);
      return extent;
    },
    has: (factId) => index.facts.has(factId),
    fact: (factId) => index.facts.get(factId),
    categoryOf: (factId) => index.facts.get(factId)?.category ?? '',
    read: () => READ,
    step(factId, direction) {
      const facts = index.factsInTimeOrder;
      if (facts.length === 0) return null;
      const at = factId === null ? -1 : (index.timeRank.get(factId) ?? -1);
      if (at < 0) return (direction === 1 ? facts[0] : facts[facts.length - 1])!.id;
      return facts[Math.min(facts.length - 1, Math.max(0, at + direction))]!.id;
    },
    idsInTimeOrder(matching) {
      if (matching === null) return (allIds ??= index.factsInTimeOrder.map((fact) => fact.id));
      return selectFactsInTimeOrder(index, matching).map((fact) => fact.id);
    },
    timeIndex: (matching) => buildTimeIndex(index, matching),
    undatedAmong(matching) {
      const undated = index.factsWithoutTime;
      if (matching === null) return undated.length;
      let count = 0;
      for (const fact of undated) if (matching.has(fact.id)) count++;
      return count;
    },
    activeAt: (at) => ({
      count: selectFactsActiveAt(index, at).length,
      placeIds: selectPlaceIdsActiveAt(index, at),
    }),
    idsAtPlace: (placeId) => index.factIdsByPlace.get(placeId) ?? NO_IDS,
    placesOf(factIds) {
      // A walk over the given facts' places, not over every place's list.
      const ids = new Set<string>();
      for (const factId of factIds) {
        for (const placeId of index.facts.get(factId)?.places ?? NO_IDS) {
          if (ids.has(placeId)) continue;
          for (const id of ancestry(index.places, placeId)) ids.add(id);
        }
      }
      return ids;
    },
    mapAnchor: (placeId) => selectMapAnchor(index, placeId),
    offMapCount(areaIds) {
      let count = 0;
      for (const fact of index.factsWithoutMapPoint) {
        if (!fact.places.some((id) => areaIds.has(id))) count++;
      }
      return count;
    },
    get placeless() {
      return (placeless ??= dataset.facts.every((fact) => fact.places.length === 0));
    },
    search: createIndexSearch(index, quotedIds, help),
  };
}

/** Search texts are built once per dataset, not per keystroke. */
function createIndexSearch(
  index: DatasetIndex,
  quotedIds: () => ReadonlySet<string>,
  { searcher, first }: IndexSearchHelp,
): FactSearch {
  let texts: ReadonlyMap<string, string> | undefined;
  const textsOf = () => (texts ??= buildSearchTexts(index));
  // A dataset its worker holds is searched there: a keystroke never scans 100,000 texts on
  // the page. A query without words reads no text and is answered here.
  const now = (query: string, categories: readonly string[]): SearchAnswer => ({
    ids: selectMatchingFactIds(index, textsOf, { query, categories }),
    counts: countByCategory(index, textsOf, query),
  });
  return {
    isElsewhere: (query) => searcher !== undefined && queryWords(query).length > 0,
    now,
    elsewhere: (query, categories) =>
      searcher ? searcher.search(query, categories) : Promise.resolve(now(query, categories)),
    ...(first ? { first } : {}),
    onlyQuoted(ids) {
      const quoted = quotedIds();
      if (quoted.size === index.dataset.facts.length) return ids;
      return ids === null ? quoted : new Set([...ids].filter((id) => quoted.has(id)));
    },
  };
}
