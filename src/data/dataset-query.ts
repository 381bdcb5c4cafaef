import { queryOptions } from '@tanstack/react-query';
import { withPlaceCoordinates, type DatasetIndex } from '@/domain/dataset/dataset-index';
import type { TextEncodingName } from '@/domain/dataset/text-encoding';
import { isLocalDatasetKey } from '@/domain/view/view-state';

import { BUNDLED_DATASET_URL } from './bundled-dataset';
import {
  createDatasetStore,
  DatasetStoreError,
  requestPersistentStorage,
  type DatasetStore,
} from './dataset-store';
import { trackLoad } from './load-progress';
import { fetchBytes } from './read-bytes';
import { DatasetLoadError, type LoadSource } from './load-protocol';
import {
  adoptDataset,
  openInWorker,
  type LoadedDataset,
  type OpeningFilter,
} from './worker-client';
import { applyStoredPlaceChoices, storePlaceChoice } from './place-choices';
import { provideSource } from './index-source';
import type { ParquetLocation } from './parquet/duckdb';
import type { ParquetManifest } from '@/domain/import/parquet-manifest';
import type { ImportReport, PlaceLookupReport } from '@/domain/import/import-report';

let store: DatasetStore | null = null;
/** The page's dataset store (for the list of kept datasets), made on first use. */
export function keptDatasets(): DatasetStore {
  store ??= createDatasetStore();
  return store;
}

/** How each dataset's file was read, when not as UTF-8: the status line says so. */
const encodings = new WeakMap<DatasetIndex, Exclude<TextEncodingName, 'utf-8'>>();

/** The encoding a dataset was decoded from; `undefined` for UTF-8 (the expected one). */
export function encodingOf(index: DatasetIndex): Exclude<TextEncodingName, 'utf-8'> | undefined {
  return encodings.get(index);
}

/** Why a dataset could not be kept in this browser; it is still open for the session. */
const keepFailures = new WeakMap<DatasetIndex, DatasetStoreError>();

export function keepFailureOf(index: DatasetIndex): DatasetStoreError | undefined {
  return keepFailures.get(index);
}

/** What an import recognised and which places were looked up by name, per dataset. */
export interface ImportInfo {
  readonly report?: ImportReport;
  readonly lookup?: PlaceLookupReport;
  /** The key the dataset is kept and linked under (choices of places are kept by it). */
  readonly key?: string;
}

const imports = new WeakMap<DatasetIndex, ImportInfo>();

export function importOf(index: DatasetIndex): ImportInfo | undefined {
  return imports.get(index);
}

/**
 * The dataset with another town for an ambiguous place name: a new index (the views redraw),
 * which takes over the old one's worker and notes; the choice is kept for the next opening.
 */
export function choosePlace(
  index: DatasetIndex,
  placeId: string,
  coordinates: readonly [number, number],
): DatasetIndex {
  const info = imports.get(index);
  if (info?.key !== undefined) storePlaceChoice(info.key, placeId, coordinates);
  const next = withPlaceCoordinates(index, new Map([[placeId, coordinates]]));
  carryOver(index, next);
  return next;
}

/** Moves everything known about a dataset to the index that replaces it. */
function carryOver(from: DatasetIndex, to: DatasetIndex): void {
  if (from === to) return;
  adoptDataset(from, to);
  const encoding = encodings.get(from);
  if (encoding) encodings.set(to, encoding);
  const failure = keepFailures.get(from);
  if (failure) keepFailures.set(to, failure);
  const info = imports.get(from);
  if (info) imports.set(to, info);
}

/** An address as the worker fetches it: absolute, against the page (not the worker's script). */
function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * Opens a dataset in the worker, with the progress indicator and its cancel button; aborting
 * `signal` (react-query dropping the query) cancels as well.
 */
async function open(
  source: LoadSource,
  name: string,
  signal?: AbortSignal,
  filter?: () => OpeningFilter,
): Promise<LoadedDataset> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  const tracked = trackLoad(name, controller);
  try {
    const loaded = await openInWorker(source, {
      signal: controller.signal,
      onProgress: tracked.report,
      ...(filter ? { filter } : {}),
    });
    const { info } = loaded;
    const opened = loaded.index;
    if (info.report || info.lookup) {
      imports.set(opened, {
        ...(info.report ? { report: info.report } : {}),
        ...(info.lookup ? { lookup: info.lookup } : {}),
        ...(info.key === undefined ? {} : { key: info.key }),
      });
    }
    // The towns the reader chose last time for ambiguous names.
    const index = info.lookup ? applyStoredPlaceChoices(opened, info.key) : opened;
    carryOver(opened, index);
    if (info.encoding) encodings.set(index, info.encoding);
    if (info.keepFailure) {
      keepFailures.set(index, new DatasetStoreError(info.keepFailure, 'not kept'));
    } else if (info.key !== undefined) {
      void requestPersistentStorage();
    }
    return { ...loaded, index };
  } finally {
    tracked.end();
    signal?.removeEventListener('abort', abort);
  }
}

/** An address of a Parquet file, by its name: opened in DuckDB, not by the dataset worker. */
export function isParquetAddress(url: string): boolean {
  try {
    return /\.parquet$/i.test(new URL(url, 'http://localhost/').pathname);
  } catch {
    return false;
  }
}

/** A file the reader chose that is Parquet: by its name, or by its magic bytes `PAR1`. */
async function isParquetFile(file: File): Promise<boolean> {
  if (/\.parquet$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return String.fromCharCode(...head) === 'PAR1';
}

/**
 * Opens a Parquet dataset (data/parquet/, loaded on demand: DuckDB is for Parquet only), with
 * the progress indicator; its source is the one the views read it through.
 */
async function openParquet(
  location: ParquetLocation,
  name: string,
  key: string,
  signal?: AbortSignal,
): Promise<DatasetIndex> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort, { once: true });
  const tracked = trackLoad(name, controller);
  try {
    const { openParquetDataset } = await import('./parquet/parquet-dataset');
    const opened = await openParquetDataset(location, name, controller.signal, tracked.report);
    const { index } = opened;
    provideSource(index, opened.source);
    imports.set(index, {
      report: {
        format: 'parquet',
        items: index.dataset.facts.length,
        eras: index.dataset.eras?.length ?? 0,
        undated: index.factsWithoutTime.length,
        skipped: opened.skipped,
        unreadDates: 0,
        reducedDates: 0,
        invalidCoordinates: 0,
        pointsFromShapes: 0,
        dropped: [],
        issues: opened.issues,
      },
      key,
    });
    return index;
  } finally {
    tracked.end();
    signal?.removeEventListener('abort', abort);
  }
}

/** A file's key in links: 128 bits of the SHA-256 of its name, size and date (not its bytes). */
async function parquetFileKey(file: File): Promise<string> {
  const identity = new TextEncoder().encode(
    `${file.name}\u0000${file.size}\u0000${file.lastModified}`,
  );
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', identity));
  return `local:${Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A dataset by its link: a `local:` key from this browser's store; an address fetched (and
 * kept, so it opens offline later), or, when the network fails, the copy kept last time.
 */
export async function loadDataset(
  url: string,
  signal?: AbortSignal,
  filter?: () => OpeningFilter,
): Promise<DatasetIndex> {
  if (isParquetAddress(url))
    return openParquet({ kind: 'url', url: absolute(url) }, url, url, signal);
  const source: LoadSource = isLocalDatasetKey(url)
    ? { kind: 'local', key: url }
    : { kind: 'url', url: absolute(url), key: url };
  try {
    return (await open(source, url, signal, filter)).index;
  } catch (error) {
    const manifest = manifestOf(error, source.kind === 'url' ? source.url : document.baseURI);
    if (!manifest) throw error;
    return openParquet(manifest, url, url, signal);
  }
}

/**
 * The Parquet files a manifest names, as addresses against the manifest's own (the worker
 * recognised it and handed it back: data/parse-dataset.ts); `null` for any other error.
 */
function manifestOf(error: unknown, base: string): ParquetLocation | null {
  if (!(error instanceof DatasetLoadError) || error.reason !== 'parquet-manifest') return null;
  const { files, meta } = JSON.parse(error.message) as ParquetManifest;
  return {
    kind: 'urls',
    urls: files.map((file) => new URL(file, base).href),
    meta: meta === null ? null : new URL(meta, base).href,
  };
}

/** The app's own dataset: fetched here, where the HTML's preload answers it, read in the worker. */
async function loadBundledDataset(
  signal?: AbortSignal,
  filter?: () => OpeningFilter,
): Promise<DatasetIndex> {
  const { bytes } = await fetchBytes(absolute(BUNDLED_DATASET_URL));
  const source: LoadSource = { kind: 'bytes', bytes, name: BUNDLED_DATASET_URL };
  return (await open(source, BUNDLED_DATASET_URL, signal, filter)).index;
}

/**
 * Reads a dropped or picked file (`.json` in format v1, or `.csv` in the template) and gives
 * it its `local:` key, under which it is kept and linked.
 */
export async function readDatasetFile(
  file: File,
  filter?: () => OpeningFilter,
): Promise<{ key: string; index: DatasetIndex }> {
  if (await isParquetFile(file)) {
    // Read where it is, not kept: a table may be far larger than this browser's store.
    const key = await parquetFileKey(file);
    return { key, index: await openParquet({ kind: 'file', file }, file.name, key) };
  }
  const source: LoadSource = { kind: 'file', file, name: file.name };
  try {
    const { index, info } = await open(source, file.name, undefined, filter);
    if (info.key === undefined) throw new DatasetLoadError('invalid', 'no key');
    return { key: info.key, index };
  } catch (error) {
    // A manifest from disk: its files are addresses, against the app's own.
    const manifest = manifestOf(error, document.baseURI);
    if (!manifest) throw error;
    const key = await parquetFileKey(file);
    return { key, index: await openParquet(manifest, file.name, key) };
  }
}

/** `filter`: the search in use, answered with the dataset (see firstAnswerOf). */
export function datasetQueryOptions(
  url: string = BUNDLED_DATASET_URL,
  filter?: () => OpeningFilter,
) {
  return queryOptions({
    queryKey: ['dataset', url],
    // The bundled dataset is the app's own file: fetched, never kept twice.
    queryFn: ({ signal }) =>
      url === BUNDLED_DATASET_URL
        ? loadBundledDataset(signal, filter)
        : loadDataset(url, signal, filter),
    // A dataset is a file: it does not go stale while the page is open.
    staleTime: Infinity,
    // The index is kept as it is: its identity keys the worker, encoding and import notes
    // (structural sharing would copy a replaced index into a new object).
    structuralSharing: false,
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
