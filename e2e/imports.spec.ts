import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import type { AppPage } from './pages/app-page';
import { OpenDatasetPanel } from './pages/open-dataset';

/**
 * Files people already have (TimelineJS, its spreadsheet template, StoryMapJS, GeoJSON, a CSV
 * with place names only) open by file and by `data=`, recognised by content, with their facts
 * in the list, their places on the map and their eras on the timeline.
 */

const DIR = 'e2e/data/imports';

/** Serves the fixtures at imports/<name> on the app's origin, for `data=` links. */
async function serveImports(page: Page) {
  await page.route('**/imports/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    return route.fulfill({ body: readFileSync(`${DIR}/${name}`), contentType: 'text/plain' });
  });
}

interface Case {
  readonly file: string;
  readonly recognised: string;
  readonly count: string;
  readonly markers: readonly string[];
  readonly eras: readonly string[];
}

const CASES: readonly Case[] = [
  {
    file: 'timelinejs.json',
    recognised: 'TimelineJS-Zeitleiste erkannt: 5 Ereignisse, 3 Epochen',
    count: '5 von 5 Fakten',
    markers: [],
    eras: ['Späte Republik', 'Merowinger', 'Zwei deutsche Staaten'],
  },
  {
    file: 'timelinejs-sheet.tsv',
    recognised: 'TimelineJS-Tabelle erkannt: 3 Ereignisse, 1 Epoche',
    count: '3 von 3 Fakten',
    markers: [],
    eras: ['Legislatur'],
  },
  {
    file: 'storymap.json',
    recognised: 'StoryMapJS-Geschichte erkannt: 4 Folien, als Rundgang',
    count: '4 von 4 Fakten',
    markers: ['St. Louis', 'Kansas City', 'Jefferson City'],
    eras: [],
  },
  {
    file: 'features.geojson',
    recognised: 'GeoJSON erkannt: 5 Objekte',
    count: '5 von 5 Fakten',
    markers: ['Auftakt in Artern', 'Besuch in Roßleben', 'Altenburg', 'Route Erfurt–Artern'],
    eras: [],
  },
];

async function expectOpened(app: AppPage, page: Page, c: Case) {
  await expect(page.locator('.import-summary__title')).toHaveText(c.recognised);
  await expect(app.facts).toContainText(c.count);
  for (const name of c.markers) await expect(app.marker(name)).toBeVisible();
  const legend = app.timeline.getByRole('list', { name: 'Epochen' });
  if (c.eras.length === 0) await expect(legend).toHaveCount(0);
  for (const era of c.eras) await expect(legend).toContainText(era);
  if (c.eras.length > 0)
    await expect(app.timeline.locator('.vis-item.tl-era').first()).toBeAttached();
}

for (const c of CASES) {
  test(`${c.file} opens by file, recognised by its content`, async ({ app, page }) => {
    await app.open();
    await new OpenDatasetPanel(page).openFile(`${DIR}/${c.file}`);
    await expectOpened(app, page, c);
    await expectNoAxeViolations(page);
  });

  test(`${c.file} opens by data= link`, async ({ app, page }) => {
    await serveImports(page);
    await app.open(`?data=imports/${c.file}`);
    await expectOpened(app, page, c);
    await expectNoAxeViolations(page);
  });
}

test('TimelineJS: BC and early dates read and sit in order on the timeline; markup is reduced, never run', async ({
  app,
  page,
}) => {
  const asked: string[] = [];
  // An image on another origin: only fetched once the reader asks (and served here).
  await page.route('https://example.org/**', (route) => {
    asked.push(route.request().url());
    return route.fulfill({
      body: readFileSync('public/favicon.svg'),
      contentType: 'image/svg+xml',
    });
  });
  await serveImports(page);
  await app.open('?data=imports/timelinejs.json');
  const x = async (text: string) => (await app.timelineItem(text).boundingBox())!.x;
  await expect(app.timelineItem('Iden des März')).toBeVisible();
  // 44 BC, AD 79, AD 602 from left to right.
  const caesar = await x('Iden des März');
  const vesuvius = await x('Ausbruch des Vesuv');
  expect(caesar).toBeLessThan(vesuvius);
  expect(vesuvius).toBeLessThan(await x('Ein Jahrzehnt'));
  await expect(app.timeline.locator('.vis-time-axis.vis-foreground')).toContainText('v. Chr.');

  await app.factButton(/Iden des März/).click();
  await expect(app.details).toContainText('15.03.44 v. Chr.');
  await expect(app.details.locator('strong')).toHaveText('ermordet');
  await expect(app.details.locator('.evidence__no-quote')).toHaveText('ohne wörtlichen Beleg');
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  const load = app.details.getByRole('button', { name: 'Bild von example.org laden' });
  await expect(load).toBeVisible();
  expect(asked).toEqual([]);
  await load.click();
  await expect(app.details.getByRole('img', { name: 'Marmorbüste' })).toBeVisible();
  expect(asked).toEqual(['https://example.org/caesar.jpg']);
  await expect(app.details).toContainText('Eine Büste · Beispielmuseum');

  await app.factButton(/Ein Jahrzehnt/).click();
  await expect(app.details.getByRole('link', { name: 'gutem Link' })).toHaveAttribute(
    'href',
    'https://de.wikipedia.org/wiki/Fr%C3%BChmittelalter',
  );
  await expect(app.details.getByRole('link', { name: 'bösem Link' })).toHaveCount(0);
  await expect(app.details).toContainText('bösem Link');
  await expect(app.details.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();

  await app.factButton(/Ausbruch des Vesuv/).click();
  await expect(app.details.getByRole('link', { name: 'Video auf www.youtube.com' })).toBeVisible();
  await app.factButton(/Pressekonferenz/).click();
  // A data: image shows at once; the time of day is kept.
  await expect(
    app.details.getByRole('img', { name: 'Ein einzelner grauer Bildpunkt' }),
  ).toBeVisible();
  await expect(app.details).toContainText('09.11.1989, 18:53');
});

test('StoryMapJS: the slides are a tour, the world is drawn under Missouri, undated slides are counted', async ({
  app,
  page,
}) => {
  const world = page.waitForRequest('**/basemap/world.geojson');
  await serveImports(page);
  await app.open('?data=imports/storymap.json');
  await world;
  await expect(app.timeline).toContainText('2 Fakten ohne Datum sind nicht auf der Zeitleiste.');
  await page.getByRole('button', { name: '„Entlang des Mississippi“ starten' }).click();
  await expect(page).toHaveURL(/tour=entlang-des-mississippi&step=1/);
  await expect(app.marker('St. Louis')).toHaveAttribute('aria-pressed', /true|false/);
  await expectNoAxeViolations(page);
});

test('places by name are found offline, the ambiguous Altenburg is a choice that is kept', async ({
  app,
  page,
}) => {
  await app.open();
  await new OpenDatasetPanel(page).openFile(`${DIR}/places-by-name.csv`);
  const summary = page.locator('.import-summary');
  await expect(summary).toContainText('2 Orte im Ortsverzeichnis gefunden.');
  await expect(summary).toContainText(
    'Nicht im Ortsverzeichnis, nicht auf der Karte: Nirgendwoheim',
  );
  await expect(summary).toContainText('GeoNames, CC BY 4.0');
  for (const name of ['Artern', 'Rossleben', 'Altenburg'])
    await expect(app.marker(name)).toBeVisible();
  const choice = summary.getByLabel('Altenburg: 2 Orte');
  await expect(choice.locator('option:checked')).toContainText('Thüringen, Deutschland');
  await expectNoAxeViolations(page);

  const before = await app.marker('Altenburg').boundingBox();
  await choice.selectOption({ label: (await choice.locator('option').nth(1).textContent())! });
  await expect(choice.locator('option:checked')).toContainText('Österreich');
  await expect
    .poll(async () => (await app.marker('Altenburg').boundingBox())?.x)
    .not.toBe(before?.x);

  // The link names the kept file; the choice comes back with it.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await expect(
    page.locator('.import-summary').getByLabel('Altenburg: 2 Orte').locator('option:checked'),
  ).toContainText('Österreich');
});

test('a German Excel CSV opens: semicolons, Windows-1252, dotted dates, decimal commas, German place names', async ({
  app,
  page,
}) => {
  await app.open();
  await new OpenDatasetPanel(page).openFile(`${DIR}/german-excel.csv`);
  await expect(app.facts).toContainText('5 von 5 Fakten');
  const summary = page.locator('.import-summary');
  await expect(summary).toContainText('5 Orte im Ortsverzeichnis gefunden.');
  const names = ['München', 'Halle (Saale)', 'Köln', 'Wien', 'Frankfurt/Oder'];
  const at: Record<string, { x: number; y: number }> = {};
  for (const name of names) {
    await expect(app.marker(name)).toBeVisible();
    const box = (await app.marker(name).boundingBox())!;
    at[name] = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  // As the towns lie: Köln furthest west, Frankfurt (Oder) furthest north-east, Wien furthest
  // east and south of Halle, München furthest south-west of Wien.
  expect(Math.min(...names.map((n) => at[n]!.x))).toBe(at['Köln']!.x);
  expect(Math.min(...names.map((n) => at[n]!.y))).toBe(at['Frankfurt/Oder']!.y);
  expect(Math.max(...names.map((n) => at[n]!.x))).toBe(at['Wien']!.x);
  expect(at['München']!.y).toBeGreaterThan(at['Halle (Saale)']!.y);
  expect(at['München']!.x).toBeLessThan(at['Wien']!.x);
  expect(at['Halle (Saale)']!.x).toBeGreaterThan(at['Köln']!.x);

  await app.facts.getByRole('button', { name: /Messe in Köln/ }).click();
  await expect(app.details).toContainText('15.05.2020');
  await expect(app.details).toContainText('2.500,75');
  await expectNoAxeViolations(page);
});

test('a TimelineJS file with long headlines opens, every id valid', async ({ app, page }) => {
  await app.open();
  await new OpenDatasetPanel(page).openFile(`${DIR}/timelinejs-long-headline.json`);
  await expect(page.locator('.import-summary__title')).toHaveText(
    'TimelineJS-Zeitleiste erkannt: 2 Ereignisse',
  );
  await expect(app.facts).toContainText('2 von 2 Fakten');
  await expect(app.facts).toContainText('die Stadt Roßleben-Wiehe 🌳');
  // One category: events without a group and the group "Ereignisse" are the same.
  await expect(page.locator('.filter-bar__categories').getByRole('button')).toHaveCount(1);
});

test('facts without a verbatim quote can be hidden, and the link says so', async ({
  app,
  page,
}) => {
  await app.open();
  await new OpenDatasetPanel(page).openFile(`${DIR}/features.geojson`);
  await expect(app.facts).toContainText('5 von 5 Fakten');
  await app.facts.getByLabel('4 Fakten ohne wörtlichen Beleg ausblenden').check();
  await expect(app.facts).toContainText('1 von 5 Fakten');
  await expect(page).toHaveURL(/quoted=1/);
  await expect(app.factButton(/Auftakt in Artern/)).toBeVisible();
  await expect(app.factButtons).toHaveCount(1);
});
