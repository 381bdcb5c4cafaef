import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without type declarations
import { generateDataset, repeatDataset } from '../scripts/generate-dataset.mjs';

/**
 * The large files the end-to-end tests open, written once per run by the global setup (the
 * generator is deterministic) into a directory outside the repository.
 */
export const GENERATED_DIR = join(tmpdir(), 'kartenchronik-e2e');

const FILES: Record<string, () => unknown> = {
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
    writeFileSync(generatedPath(name), JSON.stringify(make()));
  }
}

/** For a test run without the global setup (a single spec from an editor). */
export function ensureGenerated(name: string): string {
  if (!existsSync(generatedPath(name))) writeGeneratedFiles();
  return generatedPath(name);
}
