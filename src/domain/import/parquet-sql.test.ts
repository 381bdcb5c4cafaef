import { describe, expect, it } from 'vitest';
import {
  indexQuery,
  oneFile,
  quotedQuery,
  rowsQuery,
  searchQuery,
  searchTextTableQuery,
  sqlString,
  unquotedCountQuery,
  type ParquetColumn,
} from './parquet-sql';

const F = oneFile('f.parquet');

const columns: ParquetColumn[] = [
  { name: 'id', type: 'VARCHAR' },
  { name: 'title', type: 'VARCHAR' },
  { name: 'start', type: 'DATE' },
  { name: 'end', type: 'TIMESTAMP' },
  { name: 'place', type: 'VARCHAR' },
  { name: 'longitude', type: 'DOUBLE' },
  { name: 'latitude', type: 'VARCHAR' },
  { name: 'quote', type: 'VARCHAR' },
  { name: 'extra', type: 'VARCHAR' },
];

describe('the SQL a Parquet dataset is read with', () => {
  it('quotes strings so that no value ends them', () => {
    expect(sqlString("O'Brien")).toBe("'O''Brien'");
  });

  it('asks for the index columns only, dates as partial dates, in the file order', () => {
    const sql = indexQuery(F, columns);
    expect(sql).toBe(
      `SELECT CAST("id" AS VARCHAR) AS "id", strftime("start", '%Y-%m-%d') AS "start", ` +
        `CASE WHEN CAST("end" AS TIME) = TIME '00:00:00' THEN strftime("end", '%Y-%m-%d') ELSE strftime("end", '%Y-%m-%dT%H:%M') END AS "end", ` +
        `CAST("place" AS VARCHAR) AS "place", CAST("longitude" AS DOUBLE) AS "longitude", CAST("latitude" AS VARCHAR) AS "latitude" ` +
        `FROM read_parquet('f.parquet', file_row_number = true) ORDER BY file_row_number`,
    );
    // No text column: the first view never reads title, summary or quote.
    expect(sql).not.toMatch(/title|quote|extra/);
  });

  it('writes an integer year as the format does, BC with its sign', () => {
    const sql = indexQuery(F, [{ name: 'start', type: 'INTEGER' }]);
    expect(sql).toContain(
      `CASE WHEN "start" < 0 THEN '-' || lpad(CAST(-"start" AS VARCHAR), 4, '0')`,
    );
  });

  it('reads the text of the rows asked for, by row number, each once', () => {
    expect(rowsQuery(F, columns, [3, 1, 3, -1, 2.5])).toBe(
      `SELECT file_row_number AS file_row_number, CAST("title" AS VARCHAR) AS "title", CAST("quote" AS VARCHAR) AS "quote" ` +
        `FROM read_parquet('f.parquet', file_row_number = true) WHERE file_row_number IN (3, 1)`,
    );
    expect(rowsQuery(F, columns, [])).toContain('IN (-1)');
  });

  it('folds the searched text once into a table: title, place and quote, as the page folds', () => {
    expect(searchTextTableQuery(F, columns, 'texts-1')).toBe(
      `CREATE TABLE "texts-1" AS SELECT file_row_number AS file_row_number, ` +
        `strip_accents(replace(lower(concat_ws(' ', coalesce(CAST("title" AS VARCHAR), ''), coalesce(CAST("place" AS VARCHAR), ''), coalesce(CAST("quote" AS VARCHAR), ''))), 'ß', 'ss')) AS folded ` +
        `FROM read_parquet('f.parquet', file_row_number = true)`,
    );
  });

  it('searches every word, folded as the page folds them', () => {
    expect(searchQuery('texts-1', 'Roßleben  Förder')).toBe(
      `SELECT file_row_number FROM "texts-1" WHERE contains(folded, 'rossleben') AND contains(folded, 'forder')`,
    );
    expect(searchQuery('texts-1', '   ')).toBeNull();
  });

  it('a word with quotes, % or _ means itself', () => {
    const sql = searchQuery('texts-1', "50%_o'")!;
    expect(sql).toContain(`'50%_o'''`);
    expect(sql).not.toContain('LIKE');
  });

  it('counts quoted rows from the footer alone; a file without quotes has none', () => {
    expect(unquotedCountQuery(F)).toContain(
      "FROM parquet_metadata(['f.parquet']) WHERE path_in_schema = 'quote'",
    );
    expect(quotedQuery(F, [{ name: 'id', type: 'VARCHAR' }])).toContain('WHERE false');
  });

  it("a manifest's files are one table; a row's number counts through them in order", () => {
    const files = { names: ['a.parquet', "b'.parquet"], bases: [0, 100] };
    expect(indexQuery(files, [{ name: 'id', type: 'VARCHAR' }])).toBe(
      `SELECT CAST("id" AS VARCHAR) AS "id" FROM read_parquet(['a.parquet', 'b''.parquet'], ` +
        `file_row_number = true, filename = true, union_by_name = true) ` +
        `ORDER BY (file_row_number + CASE filename WHEN 'a.parquet' THEN 0 WHEN 'b''.parquet' THEN 100 END)`,
    );
    // Rows are asked of each file by its own row numbers.
    expect(rowsQuery(files, columns, [5, 104, 100])).toContain(
      `WHERE (filename = 'a.parquet' AND file_row_number IN (5)) OR (filename = 'b''.parquet' AND file_row_number IN (4, 0))`,
    );
    expect(rowsQuery(files, columns, [])).toContain('WHERE false');
  });
});
