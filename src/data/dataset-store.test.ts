import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createDatasetStore,
  DatasetStoreError,
  localDatasetKey,
  type KeptDataset,
} from './dataset-store';

const bytes = (text: string) => new TextEncoder().encode(text);

function kept(key: string, openedAt: number): KeptDataset {
  return {
    key,
    name: `${key}.json`,
    title: `Titel ${key}`,
    facts: 3,
    bytes: 10,
    openedAt,
    data: bytes(`{"key":"${key}"}`),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('createDatasetStore', () => {
  it('keeps datasets, lists them newest first without their bytes, and removes them', async () => {
    const store = createDatasetStore();
    await store.keep(kept('a', 1));
    await store.keep(kept('b', 3));
    await store.keep({ ...kept('a', 5), facts: 4 });
    expect((await store.list()).map((d) => [d.key, d.facts])).toEqual([
      ['a', 4],
      ['b', 3],
    ]);
    expect(await store.list()).not.toContainEqual(
      expect.objectContaining({ data: expect.anything() }),
    );
    expect(new TextDecoder().decode((await store.get('b'))!.data)).toBe('{"key":"b"}');
    await store.remove('a');
    expect((await store.list()).map((d) => d.key)).toEqual(['b']);
    expect(await store.get('a')).toBeUndefined();
  });

  it('says "unavailable" where the browser has no IndexedDB, and keeps nothing', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = createDatasetStore();
    await expect(store.keep(kept('a', 1))).rejects.toMatchObject({ reason: 'unavailable' });
    await expect(store.list()).rejects.toBeInstanceOf(DatasetStoreError);
  });

  it('says "quota" when the browser refuses the write for space', async () => {
    const store = createDatasetStore();
    await store.list();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(store.keep(kept('c', 1))).rejects.toMatchObject({ reason: 'quota' });
    IDBObjectStore.prototype.put = put;
    vi.restoreAllMocks();
  });

  it('says "unavailable" when opening the database fails, and tries again next time', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const store = createDatasetStore();
    await expect(store.list()).rejects.toMatchObject({ reason: 'unavailable' });
    await expect(store.list()).resolves.toBeInstanceOf(Array);
    open.mockRestore();
  });
});

describe('localDatasetKey', () => {
  it('is stable for the same bytes and differs for others', async () => {
    const a = await localDatasetKey(bytes('{"a":1}'));
    expect(a).toMatch(/^local:[0-9a-f]{32}$/);
    expect(await localDatasetKey(bytes('{"a":1}'))).toBe(a);
    expect(await localDatasetKey(bytes('{"a":2}'))).not.toBe(a);
  });
});
