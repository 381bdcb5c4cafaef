import type { Dataset } from '@/domain/dataset/dataset-schema';
import { importDataset } from '@/domain/import/import-dataset';
import { readParquetManifest } from '@/domain/import/parquet-manifest';
import type { ImportReport } from '@/domain/import/import-report';
import { decodeText } from '@/domain/dataset/text-encoding';
import { DatasetLoadError } from './load-protocol';

/**
 * Decodes, recognises (dataset JSON, TimelineJS, StoryMapJS, GeoJSON, CSV; by content),
 * imports and validates; the whole list of problems comes back on failure.
 */
export function parseDataset(
  bytes: Uint8Array,
  name: string,
): {
  dataset: Dataset;
  encoding: ReturnType<typeof decodeText>['encoding'];
  report?: ImportReport;
} {
  const { text, encoding } = decodeText(bytes);
  const manifest = readParquetManifest(text);
  if (manifest) {
    if (!manifest.ok) throw new DatasetLoadError('invalid', 'manifest', manifest.issues);
    throw new DatasetLoadError('parquet-manifest', JSON.stringify(manifest.manifest));
  }
  const result = importDataset(text, name);
  if (!result.ok) {
    const syntax = result.issues.length === 1 && result.issues[0]!.code === 'json-syntax';
    throw new DatasetLoadError('invalid', syntax ? 'syntax' : 'invalid dataset', result.issues);
  }
  return { dataset: result.dataset, encoding, ...(result.report ? { report: result.report } : {}) };
}
