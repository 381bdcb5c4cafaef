import {
  createContext,
  startTransition,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import {
  buildSearchTexts,
  countByCategory,
  queryWords,
  selectMatchingFactIds,
} from '@/domain/dataset/search';
import { useView } from './view-store';

/** Search texts are built once per dataset, not per keystroke. */
const textsByIndex = new WeakMap<DatasetIndex, ReadonlyMap<string, string>>();

function searchTextsOf(index: DatasetIndex): ReadonlyMap<string, string> {
  let texts = textsByIndex.get(index);
  if (!texts) {
    texts = buildSearchTexts(index);
    textsByIndex.set(index, texts);
  }
  return texts;
}

/** Searches a dataset elsewhere (its worker, data/worker-client.ts); rejects when superseded. */
export interface FactSearcher {
  search(
    query: string,
    categories: readonly string[],
  ): Promise<{ ids: ReadonlySet<string> | null; counts: ReadonlyMap<string, number> }>;
}

/** What the views filter by: the facts that pass, and per category how many match the query. */
export interface FactMatch {
  /** The query this answers (the field may already hold a newer one). */
  readonly query: string;
  /** `null` when nothing filters. */
  readonly ids: ReadonlySet<string> | null;
  readonly counts: ReadonlyMap<string, number>;
}

/** Answered on the page: a query without words (no text is read) or a small dataset. */
function matchOnPage(index: DatasetIndex, query: string, categories: readonly string[]): FactMatch {
  const texts = () => searchTextsOf(index);
  return {
    query,
    ids: selectMatchingFactIds(index, texts, { query, categories }),
    counts: countByCategory(index, texts, query),
  };
}

const isQuoted = (fact: DatasetIndex['dataset']['facts'][number]) =>
  fact.evidence.some((e) => e.quote !== undefined);

/** Per dataset, how many facts lack a verbatim quote: a count, for the filter bar's checkbox. */
const unquotedByIndex = new WeakMap<DatasetIndex, number>();

export function unquotedFactCount(index: DatasetIndex): number {
  let count = unquotedByIndex.get(index);
  if (count === undefined) {
    count = 0;
    for (const fact of index.dataset.facts) if (!isQuoted(fact)) count++;
    unquotedByIndex.set(index, count);
  }
  return count;
}

/** Per dataset, the facts with at least one verbatim quote (built when the filter is used). */
const quotedByIndex = new WeakMap<DatasetIndex, ReadonlySet<string>>();

function quotedFactIds(index: DatasetIndex): ReadonlySet<string> {
  let quoted = quotedByIndex.get(index);
  if (!quoted) {
    quoted = new Set(index.dataset.facts.filter(isQuoted).map((fact) => fact.id));
    quotedByIndex.set(index, quoted);
  }
  return quoted;
}

/** The match without the facts that lack a verbatim quote ("ohne wörtlichen Beleg"). */
function onlyQuoted(index: DatasetIndex, match: FactMatch): FactMatch {
  if (unquotedFactCount(index) === 0) return match;
  const quoted = quotedFactIds(index);
  const ids = match.ids === null ? quoted : new Set([...match.ids].filter((id) => quoted.has(id)));
  return { ...match, ids };
}

const MatchContext = createContext<FactMatch | undefined>(undefined);

const NO_MATCH: FactMatch = { query: '', ids: null, counts: new Map() };

/**
 * Holds the search as the views apply it, once for all of them. A dataset with a `searcher`
 * (its worker) is searched there: a keystroke never scans 100,000 texts on the page;
 * the answer arrives in a transition, and until then the views keep the previous one. A query
 * without words and a small dataset are answered here, deferred so the field paints first.
 */
export function AppliedQuery({
  index,
  searcher,
  firstAnswer,
  children,
}: {
  index: DatasetIndex | null;
  /** For this `index`; none: the page searches it. */
  searcher: FactSearcher | undefined;
  /** The searcher's answer for the filter in use when `index` opened, if it had words. */
  firstAnswer?:
    (Omit<FactMatch, 'query'> & { query: string; categories: readonly string[] }) | undefined;
  children: ReactNode;
}) {
  const query = useView((s) => s.query);
  const categories = useView((s) => s.categories);
  const inWorker = searcher !== undefined && queryWords(query).length > 0;

  const deferredQuery = useDeferredValue(query);
  const pageQuery = inWorker ? '' : deferredQuery;
  const onPage = useMemo(
    () => (index ? matchOnPage(index, pageQuery, categories) : null),
    [index, pageQuery, categories],
  );

  const [answered, setAnswered] = useState<
    (FactMatch & { index: DatasetIndex; categories: readonly string[] }) | null
  >(null);
  // A search that leaves the worker (the words are cleared) forgets its answers: typing again
  // must not show the old result while the new one is on its way.
  if (!inWorker && answered !== null) setAnswered(null);
  useEffect(() => {
    if (!index || !searcher || !inWorker) return;
    let live = true;
    searcher.search(query, categories).then(
      (answer) => {
        if (live) startTransition(() => setAnswered({ index, categories, query, ...answer }));
      },
      // Superseded by a newer query, or the worker is gone with its dataset: nothing to show.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [index, searcher, inWorker, query, categories]);

  // While the worker answers, the views keep its last answer for this dataset and filters.
  const fromWorker =
    inWorker && answered?.index === index && answered.categories === categories ? answered : null;
  // Until then, the answer that came with the dataset, if it is for this very filter: a dataset
  // opened while a search is typed is shown filtered from its first render.
  const opened =
    inWorker &&
    firstAnswer?.query === query &&
    firstAnswer.categories.join('\u0000') === categories.join('\u0000')
      ? firstAnswer
      : null;
  const found = fromWorker ?? opened ?? onPage ?? NO_MATCH;
  const quotedOnly = useView((s) => s.quotedOnly);
  const match = useMemo(
    () => (quotedOnly && index ? onlyQuoted(index, found) : found),
    [quotedOnly, index, found],
  );
  return <MatchContext value={match}>{children}</MatchContext>;
}

/** The search result the views filter by (see AppliedQuery). */
export function useFactMatch(): FactMatch {
  const match = useContext(MatchContext);
  if (match === undefined) throw new Error('useFactMatch needs an <AppliedQuery> above it');
  return match;
}

/** The ids of the facts the search and category filters let through; `null` when none filter. */
export function useMatchingFacts(index: DatasetIndex | null): ReadonlySet<string> | null {
  const match = useFactMatch();
  return index ? match.ids : null;
}
