import { existsSync, readFileSync } from 'node:fs';
import { parquetMetadata } from 'hyparquet';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ensureGenerated, generatedPath } from './generated';
import { OpenDatasetPanel } from './pages/open-dataset';
import { serveWithRanges, type ReadLog } from './parquet-files';

/** Serves a generated file (and its sidecar, when there is one) at `generated/<name>`. */
async function serve(context: BrowserContext, name: string): Promise<ReadLog> {
  const log = await serveWithRanges(context, `**/generated/${name}`, ensureGenerated(name));
  const meta = name.replace(/\.parquet$/, '.meta.json');
  // Only looked for: ensureGenerated would rewrite every file (one another test is reading).
  const sidecar = existsSync(generatedPath(meta)) ? generatedPath(meta) : null;
  await context.route(`**/generated/${meta}`, (route) =>
    sidecar
      ? route.fulfill({ path: sidecar, contentType: 'application/json' })
      : route.fulfill({ status: 404, body: '' }),
  );
  return log;
}

/** Byte ranges of a file's column chunks, by column name (from its footer). */
function columnRanges(path: string): Map<string, [number, number][]> {
  const bytes = readFileSync(path);
  const metadata = parquetMetadata(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  );
  const ranges = new Map<string, [number, number][]>();
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const meta = chunk.meta_data!;
      const start = Number(meta.dictionary_page_offset ?? meta.data_page_offset);
      const name = meta.path_in_schema.join('.');
      ranges.set(name, [
        ...(ranges.get(name) ?? []),
        [start, start + Number(meta.total_compressed_size) - 1],
      ]);
    }
  }
  return ranges;
}

/** The columns whose chunks the logged reads (until `until`, ms since the epoch) touched. */
function columnsRead(
  log: ReadLog,
  columns: Map<string, [number, number][]>,
  until = Infinity,
): Set<string> {
  const read = new Set<string>();
  for (const [i, range] of log.ranges.entries()) {
    if (log.at[i]! > until) continue;
    const [from, to] = range === 'all' ? [0, Infinity] : range.split('-').map(Number);
    for (const [name, chunks] of columns) {
      if (chunks.some(([start, end]) => start <= to! && end >= from!)) read.add(name);
    }
  }
  return read;
}

async function waitReady(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
    timeout: 30_000,
  });
}

test('a Parquet link opens in the same views; a fact link shows its quote, read when shown', async ({
  app,
  page,
  context,
}) => {
  await serve(context, 'bundled.parquet');
  await app.open('?data=generated/bundled.parquet&fact=lsz-foerderbescheid-artern');
  await expect(app.details.getByRole('heading', { level: 3 })).toContainText(
    'Fördermittelbescheid',
  );
  await expect(app.details.locator('blockquote').first()).toContainText('477.970');
  await expect(app.facts).toContainText('29 von 29 Fakten');
  await expect(app.timelineItem(/Fördermittelbescheid/)).toBeVisible();
  // Read where it is: the app says it is not kept offline, and nothing here edits it.
  await expect(page.locator('.app__source')).toContainText('nicht offline gespeichert');
  await expect(page.getByRole('button', { name: 'Bearbeiten' })).toHaveCount(0);

  await app.pressMarker('Altenburg');
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Altenburg');
  await expect(app.details.getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The link round trip: the same view in a fresh page.
  const link = page.url();
  expect(link).toContain('data=generated%2Fbundled.parquet');
  const again = await context.newPage();
  await again.goto(link);
  await waitReady(again);
  await expect(
    again.getByRole('region', { name: 'Details', exact: true }).getByRole('heading', { level: 3 }),
  ).toHaveText('Altenburg');
  await again.close();
});

test('the file is read by range requests: the footer and index columns first, rows as shown', async ({
  app,
  page,
  context,
}) => {
  const log = await serve(context, 'facts-20000.parquet');
  const columns = columnRanges(ensureGenerated('facts-20000.parquet'));
  await app.open('?data=generated/facts-20000.parquet');
  await expect(app.facts).toContainText('von 20.000 Fakten');
  // Never the whole file in one request: a static host's range requests (206) only.
  expect(log.ranges.length).toBeGreaterThan(2);
  expect(log.ranges).not.toContain('all');
  // The footer first (the file's last bytes), then the index columns of every row group.
  // (DuckDB 0.9 reads ahead of what it asks for: with row groups this small the text after the
  // index columns is read with them; bench/ reports the bytes per column at a million rows.)
  const size = readFileSync(ensureGenerated('facts-20000.parquet')).length;
  expect(log.ranges.slice(0, 3).some((range) => range.endsWith(`-${size - 1}`))).toBe(true);
  const indexRead = await page.evaluate(
    () => performance.timeOrigin + performance.getEntriesByName('parquet-index-read')[0]!.startTime,
  );
  const first = columnsRead(log, columns, indexRead);
  for (const column of ['id', 'start', 'category_id', 'place_id', 'longitude']) {
    expect(first, `${column} read for the index`).toContain(column);
  }
  // The list's rows are read as it shows them: their titles are on screen.
  await expect(app.factButtons.first()).toContainText(/Fakt \d+ in Ort/);
  expect(columnsRead(log, columns)).toContain('title');
});

test('search, filter, export: answered by DuckDB, the export with the rows read', async ({
  app,
  page,
  context,
}) => {
  await serve(context, 'facts-20000.parquet');
  await app.open('?data=generated/facts-20000.parquet');
  await app.facts.getByRole('searchbox').fill('Fakt 123');
  // Every fact whose number holds "123": its title, summary and quote say so.
  const expected = Array.from({ length: 20000 }, (_, i) => String(i)).filter((n) =>
    n.includes('123'),
  );
  await expect(app.facts).toContainText(`${expected.length} von 20.000 Fakten`);
  await expect(page).toHaveURL(/q=Fakt/);

  await app.page.getByRole('button', { name: 'Exportieren' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON (Datensatz)' }).click();
  const download = await downloading;
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.facts.map((f: { id: string }) => f.id).sort()).toEqual(
    expected.map((n) => `fakt-${n}`).sort(),
  );
  expect(exported.facts[0].title.de).toMatch(/^Fakt \d+ in Ort \d+$/);
  expect(exported.facts[0].evidence[0].quote).toMatch(/^Eintrag \d+:/);
  await expectNoAxeViolations(page);
});

test('a Parquet file opened from disk: read in place, summarised, linked for the session', async ({
  app,
  page,
}) => {
  await app.open();
  await new OpenDatasetPanel(page).openFile(ensureGenerated('facts-20000.parquet'));
  await expect(page.getByRole('region', { name: 'Import' })).toContainText(
    'Parquet-Tabelle gelesen: 20.000 Fakten',
  );
  await expect(app.facts).toContainText('20.000 von 20.000 Fakten');
  await expect(page).toHaveURL(/data=local%3A[0-9a-f]{32}/);
  await app.factButtons.first().click();
  await expect(app.details.locator('blockquote').first()).toContainText('Eintrag');
});

test('rows that cannot be facts are left out, counted and said why, by row', async ({
  app,
  page,
  context,
}) => {
  await serve(context, 'bad-rows.parquet');
  await app.open('?data=generated/bad-rows.parquet');
  const summary = page.getByRole('region', { name: 'Import' });
  await expect(summary).toContainText('25 Fakten');
  await expect(summary).toContainText('4 Zeilen ausgelassen');
  await expect(summary).toContainText('Zeile 2, Spalte „id“: verwendet die ID');
  await expect(summary).toContainText('Zeile 4, Spalte „start“: ist kein Datum');
  await expect(summary).toContainText('Zeile 6, Spalte „longitude“: ist keine Zahl');
  await expect(summary).toContainText('Zeile 8, Spalte „end“: endet vor ihrem Beginn');
  await expect(app.facts).toContainText('25 von 25 Fakten');
});

test('a file named .parquet that is not Parquet is refused with the reason', async ({
  app,
  page,
  context,
}) => {
  await serve(context, 'not-parquet.parquet');
  await app.open();
  const panel = new OpenDatasetPanel(page);
  await panel.openUrl('generated/not-parquet.parquet');
  await expect(panel.error).toContainText('der bisherige bleibt geladen');
  await expect(panel.error).toContainText('ist keine lesbare Parquet-Datei');
  await expect(app.factButtons).toHaveCount(29);
});

test('a manifest of Parquet files (one per period) opens as one dataset', async ({
  app,
  page,
  context,
}) => {
  await serve(context, 'part-early.parquet');
  await serve(context, 'part-late.parquet');
  await serve(context, 'bundled.parquet');
  await context.route('**/generated/partitioned.json', (route) =>
    route.fulfill({ path: ensureGenerated('partitioned.json'), contentType: 'application/json' }),
  );
  // A fact in the second file, by link: its row is read from that file.
  await app.open('?data=generated/partitioned.json&fact=lsz-foerderbescheid-artern');
  await expect(app.facts).toContainText('29 von 29 Fakten');
  await expect(app.details.locator('blockquote').first()).toContainText('477.970');
  // The sidecar the manifest names: the dataset's title and its tour.
  await expect(page.locator('.app__subtitle')).toContainText('Heike Werner');
  await app.factButton(/Sächsischer Landtag/).click();
  await expect(app.details.getByRole('heading', { level: 3 })).toContainText('Sächsischer Landtag');
  await expect(app.details.locator('blockquote').first()).toBeVisible();
});

test('after its first use DuckDB is kept by the service worker: a later visit downloads none of it', async ({
  app,
  page,
  context,
}) => {
  await serve(context, 'bundled.parquet');
  await app.open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Not in the precache: a reader who never opens Parquet never downloads DuckDB.
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names.filter((n) => n.includes('precache'))) {
      urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    }
    return urls;
  });
  expect(precached.length).toBeGreaterThan(10);
  expect(precached.filter((url) => /duckdb|\/assets\/parquet-/.test(url))).toEqual([]);
  // Opened under the service worker's control, DuckDB's files are kept for the next visit.
  await app.open('?data=generated/bundled.parquet');
  await expect(app.facts).toContainText('29 von 29 Fakten');
  const kept = await page.evaluate(async () =>
    (await (await caches.open('kartenchronik-duckdb')).keys()).map((r) => new URL(r.url).pathname),
  );
  expect(kept.some((path) => /\/assets\/duckdb-(eh|mvp)-[\w-]+\.wasm$/.test(path))).toBe(true);
  expect(
    kept.some((path) => /\/assets\/duckdb-browser-(eh|mvp)\.worker-[\w-]+\.js$/.test(path)),
  ).toBe(true);
});

test('a host without range requests still serves a table: it is read whole', async ({
  app,
  context,
}) => {
  const path = ensureGenerated('bundled.parquet');
  let requests = 0;
  await context.route('**/generated/plain.parquet', (route) => {
    requests++;
    // No Accept-Ranges, no 206: every answer is the whole file.
    return route.fulfill({ path, contentType: 'application/octet-stream' });
  });
  await context.route('**/generated/plain.meta.json', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await app.open('?data=generated/plain.parquet&fact=lsz-foerderbescheid-artern');
  await expect(app.details.locator('blockquote').first()).toContainText('477.970');
  expect(requests).toBeGreaterThan(0);
});
