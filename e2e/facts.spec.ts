import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';

interface BundledFact {
  id: string;
  title: { de: string; en?: string };
  evidence: { quote: string }[];
}
const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  facts: BundledFact[];
};

test('lists every fact of the bundled dataset', async ({ app }) => {
  await app.open();
  await expect(app.factButtons).toHaveCount(dataset.facts.length);
  const shown = await app.factButtons.evaluateAll((buttons) =>
    buttons.map((b) => b.getAttribute('data-fact-id')),
  );
  expect(new Set(shown)).toEqual(new Set(dataset.facts.map((f) => f.id)));
  await expect(app.facts).toContainText(`${dataset.facts.length} Fakten`);
});

test('selecting a fact shows its time, amount, people and every quote', async ({ app }) => {
  await app.open();
  const grant = dataset.facts.find((f) => f.id === 'lsz-foerderbescheid-artern')!;
  await app.factButton(grant.title.de).click();
  await expect(app.factButton(grant.title.de)).toHaveAttribute('aria-pressed', 'true');
  const details = app.details;
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(grant.title.de);
  await expect(details).toContainText('19.03.2018');
  await expect(details).toContainText('477.970\u00a0€');
  await expect(details).toContainText('Antje Hochwind');
  await expect(details).toContainText('erschlossen');
  const quotes = details.locator('blockquote');
  await expect(quotes).toHaveCount(grant.evidence.length);
  await expect(quotes.first()).toHaveText(grant.evidence[0]!.quote);
});

test('a year range reads as years and an ongoing office as "seit"', async ({ app }) => {
  await app.open();
  await expect(app.factButton(/mju\/Junge Linke/)).toContainText('1989–1999');
  await expect(app.factButton(/Ministerin für Arbeit/)).toContainText('seit 2014');
});

test('the source dialog marks the quote, scrolls to it and closes with Escape', async ({
  app,
  page,
}) => {
  await app.open();
  await app.factButton(/Bestandssicherung/).click();
  const open = app.details.getByRole('button', { name: 'im Original lesen' });
  await open.click();
  const dialog = app.sourceDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toContainText(
    'Familienministerin Heike Werner besucht',
  );
  const mark = dialog.locator('mark');
  await expect(mark).toHaveText(
    'Bisher geförderte Einrichtungen haben eine Bestandssicherung für zwei Jahre.',
  );
  await expect(mark).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Escape closed only the dialog: the fact stays selected and focus returns to the opener.
  await expect(app.details.getByRole('heading', { level: 3 })).toContainText('Bestandssicherung');
  await expect(open).toBeFocused();
});

test('Escape clears the selection', async ({ app, page }) => {
  await app.open();
  await app.factButton(/Sächsischer Landtag/).click();
  await expect(app.details.getByRole('heading', { level: 3 })).toBeVisible();
  await page.keyboard.press('Escape');
  // Nothing selected: the details give the dataset's overview.
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(app.datasetTitle);
});

test('the facts list works by keyboard alone', async ({ app, page }) => {
  await app.open();
  const first = app.factButtons.first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(app.factButtons.nth(1)).toHaveAttribute('aria-pressed', 'true');
});

test('switches to English and back, with <html lang> following', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.region('Facts')).toContainText(`${dataset.facts.length} facts`);
  await app
    .region('Facts')
    .getByRole('button', { name: /Grant notice/ })
    .click();
  await expect(app.region('Details')).toContainText('€477,970');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('an invalid dataset shows what is wrong, where, in an alert', async ({ page }) => {
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ path: 'e2e/data/invalid-dataset.json', contentType: 'application/json' }),
  );
  await page.goto('./');
  const alert = page.getByRole('region', { name: 'Fakten' }).getByRole('alert');
  await expect(alert).toContainText('Der Datensatz ist fehlerhaft');
  await expect(alert).toContainText('facts[0].time.date: ist kein Datum der Form JJJJ');
});

test('a missing dataset file says it could not be loaded', async ({ page }) => {
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('Der Datensatz konnte nicht geladen werden');
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
});

test('axe finds no violations: initial, fact selected, source dialog open, English', async ({
  app,
  page,
}) => {
  // Four whole-page axe runs, 6–9 s each on two busy cores: 30 s was missed by 2–5 s.
  test.setTimeout(60_000);
  await app.open();
  await expectNoAxeViolations(page);
  await app.factButton(/Fördermittelbescheid/).click();
  await expectNoAxeViolations(page);
  await app.details.getByRole('button', { name: 'im Original lesen' }).click();
  await expect(app.sourceDialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'English' }).click();
  await expectNoAxeViolations(page);
});
