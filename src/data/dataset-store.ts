import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The one module that touches IndexedDB: datasets opened from a file, by drag and drop or by
 * `data=` are kept here as the bytes that were read, so a reload, a closed tab or a visit
 * offline opens them again (docs/decisions.md, "Datasets are kept in IndexedDB").
 */

/** What "Zuletzt geöffnet" lists; the bytes stay in the store until reopened. */
export interface KeptDatasetInfo {
  /** `local:<hash>` for a file, the address for `data=`. */
  readonly key: string;
  /** The file's name or the address. */
  readonly name: string;
  readonly title: string;
  readonly facts: number;
  readonly bytes: number;
  /** When it was last opened, UTC ms. */
  readonly openedAt: number;
  /** A copy made to edit (its key is random, not its hash): the editor saves into it. */
  readonly editable?: boolean;
}

export interface KeptDataset extends KeptDatasetInfo {
  readonly data: Uint8Array;
}

/** Why the store could not keep or read a dataset; the dataset stays usable for the session. */
export class DatasetStoreError extends Error {
  constructor(
    readonly reason: 'quota' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'DatasetStoreError';
  }
}

export interface DatasetStore {
  keep(dataset: KeptDataset): Promise<void>;
  get(key: string): Promise<KeptDataset | undefined>;
  /** Newest first. */
  list(): Promise<KeptDatasetInfo[]>;
  remove(key: string): Promise<void>;
}

interface Schema extends DBSchema {
  datasets: { key: string; value: KeptDataset; indexes: { openedAt: number } };
}

const DB_NAME = 'kartenchronik';

/** The SHA-256 of some bytes, in hex (64 digits). */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A file's stable key in links: the first 128 bits of its SHA-256, in hex. */
export async function localDatasetKey(data: Uint8Array): Promise<string> {
  return `local:${(await sha256Hex(data)).slice(0, 32)}`;
}

function storeError(error: unknown): DatasetStoreError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  return new DatasetStoreError(name === 'QuotaExceededError' ? 'quota' : 'unavailable', message);
}

/**
 * The browser's dataset store, opened on first use. Without IndexedDB (some private windows)
 * or when opening fails, every call fails with `unavailable`, and the next call tries again.
 */
export function createDatasetStore(): DatasetStore {
  let db: Promise<IDBPDatabase<Schema>> | null = null;
  const open = () => {
    if (typeof indexedDB === 'undefined') {
      return Promise.reject(new DatasetStoreError('unavailable', 'no IndexedDB'));
    }
    db ??= openDB<Schema>(DB_NAME, 1, {
      upgrade(database) {
        database
          .createObjectStore('datasets', { keyPath: 'key' })
          .createIndex('openedAt', 'openedAt');
      },
    });
    db.catch(() => (db = null));
    return db;
  };
  const run = async <T>(work: (database: IDBPDatabase<Schema>) => Promise<T>): Promise<T> => {
    try {
      return await work(await open());
    } catch (error) {
      throw error instanceof DatasetStoreError ? error : storeError(error);
    }
  };
  return {
    keep: (dataset) => run(async (database) => void (await database.put('datasets', dataset))),
    get: (key) => run((database) => database.get('datasets', key)),
    list: () =>
      run(async (database) => {
        const all = await database.getAllFromIndex('datasets', 'openedAt');
        return all.reverse().map(({ data: _bytes, ...info }) => info);
      }),
    remove: (key) => run((database) => database.delete('datasets', key)),
  };
}

/**
 * Asks the browser not to evict kept datasets under storage pressure. The answer does not
 * matter to the app: without it the datasets are kept as long as the browser allows.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
