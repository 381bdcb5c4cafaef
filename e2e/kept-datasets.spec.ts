import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { OpenDatasetPanel } from './pages/open-dataset';

test('a dataset from a file is kept: its link survives a reload and it is in "Zuletzt geöffnet"', async ({
  app,
  page,
}) => {
  await app.open();
  await new OpenDatasetPanel(page).openFile('docs/examples/template.csv');
  await expect(app.facts).toContainText('3 von 3 Fakten');
  await expect(page).toHaveURL(/[?&]data=local%3A[0-9a-f]{32}/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await expect(app.facts).toContainText('3 von 3 Fakten');
  await page.getByRole('button', { name: 'Datensatz öffnen' }).click();
  const recent = page.getByRole('region', { name: 'Zuletzt geöffnet' });
  await expect(recent.getByRole('listitem')).toHaveCount(1);
  await expect(recent).toContainText('3 Fakten');
  await expect(recent).toContainText('template.csv');
  await expectNoAxeViolations(page);
  // Reopened from the list after switching to the bundled dataset, then removed.
  await page.goto('./');
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.getByRole('button', { name: 'Datensatz öffnen' }).click();
  await recent.getByRole('button', { name: /öffnen$/ }).click();
  await expect(app.facts).toContainText('3 von 3 Fakten');
  await page.getByRole('button', { name: 'Datensatz öffnen' }).click();
  await recent.getByRole('button', { name: /entfernen$/ }).click();
  await expect(recent).toContainText('Noch keine eigenen Datensätze');
});

test('Back and Forward after opening a file show the dataset each address names', async ({
  app,
  page,
}) => {
  await app.open();
  await app.marker('Artern').click();
  await new OpenDatasetPanel(page).openFile('docs/examples/template.csv');
  await expect(app.facts).toContainText('3 von 3 Fakten');
  await page.goBack();
  await expect(app.facts).toContainText('29 von 29 Fakten');
  await expect(app.marker('Artern')).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(app.facts).toContainText('3 von 3 Fakten');
});

test('a file link opened in another browser says so, shows the bundled data and drops the address', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  await app.open();
  await new OpenDatasetPanel(page).openFile('docs/examples/template.csv');
  await expect(page).toHaveURL(/data=local/);
  const other = await browser.newContext({ baseURL, locale: 'de-DE' });
  const fresh = await other.newPage();
  await fresh.goto(page.url());
  await fresh.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await expect(fresh.locator('.open-dataset__error')).toContainText(
    'in einem anderen Browser geöffnet',
  );
  await expect(fresh.getByRole('region', { name: 'Fakten' })).toContainText('29 von 29 Fakten');
  await expect(fresh).not.toHaveURL(/data=/);
  // It offers to open the file here.
  await fresh.getByLabel('Die Datei hier öffnen').setInputFiles('docs/examples/template.csv');
  await expect(fresh.getByRole('region', { name: 'Fakten' })).toContainText('3 von 3 Fakten');
  await expect(fresh).toHaveURL(/data=local/);
  await other.close();
});

test('a Windows-1252 CSV shows its umlauts and says how it was read', async ({ app, page }) => {
  const text =
    'id,title,start,place,longitude,latitude,quote\r\n' +
    'rossleben,Besuch in Roßleben – Mehrgenerationenhaus,2018-03-19,Roßleben,11.434,51.298,„Mehrgenerationenhaus Roßleben“ besichtigt\r\n';
  const cp1252 = Buffer.from(
    [...text].map((ch) => ({ '–': 0x96, '„': 0x84, '“': 0x93 })[ch] ?? ch.charCodeAt(0)),
  );
  await app.open();
  await new OpenDatasetPanel(page).openFile({
    name: 'excel.csv',
    mimeType: 'text/csv',
    buffer: cp1252,
  });
  await expect(app.facts).toContainText('Besuch in Roßleben – Mehrgenerationenhaus');
  await expect(page.getByRole('banner')).toContainText('als Windows-1252 gelesen');
  await app.factButton(/Roßleben/).click();
  await expect(app.details.locator('blockquote')).toHaveText(
    '„Mehrgenerationenhaus Roßleben“ besichtigt',
  );
});

test('a UTF-16 dataset with its byte-order mark opens by address', async ({ app, page }) => {
  const json = readFileSync('public/data/dataset.json', 'utf8');
  const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
  await page.route('**/utf16.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await app.open('?data=utf16.json');
  await expect(app.facts).toContainText('29 von 29 Fakten');
  await expect(page.getByRole('banner')).toContainText('als UTF-16 gelesen');
});

test('the CSV export neutralises formula cells and opens again with the text as it was', async ({
  app,
  page,
}) => {
  const formulas = ['=HYPERLINK("http://127.0.0.1/x","klick")', '+SUM(1,1)', '-2+3', '@SUM(1)'];
  const data = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
  formulas.forEach((title, i) => (data.facts[i].title = { de: title }));
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: data }));
  await app.open();
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV (Vorlage)' }).click(),
  ]);
  const path = test.info().outputPath('export.csv');
  await download.saveAs(path);
  const csv = readFileSync(path, 'utf8');
  // Each such title is written with a leading apostrophe (quotes doubled inside a quoted cell).
  for (const title of formulas) expect(csv).toContain(`'${title.replace(/"/g, '""')}`);
  // No cell of the file starts a formula.
  for (const line of csv.split('\r\n')) {
    for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+@]/);
  }
  await new OpenDatasetPanel(page).openFile(path);
  for (const title of formulas) await expect(app.factButton(title)).toBeVisible();
});

test('the Roßleben announcement counts "1 Fakt"', async ({ app, page }) => {
  await app.open();
  await app.marker('Roßleben').click();
  await expect(page.locator('.visually-hidden[role=status]').first()).toHaveText(
    'Ort ausgewählt: Roßleben, 1 Fakt',
  );
});

test('the bundled dataset exported as CSV opens again with every field the CSV carries', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV (Vorlage)' }).click(),
  ]);
  const path = test.info().outputPath('bundled.csv');
  await download.saveAs(path);
  await new OpenDatasetPanel(page).openFile(path);
  await expect(page).toHaveURL(/data=local/);
  await expect(app.facts).toContainText('29 von 29 Fakten');
  // Categories in their order, an ongoing office with its as-of date and inferred reason.
  await expect(app.facts.locator('h3').first()).toContainText('Außerparlamentarisch');
  await app.factButton(/Ministerin für Arbeit/).click();
  await expect(app.details).toContainText('seit 2014');
  await expect(app.details).toContainText('Stand 2023');
  await expect(app.details).toContainText('„Stand 2023“ ist das erschlossene Jahr der Kandidatur');
  // Amount, people, the institution at its town, every quote with its source.
  await app.factButton(/Fördermittelbescheid/).click();
  await expect(app.details).toContainText('477.970 €');
  await expect(app.details).toContainText('Antje Hochwind');
  await expect(app.marker('Artern')).toHaveAttribute('data-highlighted', 'true');
  await expect(app.details.locator('blockquote')).toHaveCount(1);
  await app.factButton(/Auftakt des Landesprogramms Familie in Artern/).click();
  await expect(app.details.locator('blockquote')).toHaveCount(2);
  await expect(app.details).toContainText(
    'Familienministerin Heike Werner besucht Modellkommunen des Landesprogramms Familie',
  );
  // English titles and summaries came back too.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 }),
  ).toHaveText('Launch of the Family Programme in Artern');
});
