import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';

const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  places: { name: string; coordinates?: unknown }[];
};

test('every place with coordinates is a button, the three towns among them', async ({ app }) => {
  await app.open();
  await expect(app.markers).toHaveCount(dataset.places.filter((p) => p.coordinates).length);
  for (const town of ['Artern', 'Roßleben', 'Altenburg'])
    await expect(app.marker(town)).toBeVisible();
});

test('the basemap names Thuringia and its neighbours, as text hidden from screen readers', async ({
  app,
  page,
}) => {
  await app.open();
  const labels = page.locator('.area-label');
  await expect(labels).toHaveCount(6);
  await expect(labels.filter({ hasText: 'Thüringen' })).toBeVisible();
  await expect(labels.filter({ hasText: 'Thüringen' })).toHaveClass(/area-label--focus/);
  for (const label of await labels.all())
    await expect(label).toHaveAttribute('aria-hidden', 'true');
  // Beneath the markers: a label never takes a click meant for a place.
  await expect(labels.first()).toHaveCSS('pointer-events', 'none');
});

test('clicking Artern presses it and lists its facts: the grant and Landrätin Hochwind', async ({
  app,
}) => {
  await app.open();
  await app.marker('Artern').click();
  await expect(app.marker('Artern')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Artern');
  await expect(app.details).toContainText('477.970 Euro');
  await expect(app.details).toContainText('Landrätin Antje Hochwind');
  await app.details.getByRole('button', { name: /Fördermittelbescheid/ }).click();
  await expect(app.details).toContainText('477.970\u00a0€');
});

test('selecting a fact in the list highlights its place on the map', async ({ app }) => {
  await app.open();
  await app.factButton(/Rundgang durch das Familienzentrum/).click();
  await expect(app.marker('Altenburg')).toHaveAttribute('data-highlighted', 'true');
  await expect(app.marker('Artern')).not.toHaveAttribute('data-highlighted', 'true');
});

test('at the initial view no marker covers another, and each is at least 24 × 24 px', async ({
  app,
  page,
}, testInfo) => {
  await app.open();
  const boxes = await app.markers.evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return { name: b.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
  for (const box of boxes) {
    expect(box.right - box.left, `${box.name} width`).toBeGreaterThanOrEqual(24);
    expect(box.bottom - box.top, `${box.name} height`).toBeGreaterThanOrEqual(24);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `${a.name} overlaps ${b.name}`).toBe(false);
    }
  }
  await testInfo.attach('map', { body: await app.map.screenshot(), contentType: 'image/png' });
  await app.map.screenshot({ path: testInfo.outputPath('map.png') });
  expect(page).toBeTruthy();
});

test('markers are reached with Tab and selected with Enter or Space', async ({ app, page }) => {
  await app.open();
  await app.marker('Artern').focus();
  await page.keyboard.press('Enter');
  await expect(app.marker('Artern')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-place-id', /.+/);
  await page.keyboard.press('Space');
  await expect(focused).toHaveAttribute('aria-pressed', 'true');
  await expect(app.marker('Artern')).toHaveAttribute('aria-pressed', 'false');
});

test('the map counts the facts it cannot show', async ({ app }) => {
  await app.open();
  await expect(app.map).toContainText(/\d+ Fakten ohne Ort auf der Karte/);
});

test('axe finds no violations with the map, a place selected, and in English', async ({
  app,
  page,
}) => {
  await app.open();
  await expectNoAxeViolations(page);
  await app.marker('Artern').click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(app.region('Map')).toBeVisible();
  await expectNoAxeViolations(page);
});
