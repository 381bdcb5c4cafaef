import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDatasetIndex } from '@/domain/dataset/dataset-index';
import type { Dataset } from '@/domain/dataset/dataset-schema';
import { buildSearchTexts, countByCategory, selectMatchingFactIds } from '@/domain/dataset/search';
// The project's own generator (scripts/), as the bench and the end-to-end tests use it.
// @ts-expect-error: a plain ES module script without type declarations
// eslint-disable-next-line no-restricted-imports
import { generateDataset } from '../../scripts/generate-dataset.mjs';
import { createDatasetStore, DatasetStoreError } from './dataset-store';
import type { GazetteerFile } from '@/domain/import/gazetteer';
import { DatasetLoadError, MAX_DATASET_BYTES, type LoadProgress } from './load-protocol';
import { createDatasetWorkerApi, exposeDatasetWorker } from './worker-api';
import { openInWorker, releaseDataset, searcherOf, WORKER_SEARCH_FROM } from './worker-client';

/**
 * The worker protocol, end to end in node: the worker's API is served on one port of a
 * MessageChannel and the page's client talks to the other, through comlink as in the browser.
 */
const channels: { terminated: boolean; close(): void }[] = [];
function connect(api?: ReturnType<typeof createDatasetWorkerApi>) {
  const { port1, port2 } = new MessageChannel();
  exposeDatasetWorker(port1 as never, api);
  const handle = {
    terminated: false,
    close() {
      port1.close();
      port2.close();
    },
  };
  channels.push(handle);
  return {
    endpoint: port2 as never,
    worker: {
      terminate() {
        handle.terminated = true;
        handle.close();
      },
    },
  };
}
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

const example = readFileSync('docs/examples/example.json');
const file = (bytes: Uint8Array | string, name: string) => ({
  kind: 'file' as const,
  file: new Blob([bytes as BlobPart]),
  name,
});

/** A local server for the address sources; `/stall` sends headers and then nothing. */
let server: Server;
let base = '';
const served = new Map<string, { body: string | Buffer; type: string }>();
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/stall') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"version": 1,');
      return;
    }
    const entry = served.get(req.url ?? '');
    if (!entry) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': entry.type }).end(entry.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('opening a dataset in the worker', () => {
  it('assembles the same index the page would build itself, and keeps the file', async () => {
    const phases: LoadProgress['phase'][] = [];
    const { index, info } = await openInWorker(file(example, 'example.json'), {
      connect,
      onProgress: (p) => {
        if (phases.at(-1) !== p.phase) phases.push(p.phase);
      },
    });
    const expected = createDatasetIndex(JSON.parse(example.toString()) as Dataset);
    expect(index.dataset).toEqual(expected.dataset);
    expect(index.factsInTimeOrder.map((f) => f.id)).toEqual(
      expected.factsInTimeOrder.map((f) => f.id),
    );
    expect(index.intervals).toEqual(expected.intervals);
    expect(index.factIdsByPlace).toEqual(expected.factIdsByPlace);
    // In order, never backwards (a report may be overtaken by the worker's answer and dropped).
    expect(phases[0]).toBe('loading');
    expect(phases.at(-1)).toBe('building');
    const order = ['loading', 'checking', 'building'];
    expect(phases.map((p) => order.indexOf(p))).toEqual(
      [...phases.map((p) => order.indexOf(p))].sort(),
    );
    expect(info.key).toMatch(/^local:[0-9a-f]{32}$/);
    const kept = await createDatasetStore().get(info.key!);
    expect(kept?.name).toBe('example.json');
    // A small dataset is searched on the page: its worker is done.
    expect(searcherOf(index)).toBeUndefined();
    expect(channels.at(-1)?.terminated).toBe(true);
  });

  it('recognises an import by content and looks places up in the gazetteer, fetched once', async () => {
    const read: string[] = [];
    const api = createDatasetWorkerApi({
      gazetteer: async (url) => {
        read.push(url);
        return JSON.parse(readFileSync('public/gazetteer/places.json', 'utf8')) as GazetteerFile;
      },
    });
    const timeline = await openInWorker(
      file(readFileSync('e2e/data/imports/timelinejs.json'), 'kaiser.txt'),
      { connect: () => connect(api) },
    );
    expect(timeline.info.report).toMatchObject({ format: 'timelinejs', items: 5, eras: 3 });
    expect(timeline.info.lookup).toBeUndefined();
    expect(read).toEqual([]);
    const places = await openInWorker(
      file(readFileSync('e2e/data/imports/places-by-name.csv'), 'orte.csv'),
      { connect: () => connect(api) },
    );
    expect(places.info.lookup).toMatchObject({ found: 2, unmatched: [{ name: 'Nirgendwoheim' }] });
    expect(places.info.lookup?.ambiguous.map((a) => a.name)).toEqual(['Altenburg']);
    expect(places.index.places.get('rossleben')?.coordinates).toEqual([11.434, 51.299]);
    expect(read).toEqual(['http://127.0.0.1/gazetteer/places.json']);
  });

  it('opens a dataset whose places cannot be looked up (gazetteer unreachable), and says so', async () => {
    const api = createDatasetWorkerApi({
      gazetteer: () => Promise.reject(new DatasetLoadError('network', 'offline')),
    });
    const { index, info } = await openInWorker(
      file(readFileSync('e2e/data/imports/places-by-name.csv'), 'orte.csv'),
      { connect: () => connect(api) },
    );
    expect(index.dataset.facts).toHaveLength(4);
    expect(info.lookup).toMatchObject({ unavailable: true, found: 0 });
    expect(info.lookup?.unmatched.map((p) => p.name)).toEqual([
      'Artern',
      'Rossleben',
      'Altenburg',
      'Nirgendwoheim',
    ]);
  });

  it('reads CSV by content and reports the encoding of a file that is not UTF-8', async () => {
    const csv = readFileSync('docs/examples/template.csv');
    const { index } = await openInWorker(file(csv, 'template.csv'), { connect });
    expect(index.dataset.title.de).toBe('template');
    const latin = new TextEncoder().encode(csv.toString().replace('ß', '\u00df'));
    const cp1252 = Uint8Array.from(
      [...new TextDecoder().decode(latin)].map((c) => c.charCodeAt(0) & 0xff),
    );
    const { info } = await openInWorker(file(cp1252, 'template.csv'), { connect });
    expect(info.encoding).toBe('windows-1252');
  });

  it('refuses a file over the limit by its size, before reading it', async () => {
    const big = { size: MAX_DATASET_BYTES + 1 } as Blob;
    const source = { kind: 'file' as const, file: big, name: 'gross.json' };
    // A Blob-like without bytes cannot be cloned; the worker side checks the size first.
    const outcome = await createDatasetWorkerApi().open(source, () => undefined, {
      gazetteerUrl: '',
    });
    expect(outcome).toMatchObject({
      ok: false,
      failure: { reason: 'too-large', bytes: MAX_DATASET_BYTES + 1 },
    });
  });

  it('sends every problem of an invalid file with its path, as a DatasetLoadError', async () => {
    const broken = JSON.parse(example.toString()) as Dataset;
    const facts = broken.facts.map((f, i) => (i < 2 ? { ...f, category: 'gibt-es-nicht' } : f));
    const error = await openInWorker(file(JSON.stringify({ ...broken, facts }), 'kaputt.json'), {
      connect,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).reason).toBe('invalid');
    expect((error as DatasetLoadError).issues.map((i) => i.path)).toEqual([
      'facts[0].category',
      'facts[1].category',
    ]);
    const syntax = await openInWorker(file('{"a": }', 'x.json'), { connect }).catch(
      (e: unknown) => e as DatasetLoadError,
    );
    expect((syntax as DatasetLoadError).issues[0]).toMatchObject({
      code: 'json-syntax',
      location: { line: 1, column: 7 },
    });
  });

  it('reports a file’s fault as the file’s: nesting too deep is no network failure', async () => {
    const nested = 20_000;
    const deep = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":${'{"type":"GeometryCollection","geometries":['.repeat(nested)}{"type":"Point","coordinates":[1,2]}${']}'.repeat(nested)}}]}`;
    const error = await openInWorker(file(deep, 'tief.geojson'), { connect }).catch(
      (e: unknown) => e as DatasetLoadError,
    );
    expect((error as DatasetLoadError).reason).toBe('invalid');
    expect((error as DatasetLoadError).issues).toEqual([
      { path: 'features[0].geometry', code: 'too-deep', detail: '32' },
    ]);
  });

  it('opens a dataset the browser cannot keep, and says why', async () => {
    const full = {
      keep: () => Promise.reject(new DatasetStoreError('quota', 'full')),
      get: () => Promise.resolve(undefined),
      list: () => Promise.resolve([]),
      remove: () => Promise.resolve(),
    };
    const { index, info } = await openInWorker(file(example, 'example.json'), {
      connect: () => connect(createDatasetWorkerApi({ store: () => full })),
    });
    expect(index.dataset.facts).toHaveLength(4);
    expect(info.keepFailure).toBe('quota');
  });

  it('says when a local key is not kept in this browser', async () => {
    const error = await openInWorker(
      { kind: 'local', key: 'local:00000000000000000000000000000000' },
      { connect },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'missing-local' });
  });

  it('fetches an address, keeps it, and opens the kept copy when the network fails', async () => {
    served.set('/daten.json', { body: example, type: 'application/json' });
    const url = `${base}/daten.json`;
    const first = await openInWorker({ kind: 'url', url, key: 'daten.json' }, { connect });
    expect(first.info.fromKeptCopy).toBeUndefined();
    const offline = await openInWorker(
      { kind: 'url', url: 'http://127.0.0.1:1/weg.json', key: 'daten.json' },
      { connect },
    );
    expect(offline.info.fromKeptCopy).toBe(true);
    expect(offline.index.dataset).toEqual(first.index.dataset);
    const http = await openInWorker(
      { kind: 'url', url: `${base}/nicht-da.json`, key: 'nicht-da.json' },
      { connect },
    ).catch((e: unknown) => e);
    expect(http).toMatchObject({ reason: 'http', message: 'HTTP 404' });
  });

  it('cancels: the worker is terminated mid-load and the load rejects as cancelled', async () => {
    const controller = new AbortController();
    let loading = false;
    const pending = openInWorker(
      { kind: 'url', url: `${base}/stall`, key: 'stall' },
      {
        connect,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'loading' && !loading) {
            loading = true;
            controller.abort();
          }
        },
      },
    );
    await expect(pending).rejects.toMatchObject({ reason: 'cancelled' });
    expect(channels.at(-1)?.terminated).toBe(true);
  });

  it('fails with "worker" when the worker dies instead of waiting for ever', async () => {
    const { port1, port2 } = new MessageChannel();
    let die: (event: Event) => void = () => undefined;
    let terminated = false;
    const pending = openInWorker(file(example, 'example.json'), {
      connect: () => ({
        endpoint: port2 as never,
        worker: {
          terminate: () => (terminated = true),
          addEventListener: (_type, listener) => (die = listener),
        },
      }),
    });
    // Nobody serves port1: the worker "crashed" before answering.
    die(new Event('error'));
    await expect(pending).rejects.toMatchObject({ reason: 'worker' });
    expect(terminated).toBe(true);
    port1.close();
    port2.close();
  });

  it('hands large datasets over in chunks and searches them in the worker', async () => {
    const dataset = generateDataset({ facts: WORKER_SEARCH_FROM + 5000, places: 40 });
    const { index } = await openInWorker(file(JSON.stringify(dataset), 'gross.json'), {
      connect,
    });
    expect(index.dataset.facts.map((f) => f.id)).toEqual(
      (dataset as Dataset).facts.map((f) => f.id),
    );
    const searcher = searcherOf(index)!;
    const answer = await searcher.search('Ort 12', ['visits']);
    // The same answer as the page's own search of the same index.
    const reference = createDatasetIndex(dataset as Dataset);
    const texts = () => buildSearchTexts(reference);
    const expected = selectMatchingFactIds(reference, texts, {
      query: 'Ort 12',
      categories: ['visits'],
    });
    expect(expected!.size).toBeGreaterThan(0);
    expect(answer.ids).toEqual(expected);
    expect(answer.counts).toEqual(countByCategory(reference, texts, 'Ort 12'));
    expect((await searcher.search('', [])).ids).toBeNull();
    // Typed ahead: only the newest of the waiting queries runs; the one before is dropped.
    const skipped = searcher.search('Ort 1', []);
    const newest = searcher.search('Ort 3', []);
    await expect(skipped).rejects.toMatchObject({ reason: 'cancelled' });
    expect((await newest).ids!.size).toBeGreaterThan(0);
    releaseDataset(index);
    expect(searcherOf(index)).toBeUndefined();
    expect(channels.at(-1)?.terminated).toBe(true);
  });
});
