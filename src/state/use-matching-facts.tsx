import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { DatasetIndex } from '@/domain/dataset-index';
import { buildSearchTexts, selectMatchingFactIds } from '@/domain/search';
import { SEARCH_SETTLE_MS, SETTLE_SEARCH_FROM } from './search-settle';
import { useView } from './view-store';

/** Search texts are built once per dataset, not per keystroke. */
const textsByIndex = new WeakMap<DatasetIndex, ReadonlyMap<string, string>>();

export function searchTextsOf(index: DatasetIndex): ReadonlyMap<string, string> {
  let texts = textsByIndex.get(index);
  if (!texts) {
    texts = buildSearchTexts(index);
    textsByIndex.set(index, texts);
  }
  return texts;
}

/**
 * The last filter result per dataset: the list, the map, the timeline, the filter bar and the
 * export all ask for it after each keystroke, and it is computed once.
 */
const lastMatch = new WeakMap<
  DatasetIndex,
  { query: string; categories: readonly string[]; ids: ReadonlySet<string> | null }
>();

function matchingFactIds(
  index: DatasetIndex,
  query: string,
  categories: readonly string[],
): ReadonlySet<string> | null {
  const last = lastMatch.get(index);
  if (last && last.query === query && last.categories === categories) return last.ids;
  const ids = selectMatchingFactIds(index, () => searchTextsOf(index), { query, categories });
  lastMatch.set(index, { query, categories, ids });
  return ids;
}

const AppliedQueryContext = createContext<string | null>(null);

/**
 * Holds the search as the views apply it, once for all of them. On a large dataset one update
 * of the views costs 0.5 s or more (the timeline rebuilds), so they wait until typing pauses:
 * typing a word updates them once, and every keystroke paints the search field at once. Small
 * datasets filter per key. Only this component follows the field's text; the views below it
 * re-render when the applied query changes, not per keystroke.
 */
export function AppliedQuery({
  index,
  children,
}: {
  index: DatasetIndex | null;
  children: ReactNode;
}) {
  const query = useView((s) => s.query);
  const settles = (index?.dataset.facts.length ?? 0) >= SETTLE_SEARCH_FROM;
  const [settled, setSettled] = useState(query);
  // Below the threshold the views follow the field; the settled query keeps in step (a state
  // update during render), so a large dataset opened after typing starts from the current
  // search instead of rendering its views for an old one first.
  if (!settles && settled !== query) setSettled(query);
  useEffect(() => {
    if (!settles) return;
    const timer = setTimeout(() => setSettled(query), SEARCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query, settles]);
  // Deferred as well: React renders the views after the field and drops that render when the
  // next keystroke comes first.
  const applied = useDeferredValue(settles ? settled : query);
  return <AppliedQueryContext value={applied}>{children}</AppliedQueryContext>;
}

/** The search the views filter by (see AppliedQuery). */
export function useAppliedQuery(): string {
  const applied = useContext(AppliedQueryContext);
  if (applied === null) throw new Error('useAppliedQuery needs an <AppliedQuery> above it');
  return applied;
}

/** The ids of the facts the search and category filters let through; `null` when none filter. */
export function useMatchingFacts(index: DatasetIndex | null): ReadonlySet<string> | null {
  const query = useAppliedQuery();
  const categories = useView((s) => s.categories);
  return useMemo(
    () => (index ? matchingFactIds(index, query, categories) : null),
    [index, query, categories],
  );
}
