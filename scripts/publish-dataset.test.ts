import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDatasetPath, publishDatasetPlugin, readBundledDataset } from './publish-dataset';

const root = new URL('../', import.meta.url);

describe('publishing a dataset (DATASET=… npm run build)', () => {
  it('reads the project’s own dataset without DATASET, the author’s with it', () => {
    expect(bundledDatasetPath(root, undefined)).toMatch(/public\/data\/dataset\.json$/);
    expect(bundledDatasetPath(root, 'docs/examples/example.json')).toBe(
      join(process.cwd(), 'docs/examples/example.json'),
    );
  });

  it('refuses an invalid dataset with its problems, before anything is built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-'));
    const broken = join(dir, 'kaputt.json');
    writeFileSync(broken, JSON.stringify({ format: 'kartenchronik-dataset', version: 1 }));
    expect(() => readBundledDataset(broken)).toThrow(
      /is not a valid dataset:\n {2}title: is missing/,
    );
  });

  it('writes the author’s file as the site’s data/dataset.json', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'site-'));
    const plugin = publishDatasetPlugin('docs/examples/example.json') as unknown as {
      configResolved(config: unknown): void;
      buildStart(): void;
      writeBundle(): void;
    };
    plugin.configResolved({ root: '/', build: { outDir } });
    plugin.buildStart();
    plugin.writeBundle();
    expect(readFileSync(join(outDir, 'data/dataset.json'), 'utf8')).toBe(
      readFileSync('docs/examples/example.json', 'utf8'),
    );
  });
});
