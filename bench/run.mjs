// npm run bench: builds the app and the floor page (bare maplibre-gl + vis-timeline), serves
// both on 127.0.0.1, and drives Debian's Chromium through Playwright. For each dataset it runs
// 5 cold loads of the app and of the floor, alternating, and prints median (min–max) per metric
// with the app/floor ratio. Writes bench/results/latest.json. Figures, not assertions.
import { execFile, execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { generateDataset, repeatDataset } from '../scripts/generate-dataset.mjs';
import { CHROMIUM_ARGS, SOFTWARE_COMPOSITING } from './chromium-args.mjs';
import {
  bytesByColumn,
  columnChunks,
  ensureParquetFixtures,
  PARQUET_DIR,
} from './parquet-fixtures.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

function build() {
  execFileSync('node', [join(root, 'scripts/ensure-chromium.mjs')], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  execFileSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--config', 'bench/floor/vite.config.ts'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const dataDir = join(root, 'dist-floor', 'generated');
  mkdirSync(dataDir, { recursive: true });
  const bundled = JSON.parse(readFileSync(join(root, 'public/data/dataset.json'), 'utf8'));
  const files = {
    'facts-1000.json': () => generateDataset({ facts: 1000, places: 300 }),
    'facts-10000.json': () => generateDataset({ facts: 10000, places: 300 }),
    'facts-100000.json': () => generateDataset({ facts: 100000, places: 300 }),
    'dense-10000.json': () => repeatDataset(bundled, 10000),
    'same-date-50000.json': () => generateDataset({ facts: 50000, places: 50000, year: 2018 }),
  };
  for (const [name, make] of Object.entries(files)) {
    const dataset = make();
    writeFileSync(join(dataDir, name), JSON.stringify(dataset));
    densest.set(name, densestPlaces(dataset));
  }
  // The import fixtures, and the places CSV with its points given (no gazetteer needed).
  const importDir = join(dataDir, 'imports');
  mkdirSync(importDir, { recursive: true });
  for (const name of IMPORT_FILES.filter((f) => f !== PLACES_WITH_POINTS)) {
    writeFileSync(join(importDir, name), readFileSync(join(root, 'e2e/data/imports', name)));
  }
  const points = {
    Artern: '11.292,51.366',
    Rossleben: '11.434,51.298',
    Altenburg: '12.433,50.985',
  };
  const [header, ...rows] = readFileSync(join(root, 'e2e/data/imports/places-by-name.csv'), 'utf8')
    .trim()
    .split('\n');
  writeFileSync(
    join(importDir, PLACES_WITH_POINTS),
    [
      `${header},longitude,latitude`,
      ...rows.map((row) => `${row},${points[row.split(',')[3]] ?? ','}`),
    ].join('\n'),
  );
}

const PLACES_WITH_POINTS = 'places-with-points.csv';
/** The Parquet cases' files: their column chunks, to tell which columns a view read. */
const parquetFiles = new Map();
/** Files people already have (issue 17), opened by `data=`: app-ready per file. */
const IMPORT_FILES = [
  'places-by-name.csv',
  PLACES_WITH_POINTS,
  'timelinejs.json',
  'timelinejs-sheet.tsv',
  'storymap.json',
  'features.geojson',
];

/**
 * App-ready for each import (a fresh context each time: the gazetteer is fetched cold), and the
 * gazetteer's own fetch and parse on the page, for the cost a places-by-name file adds.
 */
async function measureImports(browser, base) {
  const times = Object.fromEntries(IMPORT_FILES.map((name) => [name, []]));
  const gazetteer = [];
  for (let i = 0; i < RUNS; i++) {
    for (const name of IMPORT_FILES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const data = encodeURIComponent(`../floor/generated/imports/${name}`);
      await page.goto(`${base}/app/?data=${data}`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
        timeout: 60_000,
      });
      times[name].push(
        await page.evaluate(() => performance.getEntriesByName('app-ready')[0].startTime),
      );
      if (name === IMPORT_FILES[0]) {
        gazetteer.push(
          await page
            .evaluate(async () => {
              const t0 = performance.now();
              const text = await (
                await fetch('gazetteer/places.json', { cache: 'no-store' })
              ).text();
              const t1 = performance.now();
              const places = JSON.parse(text).places.length;
              return {
                fetchMs: t1 - t0,
                parseMs: performance.now() - t1,
                places,
                bytes: text.length,
              };
            })
            .catch(() => null),
        );
      }
      await context.close();
      process.stdout.write('.');
    }
  }
  return { appReady: times, gazetteer };
}

/** Per generated file, the two places with the most facts (selected in turn by the bench). */
const densest = new Map();
function densestPlaces(dataset) {
  const counts = new Map();
  for (const fact of dataset.facts) {
    for (const id of fact.places) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const withPoint = new Set(dataset.places.filter((p) => p.coordinates).map((p) => p.id));
  return [...counts]
    .filter(([id]) => withPoint.has(id))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([id, count]) => ({ id, count }));
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
};

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json)|image\/svg)/;
const gzipCache = new Map();
function gzipped(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file)));
  return gzipCache.get(file);
}

/** Range requests on the Parquet files: what was read and when (ms since the epoch), by file. */
const parquetReads = new Map();
/** Bytes of DuckDB's wasm and worker sent (uncompressed, as a static host without gzip sends them). */
const duckdbSent = { bytes: 0 };

/**
 * Static files: /app/ → dist, /floor/ → dist-floor (with the generated datasets), /parquet/ →
 * the Parquet cases (range requests answered, as any static host does; each read logged).
 * Hashed assets are cached as a static host caches them (DuckDB's files on a later visit).
 */
function serve() {
  const mounts = {
    '/app/': join(root, 'dist'),
    '/floor/': join(root, 'dist-floor'),
    '/parquet/': PARQUET_DIR,
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    if (!mount) return void res.writeHead(404).end();
    let file = normalize(join(mounts[mount], path.slice(mount.length)));
    if (!file.startsWith(mounts[mount])) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // DuckDB's files as sent (its worker fetches them: not in the page's resource timing).
    if (/\/assets\/duckdb/.test(path)) duckdbSent.bytes += statSync(file).size;
    const cache = path.includes('/assets/')
      ? { 'Cache-Control': 'max-age=31536000, immutable' }
      : {};
    if (type === 'application/vnd.apache.parquet') {
      const size = statSync(file).size;
      const headers = { 'Content-Type': type, 'Accept-Ranges': 'bytes' };
      if (req.method === 'HEAD')
        return void res.writeHead(200, { ...headers, 'Content-Length': size }).end();
      const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
      const from = range ? Number(range[1]) : 0;
      const to = range && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      const log = parquetReads.get(path) ?? [];
      log.push([from, to, Date.now()]);
      parquetReads.set(path, log);
      res.writeHead(range ? 206 : 200, {
        ...headers,
        'Content-Length': to - from + 1,
        ...(range ? { 'Content-Range': `bytes ${from}-${to}/${size}` } : {}),
      });
      return void createReadStream(file, { start: from, end: to }).pipe(res);
    }
    // Compressed like any production static host: Lighthouse's simulated network counts bytes.
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        Vary: 'Accept-Encoding',
        ...cache,
      });
      return void res.end(gzipped(file));
    }
    res.writeHead(200, { 'Content-Type': type, ...cache });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page before anything else: collects long tasks, LCP and layout shifts. */
function observe() {
  const w = window;
  w.__bench = { longTasks: 0, lcp: 0, cls: 0, tasks: [] };
  // Resolves after the next frame is painted: a task queued from requestAnimationFrame runs
  // after that frame. Every latency is measured to this point.
  w.__nextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      }),
    );
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => {
      w.__bench.longTasks += e.duration;
      w.__bench.tasks.push([e.startTime, e.duration]);
    }),
  ).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => (w.__bench.lcp = e.startTime)),
  ).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => {
      if (!e.hadRecentInput) w.__bench.cls += e.value;
    }),
  ).observe({ type: 'layout-shift', buffered: true });
}

/** Time from a user event to the frame after it is painted. */
async function latency(page, action, times = 8) {
  return page.evaluate(
    async ({ action, times }) => {
      const nextFrame = window.__nextFrame;
      // At rest means the frames come at the display's pace again: with software WebGL a
      // camera move's frames take 100 ms and more in the GPU process, so the 600 ms move can
      // outlast the pause, and a click into it measures the previous move (traced, session 14).
      // Waits for 6 frames in a row under 25 ms apart, at most 3 s.
      const settled = async () => {
        const deadline = performance.now() + 3000;
        let calm = 0;
        let last = performance.now();
        while (calm < 6 && performance.now() < deadline) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const now = performance.now();
          calm = now - last < 25 ? calm + 1 : 0;
          last = now;
        }
      };
      const samples = [];
      // Each series starts at rest: the previous series' animations have finished.
      await new Promise((resolve) => setTimeout(resolve, 800));
      for (let i = 0; i < times; i++) {
        // A click at rest: the previous selection's camera move and timeline focus (600 ms
        // animations in the app) have finished, as they have when a reader clicks again.
        await new Promise((resolve) => setTimeout(resolve, action.rest));
        if (action.rest > 0) await settled();
        await nextFrame();
        const t0 = performance.now();
        if (action.kind === 'click') {
          const targets = [...document.querySelectorAll(action.selector)];
          targets[i % Math.max(1, Math.min(targets.length, 4))]?.click();
        } else {
          const target = document.querySelector(action.selector) ?? document.body;
          target.focus();
          target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        }
        await nextFrame();
        samples.push(performance.now() - t0);
      }
      samples.sort((a, b) => a - b);
      return samples[Math.floor(samples.length / 2)];
    },
    { action, times },
  );
}

/**
 * From one input event in the search field (the query typed at once, as the last keystroke of
 * a word completes it) to the frame after the filtered count is painted; then the field is
 * cleared and the views return to all facts before the next sample.
 */
async function searchLatency(page, query, times = 6) {
  return page.evaluate(
    async ({ query, times }) => {
      const nextFrame = window.__nextFrame;
      const field = document.querySelector('input[type=search]');
      const count = document.querySelector('.filter-bar__count');
      const timeline = document.querySelector('.fact-timeline__canvas');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const type = (text) => {
        setter.call(field, text);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      /** Resolves at the first change under `element` (or after 3 s without one). */
      const mutated = (element, until = () => true) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => {
            observer.disconnect();
            resolve(false);
          }, 3000);
          const observer = new MutationObserver(() => {
            if (!until()) return;
            clearTimeout(timer);
            observer.disconnect();
            resolve(true);
          });
          observer.observe(element, { subtree: true, childList: true, characterData: true });
        });
      const painted = [];
      const timelineDone = [];
      field.focus();
      for (let i = 0; i < times; i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await nextFrame();
        const before = count.textContent;
        const t0 = performance.now();
        const counted = mutated(count, () => count.textContent !== before);
        const drawn = timeline ? mutated(timeline) : Promise.resolve(false);
        type(query);
        await counted;
        await nextFrame();
        painted.push(performance.now() - t0);
        if (await drawn) {
          await nextFrame();
          timelineDone.push(performance.now() - t0);
        }
        const cleared = mutated(count, () => count.textContent !== before);
        type('');
        await cleared;
      }
      const median = (xs) =>
        xs.length === 0 ? null : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { painted: median(painted), timeline: median(timelineDone) };
    },
    { query, times },
  );
}

/**
 * From a change of the time window to one month (the link's `from`/`to`, applied as Back
 * applies it) to the frame after the timeline has redrawn; two months in turn.
 */
async function monthLatency(page, times = 6) {
  return page.evaluate(async (times) => {
    const nextFrame = window.__nextFrame;
    const canvas = document.querySelector('.fact-timeline__canvas');
    if (!canvas) return null;
    const samples = [];
    for (let i = 0; i < times; i++) {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await nextFrame();
      const url = new URL(location.href);
      const [from, to] = i % 2 === 0 ? ['2018-03-01', '2018-03-31'] : ['2019-07-01', '2019-07-31'];
      url.searchParams.set('from', from);
      url.searchParams.set('to', to);
      const drawn = new Promise((resolve) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, 5000);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          observer.disconnect();
          resolve(true);
        });
        observer.observe(canvas, { subtree: true, childList: true, characterData: true });
      });
      const t0 = performance.now();
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
      if (!(await drawn)) continue;
      await nextFrame();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return samples.length ? samples[Math.floor(samples.length / 2)] : null;
  }, times);
}

/** Pause before each click; none between scrub steps, which come in a stream while dragging. */
const REST_MS = 800;
const ACTIONS = {
  app: {
    place: { kind: 'click', selector: 'button[data-place-id]', rest: REST_MS },
    fact: { kind: 'click', selector: 'button[data-fact-id]', rest: REST_MS },
    scrub: { kind: 'key', selector: '[role=slider]', rest: 0 },
  },
  floor: {
    place: { kind: 'click', selector: 'button[data-place-id]', rest: REST_MS },
    fact: { kind: 'click', selector: '.vis-item.vis-range', rest: REST_MS },
    scrub: { kind: 'key', selector: 'body', rest: 0 },
  },
};

async function measure(browser, base, kind, dataCase) {
  const appOnly = dataCase.floor === false && kind === 'floor';
  if (appOnly) return null;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
  });
  const page = await context.newPage();
  await page.addInitScript(observe);
  const data = dataCase.parquet
    ? `../parquet/${dataCase.parquet}.parquet`
    : dataCase.file
      ? `../floor/generated/${dataCase.file}`
      : null;
  const url =
    kind === 'app'
      ? `${base}/app/${data ? `?data=${encodeURIComponent(data)}${dataCase.view ?? ''}` : ''}`
      : `${base}/floor/?data=${encodeURIComponent(data ?? '../app/data/dataset.json')}`;
  const ready = () =>
    page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
      timeout: 300_000,
    });
  // A Parquet case opens three times: with DuckDB's files to download (a reader's first
  // visit), once more under the service worker (which keeps them), then as measured.
  let firstVisit = null;
  if (dataCase.parquet) {
    duckdbSent.bytes = 0;
    await page.goto(url);
    await ready();
    firstVisit = await page.evaluate(() => ({
      appReady: performance.getEntriesByName('app-ready')[0].startTime,
      duckdbReady: performance.getEntriesByName('parquet-duckdb-ready')[0]?.startTime ?? null,
    }));
    firstVisit.duckdbBytes = duckdbSent.bytes;
    // The service worker, active now, keeps DuckDB's files as this visit fetches them: the
    // measured visit after it is a reader's later visit.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.goto(url);
    await ready();
    duckdbSent.bytes = 0;
    parquetReads.delete(`/parquet/${dataCase.parquet}.parquet`);
  }
  await page.goto(url);
  await ready();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => /\.m?js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
    return {
      appReady: performance.getEntriesByName('app-ready')[0].startTime,
      fcp: paint ? paint.startTime : null,
      lcp: window.__bench.lcp,
      cls: window.__bench.cls,
      longTasks: window.__bench.longTasks,
      // The longest task that started before the app was ready: the load's worst freeze.
      longestLoadTask: Math.max(
        0,
        ...window.__bench.tasks
          .filter(([start]) => start < performance.getEntriesByName('app-ready')[0].startTime)
          .map(([, duration]) => duration),
      ),
      heapMB: performance.memory.usedJSHeapSize / 1048576,
      scripts,
    };
  });
  if (dataCase.parquet) {
    const marks = await page.evaluate(() => {
      const at = (name) => {
        const mark = performance.getEntriesByName(name)[0];
        return mark ? performance.timeOrigin + mark.startTime : null;
      };
      return {
        appReady: at('app-ready'),
        indexRead: at('parquet-index-read'),
        duckdbReady: performance.getEntriesByName('parquet-duckdb-ready')[0]?.startTime ?? null,
        indexReadMs: performance.getEntriesByName('parquet-index-read')[0]?.startTime ?? null,
      };
    });
    const reads = parquetReads.get(`/parquet/${dataCase.parquet}.parquet`) ?? [];
    const until = (t) => reads.filter(([, , at]) => at <= t).map(([from, to]) => [from, to]);
    const sum = (rs) => rs.reduce((total, [from, to]) => total + to - from + 1, 0);
    const { columns } = parquetFiles.get(dataCase.parquet);
    metrics.parquet = {
      firstVisit,
      // What the later visit fetched of DuckDB again (0: all from the cache).
      duckdbBytesCached: duckdbSent.bytes,
      duckdbReadyMs: marks.duckdbReady,
      indexReadMs: marks.indexReadMs,
      bytesBeforeFirstView: sum(until(marks.appReady)),
      bytesBeforeIndex: sum(until(marks.indexRead)),
      columnsBeforeFirstView: bytesByColumn(until(marks.appReady), columns),
    };
    metrics.monthMs = await monthLatency(page);
  }
  const places = dataCase.file ? densest.get(dataCase.file) : null;
  // The densest places, when the map draws them as buttons (a clustered map draws none).
  const placeAction =
    kind === 'app' && places?.length
      ? {
          ...ACTIONS.app.place,
          selector: places.map((p) => `button[data-place-id="${p.id}"]`).join(','),
        }
      : ACTIONS[kind].place;
  const hasButton = await page.locator(placeAction.selector).count();
  metrics.placeMs = hasButton ? await latency(page, placeAction) : null;
  metrics.factMs = await latency(page, ACTIONS[kind].fact);
  metrics.scrubMs = await latency(page, ACTIONS[kind].scrub);
  const search = kind === 'app' ? await searchLatency(page, dataCase.query) : null;
  metrics.searchMs = search?.painted ?? null;
  metrics.searchTimelineMs = search?.timeline ?? null;
  await context.close();
  return metrics;
}

function gzipKB(pathname) {
  const [, mount, ...rest] = pathname.split('/');
  const file = join(root, mount === 'app' ? 'dist' : 'dist-floor', ...rest);
  return existsSync(file) ? gzipped(file).length / 1024 : 0;
}

/**
 * `--lighthouse`: Lighthouse 12 (its own package in bench/lighthouse, installed on first use so
 * the app's dependencies stay free of it) on the app and the floor, mobile and desktop.
 */
async function runLighthouse(urls) {
  const dir = join(root, 'bench/lighthouse');
  if (!existsSync(join(dir, 'node_modules/lighthouse'))) {
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  }
  // Asynchronous: this process serves the pages Lighthouse loads.
  const { stdout } = await promisify(execFile)('node', [join(dir, 'run-lighthouse.mjs'), ...urls], {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
    maxBuffer: 1 << 24,
  });
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

/**
 * The budgets of issue 15, each against the median of this run: absolute figures, or ratios to
 * the bundled case (app-ready) and to the floor page (bundled app-ready).
 */
const BUDGETS = [
  { key: '100000', metric: 'appReady', vs: 'bundled', limit: 3, unit: 'x' },
  { key: '100000', metric: 'placeMs', limit: 50, unit: 'ms' },
  { key: '100000', metric: 'factMs', limit: 50, unit: 'ms' },
  { key: '100000', metric: 'scrubMs', limit: 33, unit: 'ms' },
  { key: '100000', metric: 'searchMs', limit: 50, unit: 'ms' },
  { key: '100000', metric: 'longestLoadTask', limit: 200, unit: 'ms' },
  { key: '100000', metric: 'heapMB', limit: 400, unit: 'MB' },
  { key: 'dense', metric: 'placeMs', limit: 50, unit: 'ms' },
  { key: 'same-date', metric: 'searchMs', limit: 100, unit: 'ms' },
  { key: 'bundled', metric: 'appReady', vs: 'floor', limit: 1, unit: 'x' },
  // Issue 27: a million facts from Parquet, DuckDB's files cached.
  { key: 'parquet-1m', metric: 'appReady', limit: 3000, unit: 'ms' },
  { key: 'parquet-1m', metric: 'placeMs', limit: 100, unit: 'ms' },
  { key: 'parquet-1m', metric: 'searchMs', limit: 250, unit: 'ms' },
  { key: 'parquet-1m', metric: 'monthMs', limit: 200, unit: 'ms' },
  { key: 'parquet-1m', metric: 'longestLoadTask', limit: 200, unit: 'ms' },
  { key: 'parquet-1m', metric: 'heapMB', limit: 300, unit: 'MB' },
];

function checkBudgets(cases) {
  const bundled = cases.find((c) => c.key === 'bundled');
  return BUDGETS.flatMap((budget) => {
    const c = cases.find((x) => x.key === budget.key);
    if (!c) return [];
    const app = c.summary[budget.metric].app?.median ?? null;
    let measured = app;
    if (budget.vs === 'bundled') {
      const base = bundled?.summary[budget.metric].app?.median;
      measured = app !== null && base ? app / base : null;
    } else if (budget.vs === 'floor') {
      measured = c.summary[budget.metric].ratio;
    }
    const label = METRICS.find(([key]) => key === budget.metric)[1].replace(/ \(.*\)$/, '');
    return [
      {
        case: c.name,
        label: budget.vs ? `${label} / ${budget.vs}` : label,
        measured,
        limit: budget.limit,
        unit: budget.unit,
        met: measured !== null && measured <= budget.limit,
      },
    ];
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const METRICS = [
  ['appReady', 'app-ready (ms)'],
  ['fcp', 'FCP (ms)'],
  ['lcp', 'LCP (ms)'],
  ['cls', 'CLS'],
  ['longTasks', 'long tasks (ms)'],
  ['longestLoadTask', 'longest task during load (ms)'],
  ['jsKB', 'JS gzip (KB)'],
  ['heapMB', 'JS heap (MB)'],
  ['placeMs', 'select place (ms)'],
  ['factMs', 'select fact (ms)'],
  ['scrubMs', 'scrub step (ms)'],
  ['searchMs', 'search keystroke to painted (ms)'],
  ['searchTimelineMs', 'search keystroke to timeline redrawn (ms)'],
  ['monthMs', 'window to one month, timeline redrawn (ms)'],
];

async function main() {
  build();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  // BENCH_CASES=bundled (or a comma-separated list) runs only some cases, for quick checks.
  const only = process.env.BENCH_CASES?.split(',');
  // `floor: false`: the floor page (every item in vis-timeline) does not come back from these.
  const cases = [
    { name: 'bundled', key: 'bundled', file: null, query: 'Artern' },
    { name: '1,000 facts', key: '1000', file: 'facts-1000.json', query: 'Ort 12' },
    { name: '10,000 facts', key: '10000', file: 'facts-10000.json', query: 'Ort 12' },
    {
      name: '100,000 facts',
      key: '100000',
      file: 'facts-100000.json',
      query: 'Ort 12',
      floor: false,
    },
    {
      name: 'dense (10,000 facts on 8 places)',
      key: 'dense',
      file: 'dense-10000.json',
      query: 'Artern',
      floor: false,
    },
    {
      name: 'same-date (50,000 facts in 2018)',
      key: 'same-date',
      file: 'same-date-50000.json',
      query: 'Ort 4711',
      floor: false,
    },
    {
      name: '100,000 facts as Parquet',
      key: 'parquet-100k',
      parquet: 'parquet-100k',
      query: 'Ort 12',
      floor: false,
    },
    {
      name: '1,000,000 facts on 20,000 places, Parquet',
      key: 'parquet-1m',
      parquet: 'parquet-1m',
      // Close enough that places are markers of their own (20,000 places cluster further out).
      view: '&map=11.3,50.9,13',
      query: 'Ort 12',
      floor: false,
    },
  ].filter((c) => !only || only.includes(c.key));
  for (const c of cases.filter((x) => x.parquet)) {
    const file = ensureParquetFixtures([c.parquet])[c.parquet];
    parquetFiles.set(c.parquet, columnChunks(file));
  }
  const compositing = SOFTWARE_COMPOSITING ? 'software' : 'gpu';
  const results = { date: new Date().toISOString(), runs: RUNS, compositing, cases: [] };
  const runsOf = new Map(cases.map((dataCase) => [dataCase, { app: [], floor: [] }]));
  for (let i = 0; i < RUNS; i++) {
    // Round by round through every case, app and floor alternating: drift in the machine's
    // load hits both pages and every case alike (a budget compares 10,000 facts with bundled).
    for (const dataCase of cases) {
      for (const kind of i % 2 === 0 ? ['app', 'floor'] : ['floor', 'app']) {
        const m = await measure(browser, base, kind, dataCase);
        if (!m) continue;
        m.chunks = Object.fromEntries(
          m.scripts.map((s) => [s.split('/').pop(), Number(gzipKB(s).toFixed(1))]),
        );
        m.jsKB = Object.values(m.chunks).reduce((a, b) => a + b, 0);
        delete m.scripts;
        runsOf.get(dataCase)[kind].push(m);
        process.stdout.write('.');
      }
    }
  }
  for (const dataCase of cases) {
    const runs = runsOf.get(dataCase);
    const summary = {};
    for (const [key] of METRICS) {
      const stat = (kind) => {
        const xs = runs[kind].map((r) => r[key]).filter((x) => x !== null && x !== undefined);
        if (xs.length === 0) return null;
        return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
      };
      summary[key] = { app: stat('app'), floor: stat('floor') };
      summary[key].ratio =
        summary[key].app && summary[key].floor?.median
          ? summary[key].app.median / summary[key].floor.median
          : null;
    }
    results.cases.push({
      name: dataCase.name,
      summary,
      key: dataCase.key,
      chunks: { app: runs.app[0].chunks, floor: runs.floor[0]?.chunks ?? null },
      runs,
    });
  }
  if (!only || only.includes('imports')) results.imports = await measureImports(browser, base);
  await browser.close();
  results.budgets = checkBudgets(results.cases);
  // The budget "10,000 facts within 2x the bundled app-ready": medians, and per round.
  const bundled = results.cases.find((c) => c.name === 'bundled');
  const large = results.cases.find((c) => c.name === '10,000 facts');
  if (bundled && large) {
    const perRound = large.runs.app.map((r, i) => r.appReady / bundled.runs.app[i].appReady);
    results.scaling = {
      appReadyRatio: large.summary.appReady.app.median / bundled.summary.appReady.app.median,
      perRoundMedian: median(perRound),
    };
  }
  if (process.argv.includes('--lighthouse')) {
    results.lighthouse = await runLighthouse([`${base}/app/`, `${base}/floor/`]);
  }
  server.close();
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  // A partial run (BENCH_CASES) never replaces the full figures.
  const name = process.env.BENCH_CASES ? 'partial.json' : 'latest.json';
  writeFileSync(join(root, 'bench/results', name), `${JSON.stringify(results, null, 1)}\n`);

  const fmt = (s, key) => {
    if (!s) return '–';
    const d = key === 'cls' ? 3 : key === 'heapMB' || key === 'jsKB' ? 1 : 0;
    return `${s.median.toFixed(d)} (${s.min.toFixed(d)}–${s.max.toFixed(d)})`;
  };
  console.log(
    `\n\nKartenchronik bench, ${RUNS} cold runs each, median (min–max), ${results.compositing} compositing\n`,
  );
  for (const c of results.cases) {
    console.log(`## ${c.name}`);
    console.log(`| metric | app | floor | app/floor |\n|---|---|---|---|`);
    for (const [key, label] of METRICS) {
      const s = c.summary[key];
      console.log(
        `| ${label} | ${fmt(s.app, key)} | ${fmt(s.floor, key)} | ${s.ratio === null ? '–' : s.ratio.toFixed(2)} |`,
      );
    }
    console.log(
      `\nJS chunks (gzip KB), app: ${JSON.stringify(c.chunks.app)}\nfloor: ${JSON.stringify(c.chunks.floor)}\n`,
    );
  }
  if (results.imports) {
    console.log('## Imports (issue 17): app-ready by data=, median (min–max) ms');
    console.log('| file | app-ready |\n|---|---|');
    for (const [name, xs] of Object.entries(results.imports.appReady)) {
      console.log(
        `| ${name} | ${fmt({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) }, 'ms')} |`,
      );
    }
    const g = results.imports.gazetteer.filter(Boolean);
    if (g.length > 0) {
      const stat = (key) => {
        const xs = g.map((r) => r[key]);
        return fmt({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) }, 'ms');
      };
      console.log(
        `\nGazetteer (${g[0].places} places, ${(g[0].bytes / 1024).toFixed(0)} KiB): fetch ${stat('fetchMs')} ms, parse ${stat('parseMs')} ms (on the page; the app does both in its dataset worker)\n`,
      );
    }
  }
  for (const c of results.cases.filter((x) => x.runs.app[0]?.parquet)) {
    const p = c.runs.app.map((r) => r.parquet);
    const mid = (f) => median(p.map(f).filter((x) => x !== null && x !== undefined));
    const { columns, fileBytes } = parquetFiles.get(c.key);
    const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
    console.log(`## ${c.name}: DuckDB and bytes read (median of ${p.length})`);
    console.log(
      `First visit (DuckDB downloaded, ${kib(mid((x) => x.firstVisit.duckdbBytes))} transferred): app-ready ${mid((x) => x.firstVisit.appReady).toFixed(0)} ms, DuckDB started at ${mid((x) => x.firstVisit.duckdbReady).toFixed(0)} ms. Later visit (${kib(mid((x) => x.duckdbBytesCached))} of DuckDB fetched again): DuckDB started at ${mid((x) => x.duckdbReadyMs).toFixed(0)} ms, index read at ${mid((x) => x.indexReadMs).toFixed(0)} ms.`,
    );
    console.log(
      `File ${kib(fileBytes)}; read before the index was ready ${kib(mid((x) => x.bytesBeforeIndex))}, before the first view ${kib(mid((x) => x.bytesBeforeFirstView))}.`,
    );
    console.log('| column | size | read before the first view |\n|---|---|---|');
    for (const [name, { bytes }] of columns) {
      console.log(
        `| ${name} | ${kib(bytes)} | ${kib(mid((x) => x.columnsBeforeFirstView[name] ?? 0))} |`,
      );
    }
    console.log('');
  }
  console.log('## Budgets (issues 15, 27): medians of this run');
  console.log('| case | metric | measured | budget | met |\n|---|---|---|---|---|');
  for (const b of results.budgets) {
    const shown = b.measured === null ? '–' : b.measured.toFixed(b.unit === 'x' ? 2 : 0);
    console.log(
      `| ${b.case} | ${b.label} | ${shown}${b.unit === 'x' ? ' x' : ` ${b.unit}`} | ≤ ${b.limit}${b.unit === 'x' ? ' x' : ` ${b.unit}`} | ${b.measured === null ? 'n/a' : b.met ? 'yes' : 'no'} |`,
    );
  }
  console.log('');
  if (results.scaling) {
    const { appReadyRatio, perRoundMedian } = results.scaling;
    console.log(
      `App-ready, 10,000 facts / bundled: ${appReadyRatio.toFixed(2)} x (medians), ${perRoundMedian.toFixed(2)} x (median of the rounds' ratios)\n`,
    );
  }
  if (results.lighthouse) {
    console.log('## Lighthouse (bundled dataset, median of 3)');
    console.log(
      '| page | form factor | performance | accessibility | best practices | LCP (ms) | TBT (ms) | FCP (ms) | CLS |\n|---|---|---|---|---|---|---|---|---|',
    );
    for (const r of results.lighthouse) {
      const page = r.url.includes('/floor/') ? 'floor' : 'app';
      console.log(
        `| ${page} | ${r.formFactor} | ${r.score} | ${r.accessibility} | ${r.bestPractices} | ${r.lcpMs.toFixed(0)} | ${r.tbtMs.toFixed(0)} | ${r.fcpMs.toFixed(0)} | ${r.cls.toFixed(3)} |`,
      );
    }
  }
}

await main();
