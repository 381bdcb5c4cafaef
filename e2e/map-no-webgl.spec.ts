import { expect, expectNoAxeViolations, test } from './fixtures';

// A real Chromium without WebGL: software rasterizing off and no GPU.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-software-rasterizer',
    ],
  },
});

test('without WebGL the map says why and shows a static map whose places still select', async ({
  app,
  page,
}) => {
  await app.open();
  await expect(app.map.getByRole('status')).toContainText('braucht WebGL');
  await expect(app.map.getByRole('img', { name: /Umriss Thüringens/ })).toBeVisible();
  await app.marker('Roßleben').click();
  await expect(app.marker('Roßleben')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.details).toContainText('Besichtigung des Mehrgenerationenhauses Roßleben');
  // The other views are untouched.
  await expect(app.factButtons.first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('without WebGL, places beyond the region bring the world basemap, as on the live map', async ({
  app,
  page,
}) => {
  await page.route('**/imports/*', (route) =>
    route.fulfill({
      path: `e2e/data/imports/${new URL(route.request().url()).pathname.split('/').pop()}`,
    }),
  );
  await app.open('?data=imports/storymap.json');
  await expect(app.map.getByRole('status')).toContainText('braucht WebGL');
  await expect(app.marker('St. Louis')).toBeVisible();
  // The coarse world under the states: many country outlines, drawn in the static SVG.
  await expect.poll(() => app.map.locator('path.static-map__world').count()).toBeGreaterThan(50);
  await expect(app.map.locator('path.static-map__state').first()).toBeAttached();
});
