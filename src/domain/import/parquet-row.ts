import type { Fact, Source } from '../dataset/dataset-schema';
import { freeSlug, slugify } from './import-kit';
import type { ParquetRowColumn } from './parquet-table';

/** A row's text columns as DuckDB returns them (absent columns are absent). */
export type ParquetRow = Partial<Record<ParquetRowColumn, string | null>> & {
  readonly file_row_number: number | bigint;
};

const text = (value: string | null | undefined) => (value ?? '').trim();

/**
 * A fact whole: its index columns (`skeleton`) with the text of its row. Its source is the
 * sidecar's of the row's `source_id`, else one named by `source_title` and `source_url`,
 * made once for all rows that name it (`sources`, `keys` are kept across reads).
 */
export function factFromParquetRow(
  skeleton: Fact,
  row: ParquetRow,
  sources: Map<string, Source>,
  keys: Map<string, string>,
): Fact {
  const title = text(row.title) || skeleton.id;
  const titleEn = text(row.title_en);
  const summary = text(row.summary);
  const summaryEn = text(row.summary_en);
  const quote = text(row.quote);
  const sourceId = sourceOf(row, sources, keys);
  return {
    ...skeleton,
    title: { de: title, ...(titleEn ? { en: titleEn } : {}) },
    ...(summary ? { summary: { de: summary, ...(summaryEn ? { en: summaryEn } : {}) } } : {}),
    evidence: sourceId === null ? [] : [{ source: sourceId, ...(quote !== '' ? { quote } : {}) }],
  };
}

function sourceOf(
  row: ParquetRow,
  sources: Map<string, Source>,
  keys: Map<string, string>,
): string | null {
  const givenId = text(row.source_id);
  if (givenId !== '' && sources.has(givenId)) return givenId;
  const title = text(row.source_title);
  const url = text(row.source_url);
  if (givenId === '' && title === '' && url === '' && text(row.quote) === '') return null;
  const key = givenId !== '' ? `id:${givenId}` : `${title}\u0000${url}`;
  const known = keys.get(key);
  if (known !== undefined) return known;
  const name = title || url || givenId || 'Quelle';
  const id = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(givenId)
    ? givenId
    : freeSlug(slugify(name), sources);
  sources.set(id, {
    id,
    title: name,
    kind: { de: 'Quelle', en: 'Source' },
    ...(/^https?:\/\//i.test(url) ? { url } : {}),
  });
  keys.set(key, id);
  return id;
}
