import { queryOptions } from '@tanstack/react-query';
import { csvToDataset } from '@/domain/csv-dataset';
import { createDatasetIndex, type DatasetIndex } from '@/domain/dataset-index';
import { decodeText, type TextEncodingName } from '@/domain/text-encoding';
import { isLocalDatasetKey } from '@/domain/view-state';
import { parseJsonText, validateDataset, type DatasetIssue } from '@/domain/validate-dataset';

import { BUNDLED_DATASET_URL } from './bundled-dataset';
import {
  createDatasetStore,
  DatasetStoreError,
  localDatasetKey,
  requestPersistentStorage,
  type DatasetStore,
} from './dataset-store';

let store: DatasetStore | null = null;
/** The page's dataset store, made on first use (never during start-up of the bundled one). */
export function keptDatasets(): DatasetStore {
  store ??= createDatasetStore();
  return store;
}

/** Larger files are refused before they are read: they would freeze the tab. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;
/** A dataset URL that has not answered by then is given up. */
export const FETCH_TIMEOUT_MS = 30_000;

export type DatasetLoadReason =
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'invalid'
  /** A `local:` key this browser does not keep: the file was opened elsewhere (or removed). */
  | 'missing-local';

/** Why a dataset could not be used; `issues` lists every problem of an invalid file. */
export class DatasetLoadError extends Error {
  constructor(
    readonly reason: DatasetLoadReason,
    message: string,
    readonly issues: readonly DatasetIssue[] = [],
    /** For `too-large`: the size found, in bytes, when it is known. */
    readonly bytes?: number,
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

/** How each dataset's file was read, when not as UTF-8: the status line says so. */
const encodings = new WeakMap<DatasetIndex, Exclude<TextEncodingName, 'utf-8'>>();

/** The encoding a dataset was decoded from; `undefined` for UTF-8 (the expected one). */
export function encodingOf(index: DatasetIndex): Exclude<TextEncodingName, 'utf-8'> | undefined {
  return encodings.get(index);
}

/** Decodes a file's bytes (see `decodeText`), then parses and validates them. */
export function parseDatasetBytes(
  bytes: Uint8Array,
  name: string,
  format: DatasetFormat,
): DatasetIndex {
  const { text, encoding } = decodeText(bytes);
  const index = parseDatasetText(text, name, format);
  if (encoding !== 'utf-8') encodings.set(index, encoding);
  return index;
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

/** Fetches a dataset's bytes, within the time and size limits. */
async function fetchDatasetBytes(
  url: string,
  signal?: AbortSignal,
): Promise<{ bytes: Uint8Array; contentType: string }> {
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
  const announced = Number(response.headers.get('Content-Length') ?? 0);
  if (announced > MAX_DATASET_BYTES) throw new DatasetLoadError('too-large', url, [], announced);
  // The limit counts bytes, as for files (a server may send no Content-Length).
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_DATASET_BYTES) {
    throw new DatasetLoadError('too-large', url, [], bytes.byteLength);
  }
  return { bytes, contentType: response.headers.get('Content-Type') ?? '' };
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<DatasetIndex> {
  const { bytes, contentType } = await fetchDatasetBytes(url, signal);
  return parseDatasetBytes(bytes, url, formatOf(url, contentType));
}

/** Why a dataset could not be kept in this browser; it is still open for the session. */
const keepFailures = new WeakMap<DatasetIndex, DatasetStoreError>();

export function keepFailureOf(index: DatasetIndex): DatasetStoreError | undefined {
  return keepFailures.get(index);
}

/** Keeps a dataset's bytes in this browser; a failure is remembered for the status line. */
export async function keepDataset(
  key: string,
  name: string,
  bytes: Uint8Array,
  index: DatasetIndex,
): Promise<void> {
  try {
    await keptDatasets().keep({
      key,
      name,
      title: index.dataset.title.de,
      facts: index.dataset.facts.length,
      bytes: bytes.byteLength,
      openedAt: Date.now(),
      data: bytes,
    });
    void requestPersistentStorage();
  } catch (error) {
    keepFailures.set(
      index,
      error instanceof DatasetStoreError
        ? error
        : new DatasetStoreError('unavailable', String(error)),
    );
  }
}

/**
 * A dataset by its link: a `local:` key from this browser's store; an address fetched (and
 * kept, so it opens offline later), or, when the network fails, the copy kept last time.
 */
export async function loadDataset(url: string, signal?: AbortSignal): Promise<DatasetIndex> {
  if (isLocalDatasetKey(url)) {
    const kept = await keptDatasets()
      .get(url)
      .catch(() => undefined);
    if (!kept) throw new DatasetLoadError('missing-local', url);
    const index = parseDatasetBytes(kept.data, kept.name, formatOf(kept.name));
    await keepDataset(url, kept.name, kept.data, index);
    return index;
  }
  let fetched;
  try {
    fetched = await fetchDatasetBytes(url, signal);
  } catch (error) {
    const offline =
      error instanceof DatasetLoadError &&
      (error.reason === 'network' || error.reason === 'timeout');
    const kept = offline
      ? await keptDatasets()
          .get(url)
          .catch(() => undefined)
      : undefined;
    if (!kept) throw error;
    return parseDatasetBytes(kept.data, url, formatOf(url));
  }
  const index = parseDatasetBytes(fetched.bytes, url, formatOf(url, fetched.contentType));
  await keepDataset(url, url, fetched.bytes, index);
  return index;
}

/**
 * Reads a dropped or picked file (`.json` in format v1, or `.csv` in the template) and gives
 * it its `local:` key, under which it is kept and linked.
 */
export async function readDatasetFile(
  file: File,
): Promise<{ key: string; index: DatasetIndex; bytes: Uint8Array }> {
  if (file.size > MAX_DATASET_BYTES) {
    throw new DatasetLoadError('too-large', file.name, [], file.size);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const index = parseDatasetBytes(bytes, file.name, formatOf(file.name, file.type));
  return { key: await localDatasetKey(bytes), index, bytes };
}

export function datasetQueryOptions(url: string = BUNDLED_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    // The bundled dataset is the app's own file: fetched, never kept twice.
    queryFn: ({ signal }) =>
      url === BUNDLED_DATASET_URL ? fetchDataset(url, signal) : loadDataset(url, signal),
    // A dataset is a file: it does not go stale while the page is open.
    staleTime: Infinity,
    // An invalid file stays invalid; only a failed request is worth a second try.
    retry: (failures, error) =>
      failures < 1 && error instanceof DatasetLoadError && error.reason === 'network',
  });
}

/** The datasets kept in this browser, newest first ("Zuletzt geöffnet"). */
export function keptDatasetsQueryOptions() {
  return queryOptions({
    queryKey: ['kept-datasets'],
    queryFn: () => keptDatasets().list(),
    retry: false,
  });
}

/** Forgets a kept dataset; its `local:` link no longer opens here. */
export function removeKeptDataset(key: string): Promise<void> {
  return keptDatasets().remove(key);
}
