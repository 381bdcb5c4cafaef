import {
  computeIndexParts,
  createIndexAssembler,
  type DatasetIndex,
} from '@/domain/dataset/dataset-index';
import type { DatasetIssue } from '@/domain/dataset/dataset-issue';
import {
  describeQuery,
  indexQuery,
  unquotedCountQuery,
  oneFile,
  rowCountsQuery,
  type ParquetColumn,
  type ParquetFiles,
} from '@/domain/import/parquet-sql';
import { mergeParquetMeta } from '@/domain/import/parquet-meta';
import {
  PARQUET_INDEX_COLUMNS,
  PARQUET_REQUIRED,
  createParquetFactsReader,
  type ParquetIndexValues,
} from '@/domain/import/parquet-table';
import { DatasetLoadError, type LoadProgress } from '@/data/load-protocol';
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

/** Rows checked, or facts indexed, per task (about 0.3 s at a million rows on two cores). */
const ROWS_PER_TASK = 100_000;

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

async function readSidecar(address: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(address, { signal: signal ?? null });
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

/** A manifest's files with the row each starts at (from their footers). */
async function basesOf(
  connection: AsyncDuckDBConnection,
  names: readonly string[],
): Promise<ParquetFiles> {
  const counts = new Map<string, number>();
  for (const row of (await connection.query(rowCountsQuery(names))).toArray() as {
    file_name: string;
    num_rows: number;
  }[]) {
    counts.set(row.file_name, Number(row.num_rows));
  }
  let base = 0;
  const bases = names.map((name) => {
    const at = base;
    base += counts.get(name) ?? 0;
    return at;
  });
  return { names, bases };
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
  onProgress?: (progress: LoadProgress) => void,
): Promise<ParquetOpening> {
  /**
   * Says which phase runs and lets a frame paint before it: each phase of a million rows takes
   * seconds on the page, and the progress bar (with its cancel button) must show and answer.
   */
  const phase = async (name: LoadProgress['phase']) => {
    onProgress?.({ phase: name, loaded: 0, total: null });
    await new Promise((resolve) => setTimeout(resolve, 0));
    cancelled();
  };
  /** A step of the last two phases, as a share of both: "wird aufbereitet: 40 %". */
  const step = async (done: number, total: number) => {
    onProgress?.({ phase: 'building', loaded: Math.min(done, total), total });
    await new Promise((resolve) => setTimeout(resolve, 0));
    cancelled();
  };
  const cancelled = () => {
    if (signal?.aborted) throw new DatasetLoadError('cancelled', 'cancelled');
  };
  const sidecar =
    location.kind === 'url'
      ? readSidecar(sidecarAddress(location.url), signal)
      : location.kind === 'urls' && location.meta !== null
        ? readSidecar(location.meta, signal)
        : null;
  // A failed sidecar is reported once, after the table has had its say.
  sidecar?.catch(() => undefined);
  const db = await duckdb();
  // What DuckDB costs and when the index is read: the bench and the tests read these marks.
  performance.mark('parquet-duckdb-ready');
  cancelled();
  await phase('reading');
  const names = await registerParquet(db, location);
  const connection = await db.connect();
  let files: ParquetFiles = oneFile(names[0]!);
  let columns: ParquetColumn[];
  let table: Table;
  let unquoted: number;
  try {
    try {
      if (names.length > 1) files = await basesOf(connection, names);
      const described = await connection.query(describeQuery(files));
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
      table = await connection.query(indexQuery(files, columns));
      unquoted = present.has('quote')
        ? Number(
            (await connection.query(unquotedCountQuery(files))).getChild('unquoted')?.get(0) ?? 0,
          )
        : table.numRows;
    } catch (error) {
      throw unreadable(error);
    }
  } finally {
    await connection.close();
  }
  performance.mark('parquet-index-read');
  await phase('checking');
  const values = columnValues(
    table,
    PARQUET_INDEX_COLUMNS.filter((c) => columns.some((d) => d.name === c)),
  );
  performance.mark('parquet-columns');
  await phase('checking');
  // A slice of rows per task: the progress bar moves and the page answers between them.
  const reader = createParquetFactsReader(values);
  for (let from = 0; from < table.numRows; from += ROWS_PER_TASK) {
    reader.read(from, Math.min(table.numRows, from + ROWS_PER_TASK));
    await step(from + ROWS_PER_TASK, table.numRows * 2);
  }
  const facts = reader.finish();
  performance.mark('parquet-facts');
  if (facts.facts.length === 0) {
    throw new DatasetLoadError(
      'invalid',
      'no rows',
      facts.issues.length > 0 ? facts.issues : [{ path: '(Parquet)', code: 'csv-empty' }],
    );
  }
  await phase('preparing');
  const merged = mergeParquetMeta(sidecar ? await sidecar : null, facts, name);
  if (!merged.ok) throw new DatasetLoadError('invalid', 'meta.json', merged.issues);
  const dataset = { ...merged.meta, facts: [...facts.facts] };
  const parts = computeIndexParts(dataset);
  const assembler = createIndexAssembler(parts);
  for (let from = 0; from < dataset.facts.length; from += ROWS_PER_TASK) {
    assembler.add(dataset.facts.slice(from, from + ROWS_PER_TASK), from);
    await step(table.numRows + from + ROWS_PER_TASK, table.numRows * 2);
  }
  const index = assembler.finish(dataset);
  performance.mark('parquet-indexed');
  const source = createParquetSource(index, {
    db,
    files,
    columns,
    rows: facts.rows,
    rowCount: table.numRows,
    unquoted: Math.min(unquoted, facts.facts.length),
  });
  return { index, source, skipped: facts.skipped, issues: facts.issues };
}
