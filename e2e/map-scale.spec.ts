import { expect, test } from './fixtures';
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
  await expect(app.map).toContainText('5000 Orte, zu Gruppen zusammengefasst');
  // The fact at the isolated place moves the camera there; its point is then in the middle.
  await app.factButton('Fakt 0 in Einzelort').click();
  const canvas = app.map.locator('canvas');
  await page.waitForFunction(() => document.querySelector('.maplibregl-canvas') !== null);
  await page.waitForTimeout(1200);
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Einzelort');
});
