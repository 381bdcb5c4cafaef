import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures';
import type { AppPage } from './pages/app-page';

interface BundledTour {
  id: string;
  title: { de: string; en: string };
  steps: { fact: string; text: { de: string } }[];
}
const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  facts: { id: string; title: { de: string } }[];
  tours: BundledTour[];
};
const tour = bundled.tours[0]!;
const titleOf = (factId: string) => bundled.facts.find((f) => f.id === factId)!.title.de;
const TOTAL = tour.steps.length;

/** The polite live region the app announces selections and steps in. */
const announcer = (page: Page) => page.locator('.visually-hidden[role=status]').first();

async function expectStep(app: AppPage, n: number) {
  const step = tour.steps[n - 1]!;
  await expect(app.tour.getByText(`Schritt ${n} von ${TOTAL}`, { exact: true })).toBeVisible();
  await expect(app.tour).toContainText(step.text.de);
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(titleOf(step.fact));
  await expect(app.page).toHaveURL(new RegExp(`[?&]tour=${tour.id}&step=${n}&fact=${step.fact}&`));
  await expect(announcer(app.page)).toHaveText(
    `Rundgang, Schritt ${n} von ${TOTAL}: ${step.text.de}`,
  );
}

test('the bundled tour has 7–10 steps, each citing a fact', () => {
  expect(TOTAL).toBeGreaterThanOrEqual(7);
  expect(TOTAL).toBeLessThanOrEqual(10);
  for (const step of tour.steps) expect(titleOf(step.fact)).toBeTruthy();
});

test('the whole tour by keyboard alone: start, every step, the last step, Escape', async ({
  app,
  page,
}) => {
  await app.open();
  await tabTo(page, '#tour-button');
  await page.keyboard.press('Enter');
  await expectStep(app, 1);
  // Into the region: the first of its buttons is Back ("Zurück"), disabled at step 1.
  await tabTo(page, '.tour button', 'Zurück');
  await page.keyboard.press('Enter');
  await expectStep(app, 1);
  await page.keyboard.press('Tab');
  const next = app.tour.getByRole('button', { name: 'Weiter', exact: true });
  await expect(next).toBeFocused();
  for (let n = 2; n <= TOTAL; n++) {
    // Enter on "Weiter" and the arrow key both step; focus stays on the pressed button.
    await page.keyboard.press(n % 2 === 0 ? 'Enter' : 'ArrowRight');
    await expectStep(app, n);
    await expect(next).toBeFocused();
  }
  // The last step: "Weiter" goes nowhere.
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expectStep(app, TOTAL);
  await page.keyboard.press('ArrowLeft');
  await expectStep(app, TOTAL - 1);
  // Escape ends the tour: the region goes, the view stays, focus returns to "Rundgang".
  await page.keyboard.press('Escape');
  await expect(app.tour).toHaveCount(0);
  await expect(page.locator('#tour-button')).toBeFocused();
  await expect(page).not.toHaveURL(/tour=/);
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(
    titleOf(tour.steps[TOTAL - 2]!.fact),
  );
});

test('a step moves every view: fact selected in list, map and timeline, window and cursor set', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('button', { name: 'Rundgang', exact: true }).click();
  const next = app.tour.getByRole('button', { name: 'Weiter', exact: true });
  for (let n = 2; n <= 5; n++) await next.click();
  await expectStep(app, 5);
  const fact = tour.steps[4]!.fact;
  await expect(app.factButton(new RegExp(titleOf(fact).slice(0, 20)))).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(app.marker('Artern')).toHaveAttribute('data-highlighted', 'true');
  const item = app.timelineItem(titleOf(fact));
  await expect(item).toHaveClass(/vis-selected/);
  await expect(item).toBeInViewport();
  await expect(app.cursor).toHaveAttribute('aria-valuetext', '19.03.2018');
  await expect(page).toHaveURL(/from=2018-03-04&to=2018-04-03&at=2018-03-19/);
});

test("a step's link opens that step in a fresh page", async ({ app, browser, baseURL }) => {
  await app.open();
  await app.page.getByRole('button', { name: 'Rundgang', exact: true }).click();
  for (let n = 2; n <= 7; n++) await app.tour.getByRole('button', { name: 'Weiter' }).click();
  await expectStep(app, 7);
  const url = app.page.url();

  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const fresh = await context.newPage();
  await fresh.goto(url);
  await fresh.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const other = new (app.constructor as new (page: Page) => AppPage)(fresh);
  await expectStep(other, 7);
  expect(fresh.url()).toBe(url);
  await context.close();

  // A hand-written link with only the tour and step opens the step too.
  await app.open(`?tour=${tour.id}&step=3`);
  await expectStep(app, 3);
});

test('Back after three steps returns to step 2, Forward to step 3', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Rundgang', exact: true }).click();
  await app.tour.getByRole('button', { name: 'Weiter' }).click();
  await app.tour.getByRole('button', { name: 'Weiter' }).click();
  await expectStep(app, 3);
  await page.goBack();
  await expectStep(app, 2);
  await page.goForward();
  await expectStep(app, 3);
});

test('selecting something else pauses the tour; "Weiter" goes on from the step left', async ({
  app,
}) => {
  await app.open(`?tour=${tour.id}&step=4`);
  await expectStep(app, 4);
  await app.factButton(/Studentinnenrat/).click();
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Studentinnenrat');
  await expect(app.tour).toContainText('Angehalten');
  await expect(app.tour.getByText(`Schritt 4 von ${TOTAL}`)).toBeVisible();
  await expect(app.page).toHaveURL(/tour=.*&step=4&fact=studentinnenrat/);
  await app.tour.getByRole('button', { name: 'Weiter' }).click();
  await expectStep(app, 5);
  // The step's camera eases for 600 ms.
  await app.pressMarker('Altenburg');
  await app.tour.getByRole('button', { name: 'Schritt 5 wieder zeigen' }).click();
  await expectStep(app, 5);
});

test('an unknown tour or step is dropped with the notice, the rest of the link applies', async ({
  app,
  page,
}) => {
  await app.open('?tour=gibt-es-nicht&step=2&place=artern');
  await expect(page.locator('.link-notice')).toContainText(
    'den Rundgang „gibt-es-nicht“ gibt es in diesem Datensatz nicht',
  );
  await expect(app.tour).toHaveCount(0);
  await expect(app.marker('Artern')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).not.toHaveURL(/tour=/);
  await app.open(`?tour=${tour.id}&step=99`);
  await expect(page.locator('.link-notice')).toContainText('diesen Schritt „99“');
});

test('axe finds nothing during a tour, in German and in English', async ({ app, page }) => {
  await app.open(`?tour=${tour.id}&step=2`);
  await expectStep(app, 2);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  const region = page.getByRole('region', { name: 'Tour', exact: true });
  await expect(region.getByText(`Step 2 of ${TOTAL}`, { exact: true })).toBeVisible();
  await expect(region.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
  await expect(region).toContainText(tour.title.en);
  await expectNoAxeViolations(page);
  // Paused, with its note and the button to show the step again.
  await page
    .getByRole('region', { name: 'Facts', exact: true })
    .getByRole('button', { name: /Student council/ })
    .click();
  await expect(region.getByRole('button', { name: 'Show step 2 again' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('with nothing selected the details give an overview with sources, counts and the tour', async ({
  app,
  page,
}) => {
  await app.open();
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(app.datasetTitle);
  await expect(app.details).toContainText('Kandidatur Landesvorstand: Heike Werner');
  await expect(app.details).toContainText('Kandidatur, 2023');
  await expect(app.details).toContainText('Pressemitteilung, 2018');
  await expect(app.details.getByText('erschlossen', { exact: true })).toHaveCount(2);
  await expect(app.details.locator('dd').first()).toHaveText('29');
  await expect(app.details).toContainText('1989–2023');
  await expectNoAxeViolations(page);
  await app.details.getByRole('button', { name: `„${tour.title.de}“ starten` }).click();
  await expectStep(app, 1);
});

test('an embedded app runs the tour inside its iframe', async ({ page, baseURL }) => {
  const appUrl = new URL(`./?embed=1&tour=${tour.id}&step=2`, baseURL).href;
  await page.route('**/tour-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><iframe title="Kartenchronik" src="${appUrl}" width="1200" height="760"></iframe>`,
    }),
  );
  await page.goto(new URL('./tour-host.html', baseURL).href);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  const region = frame.getByRole('region', { name: 'Rundgang', exact: true });
  await expect(region.getByText(`Schritt 2 von ${TOTAL}`)).toBeVisible();
  await region.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(region.getByText(`Schritt 3 von ${TOTAL}`)).toBeVisible();
  await region.getByRole('button', { name: 'Rundgang beenden' }).click();
  await expect(region).toHaveCount(0);
  // Without a header, focus goes to the details, not to the page's body.
  await expect(frame.getByRole('region', { name: 'Details', exact: true })).toBeFocused();
});

test('with several tours "Rundgang" opens a menu of their titles', async ({ app, page }) => {
  const data = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
  data.tours.push({
    id: 'altenburg',
    title: { de: 'Ein Tag in Altenburg', en: 'A day in Altenburg' },
    steps: [
      { place: 'altenburg', text: { de: 'Altenburg am 27. März.' } },
      { fact: 'lsz-mobiles-familienzentrum', text: { de: 'Das Mobile Familienzentrum.' } },
    ],
  });
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: data }));
  await app.open();
  const menu = page.getByRole('button', { name: 'Rundgang', exact: true });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(page.getByRole('button', { name: tour.title.de, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Ein Tag in Altenburg', exact: true }).click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(app.tour.getByText('Schritt 1 von 2', { exact: true })).toBeVisible();
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Altenburg');
  await expect(app.marker('Altenburg')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/tour=altenburg&step=1&place=altenburg&.*map=12\.433,50\.985,9/);
  await expectNoAxeViolations(page);
});
