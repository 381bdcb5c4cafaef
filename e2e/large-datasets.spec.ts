import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createDatasetIndex } from '../src/domain/dataset/dataset-index';
import { buildSearchTexts, selectMatchingFactIds } from '../src/domain/dataset/search';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ensureGenerated } from './generated';
import { OpenDatasetPanel } from './pages/open-dataset';

// Trace snapshots of 100,000 facts cost seconds per assertion: they would measure the tracer.
test.use({ trace: 'off' });

/** Serves a generated file at `generated/<name>` of the app's origin (for `data=`). */
async function serveGenerated(page: Page, name: string) {
  const path = ensureGenerated(name);
  // On the context: the dataset worker's requests are the page's too.
  await page
    .context()
    .route(`**/generated/${name}`, (route) =>
      route.fulfill({ path, contentType: 'application/json' }),
    );
}

const progress = (page: Page) => page.locator('.load-progress');

test('a 100,000-fact file opens by file input; the page stays usable while it loads', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await app.open();
  await new OpenDatasetPanel(page).openFile(ensureGenerated('facts-100000.json'));
  // The phases show while the worker reads, checks and prepares the file.
  await expect(progress(page)).toBeVisible();
  await expect(
    progress(page).getByRole('progressbar', { name: 'Fortschritt beim Öffnen' }),
  ).toBeVisible();
  await expect(progress(page)).toContainText(
    /„facts-100000\.json“ wird (gelesen|geprüft|aufbereitet)/,
  );
  await expectNoAxeViolations(page, '.load-progress');
  // The header answers meanwhile: the language switches at once.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.region('Facts').locator('.filter-bar__count')).toContainText(
    '100,000 of 100,000 facts',
    { timeout: 90_000 },
  );
  await expect(progress(page)).toBeHidden();
  await expect(page).toHaveURL(/data=local%3A[0-9a-f]{32}/);
  // At the overview the timeline draws density bars, not 100,000 items.
  await expect(page.locator('.tl-density').first()).toBeVisible();
  expect(await page.locator('.vis-item:not(.tl-density)').count()).toBeLessThan(400);
});

test('a 100,000-fact dataset opens by data= link, and a search filters it in the worker', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await serveGenerated(page, 'facts-100000.json');
  await page.goto('./?data=generated/facts-100000.json');
  const count = app.facts.locator('.filter-bar__count');
  await expect(count).toContainText('100.000 von 100.000 Fakten', { timeout: 90_000 });
  await app.facts.getByRole('searchbox').fill('Ort 123');
  // The page's own search of the same file is the reference.
  const dataset = JSON.parse(readFileSync(ensureGenerated('facts-100000.json'), 'utf8'));
  const index = createDatasetIndex(dataset);
  const expected = selectMatchingFactIds(index, () => buildSearchTexts(index), {
    query: 'Ort 123',
    categories: [],
  })!.size;
  expect(expected).toBeGreaterThan(100);
  await expect(count).toContainText(`${expected.toLocaleString('de-DE')} von 100.000 Fakten`);
  await expect(app.facts.getByRole('searchbox')).toHaveValue('Ort 123');
});

test('cancelling a load keeps the dataset in use', async ({ app, page }) => {
  test.setTimeout(60_000);
  await app.open();
  await new OpenDatasetPanel(page).openFile(ensureGenerated('facts-100000.json'));
  await page.getByRole('button', { name: 'Laden abbrechen' }).click();
  await expect(progress(page)).toBeHidden();
  await expect(page.getByRole('banner')).toContainText(app.datasetTitle);
  await expect(app.facts).toContainText('29 von 29 Fakten');
  await expect(page).not.toHaveURL(/data=/);
  await expect(new OpenDatasetPanel(page).error).toBeHidden();
  // The app goes on as before: a fact still selects.
  await app.factButtons.first().click();
  await expect(app.details.getByRole('heading', { level: 3 })).toBeVisible();
});

test('cancelling a data= load goes back to the dataset shown, and the link says so', async ({
  app,
  page,
}) => {
  test.setTimeout(60_000);
  await app.open();
  // The response never ends: the load stays in its reading phase until cancelled.
  await page.context().route('**/generated/endless.json', () => undefined);
  await new OpenDatasetPanel(page).openUrl('generated/endless.json');
  await expect(progress(page)).toContainText('„endless.json“ wird gelesen');
  await page.getByRole('button', { name: 'Laden abbrechen' }).click();
  await expect(progress(page)).toBeHidden();
  await expect(page).not.toHaveURL(/data=/);
  await expect(app.facts).toContainText('29 von 29 Fakten');
});

test('a place with hundreds of facts selects; its details give the total and list a page at a time', async ({
  app,
  page,
}) => {
  test.setTimeout(60_000);
  await serveGenerated(page, 'dense-10000.json');
  await app.open('?data=generated/dense-10000.json');
  await app.map.getByRole('button', { name: 'Artern', exact: true }).click();
  const heading = app.details.getByRole('heading', { level: 4 });
  await expect(heading).toHaveText(/^[\d.]+ Fakten in Artern$/);
  const total = Number((await heading.textContent())!.match(/^([\d.]+)/)![1]!.replace(/\./g, ''));
  expect(total).toBeGreaterThan(500);
  const rows = app.details.locator('.details__fact-links li');
  await expect(rows).toHaveCount(50);
  await expect(app.details).toContainText(`Angezeigt: 1–50 von ${total.toLocaleString('de-DE')}`);
  await app.details.getByRole('button', { name: 'Weitere 50 Fakten zeigen' }).click();
  await expect(rows).toHaveCount(100);
  // The timeline marks the bars that hold the place's facts instead of selecting 1,000 items.
  await expect(page.locator('.tl-density.is-chosen').first()).toBeVisible();
  await expectNoAxeViolations(page, '#region-details');
});

test('16,000 facts of one year: a search narrows them without stacking thousands of items', async ({
  app,
  page,
}) => {
  test.setTimeout(60_000);
  await serveGenerated(page, 'same-date-16000.json');
  await app.open('?data=generated/same-date-16000.json');
  const count = app.facts.locator('.filter-bar__count');
  await expect(count).toContainText('16.000 von 16.000 Fakten');
  // One category, every fact in 2018: one density band.
  await expect(page.locator('.tl-density').first()).toContainText('16.000');
  // Every word somewhere in the fact: "4711" is in fact 4711 and in fact 14711.
  await app.facts.getByRole('searchbox').fill('Ort 4711');
  await expect(count).toContainText('2 von 16.000 Fakten');
  // Two facts of the same year: no band any more, one mark that counts them.
  await expect(page.locator('.tl-density')).toHaveCount(0);
  await expect(app.timeline.locator('.timeline-cluster')).toHaveText('2 Fakten');
  // The page answers at once after the search: a fact selects.
  await app.factButton('Fakt 4711 in Ort 4711').click();
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Fakt 4711 in Ort 4711');
});

test('a file over the limit is refused with its size and the limit', async ({ app, page }) => {
  // A sparse file: 201 MB on paper, nothing on disk; the app refuses it by its size.
  const dir = mkdtempSync(join(tmpdir(), 'kartenchronik-large-'));
  const path = join(dir, 'gross.json');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 201 * 1024 * 1024);
  closeSync(fd);
  await app.open();
  await new OpenDatasetPanel(page).openFile(path);
  await expect(new OpenDatasetPanel(page).error).toContainText(
    'Die Datei ist zu groß: 201 MB, erlaubt sind höchstens 200 MB.',
  );
  await expect(app.facts).toContainText('29 von 29 Fakten');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(new OpenDatasetPanel(page).error).toContainText(
    'The file is too large: 201 MB, at most 200 MB are allowed.',
  );
});
