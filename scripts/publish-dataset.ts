import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateDataset } from '../src/domain/dataset/validate-dataset';
import { describeIssue } from '../src/domain/dataset/dataset-issue';

/**
 * Publishing an author's dataset: `DATASET=path/to/dataset.json npm run build` builds the site
 * with that file as its bundled dataset (`data/dataset.json`), with its fact and place pages and
 * previews (scripts/pages reads the same file). Without DATASET, public/data/dataset.json.
 */

/** The bundled dataset's file: DATASET (relative to the working directory) or the project's own. */
export function bundledDatasetPath(root: URL, setting = process.env.DATASET): string {
  return setting
    ? resolve(process.cwd(), setting)
    : new URL('public/data/dataset.json', root).pathname;
}

/** The dataset in that file, validated: an invalid one stops the build with its problems. */
export function readBundledDataset(path: string): unknown {
  const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) {
    throw new Error(
      `${path} is not a valid dataset:\n${result.issues.map((i) => `  ${describeIssue(i, 'en')}`).join('\n')}`,
    );
  }
  return result.dataset;
}

export function publishDatasetPlugin(setting = process.env.DATASET): Plugin {
  let outDir = 'dist';
  return {
    name: 'kartenchronik-publish-dataset',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      // Checked first: a broken file fails the build before anything is written.
      if (setting) readBundledDataset(resolve(process.cwd(), setting));
    },
    // After the public folder is copied (renderStart) and before the service worker's plugin
    // lists the files (closeBundle): the precache holds the published dataset's revision.
    writeBundle() {
      if (!setting) return;
      const target = resolve(outDir, 'data/dataset.json');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(resolve(process.cwd(), setting)));
    },
  };
}
