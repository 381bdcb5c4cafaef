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

/** The ids of the facts the search and category filters let through; `null` when none filter. */
export function useMatchingFacts(index: DatasetIndex): ReadonlySet<string> | null {
  const query = useView((s) => s.query);
  const categories = useView((s) => s.categories);
  return useMemo(
    () => selectMatchingFactIds(index, searchTextsOf(index), { query, categories }),
    [index, query, categories],
  );
}
