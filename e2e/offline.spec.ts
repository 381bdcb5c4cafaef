import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Waits until the service worker has installed (precached everything) and is active. */
async function waitForServiceWorker(page: import('@playwright/test').Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test('after one visit the app opens and works with the network off', async ({
  app,
  page,
  context,
}) => {
  await app.open();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
  await expect(app.markers).toHaveCount(
    dataset.places.filter((p: { coordinates?: unknown }) => p.coordinates).length,
  );
  await expect(app.facts).toContainText('29 von 29 Fakten');
  await expect(app.timelineItem('7 Fakten')).toBeVisible();
  await app.marker('Artern').click();
  await app.details.getByRole('button', { name: /Fördermittelbescheid/ }).click();
  await app.details.getByRole('button', { name: 'im Original lesen' }).click();
  await expect(app.sourceDialog).toContainText('477.970 Euro');
  await page.keyboard.press('Escape');
  // A fact's page, offline: it is precached with the app, and it is the same app (no
  // "new version" for the worker the root page registered).
  await app.open('fakt/lsz-mobiles-familienzentrum/');
  await expect(page.locator('.update-notice')).toBeEmpty();
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(
    'Projekt „Mobiles Familienzentrum“',
  );
  // A deep link, offline.
  await app.open('?fact=lsz-auftakt-altenburg&lang=en');
  await expect(
    app.page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 }),
  ).toHaveText('Launch of the Family Programme in Altenburg');
});

/**
 * A copy of the built site on its own port: the test can change its files between visits, as
 * a new deployment does (Playwright's routing does not reach a service worker's script).
 */
async function serveCopyOfSite(): Promise<{
  url: string;
  dir: string;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'kartenchronik-site-'));
  cpSync('dist', dir, { recursive: true });
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.geojson': 'application/geo+json',
    '.webmanifest': 'application/manifest+json',
    '.woff2': 'font/woff2',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('a new version waits for the reader: the notice reloads the same view', async ({
  app,
  page,
}) => {
  const site = await serveCopyOfSite();
  try {
    await page.goto(`${site.url}?place=altenburg`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await waitForServiceWorker(page);
    // A new deployment: the service worker's file changes; the next visit installs it.
    const sw = join(site.dir, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next build\n`);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const notice = page.locator('.update-notice');
    await expect(notice).toContainText('Neue Version verfügbar', { timeout: 15_000 });
    // Nothing reloaded by itself: the view is as it was.
    await expect(app.marker('Altenburg')).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page);
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'neu laden' }).click();
    await reloaded;
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await expect(page).toHaveURL(/place=altenburg/);
    await expect(app.marker('Altenburg')).toHaveAttribute('aria-pressed', 'true');
    await expect(notice).toBeEmpty();
  } finally {
    await site.close();
  }
});
