import type { Dataset, Entity, Fact, Place, Source } from './dataset-schema';
import type { TimeIndex } from './time-index';
import type { Interval } from '../time/partial-date';

/**
 * The seam between the views and where a dataset's facts are (docs/architecture.md, "The data
 * source"). Views ask it for what they show, never for every fact: the facts of a window (as
 * counts per category and time), the counts per place, the matches of a search, one fact by
 * id. `data/index-source.ts` answers from the in-memory index; a source that queries a file
 * elsewhere (Parquet in DuckDB) answers the same questions.
 *
 * Two kinds of answer:
 * - What every view needs at once (counts, times, places, which facts match) is answered
 *   synchronously: a source holds those columns, typed arrays even at a million facts.
 * - A fact's text (title, summary, evidence) may have to be read first. `fact(id)` answers
 *   with what is here; `read(ids)` fetches the rest and resolves when `fact` answers for them.
 *   `state/use-fact-rows.ts` is how components ask for rows.
 */
export interface FactSource {
  /** The dataset without its facts: title, language, categories, places, sources, tours, eras. */
  readonly meta: DatasetMeta;
  /** The small tables by id (few beside the facts: in memory on every path). */
  readonly places: ReadonlyMap<string, Place>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly counts: FactCounts;
  /** From the earliest start to the latest end of the dated facts; `null` without any. */
  readonly extent: Interval | null;

  /** Whether a fact of this id exists (known before its text is read). */
  has(factId: string): boolean;
  /** The fact, when its row is here; `undefined` when unknown or not read yet. */
  fact(factId: string): Fact | undefined;
  /** The category of a fact (a column every source holds, before its text is read). */
  categoryOf(factId: string): string;
  /** Reads the rows of these facts; resolves once `fact` answers for each that exists. */
  read(factIds: readonly string[]): Promise<void>;
  /** The fact before or after `factId` in time order; the first or last without one. */
  step(factId: string | null, direction: -1 | 1): string | null;

  /** The facts that pass the filters (`null`: all) in time order, as ids. */
  idsInTimeOrder(matching: ReadonlySet<string> | null): readonly string[];
  /** The dated facts that pass the filters by category and time: the timeline's windows. */
  timeIndex(matching: ReadonlySet<string> | null): TimeIndex;
  /** How many of the facts that pass the filters have no date (not on the timeline). */
  undatedAmong(matching: ReadonlySet<string> | null): number;
  /** How many facts hold at the instant `at`, and the places they are at (with those around). */
  activeAt(at: number): { readonly count: number; readonly placeIds: ReadonlySet<string> };

  /** Facts at the place or at any place inside it, in time order. */
  idsAtPlace(placeId: string): readonly string[];
  /** The places the given facts name, with the places those lie in. */
  placesOf(factIds: Iterable<string>): ReadonlySet<string>;
  /** Where a place is drawn: itself, or the nearest place around it with coordinates. */
  mapAnchor(placeId: string): Place | null;
  /** Facts the map cannot show: no point up their places' chain and none of `areaIds`. */
  offMapCount(areaIds: ReadonlySet<string>): number;
  /** Whether no fact names a place (a TimelineJS file): the map has nothing to show. */
  readonly placeless: boolean;

  /** The search, answered on the page or by a worker (see `FactSearch`). */
  readonly search: FactSearch;
}

/** A dataset's parts other than its facts. */
export type DatasetMeta = Omit<Dataset, 'facts'>;

export interface FactCounts {
  readonly facts: number;
  /** Facts without a verbatim quote (the filter bar's "ohne wörtlichen Beleg"). */
  readonly unquoted: number;
  /** Facts per category id; a category without facts is absent. */
  readonly byCategory: ReadonlyMap<string, number>;
}

/** What a search answers: the facts that pass (`null`: all) and per category the matches. */
export interface SearchAnswer {
  readonly ids: ReadonlySet<string> | null;
  readonly counts: ReadonlyMap<string, number>;
}

export interface FactSearch {
  /** Whether `query` is answered `elsewhere` rather than `now` (it has words to look up). */
  isElsewhere(query: string): boolean;
  /** The answer at once, on the page: for a query without words or a small dataset. */
  now(query: string, categories: readonly string[]): SearchAnswer;
  /** The answer from elsewhere (a worker); rejects when a newer search supersedes it. */
  elsewhere(query: string, categories: readonly string[]): Promise<SearchAnswer>;
  /** The answer that came with the dataset for the filter in use when it opened, if any. */
  readonly first?: SearchAnswer & {
    readonly query: string;
    readonly categories: readonly string[];
  };
  /** Of `ids` (`null`: all), those with at least one verbatim quote. */
  onlyQuoted(ids: ReadonlySet<string> | null): ReadonlySet<string> | null;
  /**
   * While which facts are quoted is still being read (a Parquet file's quote column, read on
   * first use of the filter), resolves once `onlyQuoted` knows; `null` when it knows.
   */
  quotedPending?(): Promise<void> | null;
}
