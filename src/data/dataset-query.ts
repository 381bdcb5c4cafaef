import { queryOptions } from '@tanstack/react-query';
import { csvToDataset } from '@/domain/csv-dataset';
import { createDatasetIndex, type DatasetIndex } from '@/domain/dataset-index';
import { parseJsonText, validateDataset, type DatasetIssue } from '@/domain/validate-dataset';

import { BUNDLED_DATASET_URL } from './bundled-dataset';

/** Larger files are refused before they are read: they would freeze the tab. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;
/** A dataset URL that has not answered by then is given up. */
export const FETCH_TIMEOUT_MS = 30_000;

export type DatasetLoadReason = 'network' | 'timeout' | 'http' | 'too-large' | 'invalid';

/** Why a dataset could not be used; `issues` lists every problem of an invalid file. */
export class DatasetLoadError extends Error {
  constructor(
    readonly reason: DatasetLoadReason,
    message: string,
    readonly issues: readonly DatasetIssue[] = [],
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

export type DatasetFormat = 'json' | 'csv';

/** CSV by file extension or media type; JSON otherwise. */
export function formatOf(name: string, contentType = ''): DatasetFormat {
  return /\.csv(\?|#|$)/i.test(name) || /text\/csv/i.test(contentType) ? 'csv' : 'json';
}

/** Parses and validates once, at the boundary; everything above gets an index. */
export function parseDatasetText(text: string, name: string, format: DatasetFormat): DatasetIndex {
  let result;
  if (format === 'csv') {
    result = csvToDataset(text, name.replace(/^.*\//, '').replace(/\.csv$/i, ''));
  } else {
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new DatasetLoadError('invalid', 'syntax', [parsed.issue]);
    result = validateDataset(parsed.value);
  }
  if (!result.ok) throw new DatasetLoadError('invalid', 'invalid dataset', result.issues);
  return createDatasetIndex(result.dataset);
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<DatasetIndex> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: { Accept: 'application/json, text/csv' },
    });
  } catch (error) {
    if (timeout.aborted) throw new DatasetLoadError('timeout', url);
    // A refused CORS request and an unreachable host look the same from here.
    throw new DatasetLoadError('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new DatasetLoadError('http', `HTTP ${response.status}`);
  if (Number(response.headers.get('Content-Length') ?? 0) > MAX_DATASET_BYTES) {
    throw new DatasetLoadError('too-large', url);
  }
  const text = await response.text();
  if (text.length > MAX_DATASET_BYTES) throw new DatasetLoadError('too-large', url);
  return parseDatasetText(text, url, formatOf(url, response.headers.get('Content-Type') ?? ''));
}

/** Reads a dropped or picked file (`.json` in format v1, or `.csv` in the template). */
export async function readDatasetFile(file: File): Promise<DatasetIndex> {
  if (file.size > MAX_DATASET_BYTES) throw new DatasetLoadError('too-large', file.name);
  return parseDatasetText(await file.text(), file.name, formatOf(file.name, file.type));
}

export function datasetQueryOptions(url: string = BUNDLED_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A dataset is a file: it does not go stale while the page is open.
    staleTime: Infinity,
    // An invalid file stays invalid; only a failed request is worth a second try.
    retry: (failures, error) =>
      failures < 1 && error instanceof DatasetLoadError && error.reason === 'network',
  });
}

/** A dataset opened from a file lives only in the query cache, under its own key. */
export function fileDatasetQueryOptions(key: string) {
  return queryOptions({
    queryKey: ['dataset', `file:${key}`],
    queryFn: (): Promise<DatasetIndex> => {
      throw new DatasetLoadError('network', 'the file is no longer open');
    },
    staleTime: Infinity,
    retry: false,
  });
}
