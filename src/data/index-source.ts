import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import type { FactSource } from '@/domain/dataset/fact-source';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import { createIndexSource } from '@/domain/dataset/index-source';
import { firstAnswerOf, searcherOf } from './worker-client';

/** Built once per index: its identity is the dataset's (the worker, the import notes key it). */
const sources = new WeakMap<DatasetIndex, FactSource>();

/** Sources of datasets not held in memory whole (a Parquet file in DuckDB), by their index. */
const provided = new WeakMap<DatasetIndex, FactSource>();

/** Makes `source` the one the views read `index` through (data/parquet/parquet-dataset.ts). */
export function provideSource(index: DatasetIndex, source: FactSource): void {
  provided.set(index, source);
}

/**
 * Lets the source of a dataset no longer in use go (a Parquet table: its DuckDB files and
 * search table). Its module is loaded only when a Parquet dataset was opened.
 */
export function releaseSource(index: DatasetIndex): void {
  const source = provided.get(index);
  if (!source) return;
  provided.delete(index);
  void import('./parquet/parquet-source').then(({ releaseParquetSource }) =>
    releaseParquetSource(source),
  );
}

/** Whether a dataset's facts are read from elsewhere when shown (not all in memory). */
export function isProvided(index: DatasetIndex): boolean {
  return provided.has(index);
}

/**
 * The data source the views read a dataset held in memory through, searched by its worker when
 * it has one (data/worker-client.ts).
 */
export function sourceOf(index: DatasetIndex): FactSource {
  let source = provided.get(index) ?? sources.get(index);
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

/** The most facts an export reads from a Parquet file: beyond, the reader filters first. */
export const EXPORT_LIMIT = 100_000;

/**
 * The dataset with the text of these facts (`null`: all), for an export: the index itself
 * when every row is in memory; for a Parquet table, its rows read (in batches) into a new
 * index of those facts, with the sources they name. Rejects above EXPORT_LIMIT facts.
 */
export async function withRows(
  index: DatasetIndex,
  ids: ReadonlySet<string> | null,
): Promise<DatasetIndex> {
  const source = provided.get(index);
  if (!source) return index;
  const wanted = ids === null ? index.dataset.facts.map((fact) => fact.id) : [...ids];
  if (wanted.length > EXPORT_LIMIT) throw new RangeError(`${wanted.length} > ${EXPORT_LIMIT}`);
  await source.read(wanted);
  const facts = wanted.flatMap((id) => source.fact(id) ?? []);
  return createDatasetIndex({
    ...index.dataset,
    sources: [...source.sources.values()],
    facts,
  });
}
