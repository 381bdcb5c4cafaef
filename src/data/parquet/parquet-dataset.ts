import { createDatasetIndex, type DatasetIndex } from '@/domain/dataset/dataset-index';
import type { DatasetIssue } from '@/domain/dataset/dataset-issue';
import {
  describeQuery,
  indexQuery,
  unquotedCountQuery,
  type ParquetColumn,
} from '@/domain/import/parquet-sql';
import { mergeParquetMeta } from '@/domain/import/parquet-meta';
import {
  PARQUET_INDEX_COLUMNS,
  PARQUET_REQUIRED,
  readParquetFacts,
  type ParquetIndexValues,
} from '@/domain/import/parquet-table';
import { DatasetLoadError } from '@/data/load-protocol';
import {
  duckdb,
  registerParquet,
  type AsyncDuckDBConnection,
  type ParquetLocation,
} from './duckdb';

/** An Arrow table as DuckDB answers a query. */
type Table = Awaited<ReturnType<AsyncDuckDBConnection['query']>>;
import { decodeUtf8Chunks, type Utf8Chunk } from './arrow-strings';
import { createParquetSource } from './parquet-source';

/** What opening a Parquet file found, for the status line and the import summary. */
export interface ParquetOpening {
  readonly index: DatasetIndex;
  readonly source: import('@/domain/dataset/fact-source').FactSource;
  /** Rows left out and why (the first 50). */
  readonly skipped: number;
  readonly issues: readonly DatasetIssue[];
}

/** `data/facts.parquet` → `data/facts.meta.json`: the sidecar beside it. */
export function sidecarAddress(url: string): string {
  const address = new URL(url);
  address.pathname = address.pathname.replace(/\.parquet$/i, '') + '.meta.json';
  return address.href;
}

async function readSidecar(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(sidecarAddress(url), { signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw new DatasetLoadError('cancelled', 'cancelled');
    throw new DatasetLoadError('network', String(error));
  }
  // No sidecar is no error: the table alone is a dataset. A host that answers every path
  // with its index page (a single-page app's fallback) has none either.
  if (response.status === 404) return null;
  if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
    return null;
  }
  if (!response.ok) throw new DatasetLoadError('http', `${response.status} (meta.json)`);
  try {
    return await response.json();
  } catch {
    throw new DatasetLoadError('invalid', 'meta.json', [
      { path: 'meta.json', code: 'json-syntax' },
    ]);
  }
}

/** What DuckDB says about a file it cannot read, as the reader is told it. */
function unreadable(error: unknown): DatasetLoadError {
  const message = error instanceof Error ? error.message : String(error);
  const http = /HTTP (?:GET )?error[^\d]*(\d{3})|(\d{3}) \(/i.exec(message);
  if (http) return new DatasetLoadError('http', http[1] ?? http[2] ?? message);
  return new DatasetLoadError('invalid', message, [
    { path: '(Parquet)', code: 'parquet-unreadable', detail: message.split('\n')[0] ?? message },
  ]);
}

function columnValues(table: Table, names: readonly string[]): ParquetIndexValues {
  const values: Record<string, ArrayLike<string | number | null>> = {};
  for (const name of names) {
    const column = table.getChild(name);
    if (!column) continue;
    // Arrow's type id 5 is Utf8: decoded a chunk at a time (arrow-strings.ts).
    if ((column.type as { typeId: number }).typeId === 5) {
      values[name] = decodeUtf8Chunks(column.data as unknown as Utf8Chunk[]);
      continue;
    }
    const raw = column.toArray() as ArrayLike<string | number | null>;
    if (column.nullCount === 0) {
      values[name] = raw;
      continue;
    }
    // A typed array holds whatever is under a null: the validity bits say which are.
    const withNulls: (string | number | null)[] = Array.from(raw);
    for (let i = 0; i < withNulls.length; i++) if (!column.isValid(i)) withNulls[i] = null;
    values[name] = withNulls;
  }
  return values as ParquetIndexValues;
}

/**
 * Opens a Parquet dataset in DuckDB: the footer and the index columns only (time, place,
 * category), the text of each fact when it is shown. Rows that cannot be facts are left out
 * and counted; a file with none left, or without `id` and `title`, is refused with the reason.
 */
export async function openParquetDataset(
  location: ParquetLocation,
  name: string,
  signal?: AbortSignal,
): Promise<ParquetOpening> {
  const cancelled = () => {
    if (signal?.aborted) throw new DatasetLoadError('cancelled', 'cancelled');
  };
  const sidecar = location.kind === 'url' ? readSidecar(location.url, signal) : null;
  // A failed sidecar is reported once, after the table has had its say.
  sidecar?.catch(() => undefined);
  const db = await duckdb();
  // What DuckDB costs and when the index is read: the bench and the tests read these marks.
  performance.mark('parquet-duckdb-ready');
  cancelled();
  const file = await registerParquet(db, location);
  const connection = await db.connect();
  let columns: ParquetColumn[];
  let table: Table;
  let unquoted: number;
  try {
    try {
      const described = await connection.query(describeQuery(file));
      columns = described.toArray().map((row: { column_name: string; column_type: string }) => ({
        name: row.column_name,
        type: row.column_type,
      }));
    } catch (error) {
      throw unreadable(error);
    }
    const present = new Set(columns.map((c) => c.name));
    const missing = PARQUET_REQUIRED.filter((c) => !present.has(c));
    if (missing.length > 0) {
      throw new DatasetLoadError(
        'invalid',
        'columns',
        missing.map((column) => ({
          path: '(Parquet)',
          code: 'csv-missing-column' as const,
          detail: column,
        })),
      );
    }
    cancelled();
    try {
      table = await connection.query(indexQuery(file, columns));
      unquoted = present.has('quote')
        ? Number(
            (await connection.query(unquotedCountQuery(file))).getChild('unquoted')?.get(0) ?? 0,
          )
        : table.numRows;
    } catch (error) {
      throw unreadable(error);
    }
  } finally {
    await connection.close();
  }
  performance.mark('parquet-index-read');
  cancelled();
  const values = columnValues(
    table,
    PARQUET_INDEX_COLUMNS.filter((c) => columns.some((d) => d.name === c)),
  );
  performance.mark('parquet-columns');
  const facts = readParquetFacts(table.numRows, values);
  performance.mark('parquet-facts');
  if (facts.facts.length === 0) {
    throw new DatasetLoadError(
      'invalid',
      'no rows',
      facts.issues.length > 0 ? facts.issues : [{ path: '(Parquet)', code: 'csv-empty' }],
    );
  }
  const merged = mergeParquetMeta(sidecar ? await sidecar : null, facts, name);
  if (!merged.ok) throw new DatasetLoadError('invalid', 'meta.json', merged.issues);
  const index = createDatasetIndex({ ...merged.meta, facts: [...facts.facts] });
  performance.mark('parquet-indexed');
  const source = createParquetSource(index, {
    db,
    file,
    columns,
    rows: facts.rows,
    rowCount: table.numRows,
    unquoted: Math.min(unquoted, facts.facts.length),
  });
  return { index, source, skipped: facts.skipped, issues: facts.issues };
}
