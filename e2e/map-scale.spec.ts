import { expect, test } from './fixtures';
import { OpenDatasetPanel } from './pages/open-dataset';
// @ts-expect-error: a plain ES module script without type declarations
import { generateDataset } from '../scripts/generate-dataset.mjs';

// Trace snapshots of a 5,000-button DOM cost seconds per assertion: they would measure the
// tracer, not the app.
test.use({ trace: 'off' });

test('5,000 places are drawn as a clustered layer and stay selectable', async ({ app, page }) => {
  const big = generateDataset({ facts: 5000, places: 5000, isolatedPlace: true });
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: big }));
  await app.open();
  await expect(app.markers).toHaveCount(0);
  await expect(app.map).toContainText('5.000 Orte, zu Gruppen zusammengefasst');
  // The fact at the isolated place moves the camera there; its point is then in the middle.
  // The list of 5,000 facts is windowed: the search finds the fact, as a user would.
  const search = app.facts.getByRole('searchbox');
  await search.fill('Fakt 0 in Einzelort');
  await app.factButton('Fakt 0 in Einzelort').click();
  await search.fill('');
  await expect(app.map).toContainText('5.000 Orte, zu Gruppen zusammengefasst');
  const canvas = app.map.locator('canvas');
  await page.waitForFunction(() => document.querySelector('.maplibregl-canvas') !== null);
  await page.waitForTimeout(1200);
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Einzelort');
});

test('a 10,000-fact dataset opens from a file', async ({ app, page }) => {
  test.slow();
  await app.open();
  const big = generateDataset({ facts: 10000, places: 300 });
  await new OpenDatasetPanel(page).openFile({
    name: 'gross.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(big)),
  });
  await expect(app.facts.locator('.filter-bar__count')).toContainText('10.000 von 10.000 Fakten', {
    timeout: 60_000,
  });
  await expect(app.factButtons.first()).toBeVisible();
});

test('a search typed on a small dataset filters a large one opened after it from the start', async ({
  app,
  page,
}) => {
  test.slow();
  await app.open();
  await app.facts.getByRole('searchbox').fill('Ort 12');
  await expect(app.facts.locator('.filter-bar__count')).toContainText('von 29 Fakten');
  // Every count the facts region shows for the large dataset: never the unfiltered 10,000
  // (which would also build the whole timeline once for nothing).
  await app.facts.evaluate((region) => {
    const seen: string[] = [];
    (window as unknown as { __counts: string[] }).__counts = seen;
    new MutationObserver(() => {
      const text = region.querySelector('.filter-bar__count')?.textContent ?? '';
      if (text.includes('von 10.000') && seen.at(-1) !== text) seen.push(text);
    }).observe(region, { subtree: true, childList: true, characterData: true });
  });
  await new OpenDatasetPanel(page).openFile({
    name: 'gross.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(generateDataset({ facts: 10000, places: 300 }))),
  });
  await expect(app.facts.locator('.filter-bar__count')).toContainText('589 von 10.000 Fakten', {
    timeout: 60_000,
  });
  const counts = await page.evaluate(() => (window as unknown as { __counts: string[] }).__counts);
  expect(counts.map((text) => text.match(/^\d+/)?.[0])).toEqual(['589']);
});
