import * as Comlink from 'comlink';
import { GAZETTEER_URL } from './bundled-dataset';
import { createIndexAssembler, type DatasetIndex } from '@/domain/dataset/dataset-index';
import type { Fact } from '@/domain/dataset/dataset-schema';
import { idsAt } from '@/domain/dataset/search';
import {
  DatasetLoadError,
  FACT_CHUNK,
  fromLoadFailure,
  type DatasetWorkerApi,
  type LoadProgress,
  type LoadSource,
  type OpenedDataset,
  type OpenOutcome,
} from './load-protocol';

/**
 * Below this many facts a search runs on the page: scanning 2,000 texts takes under 2 ms, less
 * than a round trip to the worker and the extra render its answer costs.
 */
export const WORKER_SEARCH_FROM = 2000;

/** What a search of a dataset held by its worker answers. */
export interface SearchAnswer {
  readonly ids: ReadonlySet<string> | null;
  readonly counts: ReadonlyMap<string, number>;
}

export interface DatasetSearcher {
  search(query: string, categories: readonly string[]): Promise<SearchAnswer>;
}

/** A dataset as the page uses it, with what the worker found out while opening it. */
export interface LoadedDataset {
  readonly index: DatasetIndex;
  readonly info: Omit<OpenedDataset, 'ok' | 'head' | 'parts'> & {
    /** Why it could not be kept in this browser (it is open all the same). */
    readonly keepFailure?: 'quota' | 'unavailable';
  };
}

const searchers = new WeakMap<DatasetIndex, DatasetSearcher & { release(): void }>();

/** The filter in use when a dataset opens: its answer comes with the dataset. */
export interface OpeningFilter {
  readonly query: string;
  readonly categories: readonly string[];
}

const firstAnswers = new WeakMap<DatasetIndex, SearchAnswer & OpeningFilter>();

/**
 * The search answer for the filter in use when the dataset opened, when it has words: the views
 * show the dataset filtered from their first render, never all of it for a moment.
 */
export function firstAnswerOf(index: DatasetIndex): (SearchAnswer & OpeningFilter) | undefined {
  return firstAnswers.get(index);
}

/** The worker that searches this dataset; `undefined` when the page searches it itself. */
export function searcherOf(index: DatasetIndex): DatasetSearcher | undefined {
  return searchers.get(index);
}

/**
 * Hands a dataset's worker and first answer to the index that replaces it (the same facts,
 * with a place the reader chose: data/place-choices.ts).
 */
export function adoptDataset(from: DatasetIndex, to: DatasetIndex): void {
  const searcher = searchers.get(from);
  if (searcher) searchers.set(to, searcher);
  const answer = firstAnswers.get(from);
  if (answer) firstAnswers.set(to, answer);
  searchers.delete(from);
}

/** Ends the worker of a dataset no longer in use. */
export function releaseDataset(index: DatasetIndex): void {
  searchers.get(index)?.release();
  searchers.delete(index);
}

export interface WorkerLike {
  terminate(): void;
  addEventListener?(type: 'error', listener: (event: Event) => void): void;
}

/** A module worker, bundled by Vite from data/dataset.worker.ts. */
function startWorker(): Worker {
  return new Worker(new URL('./dataset.worker.ts', import.meta.url), {
    type: 'module',
    name: 'kartenchronik-dataset',
  });
}

/**
 * Opens a dataset in a new worker. Aborting `signal` terminates the worker at once, whatever it
 * is doing (parsing a 200 MB file does not look at messages), and rejects with `cancelled`.
 * The facts come over in chunks, each its own task, so the page never clones 100,000 facts in
 * one go (a single message took about 900 ms to arrive).
 */
export async function openInWorker(
  source: LoadSource,
  options: {
    signal?: AbortSignal;
    onProgress?: (progress: LoadProgress) => void;
    /** The search in use now, read when the dataset is ready (see firstAnswerOf). */
    filter?: () => OpeningFilter;
    /** For tests: the endpoint of a worker (a MessagePort in node). */
    connect?: () => { endpoint: Comlink.Endpoint; worker: WorkerLike };
  } = {},
): Promise<LoadedDataset> {
  const { endpoint, worker } = options.connect?.() ?? defaultConnection();
  const api = Comlink.wrap<DatasetWorkerApi>(endpoint);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    api[Comlink.releaseProxy]();
    worker.terminate();
  };
  let rejectAbort: (error: unknown) => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => (rejectAbort = reject));
  // A promise nobody awaits yet must not count as unhandled.
  aborted.catch(() => undefined);
  const onAbort = () => {
    end();
    rejectAbort(new DatasetLoadError('cancelled', 'cancelled'));
  };
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  // A worker that dies (out of memory on a huge file) answers nothing: the load fails instead
  // of waiting for ever.
  worker.addEventListener?.('error', (event) => {
    end();
    rejectAbort(
      new DatasetLoadError('worker', 'message' in event ? String(event.message) : 'worker error'),
    );
  });
  const step = <T>(work: Promise<T>) => Promise.race([work, aborted]);
  const report = options.onProgress ?? (() => undefined);
  try {
    // The page's bytes (the bundled dataset) move to the worker instead of being copied.
    const sent = source.kind === 'bytes' ? Comlink.transfer(source, [source.bytes.buffer]) : source;
    // The worker's reports travel on a channel of their own and may arrive after its answer:
    // once the page takes over (building), a late "checking" is dropped, not shown backwards.
    let opening = true;
    const fromWorker = (progress: LoadProgress) => {
      if (opening) report(progress);
    };
    const context = {
      // Absolute: the worker resolves addresses against its script, not the page.
      gazetteerUrl: new URL(GAZETTEER_URL, globalThis.document?.baseURI ?? 'http://127.0.0.1/')
        .href,
    };
    const outcome = await step<OpenOutcome>(api.open(sent, Comlink.proxy(fromWorker), context));
    opening = false;
    if (!outcome.ok) throw fromLoadFailure(outcome.failure);
    const { ok: _ok, head, parts, ...info } = outcome;
    // All chunks are asked for at once: the worker clones the next while the page takes in
    // the last (one at a time, each waited for the other: 0.9 s at 100,000 facts).
    const starts = Array.from(
      { length: Math.ceil(info.factCount / FACT_CHUNK) },
      (_, i) => i * FACT_CHUNK,
    );
    // Asked first: the worker answers it before the chunks, and before it turns to building
    // the search texts once the last chunk has gone.
    const keeping = api.kept();
    let received = 0;
    const assembler = createIndexAssembler(parts);
    report({ phase: 'building', loaded: 0, total: info.factCount });
    const chunks = await step(
      Promise.all(
        starts.map(async (from) => {
          const chunk = await api.facts(from, from + FACT_CHUNK);
          assembler.add(chunk, from);
          received += chunk.length;
          report({ phase: 'building', loaded: received, total: info.factCount });
          return chunk;
        }),
      ),
    );
    const facts: Fact[] = chunks.flat();
    if (facts.length !== info.factCount) throw new Error('the worker sent too few facts');
    const keepFailure = await step(keeping);
    const index = assembler.finish({ ...head, facts });
    if (info.factCount < WORKER_SEARCH_FROM) {
      end();
    } else {
      const searcher = createSearcher(api, index, end);
      searchers.set(index, searcher);
      const filter = options.filter?.();
      if (filter && filter.query.trim() !== '') {
        const answer = await step(searcher.search(filter.query, filter.categories));
        firstAnswers.set(index, { ...filter, ...answer });
      }
    }
    return { index, info: keepFailure ? { ...info, keepFailure } : info };
  } catch (error) {
    end();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** A worker started ahead of the first load, so its script loads while the page starts. */
let warm: Worker | null = null;

/**
 * Starts the first dataset worker now (the entry module calls this): fetching and evaluating
 * its script then runs beside the app's first render instead of after the dataset request.
 */
export function prestartWorker(): void {
  warm ??= startWorker();
}

function defaultConnection(): { endpoint: Comlink.Endpoint; worker: WorkerLike } {
  const worker = warm ?? startWorker();
  warm = null;
  return { endpoint: worker, worker };
}

/**
 * Searches in the worker, one at a time: while one search runs, only the newest of the
 * queries typed meanwhile waits; the ones in between are never run (their answers would be
 * out of date before they arrive).
 */
function createSearcher(
  api: Comlink.Remote<DatasetWorkerApi>,
  index: DatasetIndex,
  release: () => void,
): DatasetSearcher & { release(): void } {
  let running: Promise<unknown> = Promise.resolve();
  let latest = 0;
  return {
    search(query, categories) {
      const ticket = ++latest;
      const result = running.then(async () => {
        if (ticket !== latest) throw new DatasetLoadError('cancelled', 'superseded');
        const answer = await api.search(query, [...categories]);
        return {
          ids: answer.positions && idsAt(index, answer.positions),
          counts: answer.counts,
        };
      });
      running = result.catch(() => undefined);
      return result;
    },
    release,
  };
}
