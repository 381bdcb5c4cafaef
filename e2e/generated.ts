import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without type declarations
import { generateDataset, repeatDataset } from '../scripts/generate-dataset.mjs';
// @ts-expect-error: a plain ES module script without type declarations
import { columnsToParquet, datasetToColumns, sidecarOf } from '../scripts/dataset-to-parquet.mjs';

/**
 * The large files the end-to-end tests open, written once per run by the global setup (the
 * generator is deterministic) into a directory outside the repository.
 */
export const GENERATED_DIR = join(tmpdir(), 'kartenchronik-e2e');

const bundled = () => JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
type Row = Record<string, string | number | null>;
/** A dataset as Parquet (npm run dataset:parquet), in row groups of `rowGroupSize`. */
const parquet = (dataset: unknown, rowGroupSize = 100_000, corrupt?: (rows: Row[]) => Row[]) =>
  new Uint8Array(columnsToParquet(datasetToColumns(dataset, corrupt), { rowGroupSize }));

/**
 * The bundled facts with four rows that cannot be facts: an id used twice, a date that is
 * none, a longitude beyond 180 and an end before its start (rows 2, 4, 6 and 8).
 */
const badRows = (rows: Row[]): Row[] =>
  rows.map((row, i) =>
    i === 1
      ? { ...row, id: rows[0]!.id ?? null }
      : i === 3
        ? { ...row, start: '19.03.2018' }
        : i === 5
          ? { ...row, longitude: 200, latitude: 51 }
          : i === 7
            ? { ...row, start: '2020', end: '2010' }
            : row,
  );

/** Written as they are: Parquet bytes and text; anything else as JSON. */
const FILES: Record<string, () => unknown> = {
  'bundled.parquet': () => parquet(bundled()),
  'bundled.meta.json': () => sidecarOf(bundled()),
  // Eight row groups: a view reads its columns' chunks, not the whole file.
  'facts-20000.parquet': () => parquet(generateDataset({ facts: 20000, places: 60 }), 2500),
  'facts-20000.meta.json': () => sidecarOf(generateDataset({ facts: 20000, places: 60 })),
  'bad-rows.parquet': () => parquet(bundled(), 100_000, badRows),
  // The bundled facts in two files split by year, named by a manifest.
  'part-early.parquet': () =>
    parquet(bundled(), 100_000, (rows) => rows.filter((row) => String(row.start) < '2015')),
  'part-late.parquet': () =>
    parquet(bundled(), 100_000, (rows) => rows.filter((row) => String(row.start) >= '2015')),
  'partitioned.json': () => ({
    format: 'kartenchronik-parquet',
    files: ['part-early.parquet', 'part-late.parquet'],
    meta: 'bundled.meta.json',
  }),
  'not-parquet.parquet': () => 'id,title\nkein-parquet,Eine CSV-Datei unter falschem Namen\n',
  'facts-100000.json': () => generateDataset({ facts: 100000, places: 300 }),
  'dense-10000.json': () =>
    repeatDataset(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')), 10000),
  'same-date-16000.json': () => generateDataset({ facts: 16000, places: 16000, year: 2018 }),
};

export type GeneratedFile = keyof typeof FILES;

export function generatedPath(name: string): string {
  return join(GENERATED_DIR, name);
}

export default function writeGeneratedFiles(): void {
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, make] of Object.entries(FILES)) {
    const made = make();
    writeFileSync(
      generatedPath(name),
      made instanceof Uint8Array || typeof made === 'string' ? made : JSON.stringify(made),
    );
  }
}

/** For a test run without the global setup (a single spec from an editor). */
export function ensureGenerated(name: string): string {
  if (!existsSync(generatedPath(name))) writeGeneratedFiles();
  return generatedPath(name);
}
