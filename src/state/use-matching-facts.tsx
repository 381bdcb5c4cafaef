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
import type { FactSource, SearchAnswer } from '@/domain/dataset/fact-source';
import { useView } from './view-store';

/** What the views filter by: the facts that pass, and per category how many match the query. */
export interface FactMatch extends SearchAnswer {
  /** The query this answers (the field may already hold a newer one). */
  readonly query: string;
}

const MatchContext = createContext<FactMatch | undefined>(undefined);

const NO_MATCH: FactMatch = { query: '', ids: null, counts: new Map() };

/**
 * Holds the search as the views apply it, once for all of them. The source answers a query on
 * the page when that is cheap (`search.now`: no words, a small dataset), deferred so the field
 * paints first; otherwise elsewhere (its worker), in a transition, and until then the views
 * keep the previous answer: a keystroke never scans 100,000 texts on the page.
 */
export function AppliedQuery({
  source,
  children,
}: {
  source: FactSource | null;
  children: ReactNode;
}) {
  const query = useView((s) => s.query);
  const categories = useView((s) => s.categories);
  const search = source?.search;
  const deferredQuery = useDeferredValue(query);
  // Whether this query goes elsewhere is decided on the query as typed, not the deferred one.
  const inWorker = search?.isElsewhere(query) ?? false;
  const pageQuery = inWorker ? '' : deferredQuery;
  const onPage = useMemo(
    (): FactMatch | null =>
      search ? { query: pageQuery, ...search.now(pageQuery, categories) } : null,
    [search, pageQuery, categories],
  );

  const [answered, setAnswered] = useState<
    (FactMatch & { search: FactSource['search']; categories: readonly string[] }) | null
  >(null);
  // A search that leaves the worker (the words are cleared) forgets its answers: typing again
  // must not show the old result while the new one is on its way.
  if (!inWorker && answered !== null) setAnswered(null);
  useEffect(() => {
    if (!search || !inWorker) return;
    let live = true;
    search.elsewhere(query, categories).then(
      (answer) => {
        if (live) startTransition(() => setAnswered({ search, categories, query, ...answer }));
      },
      // Superseded by a newer query, or the worker is gone with its dataset: nothing to show.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [search, inWorker, query, categories]);

  // While the worker answers, the views keep its last answer for this dataset and filters.
  const fromWorker =
    inWorker &&
    answered !== null &&
    answered.search === search &&
    answered.categories === categories
      ? answered
      : null;
  // Until then, the answer that came with the dataset, if it is for this very filter: a dataset
  // opened while a search is typed is shown filtered from its first render.
  const first = search?.first;
  const opened =
    inWorker &&
    first?.query === query &&
    first.categories.join('\u0000') === categories.join('\u0000')
      ? first
      : null;
  const found = fromWorker ?? opened ?? onPage ?? NO_MATCH;
  const quotedOnly = useView((s) => s.quotedOnly);
  // Which facts are quoted may still be on its way (a Parquet file's quote column).
  const [quotedKnown, setQuotedKnown] = useState<FactSource['search'] | null>(null);
  useEffect(() => {
    const pending = quotedOnly ? search?.quotedPending?.() : null;
    if (!pending) return;
    let live = true;
    pending.then(
      () => live && setQuotedKnown(search ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [quotedOnly, search]);
  const match = useMemo(
    () => (quotedOnly && search ? { ...found, ids: search.onlyQuoted(found.ids) } : found),
    // `quotedKnown`: recomputed once the quoted facts are known.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [quotedOnly, search, found, quotedKnown],
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
export function useMatchingFacts(): ReadonlySet<string> | null {
  return useFactMatch().ids;
}
