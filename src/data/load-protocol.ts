import type { DatasetIndexParts } from '@/domain/dataset/dataset-index';
import type { Dataset, Fact } from '@/domain/dataset/dataset-schema';
import type { TextEncodingName } from '@/domain/dataset/text-encoding';
import type { DatasetIssue } from '@/domain/dataset/dataset-issue';
import type { ImportReport, PlaceLookupReport } from '@/domain/import/import-report';

/**
 * The one protocol between the page and the dataset worker (data/dataset.worker.ts): what the
 * page asks for, what the worker reports while it works, and what comes back. Everything here
 * crosses a `postMessage`, so it is plain data (structured clone) or transferable arrays.
 * Reading, decoding, parsing, validating and indexing a dataset run in the worker; the page
 * only assembles the parts (data/worker-client.ts). docs/decisions.md, "Datasets load in a
 * worker".
 */

/** Larger files are refused before they are read (docs/dataset-format.md, "Size"). */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;
/** A dataset address that sends nothing for this long is given up. */
export const FETCH_IDLE_TIMEOUT_MS = 30_000;

/** Where a dataset comes from. Addresses are absolute: the worker's own URL is not the page's. */
export type LoadSource =
  /**
   * Bytes the page has read: the bundled dataset, fetched by the page because the HTML
   * preloads it (a worker's fetch would not reuse the preload). Never kept: it ships with
   * the app.
   */
  | {
      readonly kind: 'bytes';
      readonly bytes: Uint8Array;
      readonly name: string;
    }
  /** A `data=` address: fetched and kept, and read from the kept copy when the network fails. */
  | { readonly kind: 'url'; readonly url: string; readonly key: string }
  /** A `local:` key of a file kept in this browser. */
  | { readonly kind: 'local'; readonly key: string }
  /**
   * A picked or dropped file: read, given its `local:` key and kept. Its name travels beside
   * it (a clone of a File is a plain Blob in some runtimes). Formats are told by content.
   */
  | { readonly kind: 'file'; readonly file: Blob; readonly name: string };

/**
 * `reading` and `preparing`: steps without a count (a Parquet table's columns read by DuckDB,
 * its facts indexed on the page).
 */
export type LoadPhase = 'loading' | 'reading' | 'checking' | 'preparing' | 'building';

/** What the progress indicator shows. `total` is `null` when the size is not known ahead. */
export interface LoadProgress {
  readonly phase: LoadPhase;
  readonly loaded: number;
  readonly total: number | null;
}

export type DatasetLoadReason =
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'invalid'
  /** A `local:` key this browser does not keep: the file was opened elsewhere (or removed). */
  | 'missing-local'
  /** The reader cancelled the load. */
  | 'cancelled'
  /** The worker died (out of memory, a crash): nothing came back. */
  | 'worker'
  /**
   * Not a failure: the file is a manifest of Parquet files (its message: their addresses as
   * JSON), which the page opens in DuckDB (data/dataset-query.ts).
   */
  | 'parquet-manifest';

/** Why a dataset could not be used; `issues` lists every problem of an invalid file. */
export class DatasetLoadError extends Error {
  constructor(
    readonly reason: DatasetLoadReason,
    message: string,
    readonly issues: readonly DatasetIssue[] = [],
    /** For `too-large`: the size found, in bytes (at least this much when `atLeast`). */
    readonly bytes?: number,
    /** For `too-large`: the size is not known, only that it is over `bytes`. */
    readonly atLeast = false,
  ) {
    super(message);
    this.name = 'DatasetLoadError';
  }
}

/** A DatasetLoadError as it crosses the worker boundary (an Error's own fields do not). */
export interface LoadFailure {
  readonly reason: DatasetLoadReason;
  readonly message: string;
  readonly issues: readonly DatasetIssue[];
  readonly bytes?: number;
  readonly atLeast?: boolean;
}

export function toLoadFailure(error: unknown): LoadFailure {
  if (error instanceof DatasetLoadError) {
    return {
      reason: error.reason,
      message: error.message,
      issues: error.issues,
      ...(error.bytes === undefined ? {} : { bytes: error.bytes, atLeast: error.atLeast }),
    };
  }
  // Anything else the worker threw is a bug or an environment failure, reported as such.
  return {
    reason: 'network',
    message: error instanceof Error ? error.message : String(error),
    issues: [],
  };
}

export function fromLoadFailure(failure: LoadFailure): DatasetLoadError {
  return new DatasetLoadError(
    failure.reason,
    failure.message,
    failure.issues,
    failure.bytes,
    failure.atLeast ?? false,
  );
}

/** What the worker needs besides the source: where the gazetteer is (absolute, as addresses). */
export interface OpenContext {
  readonly gazetteerUrl: string;
}

/** A dataset opened in the worker. Its facts follow in chunks (`DatasetWorkerApi.facts`). */
export interface OpenedDataset {
  readonly ok: true;
  /** The dataset without its facts. */
  readonly head: Omit<Dataset, 'facts'>;
  readonly factCount: number;
  readonly parts: DatasetIndexParts;
  /** Set when the bytes were not UTF-8. */
  readonly encoding?: Exclude<TextEncodingName, 'utf-8'>;
  /** The key it is kept (and linked) under: the address, or `local:…` for a file. */
  readonly key?: string;
  /** The file's name or the address, for the status line. */
  readonly name: string;
  readonly bytes: number;
  /** Read from the copy kept in this browser because the network failed. */
  readonly fromKeptCopy?: boolean;
  /** Set for a file in another format (TimelineJS, StoryMapJS, GeoJSON): what was recognised. */
  readonly report?: ImportReport;
  /** Set when places were looked up by name in the gazetteer. */
  readonly lookup?: PlaceLookupReport;
}

export type OpenOutcome = OpenedDataset | { readonly ok: false; readonly failure: LoadFailure };

/** Facts per chunk: one chunk, cloned in and indexed, costs the page about 20 ms (a task each). */
export const FACT_CHUNK = 2000;

/** What the worker does; every method answers through a promise (comlink). */
export interface DatasetWorkerApi {
  /** Reads, checks and indexes a dataset; the worker then holds it for `facts` and `search`. */
  open(
    source: LoadSource,
    onProgress: (progress: LoadProgress) => void,
    context: OpenContext,
  ): Promise<OpenOutcome>;
  /** Whether keeping the opened dataset in this browser failed, and why (`null`: kept or not asked). */
  kept(): Promise<'quota' | 'unavailable' | null>;
  /** Facts `[from, to)` of the opened dataset, in the file's order. */
  facts(from: number, to: number): Promise<Fact[]>;
  /**
   * Positions of the facts that match every word of `query` (folded) and one of `categories`
   * (none: all). `null` when nothing filters. `counts` are per category among those matching
   * the query alone, for the filter buttons.
   */
  search(
    query: string,
    categories: readonly string[],
  ): Promise<{ positions: Int32Array | null; counts: ReadonlyMap<string, number> }>;
}
