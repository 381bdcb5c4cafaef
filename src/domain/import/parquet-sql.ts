import { queryWords } from '../dataset/search';
import {
  PARQUET_INDEX_COLUMNS,
  PARQUET_ROW_COLUMNS,
  type ParquetIndexColumn,
  type ParquetRowColumn,
} from './parquet-table';

/**
 * The SQL a Parquet dataset is read with (DuckDB's dialect). Pure: built from the columns the
 * file has and what a view asks, so each query names only the columns it needs; DuckDB then
 * fetches only those columns' pages (and the footer) by range requests.
 */

/** A column of the file, as DuckDB's DESCRIBE names its type. */
export interface ParquetColumn {
  readonly name: string;
  readonly type: string;
}

/** A string literal: quotes doubled, so no value ends it. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A column name, quoted: `end` and `start` are words of SQL. */
export function sqlName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The files of a dataset as DuckDB reads them: one, or the parts of a manifest (a dataset
 * partitioned by year). A row's number counts through the files in order: the rows of file
 * `i` start at `bases[i]` (the rows of the files before it).
 */
export interface ParquetFiles {
  readonly names: readonly string[];
  readonly bases: readonly number[];
}

/** One file: its rows start at 0. */
export function oneFile(name: string): ParquetFiles {
  return { names: [name], bases: [0] };
}

const several = (files: ParquetFiles) => files.names.length > 1;
const nameList = (files: ParquetFiles) =>
  several(files) ? `[${files.names.map(sqlString).join(', ')}]` : sqlString(files.names[0]!);

/** The files as one table, with each row's number in the file (and which file). */
export function fileTable(files: ParquetFiles): string {
  return several(files)
    ? `read_parquet(${nameList(files)}, file_row_number = true, filename = true, union_by_name = true)`
    : `read_parquet(${nameList(files)}, file_row_number = true)`;
}

/** A row's number through all the files (what a fact's text is read by). */
export function rowNumber(files: ParquetFiles): string {
  if (!several(files)) return 'file_row_number';
  const cases = files.names.map((name, i) => `WHEN ${sqlString(name)} THEN ${files.bases[i]}`);
  return `(file_row_number + CASE filename ${cases.join(' ')} END)`;
}

export function describeQuery(files: ParquetFiles): string {
  return several(files)
    ? `DESCRIBE SELECT * FROM read_parquet(${nameList(files)}, union_by_name = true)`
    : `DESCRIBE SELECT * FROM read_parquet(${nameList(files)})`;
}

/** Rows per file, from the footers alone (the bases of a manifest's files). */
export function rowCountsQuery(names: readonly string[]): string {
  const list = `[${names.map(sqlString).join(', ')}]`;
  return `SELECT file_name, CAST(sum(row_group_num_rows) AS DOUBLE) AS num_rows FROM (SELECT DISTINCT file_name, row_group_id, row_group_num_rows FROM parquet_metadata(${list})) GROUP BY file_name`;
}

/**
 * A date column as the format's partial date: text as written (`-0044`, `2018-03`), DATE as
 * `YYYY-MM-DD`, a TIMESTAMP with its minutes unless at midnight, an integer as a year.
 */
function dateExpression(column: ParquetColumn): string {
  const name = sqlName(column.name);
  const type = column.type.toUpperCase();
  if (type === 'DATE') return `strftime(${name}, '%Y-%m-%d')`;
  if (type.startsWith('TIMESTAMP')) {
    return `CASE WHEN CAST(${name} AS TIME) = TIME '00:00:00' THEN strftime(${name}, '%Y-%m-%d') ELSE strftime(${name}, '%Y-%m-%dT%H:%M') END`;
  }
  if (
    /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(type)
  ) {
    return `CASE WHEN ${name} < 0 THEN '-' || lpad(CAST(-${name} AS VARCHAR), 4, '0') ELSE lpad(CAST(${name} AS VARCHAR), 4, '0') END`;
  }
  return `CAST(${name} AS VARCHAR)`;
}

function indexExpression(column: ParquetColumn): string {
  const name = column.name as ParquetIndexColumn;
  if (name === 'start' || name === 'end') return dateExpression(column);
  if (name === 'longitude' || name === 'latitude') {
    return /^(DOUBLE|FLOAT|REAL|DECIMAL)/i.test(column.type)
      ? `CAST(${sqlName(name)} AS DOUBLE)`
      : `CAST(${sqlName(name)} AS VARCHAR)`;
  }
  return `CAST(${sqlName(name)} AS VARCHAR)`;
}

/** The columns every view needs of every fact, in the file's order: no text column. */
export function indexQuery(files: ParquetFiles, columns: readonly ParquetColumn[]): string {
  const known = new Set<string>(PARQUET_INDEX_COLUMNS);
  const selected = columns.filter((c) => known.has(c.name));
  const list = selected.map((c) => `${indexExpression(c)} AS ${sqlName(c.name)}`);
  return `SELECT ${list.join(', ')} FROM ${fileTable(files)} ORDER BY ${rowNumber(files)}`;
}

/**
 * The text of the given rows, for the facts shown: by the row's number within its file, so
 * that DuckDB filters each file's own row numbers.
 */
export function rowsQuery(
  files: ParquetFiles,
  columns: readonly ParquetColumn[],
  rows: readonly number[],
): string {
  const known = new Set<string>(PARQUET_ROW_COLUMNS);
  const selected = columns.filter((c) => known.has(c.name)).map((c) => c.name);
  const list = [
    `${rowNumber(files)} AS file_row_number`,
    ...selected.map((name) => `CAST(${sqlName(name)} AS VARCHAR) AS ${sqlName(name)}`),
  ];
  const wanted = [...new Set(rows)].filter((row) => Number.isInteger(row) && row >= 0);
  const where = several(files)
    ? files.names
        .map((name, i) => {
          const from = files.bases[i]!;
          const to = files.bases[i + 1] ?? Infinity;
          const local = wanted.filter((row) => row >= from && row < to).map((row) => row - from);
          return local.length > 0
            ? `(filename = ${sqlString(name)} AND file_row_number IN (${local.join(', ')}))`
            : null;
        })
        .filter(Boolean)
        .join(' OR ') || 'false'
    : `file_row_number IN (${wanted.length > 0 ? wanted.join(', ') : '-1'})`;
  return `SELECT ${list.join(', ')} FROM ${fileTable(files)} WHERE ${where}`;
}

/** The columns a search looks through: the text of a fact and its place's name. */
const SEARCHED: readonly (ParquetRowColumn | ParquetIndexColumn)[] = [
  'title',
  'title_en',
  'summary',
  'summary_en',
  'place',
  'quote',
];

/** The text a search looks through, folded as the page folds it (`foldText`). */
function foldedText(columns: readonly ParquetColumn[]): string | null {
  const present = new Set(columns.map((c) => c.name));
  const parts = SEARCHED.filter((name) => present.has(name)).map(
    (name) => `coalesce(CAST(${sqlName(name)} AS VARCHAR), '')`,
  );
  if (parts.length === 0) return null;
  return `strip_accents(replace(lower(concat_ws(' ', ${parts.join(', ')})), 'ß', 'ss'))`;
}

/**
 * The searched text of every row, folded once into a table in DuckDB's memory (`table`):
 * the first search reads the text columns, every later one scans memory, not the network.
 */
export function searchTextTableQuery(
  files: ParquetFiles,
  columns: readonly ParquetColumn[],
  table: string,
): string {
  const text = foldedText(columns) ?? "''";
  return `CREATE TABLE ${sqlName(table)} AS SELECT ${rowNumber(files)} AS file_row_number, ${text} AS folded FROM ${fileTable(files)}`;
}

/**
 * The rows whose text (in the table of searchTextTableQuery) holds every word of the query,
 * folded as the page folds it (lower case, ß as ss, accents removed). `contains`, not LIKE:
 * a word with `%` or `_` means itself. `null` for a query without words.
 */
export function searchQuery(table: string, query: string): string | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const conditions = words.map((word) => `contains(folded, ${sqlString(word)})`);
  return `SELECT file_row_number FROM ${sqlName(table)} WHERE ${conditions.join(' AND ')}`;
}

/** The rows with a verbatim quote (the filter "only facts with a quote"). */
export function quotedQuery(files: ParquetFiles, columns: readonly ParquetColumn[]): string {
  const select = `SELECT ${rowNumber(files)} AS file_row_number FROM ${fileTable(files)}`;
  if (!columns.some((c) => c.name === 'quote')) return `${select} WHERE false`;
  return `${select} WHERE trim(coalesce(CAST("quote" AS VARCHAR), '')) <> ''`;
}

/**
 * How many rows have no quote, from the footers' statistics alone (no page is read): the
 * null count of `quote` per row group. Empty strings are not counted: the format says a
 * fact without a quote has none (NULL).
 */
export function unquotedCountQuery(files: ParquetFiles): string {
  const list = `[${files.names.map(sqlString).join(', ')}]`;
  return `SELECT CAST(coalesce(sum(stats_null_count), 0) AS DOUBLE) AS unquoted FROM parquet_metadata(${list}) WHERE path_in_schema = 'quote'`;
}
