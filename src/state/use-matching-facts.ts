import { useMemo } from 'react';
import type { DatasetIndex } from '@/domain/dataset-index';
import { buildSearchTexts, selectMatchingFactIds } from '@/domain/search';
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
  const ids = selectMatchingFactIds(index, searchTextsOf(index), { query, categories });
  lastMatch.set(index, { query, categories, ids });
  return ids;
}

/** The ids of the facts the search and category filters let through; `null` when none filter. */
export function useMatchingFacts(index: DatasetIndex | null): ReadonlySet<string> | null {
  const query = useView((s) => s.query);
  const categories = useView((s) => s.categories);
  return useMemo(
    () => (index ? matchingFactIds(index, query, categories) : null),
    [index, query, categories],
  );
}
