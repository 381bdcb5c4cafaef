import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readParquetFacts, type ParquetIndexValues } from './parquet-table';
// The project's own writer (npm run dataset:parquet), as the end-to-end tests and the bench use it.
// @ts-expect-error: a plain ES module script without type declarations
// eslint-disable-next-line no-restricted-imports
import { datasetToColumns } from '../../../scripts/dataset-to-parquet.mjs';

/** Rows as columns, the way DuckDB hands them over. */
function columns(rows: Record<string, string | number | null>[]): ParquetIndexValues {
  const names = new Set(rows.flatMap((row) => Object.keys(row)));
  return Object.fromEntries(
    [...names].map((name) => [name, rows.map((row) => row[name] ?? null)]),
  ) as ParquetIndexValues;
}

describe('readParquetFacts', () => {
  it('reads the bundled dataset as written by dataset:parquet, every fact', () => {
    const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
    const rows = datasetToColumns(dataset);
    const read = readParquetFacts(rows.length, columns(rows));
    expect(read.issues).toEqual([]);
    expect(read.facts.map((f) => f.id)).toEqual(dataset.facts.map((f: { id: string }) => f.id));
  });
});

describe('readParquetFacts leaves out what cannot be a fact, and says why by row', () => {
  const good = {
    id: 'a',
    title: 'A',
    start: '2018-03-19',
    place: 'Artern',
    longitude: 11.29,
    latitude: 51.37,
    category: 'Programme',
  };
  const rows = [
    good,
    { ...good, id: 'a' },
    { ...good, id: 'Nicht Slug' },
    { ...good, id: '', title: 'ohne id' },
    { ...good, id: 'b', start: '19.03.2018' },
    { ...good, id: 'c', start: '2020', end: '2010' },
    { ...good, id: 'd', longitude: 200 },
    { ...good, id: 'e', latitude: null },
    { ...good, id: 'f', start: null, end: '2018' },
    {
      ...good,
      id: 'g',
      start: '-0044',
      end: '-0043',
      place: 'Rom',
      longitude: 12.5,
      latitude: 41.9,
    },
    { ...good, id: 'h', start: null, place: 'artern', longitude: null, latitude: null },
  ];
  const read = readParquetFacts(rows.length, columns(rows));

  it('keeps the good rows, with their rows in the file', () => {
    expect(read.facts.map((f) => f.id)).toEqual(['a', 'g', 'h']);
    expect([...read.rows]).toEqual([0, 9, 10]);
    expect(read.skipped).toBe(8);
  });

  it('names row (1 = the first) and column for each row left out', () => {
    expect(read.issues.map((i) => [i.location?.line, i.location?.column, i.code])).toEqual([
      [2, 'id', 'duplicate-id'],
      [3, 'id', 'slug'],
      [4, 'id', 'required'],
      [5, 'start', 'partial-date'],
      [6, 'end', 'range-reversed'],
      [7, 'longitude', 'number'],
      [8, 'latitude', 'coordinates-pair'],
      [9, 'start', 'required'],
    ]);
  });

  it('reads times (BC too), places by folded name and categories by label', () => {
    const [a, g, h] = read.facts;
    expect(a!.time).toEqual({ type: 'point', date: '2018-03-19' });
    expect(g!.time).toEqual({ type: 'range', start: '-0044', end: '-0043' });
    expect(h!.time).toBeUndefined();
    // "artern" is the place "Artern": one place, with the first row's coordinates.
    expect(h!.places).toEqual(a!.places);
    expect(read.places.find((p) => p.id === a!.places[0])?.coordinates).toEqual([11.29, 51.37]);
    expect(read.categories).toEqual([{ id: 'programme', label: { de: 'Programme' } }]);
    expect(a!.category).toBe('programme');
  });

  it('lists at most 50 problems and counts the rest', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({
      ...good,
      id: 'x',
      start: String(2000 + (i % 20)),
    }));
    const result = readParquetFacts(many.length, columns(many));
    expect(result.skipped).toBe(119);
    expect(result.issues).toHaveLength(51);
    expect(result.issues.at(-1)).toEqual({ path: '…', code: 'more', detail: '69' });
  });
});
