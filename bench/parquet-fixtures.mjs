// The Parquet files of the bench (issue 27): a million generated facts on 20,000 places, and
// the 100,000-fact JSON case as Parquet, written once into a cache directory (generation is
// deterministic; a million rows take about a minute) and served with range requests.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { generateDataset, random } from '../scripts/generate-dataset.mjs';
import { columnsToParquet, datasetToColumns, sidecarOf } from '../scripts/dataset-to-parquet.mjs';

export const PARQUET_DIR = join(tmpdir(), 'kartenchronik-bench-parquet');

const CATEGORIES = ['career', 'programme', 'visits', 'memberships', 'statements'];
const pad = (n) => String(n).padStart(2, '0');

/**
 * `facts` rows in the table's columns, straight (a million facts as dataset objects would
 * take gigabytes): dates over 1990–2024 as in generate-dataset.mjs, places spread over
 * Thuringia and around, a title, a summary and a quote per row.
 */
export function generateRows({ facts, places, seed = 7 }) {
  const rand = random(seed);
  const spots = Array.from({ length: places }, () => [
    Number((9.5 + rand() * 3.5).toFixed(4)),
    Number((50 + rand() * 1.8).toFixed(4)),
  ]);
  const rows = new Array(facts);
  for (let i = 0; i < facts; i++) {
    const p = Math.floor(rand() * places);
    const year = 1990 + Math.floor(rand() * 34);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const shape = rand();
    const [start, end] =
      shape < 0.4
        ? [String(year), String(Math.min(2024, year + 1 + Math.floor(rand() * 8)))]
        : shape < 0.7
          ? [`${year}-${pad(month)}-${pad(day)}`, '']
          : shape < 0.9
            ? [`${year}-${pad(month)}`, '']
            : [String(year), ''];
    const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
    rows[i] = {
      id: `fakt-${i}`,
      kind: end ? 'role' : 'event',
      category_id: category,
      category,
      category_en: category,
      start,
      end,
      place_id: `ort-${p}`,
      place: `Ort ${p}`,
      longitude: spots[p][0],
      latitude: spots[p][1],
      title: `Fakt ${i} in Ort ${p}`,
      title_en: `Fact ${i} in Ort ${p}`,
      summary: `Zusammenfassung ${i}: ein Ereignis in Ort ${p} im Jahr ${year}.`,
      summary_en: '',
      source_id: 'quelle',
      source_title: 'Generierte Quelle',
      source_url: '',
      quote: `Eintrag ${i}: Ereignis in Ort ${p}, ${start}.`,
    };
  }
  return rows;
}

const meta = (facts, places) => ({
  format: 'kartenchronik-dataset',
  version: 1,
  title: { de: `Generiert: ${facts} Fakten, ${places} Orte (Parquet)` },
  categories: CATEGORIES.map((id) => ({ id, label: { de: id, en: id } })),
  sources: [{ id: 'quelle', title: 'Generierte Quelle', kind: 'Test' }],
  places: [],
  entities: [],
});

const FILES = {
  'parquet-1m': () => ({
    rows: generateRows({ facts: 1_000_000, places: 20_000 }),
    meta: meta(1_000_000, 20_000),
  }),
  // The JSON case's very facts (facts-100000.json), as Parquet: the two paths side by side.
  'parquet-100k': () => {
    const dataset = generateDataset({ facts: 100000, places: 300 });
    const { text: _text, ...source } = dataset.sources[0];
    return { rows: datasetToColumns(dataset), meta: { ...sidecarOf(dataset), sources: [source] } };
  },
};

/** Writes the files that are not there yet; returns their paths by case. */
export function ensureParquetFixtures(names = Object.keys(FILES)) {
  mkdirSync(PARQUET_DIR, { recursive: true });
  const paths = {};
  for (const name of names) {
    const file = join(PARQUET_DIR, `${name}.parquet`);
    if (!existsSync(file)) {
      const { rows, meta: sidecar } = FILES[name]();
      writeFileSync(file, Buffer.from(columnsToParquet(rows, { rowGroupSize: 100_000 })));
      writeFileSync(join(PARQUET_DIR, `${name}.meta.json`), JSON.stringify(sidecar));
    }
    paths[name] = file;
  }
  return paths;
}

/** Per column, its chunks' byte ranges and total compressed size (from the file's footer). */
export function columnChunks(file) {
  const bytes = readFileSync(file);
  const metadata = parquetMetadata(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  );
  const columns = new Map();
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const m = chunk.meta_data;
      const start = Number(m.dictionary_page_offset ?? m.data_page_offset);
      const size = Number(m.total_compressed_size);
      const name = m.path_in_schema.join('.');
      const entry = columns.get(name) ?? { ranges: [], bytes: 0 };
      entry.ranges.push([start, start + size - 1]);
      entry.bytes += size;
      columns.set(name, entry);
    }
  }
  return { columns, fileBytes: bytes.length };
}

/** Of the ranges read, the bytes that fell into each column's chunks (and outside any). */
export function bytesByColumn(reads, columns) {
  const byColumn = {};
  for (const [from, to] of reads) {
    for (const [name, { ranges }] of columns) {
      for (const [start, end] of ranges) {
        const overlap = Math.min(to, end) - Math.max(from, start) + 1;
        if (overlap > 0) byColumn[name] = (byColumn[name] ?? 0) + overlap;
      }
    }
  }
  return byColumn;
}
