import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, expectNoAxeViolations, test } from './fixtures';

interface Bundled {
  title: { de: string };
  facts: { id: string; title: { de: string }; places: string[]; evidence: { quote: string }[] }[];
  places: { id: string; name: string; parent?: string }[];
}
const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Bundled;
const html = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
/** Places with facts: named by one, or the place one of those lies in. */
const placesWithFacts = (() => {
  const parent = new Map(bundled.places.map((p) => [p.id, p.parent]));
  const ids = new Set<string>();
  for (const fact of bundled.facts) {
    for (const start of fact.places) {
      for (let id: string | undefined = start; id; id = parent.get(id)) ids.add(id);
    }
  }
  return bundled.places.filter((p) => ids.has(p.id));
})();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { png: boolean; width: number; height: number } {
  return {
    png: bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

/**
 * The preview images a page names (og:image, twitter:image, the JSON-LD image), resolved as a
 * scraper does: against the page's own URL, ignoring its <base>.
 */
function previewUrls(page: string, pageUrl: string): string[] {
  const meta = [
    ...page.matchAll(/<meta (?:property|name)="(?:og|twitter):image" content="([^"]+)"/g),
  ];
  const ld = JSON.parse(
    /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!,
  ) as {
    image: string;
  };
  return [...meta.map((m) => m[1]!), ld.image].map((url) => new URL(url, pageUrl).href);
}

test('every fact has a page whose raw HTML holds its title, og tags and quotes, and a 1200×630 image', async ({
  request,
  baseURL,
}) => {
  for (const fact of bundled.facts) {
    const response = await request.get(`fakt/${fact.id}/`);
    expect(response.ok(), fact.id).toBe(true);
    const page = await response.text();
    expect(page).toContain(`<title>${html(fact.title.de)} – Kartenchronik</title>`);
    expect(page).toContain(`<meta property="og:title" content="${html(fact.title.de)}" />`);
    expect(page).toContain('<meta property="og:image:width" content="1200" />');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('application/ld+json');
    expect(page).toContain(html(bundled.title.de));
    for (const evidence of fact.evidence) expect(page).toContain(html(evidence.quote));
    const urls = previewUrls(page, new URL(`fakt/${fact.id}/`, baseURL).href);
    expect(urls).toHaveLength(3);
    for (const url of urls) {
      expect(url, fact.id).toBe(new URL(`og/fakt-${fact.id}.png`, baseURL).href);
      const image = await request.get(url);
      expect(image.ok(), url).toBe(true);
      expect(pngSize(await image.body())).toEqual({ png: true, width: 1200, height: 630 });
    }
  }
});

test('every place with facts has a page linking its facts, with its image', async ({
  request,
  baseURL,
}) => {
  expect(placesWithFacts.length).toBeGreaterThan(5);
  for (const place of placesWithFacts) {
    const page = await (await request.get(`ort/${place.id}/`)).text();
    expect(page).toContain(`<meta property="og:title" content="${html(place.name)}" />`);
    expect(page).toMatch(/href="fakt\/[a-z0-9-]+\/"/);
    for (const url of previewUrls(page, new URL(`ort/${place.id}/`, baseURL).href)) {
      expect(url).toBe(new URL(`og/ort-${place.id}.png`, baseURL).href);
      const image = await request.get(url);
      expect(pngSize(await image.body())).toEqual({ png: true, width: 1200, height: 630 });
    }
  }
  const artern = await (await request.get('ort/artern/')).text();
  expect(artern).toContain('href="fakt/lsz-foerderbescheid-artern/"');
});

test("the grant's page: schema.org Event, its place linked, readable without JavaScript", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('fakt/lsz-foerderbescheid-artern/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fördermittelbescheid über 477.970 Euro an Landrätin Antje Hochwind',
  );
  await expect(page.locator('blockquote')).toContainText(
    '477.970 Euro an Landrätin Antje Hochwind',
  );
  await expect(page.locator('dd').filter({ hasText: '477.970 €' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Freizeitzentrum Artern' })).toHaveAttribute(
    'href',
    'ort/freizeitzentrum-artern/',
  );
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  // The year is inferred: no plain startDate, the date and its reason in the description.
  expect(ld).toMatchObject({
    '@type': 'Event',
    location: [{ '@type': 'Place', name: 'Freizeitzentrum Artern' }],
  });
  expect(ld.startDate).toBeUndefined();
  expect(ld.description).toContain('erschlossen: 19.03.2018');
  await page.getByRole('link', { name: 'Freizeitzentrum Artern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freizeitzentrum Artern');
  await context.close();
});

test('a fact page opens the explorer on that fact; further changes go into the query', async ({
  app,
  page,
}) => {
  await app.open('fakt/lsz-foerderbescheid-artern/?lang=de&at=2018-03-19');
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(
    'Fördermittelbescheid über 477.970 Euro an Landrätin Antje Hochwind',
  );
  await expect(app.marker('Artern')).toHaveAttribute('data-highlighted', 'true');
  await expect(app.cursor).toHaveAttribute('aria-valuetext', '19.03.2018');
  // The camera eases to the selected fact's places, and under load it may still be moving.
  await app.pressMarker('Altenburg');
  await expect(page).toHaveURL(/\/fakt\/lsz-foerderbescheid-artern\/\?lang=de&place=altenburg/);
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Altenburg');
  await expectNoAxeViolations(page);
});

test("the share button's link is the selected fact's page, and it previews that fact", async ({
  app,
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('?lang=de&at=2018-03-27');
  await app.factButton(/Projekt „Mobiles Familienzentrum“/).click();
  await page.getByRole('button', { name: 'Link teilen' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/fakt\/lsz-mobiles-familienzentrum\/\?lang=de&at=2018-03-27$/);
  const preview = await (await request.get(link)).text();
  expect(preview).toContain(
    '<meta property="og:title" content="Projekt „Mobiles Familienzentrum“" />',
  );
  await app.open(link.replace(/^https?:\/\/[^/]+\//, ''));
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(
    'Projekt „Mobiles Familienzentrum“',
  );
});

test('"Zitieren" gives a citation to copy and the source as CSL-JSON and BibTeX', async ({
  app,
  page,
}) => {
  await app.open('?fact=lsz-foerderbescheid-artern');
  await app.details.getByRole('button', { name: 'Zitieren', exact: true }).click();
  const panel = app.details.locator('.cite__panel');
  await expect(panel).toContainText(
    '„Familienministerin Heike Werner besucht Modellkommunen des Landesprogramms Familie“, Pressemitteilung, 2018 (erschlossen). Zitat: „In der ersten Einrichtung',
  );
  await expect(panel).toContainText('/fakt/lsz-foerderbescheid-artern/');
  await expect(panel).toContainText('abgerufen am');
  await expectNoAxeViolations(page);
  const [csl] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'CSL-JSON' }).click(),
  ]);
  const items = JSON.parse(readFileSync(await csl.path(), 'utf8'));
  expect(items).toEqual([
    expect.objectContaining({
      id: 'pm-landesprogramm-familie',
      type: 'report',
      title: 'Familienministerin Heike Werner besucht Modellkommunen des Landesprogramms Familie',
      issued: { 'date-parts': [[2018]], circa: true },
    }),
  ]);
  const [bib] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'BibTeX' }).click(),
  ]);
  expect(readFileSync(await bib.path(), 'utf8')).toMatch(/^@misc\{pmlandesprogrammfamilie,/);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(panel).toContainText(', 2018 (inferred). Quote:');
  await expect(panel).toContainText('accessed');
});

test('the export menu writes the citations and a calendar of the six visits of March 2018', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('button', { name: 'Exportieren' }).click();
  await expect(page.locator('.export-menu__note')).toContainText(
    'Fakten ohne Tagesdatum bleiben im Kalender außen vor',
  );
  await expectNoAxeViolations(page);
  const [cites] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Zitate (CSL-JSON)' }).click(),
  ]);
  const items = JSON.parse(readFileSync(await cites.path(), 'utf8')) as { id: string }[];
  expect(items.map((i) => i.id).sort()).toEqual([
    'kandidatur-landesvorstand',
    'pm-landesprogramm-familie',
  ]);
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Kalender (.ics)' }).click(),
  ]);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await ics.path(), 'utf8')));
  const march = calendar
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c))
    .filter((e) => e.startDate.toString().startsWith('2018-03'));
  expect(march.map((e) => e.summary)).toEqual([
    'Auftakt des Landesprogramms Familie in Artern',
    'Besichtigung des Mehrgenerationenhauses Roßleben',
    'Fördermittelbescheid über 477.970 Euro an Landrätin Antje Hochwind',
    'Auftakt des Landesprogramms Familie in Altenburg',
    'Rundgang durch das Familienzentrum Altenburg',
    'Projekt „Mobiles Familienzentrum“',
  ]);
  expect(march.every((e) => e.startDate.isDate)).toBe(true);
  expect(march[0]!.description).toMatch(/\/fakt\/lsz-auftakt-artern\//);
});

test('print: a selected fact prints its quotes and link without controls; else the whole list', async ({
  app,
  page,
}) => {
  await app.open('?fact=lsz-auftakt-altenburg');
  await page.emulateMedia({ media: 'print' });
  await expect(app.details.locator('blockquote').first()).toBeVisible();
  await expect(app.details.locator('.details__link')).toContainText('/fakt/lsz-auftakt-altenburg/');
  await expect(page.getByRole('button', { name: 'Exportieren' })).toBeHidden();
  await expect(app.details.getByRole('button', { name: 'Zitieren' })).toBeHidden();
  await expect(app.map).toBeHidden();
  await expect(app.timeline).toBeHidden();
  await expect(app.facts).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await page.emulateMedia({ media: 'print' });
  await expect(app.facts).toBeVisible();
  await expect(app.details).toBeHidden();
  await expect(app.factButtons).toHaveCount(bundled.facts.length);
  for (const button of await app.factButtons.all()) await expect(button).toBeVisible();
});
