import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { OpenDatasetPanel } from './pages/open-dataset';

test('a CSV in the template opens: list, map and timeline show its facts', async ({
  app,
  page,
}) => {
  await app.open();
  await new OpenDatasetPanel(page).openFile('docs/examples/template.csv');
  await expect(app.facts).toContainText('3 von 3 Fakten');
  await expect(app.marker('Dresden')).toBeVisible();
  await expect(page.locator('.open-dataset__status')).toContainText('template.csv');
  await app.factButton(/Fördermittelbescheid/).click();
  // A citation without the source's full text: quoted, with its source as a link.
  await expect(app.details.locator('blockquote')).toContainText('477.970 Euro');
  await expect(
    app.details.getByRole('link', { name: 'Pressemitteilung Landesprogramm Familie' }),
  ).toHaveAttribute('href', 'https://example.org/pressemitteilung');
  await expect(app.details.getByRole('button', { name: 'im Original lesen' })).toHaveCount(0);
});

for (const [file, expected] of [
  ['e2e/data/wrong-type.json', 'facts[0].title: hat den falschen Typ'],
  ['e2e/data/syntax-error.json', 'Zeile 5, Spalte 13: ist kein gültiges JSON'],
  ['e2e/data/bad-date.csv', 'Zeile 3, Spalte „start“: ist kein Datum'],
] as const) {
  test(`${file.split('/').pop()} is refused with "${expected}" and the dataset in use stays`, async ({
    app,
    page,
  }) => {
    await app.open();
    await app.marker('Artern').click();
    const panel = new OpenDatasetPanel(page);
    await panel.openFile(file);
    await expect(panel.error).toHaveAttribute('role', 'alert');
    await expect(panel.error).toContainText('der bisherige bleibt geladen');
    await expect(panel.error).toContainText(expected);
    await expect(app.factButtons).toHaveCount(29);
    await expect(app.marker('Artern')).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page);
  });
}

test('a dataset URL that does not exist is explained and the dataset in use stays', async ({
  app,
  page,
}) => {
  await app.open();
  await new OpenDatasetPanel(page).openUrl('data/gibt-es-nicht.json');
  await expect(new OpenDatasetPanel(page).error).toContainText('HTTP 404');
  await expect(app.factButtons).toHaveCount(29);
  // The notice is shown; the failed address is taken out of the link.
  await expect(page).not.toHaveURL(/data=/);
});

test('markup and script in every text field run nothing and show as text', async ({
  app,
  page,
}) => {
  const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  const data = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
  const mark = (value: string) => `${hostile}${value}`;
  data.title = { de: mark('T'), en: mark('T') };
  for (const c of data.categories) c.label = { de: mark(c.label.de), en: mark(c.label.en) };
  for (const p of data.places) {
    p.name = mark(p.name);
    if (p.note) p.note = mark(p.note);
  }
  for (const e of data.entities) e.name = mark(e.name);
  for (const f of data.facts) {
    f.title = { de: mark(f.title.de), en: mark(f.title.en) };
    f.summary = { de: mark(f.summary.de) };
    if (f.time.inferred) f.time.inferred = mark(f.time.inferred);
  }
  for (const s of data.sources) {
    s.title = mark(s.title);
    s.kind = mark(s.kind);
    s.url = 'javascript:window.__xss=3';
  }
  await app.open();
  await new OpenDatasetPanel(page).openFile({
    name: 'feindlich.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect(app.facts).toContainText('29 von 29 Fakten');
  // Long hostile names crowd the map; the keyboard reaches the marker regardless.
  await app.marker(mark('Artern')).focus();
  await page.keyboard.press('Enter');
  await app.details.getByRole('button', { name: /Fördermittelbescheid/ }).click();
  await expect(app.details.getByRole('heading', { level: 3 })).toContainText('<img src=x');
  await app.details.getByRole('button', { name: 'im Original lesen' }).click();
  await expect(app.sourceDialog.getByRole('heading')).toContainText('<script>');
  await page.keyboard.press('Escape');
  await expect(app.timeline.locator('[data-fact-id]').first()).toContainText('<img');
  // No element came from the text, no script ran, no javascript: link exists.
  await expect(page.locator('main img, main script')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
});

test('export then re-import gives the same facts (JSON and CSV)', async ({ app, page }) => {
  await app.open();
  await page.getByRole('searchbox', { name: 'Suche' }).fill('artern');
  await expect(app.facts).toContainText('3 von 29 Fakten');
  const ids = await app.factButtons.evaluateAll((bs) =>
    bs.map((b) => b.getAttribute('data-fact-id')).sort(),
  );
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const [geo] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'GeoJSON' }).click(),
  ]);
  const geojson = JSON.parse(readFileSync(await geo.path(), 'utf8'));
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features.length).toBeGreaterThan(0);
  expect(geojson.features[0].properties.quote).toBeTruthy();
  for (const [label, name] of [
    ['JSON (Datensatz)', 'export.json'],
    ['CSV (Vorlage)', 'export.csv'],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label }).click(),
    ]);
    const path = test.info().outputPath(name);
    await download.saveAs(path);
    await new OpenDatasetPanel(page).openFile(path);
    await page.getByRole('searchbox', { name: 'Suche' }).fill('');
    await expect(app.facts).toContainText('3 von 3 Fakten');
    expect(
      await app.factButtons.evaluateAll((bs) =>
        bs.map((b) => b.getAttribute('data-fact-id')).sort(),
      ),
    ).toEqual(ids);
  }
});

test('a file dropped onto the page opens', async ({ app, page }) => {
  await app.open();
  const csv = readFileSync('docs/examples/template.csv', 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'vorlage.csv', { type: 'text/csv' }));
    return data;
  }, csv);
  await page.dispatchEvent('.app', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.app', 'drop', { dataTransfer: transfer });
  await expect(app.facts).toContainText('3 von 3 Fakten');
  await expect(page.locator('.open-dataset__status')).toContainText('vorlage.csv');
});
