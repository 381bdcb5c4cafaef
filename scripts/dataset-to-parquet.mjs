// Writes a dataset in format v1 as a Parquet table and its sidecar (docs/dataset-format.md,
// "Parquet"): one row per fact in the CSV template's columns; what a table cannot carry
// (categories with colours, sources with their texts, places' parents, tours, eras) goes
// into `<name>.meta.json`. A fact keeps its first place and its first piece of evidence (the
// table has one of each per row); an ongoing time keeps its start.
// CLI: npm run dataset:parquet -- in.json out.parquet
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parquetWriteBuffer } from 'hyparquet-writer';

// The columns every view needs first, the text last: a reader that fetches the index columns
// by range requests (DuckDB merges reads with small gaps) then never touches the text.
const INDEX_COLUMNS = [
  'id',
  'kind',
  'category_id',
  'category',
  'category_en',
  'start',
  'end',
  'place_id',
  'place',
];
const TEXT_COLUMNS = [
  'title',
  'title_en',
  'summary',
  'summary_en',
  'source_id',
  'source_title',
  'source_url',
  'quote',
];

/** A fact's start and end as the table writes them (partial-date strings, BC included). */
function timeCells(time) {
  if (!time) return ['', ''];
  if (time.type === 'range') return [time.start, time.end];
  if (time.type === 'ongoing') return [time.start, ''];
  return [time.date, ''];
}

/**
 * The rows of a dataset's facts, as columns. Empty cells are null: a fact without a quote
 * has none, which the footer's statistics count without the column being read.
 * `corrupt(rows)` may change the rows before they are written (tests of bad rows).
 */
export function datasetToColumns(dataset, corrupt = (rows) => rows) {
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const categories = new Map(dataset.categories.map((c) => [c.id, c]));
  const rows = dataset.facts.map((fact) => {
    const place = places.get(fact.places[0]);
    const evidence = fact.evidence.find((e) => e.quote !== undefined) ?? fact.evidence[0];
    const source = evidence ? sources.get(evidence.source) : undefined;
    const category = categories.get(fact.category);
    const [start, end] = timeCells(fact.time);
    return {
      id: fact.id,
      kind: fact.kind,
      category_id: fact.category,
      category: category?.label.de ?? fact.category,
      category_en: category?.label.en ?? '',
      title: fact.title.de,
      title_en: fact.title.en ?? '',
      summary: fact.summary?.de ?? '',
      summary_en: fact.summary?.en ?? '',
      start,
      end,
      place_id: place?.id ?? '',
      place: place?.name ?? '',
      longitude: place?.coordinates?.[0] ?? null,
      latitude: place?.coordinates?.[1] ?? null,
      source_id: source?.id ?? '',
      source_title: source?.title ?? '',
      source_url: source?.url ?? '',
      quote: evidence?.quote ?? '',
    };
  });
  return corrupt(rows);
}

/** The table as Parquet bytes: strings, longitude and latitude as doubles; SNAPPY pages. */
export function columnsToParquet(rows, { rowGroupSize = 100_000 } = {}) {
  const blank = (value) => (value === '' || value === undefined ? null : value);
  return parquetWriteBuffer({
    columnData: [
      ...INDEX_COLUMNS.map((name) => ({
        name,
        data: rows.map((row) => blank(row[name])),
        type: 'STRING',
      })),
      ...['longitude', 'latitude'].map((name) => ({
        name,
        data: rows.map((row) => row[name] ?? null),
        type: 'DOUBLE',
      })),
      ...TEXT_COLUMNS.map((name) => ({
        name,
        data: rows.map((row) => blank(row[name])),
        type: 'STRING',
      })),
    ],
    rowGroupSize,
  });
}

/** What the table cannot carry: the dataset without its facts, and without quoted texts' offsets. */
export function sidecarOf(dataset) {
  const { facts: _facts, ...meta } = dataset;
  return meta;
}

export function writeParquetDataset(dataset, out, options) {
  writeFileSync(out, Buffer.from(columnsToParquet(datasetToColumns(dataset), options)));
  const metaPath = out.replace(/\.parquet$/i, '') + '.meta.json';
  writeFileSync(metaPath, JSON.stringify(sidecarOf(dataset), null, 1));
  return metaPath;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output || !/\.parquet$/i.test(output)) {
    console.error('usage: npm run dataset:parquet -- in.json out.parquet');
    process.exit(2);
  }
  const dataset = JSON.parse(readFileSync(input, 'utf8'));
  if (dataset?.format !== 'kartenchronik-dataset') {
    console.error(`${input}: not a dataset in format v1 ("format": "kartenchronik-dataset")`);
    process.exit(1);
  }
  const meta = writeParquetDataset(dataset, output);
  console.log(`${output}: ${dataset.facts.length} facts; ${meta}: the rest`);
}
