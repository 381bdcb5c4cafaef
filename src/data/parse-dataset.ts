import { csvToDataset } from '@/domain/csv-dataset';
import type { Dataset } from '@/domain/dataset-schema';
import { decodeText } from '@/domain/text-encoding';
import { parseJsonText, validateDataset } from '@/domain/validate-dataset';
import { DatasetLoadError, type DatasetFormat } from './load-protocol';

/** Decodes, parses and validates; the whole list of problems comes back on failure. */
export function parseDataset(
  bytes: Uint8Array,
  name: string,
  format: DatasetFormat,
): { dataset: Dataset; encoding: ReturnType<typeof decodeText>['encoding'] } {
  const { text, encoding } = decodeText(bytes);
  let result;
  if (format === 'csv') {
    result = csvToDataset(text, name.replace(/^.*\//, '').replace(/\.csv$/i, ''));
  } else {
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new DatasetLoadError('invalid', 'syntax', [parsed.issue]);
    result = validateDataset(parsed.value);
  }
  if (!result.ok) throw new DatasetLoadError('invalid', 'invalid dataset', result.issues);
  return { dataset: result.dataset, encoding };
}
