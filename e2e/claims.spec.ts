import { expect, expectNoAxeViolations, test } from './fixtures';
import { OpenDatasetPanel } from './pages/open-dataset';

/**
 * What the app claims beyond its quotes is marked, in the reader's language: a place the
 * quote does not name is "inferred" with its reason, a place note is background, an imported
 * English text is English, and a dataset without places shows no empty map.
 */

test('in English, an inferred place and an inferred "as of" show their English reasons', async ({
  app,
}) => {
  await app.open('?fact=ministerin-seit-2014&lang=en');
  const details = app.region('Details');
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(
    'Minister for Labour, Social Affairs, Health, Women and Family',
  );
  // "seit 2014" is stated; only "as of 2023" is inferred.
  await expect(details).toContainText('since 2014 (as of 2023, inferred)');
  await expect(details).toContainText('The start, 2014, is in the text');
  // Erfurt: linked without a quote, so inferred, with its reason.
  const erfurt = details.getByRole('listitem').filter({ hasText: 'Erfurt' });
  await expect(erfurt).toContainText('inferred');
  await expect(erfurt).toContainText('The sources name no place; the ministry sits in Erfurt');
  await expect(details).not.toContainText('Die Quellen nennen keinen Ort');
  await expectNoAxeViolations(app.page);
});

test('in English, a place note is background, in English', async ({ app }) => {
  await app.open('?place=rossleben&lang=en');
  const details = app.region('Details');
  await expect(details).toContainText('background, not from the sources');
  await expect(details).toContainText('Part of the town of Roßleben-Wiehe since 2019.');
  await expect(details).not.toContainText('Seit 2019');
  await expectNoAxeViolations(app.page);
});

test('in German, the Saxon parliament is placed in Dresden only as inferred; the tour does not claim it', async ({
  app,
}) => {
  await app.open('?fact=saechsischer-landtag');
  const dresden = app.details.getByRole('listitem').filter({ hasText: 'Dresden' });
  await expect(dresden).toContainText('erschlossen');
  await expect(dresden).toContainText('Die Quelle nennt keinen Ort');
  await expect(app.page.getByRole('button', { name: /Rundgang/ }).first()).toBeVisible();
  await expect(app.page.locator('body')).not.toContainText('Von Dresden nach Artern');
});

test('an English TimelineJS file without places: its text is lang="en", the map says it has no places', async ({
  app,
  page,
}) => {
  await app.open();
  await new OpenDatasetPanel(page).openFile('e2e/data/imports/timelinejs-en.json');
  await expect(app.facts).toContainText('3 von 3 Fakten');
  // The German UI, the file's English text marked as English.
  const item = app.factButton(/The first landing on the Moon/);
  await expect(item.locator('[lang="en"]').first()).toHaveText('The first landing on the Moon');
  await item.click();
  await expect(app.details.locator('h3 [lang="en"]')).toHaveText('The first landing on the Moon');
  // No map of Thuringia: the region says why it is empty, and the timeline has the room.
  await expect(app.map).toContainText('Keine Orte in diesem Datensatz');
  await expect(app.map.locator('canvas')).toHaveCount(0);
  await expect(app.map.locator('svg')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const timeline = await app.timeline.boundingBox();
  const map = await app.map.boundingBox();
  expect(timeline!.height).toBeGreaterThan(3 * map!.height);
  await expectNoAxeViolations(page);
});

test('in English, an imported file shows the words the importer added in English', async ({
  app,
  page,
}) => {
  await app.open('?lang=en');
  await page.getByRole('button', { name: 'Open dataset' }).click();
  await page.getByLabel(/Choose a file/).setInputFiles('e2e/data/imports/timelinejs-en.json');
  await expect(app.region('Facts')).toContainText('3 of 3 facts');
  await app
    .region('Facts')
    .getByRole('button', { name: /The fall of the Wall/ })
    .click();
  const details = app.region('Details');
  await expect(details).toContainText('Date as given in the file: Evening of 9 November 1989');
  await expect(details).not.toContainText('Datum laut Datei');
  await page.keyboard.press('Escape');
  await expect(details).toContainText('TimelineJS timeline');
  await expect(details).not.toContainText('TimelineJS-Zeitleiste');
});
