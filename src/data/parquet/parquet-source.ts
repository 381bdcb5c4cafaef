import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { DatasetIndex } from '@/domain/dataset/dataset-index';
import type { Fact, Source } from '@/domain/dataset/dataset-schema';
import type { FactSearch, FactSource, SearchAnswer } from '@/domain/dataset/fact-source';
import { createIndexSource } from '@/domain/dataset/index-source';
import { queryWords } from '@/domain/dataset/search';
import {
  quotedQuery,
  rowsQuery,
  searchQuery,
  searchTextTableQuery,
  type ParquetColumn,
  type ParquetFiles,
} from '@/domain/import/parquet-sql';
import { factFromParquetRow, type ParquetRow } from '@/domain/import/parquet-row';

/** A table in DuckDB and how its facts map to its rows. */
export interface ParquetTable {
  readonly db: AsyncDuckDB;
  /** The names DuckDB reads its files by (duckdb.ts, registerParquet), with their bases. */
  readonly files: ParquetFiles;
  readonly columns: readonly ParquetColumn[];
  /** Per fact (as in the index's `dataset.facts`), its row in the file. */
  readonly rows: Int32Array;
  readonly rowCount: number;
  /** Facts without a quote (from the footer's statistics). */
  readonly unquoted: number;
}

/** Where a Parquet source keeps its release (releaseParquetSource). */
const RELEASE = Symbol('release');

/** Lets DuckDB drop what a Parquet source held; a source of another kind has nothing to let go. */
export function releaseParquetSource(source: FactSource): void {
  const release = (source as { [RELEASE]?: () => Promise<void> })[RELEASE];
  release?.().catch(() => undefined);
}

/** Rows asked for at once: a list's window, a place's facts; beyond, in several queries. */
const READ_BATCH = 2000;

/** A search superseded by a newer one: its answer is not wanted. */
export class SupersededError extends Error {
  constructor() {
    super('superseded');
    this.name = 'SupersededError';
  }
}

/**
 * The data source of a Parquet dataset (data/parquet/parquet-dataset.ts). What every view
 * needs at once (times, places, categories) is the in-memory index of the table's index
 * columns; a fact's text is read from the file when it is shown (`read`), and a search is a
 * query over the text columns. A newer search cancels the one still running.
 */
export function createParquetSource(index: DatasetIndex, table: ParquetTable): FactSource {
  const base = createIndexSource(index);
  const facts = index.dataset.facts;
  const factAtRow = new Int32Array(table.rowCount).fill(-1);
  table.rows.forEach((row, position) => (factAtRow[row] = position));
  const rowOf = new Map<string, number>();
  facts.forEach((fact, position) => rowOf.set(fact.id, table.rows[position]!));

  const read = new Map<string, Fact>();
  const reading = new Map<string, Promise<void>>();
  const sources = new Map<string, Source>(index.sources);
  const sourceKeys = new Map<string, string>();

  let connection: Promise<AsyncDuckDBConnection> | null = null;
  const connect = () => (connection ??= table.db.connect());
  let searchConnection: Promise<AsyncDuckDBConnection> | null = null;
  const connectSearch = () => (searchConnection ??= table.db.connect());

  async function readBatch(ids: readonly string[]): Promise<void> {
    const rows = ids.map((id) => rowOf.get(id)!);
    const result = await (await connect()).query(rowsQuery(table.files, table.columns, rows));
    for (const row of result.toArray() as ParquetRow[]) {
      const position = factAtRow[Number(row.file_row_number)] ?? -1;
      const skeleton = facts[position];
      if (!skeleton) continue;
      read.set(skeleton.id, factFromParquetRow(skeleton, row, sources, sourceKeys));
    }
  }

  const rowsOfMatches = (rows: Iterable<number>): Set<string> => {
    const ids = new Set<string>();
    for (const row of rows) {
      const position = factAtRow[row] ?? -1;
      if (position >= 0) ids.add(facts[position]!.id);
    }
    return ids;
  };

  /** The folded search text, read from the file on the first search (parquet-sql.ts). */
  const textTable = `texts-${table.files.names[0]!.replace(/\.parquet$/, '')}`;
  let texts: Promise<void> | null = null;
  const searchTexts = () =>
    (texts ??= connectSearch()
      .then((db) => db.query(searchTextTableQuery(table.files, table.columns, textTable)))
      .then(
        () => undefined,
        (error: unknown) => {
          texts = null;
          throw error;
        },
      ));

  let generation = 0;
  /** Runs a query whose rows are row numbers; a newer call cancels it between batches. */
  async function matchingRows(sql: string, mine: () => boolean): Promise<number[]> {
    const db = await connectSearch();
    const reader = await db.send(sql);
    const rows: number[] = [];
    for await (const batch of reader) {
      if (!mine()) {
        await db.cancelSent();
        throw new SupersededError();
      }
      const column = batch.getChild('file_row_number');
      if (column)
        for (const value of column.toArray() as Iterable<number>) rows.push(Number(value));
    }
    if (!mine()) throw new SupersededError();
    return rows;
  }

  let quoted: ReadonlySet<string> | null = null;
  let quotedLoad: Promise<void> | null = null;
  const loadQuoted = () =>
    (quotedLoad ??= matchingRows(quotedQuery(table.files, table.columns), () => true).then(
      (rows) => {
        quoted = rowsOfMatches(rows);
      },
    ));

  const search: FactSearch = {
    isElsewhere: (query) => queryWords(query).length > 0,
    // Without words, only the categories filter: that is the index's, on the page.
    now: (query, categories) => base.search.now(query, categories),
    async elsewhere(query, categories): Promise<SearchAnswer> {
      const mine = ++generation;
      const sql = searchQuery(textTable, query);
      if (sql === null) return base.search.now('', categories);
      await searchTexts();
      const found = rowsOfMatches(await matchingRows(sql, () => mine === generation));
      const counts = new Map<string, number>();
      for (const id of found) {
        const category = index.facts.get(id)!.category;
        counts.set(category, (counts.get(category) ?? 0) + 1);
      }
      if (categories.length === 0) return { ids: found, counts };
      const chosen = new Set(categories);
      const ids = new Set<string>();
      for (const id of found) if (chosen.has(index.facts.get(id)!.category)) ids.add(id);
      return { ids, counts };
    },
    onlyQuoted(ids) {
      if (quoted === null) return ids;
      if (quoted.size === facts.length) return ids;
      const known = quoted;
      return ids === null ? known : new Set([...ids].filter((id) => known.has(id)));
    },
    quotedPending() {
      if (quoted !== null) return null;
      return loadQuoted();
    },
  };

  const source: FactSource = Object.create(base) as FactSource;
  Object.defineProperty(source, RELEASE, {
    // The dataset is no longer shown: its search table, connections and files go.
    value: async () => {
      generation++;
      const searchDb = await searchConnection;
      await searchDb?.query(`DROP TABLE IF EXISTS "${textTable.replaceAll('"', '""')}"`);
      await searchDb?.close();
      await (await connection)?.close();
      await Promise.all(table.files.names.map((name) => table.db.dropFile(name)));
    },
  });
  return Object.defineProperties(source, {
    sources: { value: sources },
    counts: {
      value: {
        facts: facts.length,
        unquoted: table.unquoted,
        get byCategory() {
          return base.counts.byCategory;
        },
      },
    },
    fact: { value: (factId: string) => read.get(factId) },
    read: {
      value: async (factIds: readonly string[]) => {
        const wanted = factIds.filter((id) => rowOf.has(id) && !read.has(id));
        const missing = wanted.filter((id) => !reading.has(id));
        for (let from = 0; from < missing.length; from += READ_BATCH) {
          const batch = missing.slice(from, from + READ_BATCH);
          const done = readBatch(batch).finally(() => batch.forEach((id) => reading.delete(id)));
          for (const id of batch) reading.set(id, done);
        }
        await Promise.all(new Set(wanted.map((id) => reading.get(id)).filter(Boolean)));
      },
    },
    search: { value: search },
  });
}
