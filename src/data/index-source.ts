import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import type { FactSource } from '@/domain/dataset/fact-source';
import { createIndexSource } from '@/domain/dataset/index-source';
import { firstAnswerOf, searcherOf } from './worker-client';

/** Built once per index: its identity is the dataset's (the worker, the import notes key it). */
const sources = new WeakMap<DatasetIndex, FactSource>();

/**
 * The data source the views read a dataset held in memory through, searched by its worker when
 * it has one (data/worker-client.ts).
 */
export function sourceOf(index: DatasetIndex): FactSource {
  let source = sources.get(index);
  if (!source) {
    const searcher = searcherOf(index);
    const first = firstAnswerOf(index);
    source = createIndexSource(index, {
      ...(searcher ? { searcher } : {}),
      ...(first ? { first } : {}),
    });
    sources.set(index, source);
  }
  return source;
}
