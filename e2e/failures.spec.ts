import { expect, expectNoAxeViolations, test } from './fixtures';

test('a timeline that fails shows its message in its own region; list and map go on', async ({
  app,
  page,
}) => {
  await page.route(/FactTimeline-[\w-]+\.js$/, (route) =>
    route.fulfill({ status: 500, body: 'broken' }),
  );
  await app.open();
  await expect(app.timeline.getByRole('alert')).toContainText('Diese Ansicht ist ausgefallen');
  await app.marker('Artern').click();
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Artern');
  await expect(app.factButtons).toHaveCount(29);
  await expectNoAxeViolations(page);
});

test('a missing dataset is explained in the facts region, with a retry', async ({ page }) => {
  await page.route('**/data/dataset.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./');
  const alert = page.getByRole('region', { name: 'Fakten' }).getByRole('alert');
  await expect(alert).toContainText('konnte nicht geladen werden');
  await expect(alert.getByRole('button', { name: 'Erneut versuchen' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the built page declares a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  // WebAssembly for DuckDB (Parquet) may compile; script may never be eval'd.
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain("'unsafe-eval'");
});

// The suite's own accessibility check: it must fail where axe finds something, with or without
// frames (a page with frames takes the other path in expectNoAxeViolations).
test('the axe check fails on a page with a violation, framed or not', async ({ page }) => {
  await page.setContent('<main><h1>No frames</h1><img src="a.png"><button></button></main>');
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/button-name[\s\S]*image-alt/);
  await page.setContent(
    '<main><h1>Frames</h1><iframe title="frame" srcdoc="<main><img src=a.png></main>"></iframe></main>',
  );
  // The frame exists before its srcdoc has loaded: axe must meet the image, not about:blank.
  await expect(page.frameLocator('iframe').locator('img')).toHaveCount(1);
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
});
