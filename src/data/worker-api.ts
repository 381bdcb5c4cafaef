import {
  assembleDatasetIndex,
  computeIndexParts,
  type DatasetIndex,
} from '@/domain/dataset/dataset-index';
import {
  buildSearchTexts,
  createTextScanner,
  matchPositions,
  type TextScanner,
} from '@/domain/dataset/search';
import * as Comlink from 'comlink';
import {
  createGazetteer,
  placesToLookUp,
  resolvePlaces,
  type Gazetteer,
  type GazetteerFile,
} from '@/domain/import/gazetteer';
import type { PlaceLookupReport } from '@/domain/import/import-report';
import { parseDataset } from './parse-dataset';
import { fetchBytes, readStream, type Report } from './read-bytes';
import {
  createDatasetStore,
  DatasetStoreError,
  localDatasetKey,
  type DatasetStore,
} from './dataset-store';
import {
  DatasetLoadError,
  FACT_CHUNK,
  MAX_DATASET_BYTES,
  toLoadFailure,
  type DatasetWorkerApi,
  type LoadSource,
  type OpenOutcome,
} from './load-protocol';

/** The gazetteer from the app's own origin; a failure fails the load with its reason. */
async function fetchGazetteer(url: string): Promise<GazetteerFile> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DatasetLoadError('network', `gazetteer: ${String(error)}`);
  }
  if (!response.ok) throw new DatasetLoadError('http', `gazetteer: HTTP ${response.status}`);
  return (await response.json()) as GazetteerFile;
}

/** The opened dataset's scanner, built on first use. */
function scannerOf(opened: Opened): TextScanner {
  opened.scanner ??= createTextScanner([...buildSearchTexts(opened.index).values()]);
  return opened.scanner;
}

interface Opened {
  index: DatasetIndex;
  /** The facts' folded texts, scanned by every search (built after the facts are handed over). */
  scanner: TextScanner | null;
  categories: string[];
}

/**
 * The dataset worker's work, apart from the worker itself so that node tests run it over a
 * MessageChannel. One instance holds one opened dataset (the page starts a worker per load).
 */
export function createDatasetWorkerApi(
  options: {
    store?: () => DatasetStore;
    /** How the gazetteer file is read (tests read it from disk). */
    gazetteer?: (url: string) => Promise<GazetteerFile>;
  } = {},
): DatasetWorkerApi & { transferables(outcome: OpenOutcome): Transferable[] } {
  let store: DatasetStore | null = null;
  const kept = () => (store ??= options.store?.() ?? createDatasetStore());
  let opened: Opened | null = null;
  let keeping: Promise<'quota' | 'unavailable' | null> = Promise.resolve(null);
  let gazetteer: Promise<Gazetteer> | null = null;

  async function readSource(
    source: LoadSource,
    report: Report,
  ): Promise<{
    bytes: Uint8Array;
    name: string;
    key?: string;
    fromKeptCopy?: boolean;
    editable?: boolean;
  }> {
    switch (source.kind) {
      case 'bytes': {
        const { bytes, name } = source;
        if (bytes.byteLength > MAX_DATASET_BYTES) {
          throw new DatasetLoadError('too-large', name, [], bytes.byteLength);
        }
        return { bytes, name };
      }
      case 'url': {
        try {
          const { bytes } = await fetchBytes(source.url, report);
          return {
            bytes,
            name: source.url,
            key: source.key,
          };
        } catch (error) {
          const offline =
            error instanceof DatasetLoadError &&
            (error.reason === 'network' || error.reason === 'timeout');
          const copy = offline
            ? await kept()
                .get(source.key)
                .catch(() => undefined)
            : undefined;
          if (!copy) throw error;
          return {
            bytes: copy.data,
            name: source.url,
            key: source.key,
            fromKeptCopy: true,
          };
        }
      }
      case 'local': {
        const copy = await kept()
          .get(source.key)
          .catch(() => undefined);
        if (!copy) throw new DatasetLoadError('missing-local', source.key);
        return {
          bytes: copy.data,
          name: copy.name,
          key: source.key,
          ...(copy.editable ? { editable: true } : {}),
        };
      }
      case 'file': {
        const { file, name } = source;
        if (file.size > MAX_DATASET_BYTES) {
          throw new DatasetLoadError('too-large', name, [], file.size);
        }
        const bytes = await readStream(file.stream(), file.size, report);
        return {
          bytes,
          name,
          key: await localDatasetKey(bytes),
        };
      }
    }
  }

  return {
    async open(source, onProgress, context) {
      opened = null;
      try {
        const read = await readSource(source, onProgress);
        onProgress({
          phase: 'checking',
          loaded: read.bytes.byteLength,
          total: read.bytes.byteLength,
        });
        const parsed = parseDataset(read.bytes, read.name);
        const { encoding, report } = parsed;
        // Places with a name but no point: looked up offline, the gazetteer fetched only now.
        let dataset = parsed.dataset;
        let lookup: PlaceLookupReport | undefined;
        const unplaced = placesToLookUp(dataset);
        if (unplaced.length > 0) {
          gazetteer ??= (options.gazetteer ?? fetchGazetteer)(context.gazetteerUrl).then(
            createGazetteer,
          );
          try {
            ({ dataset, lookup } = resolvePlaces(dataset, await gazetteer));
          } catch {
            // Offline before the gazetteer was ever cached: the dataset opens all the same,
            // its places by name off the map, and the dialog says why.
            gazetteer = null;
            lookup = {
              found: 0,
              ambiguous: [],
              unmatched: unplaced.map((place) => ({ placeId: place.id, name: place.name })),
              unavailable: true,
            };
          }
        }
        onProgress({
          phase: 'building',
          loaded: read.bytes.byteLength,
          total: read.bytes.byteLength,
        });
        const parts = computeIndexParts(dataset);
        // The worker's own index, for the search texts (place names up the chain).
        const index = assembleDatasetIndex(dataset, parts);
        // Kept while the page takes in the facts (a 40 MB put takes a while); `kept` answers.
        keeping =
          read.key === undefined
            ? Promise.resolve(null)
            : kept()
                .keep({
                  key: read.key,
                  name: read.name,
                  title: dataset.title.de,
                  facts: dataset.facts.length,
                  bytes: read.bytes.byteLength,
                  openedAt: Date.now(),
                  data: read.bytes,
                  ...(read.editable ? { editable: true } : {}),
                })
                .then(
                  () => null,
                  (error: unknown) =>
                    error instanceof DatasetStoreError ? error.reason : 'unavailable',
                );
        opened = { index, scanner: null, categories: dataset.facts.map((fact) => fact.category) };
        const { facts: _facts, ...head } = dataset;
        return {
          ok: true,
          head,
          factCount: dataset.facts.length,
          parts,
          name: read.name,
          bytes: read.bytes.byteLength,
          ...(encoding === 'utf-8' ? {} : { encoding }),
          ...(read.key === undefined ? {} : { key: read.key }),
          ...(read.fromKeptCopy ? { fromKeptCopy: true } : {}),
          ...(report ? { report } : {}),
          ...(lookup ? { lookup } : {}),
        };
      } catch (error) {
        return { ok: false, failure: toLoadFailure(error) };
      }
    },
    kept: () => keeping,
    async facts(from, to) {
      if (!opened) throw new Error('no dataset is open');
      const current = opened;
      const end = Math.min(to, from + FACT_CHUNK);
      // Once the last chunk is handed over the worker is idle: the search texts are built
      // then, before the first search asks for them.
      if (end >= current.index.dataset.facts.length) setTimeout(() => scannerOf(current), 0);
      return current.index.dataset.facts.slice(from, end);
    },
    async search(query, categories) {
      if (!opened) throw new Error('no dataset is open');
      const scanner = () => scannerOf(opened!);
      // One scan for the query; the categories only narrow its answer.
      const byQuery = matchPositions(opened.categories, scanner, { query, categories: [] });
      const counts = new Map<string, number>();
      const count = (c: string) => counts.set(c, (counts.get(c) ?? 0) + 1);
      if (byQuery === null) opened.categories.forEach(count);
      else for (const i of byQuery) count(opened.categories[i]!);
      const chosen = new Set(categories);
      const positions =
        chosen.size === 0
          ? byQuery
          : (byQuery ?? Int32Array.from(opened.categories.keys())).filter((i) =>
              chosen.has(opened!.categories[i]!),
            );
      return { positions, counts };
    },
    transferables(outcome) {
      if (!outcome.ok) return [];
      const { order, starts, ends, byPlace, unmapped } = outcome.parts;
      return [
        order.buffer,
        starts.buffer,
        ends.buffer,
        unmapped.buffer,
        ...[...byPlace.values()].map((a) => a.buffer),
      ];
    },
  };
}

/** Serves `api` on `endpoint` (the worker's global scope, or a MessagePort in tests). */
export function exposeDatasetWorker(
  endpoint: Comlink.Endpoint,
  api: ReturnType<typeof createDatasetWorkerApi> = createDatasetWorkerApi(),
): void {
  const exposed: DatasetWorkerApi = {
    async open(source, onProgress, context) {
      const outcome = await api.open(source, onProgress, context);
      return Comlink.transfer(outcome, api.transferables(outcome));
    },
    facts: (from, to) => api.facts(from, to),
    kept: () => api.kept(),
    async search(query, categories) {
      const result = await api.search(query, categories);
      return result.positions ? Comlink.transfer(result, [result.positions.buffer]) : result;
    },
  };
  Comlink.expose(exposed, endpoint);
}
