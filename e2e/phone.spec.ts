import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * A shared link opened on a phone, by touch: a one-row header, the live map, the timeline
 * strip and a bottom sheet on the first screen; what the link points to is in the sheet.
 */

const PHONES = [
  { name: '390×844', width: 390, height: 844 },
  { name: '320×640', width: 320, height: 640 },
] as const;

/** A real touch gesture (CDP touch events, as a finger sends them), in small steps. */
async function touchDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 8,
) {
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number, y: number) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: point(from.x, from.y),
  });
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x, y) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

/** Whether the element's box lies (at least partly) on the first screen, without scrolling. */
async function onFirstScreen(page: Page, locator: Locator) {
  const b = await box(locator);
  const { height, width } = page.viewportSize()!;
  return b.y < height && b.y + b.height > 0 && b.x >= 0 && b.x + b.width <= width + 1;
}

const sheet = (page: Page) => page.locator('.bottom-sheet');

/** Resolves once the sheet's content has not scrolled for ten frames (a fling has ended). */
function scrollSettled(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const body = document.querySelector('.bottom-sheet__body')!;
        let last = -1;
        let still = 0;
        const tick = () => {
          still = body.scrollTop === last ? still + 1 : 0;
          last = body.scrollTop;
          if (still >= 10) resolve();
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
}

for (const phone of PHONES) {
  test.describe(`at ${phone.name}, by touch`, () => {
    test.use({
      viewport: { width: phone.width, height: phone.height },
      isMobile: true,
      hasTouch: true,
    });

    test('the first screen holds a one-row header, the map, the timeline strip and the sheet; nothing scrolls sideways', async ({
      app,
      page,
    }) => {
      await app.open();
      const header = await box(page.locator('.app__header'));
      expect(header.height).toBeLessThanOrEqual(56);
      await expect(
        page.locator('.app__header').getByRole('button', { name: 'Menü' }),
      ).toBeVisible();
      await expect(
        page.locator('.app__header').getByRole('button', { name: 'Rundgang' }),
      ).toBeVisible();
      expect(await onFirstScreen(page, app.marker('Artern'))).toBe(true);
      expect(await onFirstScreen(page, app.cursor)).toBe(true);
      expect(await onFirstScreen(page, page.getByRole('button', { name: 'Mehr zeigen' }))).toBe(
        true,
      );
      const map = await box(app.map);
      expect(map.height / phone.height).toBeGreaterThan(0.3);
      expect(map.height / phone.height).toBeLessThan(0.45);
      // The overview with the tour's start button is in the sheet.
      await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(app.datasetTitle);
      const overflow = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(overflow[0]).toBeLessThanOrEqual(overflow[1]!);
      await expectNoAxeViolations(page);
    });

    test('every control is at least 44 × 44 px, the cursor a 44 px wide target', async ({
      app,
      page,
    }) => {
      await app.open();
      await page.getByRole('button', { name: 'Menü' }).tap();
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'button, a[href], input, select, [role="slider"]',
          ),
        ]
          .filter((element) => element.getAttribute('role') !== 'slider')
          .map((element) => ({ element, rect: element.getBoundingClientRect() }))
          .filter(({ rect }) => rect.width > 0 && rect.height > 0)
          .filter(({ rect }) => rect.top < window.innerHeight && rect.bottom > 0)
          .filter(({ rect }) => Math.round(rect.width) < 44 || Math.round(rect.height) < 44)
          .map(
            ({ element, rect }) =>
              `${element.textContent?.trim() || element.getAttribute('aria-label')} ${Math.round(rect.width)}×${Math.round(rect.height)}`,
          ),
      );
      expect(small).toEqual([]);
      await page.getByRole('button', { name: 'Menü' }).tap();
      // A thumb 20 px beside the 3 px cursor still lands on it.
      const cursor = await box(app.cursor);
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.vis-custom-time') !== null,
        [cursor.x + cursor.width / 2 + 20, cursor.y + cursor.height / 2],
      );
      expect(hit).toBe(true);
    });

    test('a link to the grant shows its title and first quote without scrolling', async ({
      app,
      page,
    }) => {
      await app.open('?fact=lsz-foerderbescheid-artern');
      const title = app.details.getByRole('heading', { level: 3 });
      await expect(title).toHaveText(
        'Fördermittelbescheid über 477.970 Euro an Landrätin Antje Hochwind',
      );
      const quote = app.details.locator('blockquote').first();
      await expect(quote).toContainText('In der ersten Einrichtung');
      expect(await onFirstScreen(page, title)).toBe(true);
      expect(await onFirstScreen(page, quote)).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(app.marker('Artern')).toHaveAttribute('data-highlighted', 'true');
      await expectNoAxeViolations(page);
    });

    test('a link to a tour step shows its text with "Weiter" and "Zurück"; a sideways swipe turns the step', async ({
      app,
      page,
    }) => {
      await app.open('?tour=von-dresden-nach-artern&step=4');
      const tour = app.region('Rundgang');
      await expect(tour).toContainText('Schritt 4 von 10');
      const text = tour.locator('.tour__text');
      await expect(text).toContainText('Am 19. März nimmt die Ministerin in Artern');
      expect(await onFirstScreen(page, text)).toBe(true);
      expect(await onFirstScreen(page, tour.getByRole('button', { name: 'Weiter' }))).toBe(true);
      expect(await onFirstScreen(page, tour.getByRole('button', { name: 'Zurück' }))).toBe(true);
      await expectNoAxeViolations(page);

      const body = await box(text);
      const y = body.y + Math.min(body.height, 30) / 2;
      await touchDrag(page, { x: phone.width - 30, y }, { x: 30, y });
      await expect(tour).toContainText('Schritt 5 von 10');
      await expect(page).toHaveURL(/step=5/);
      await touchDrag(page, { x: 30, y }, { x: phone.width - 30, y });
      await expect(tour).toContainText('Schritt 4 von 10');
      // A vertical drag scrolls; it does not turn the step.
      await touchDrag(
        page,
        { x: phone.width / 2, y: y + 40 },
        { x: phone.width / 2 + 10, y: y - 40 },
      );
      await expect(tour).toContainText('Schritt 4 von 10');
      // A tap while that scroll still flings only stops it (as on a phone): tap once it rests.
      await scrollSettled(page);
      await tour.getByRole('button', { name: 'Weiter' }).tap();
      await expect(tour).toContainText('Schritt 5 von 10');
    });

    // Once, at the common size: the same code serves both.
    if (phone.width === 390)
      test('tapping a marker selects its place; the sheet lists its facts', async ({
        app,
        page,
      }) => {
        await app.open();
        await app.marker('Roßleben').tap();
        await expect(app.marker('Roßleben')).toHaveAttribute('aria-pressed', 'true');
        await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Roßleben');
        expect(await onFirstScreen(page, app.details.getByRole('heading', { level: 3 }))).toBe(
          true,
        );
      });

    // Once, at the common size: the same code serves both.
    if (phone.width === 390)
      test('the sheet drags up by touch, and steps by its button and the keyboard', async ({
        app,
        page,
      }) => {
        await app.open();
        const handle = page.getByRole('button', { name: 'Mehr zeigen' });
        await expect(handle).toHaveAttribute('aria-expanded', 'false');
        const peek = (await box(sheet(page))).height;
        const grip = await box(handle);
        await touchDrag(
          page,
          { x: grip.x + grip.width / 2, y: grip.y + grip.height / 2 },
          { x: grip.x + grip.width / 2, y: 70 },
        );
        await expect(page.getByRole('button', { name: 'Weniger zeigen' })).toHaveAttribute(
          'aria-expanded',
          'true',
        );
        await expect.poll(async () => (await box(sheet(page))).height).toBeGreaterThan(peek * 1.8);
        await expectNoAxeViolations(page);
        // Enter on the handle: from full back to peek.
        await page.getByRole('button', { name: 'Weniger zeigen' }).focus();
        await page.keyboard.press('Enter');
        await expect(page.getByRole('button', { name: 'Mehr zeigen' })).toHaveAttribute(
          'aria-expanded',
          'false',
        );
        await page.keyboard.press('ArrowUp');
        await expect(page.getByRole('button', { name: 'Mehr zeigen' })).toHaveAttribute(
          'aria-expanded',
          'true',
        );
        await expect.poll(async () => (await box(sheet(page))).height).toBeGreaterThan(peek);
      });

    // Once, at the common size: the same code serves both.
    if (phone.width === 390)
      test('the menu holds language, dataset, export, share, search and filters', async ({
        app,
        page,
      }) => {
        await app.open();
        const menuButton = page.getByRole('button', { name: 'Menü' });
        await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
        await expect(page.getByRole('searchbox')).toBeHidden();
        await menuButton.tap();
        await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
        const menu = page.locator('#app-menu');
        for (const name of ['Datensatz öffnen', 'Exportieren', 'Link teilen', 'English']) {
          await expect(menu.getByRole('button', { name, exact: true })).toBeVisible();
        }
        await expectNoAxeViolations(page);
        await menu.getByRole('searchbox').fill('Roßleben');
        await expect(menu).toContainText('von 29 Fakten');
        await menuButton.tap();
        await expect(
          app.factButton(/Besichtigung des Mehrgenerationenhauses Roßleben/),
        ).toBeAttached();
        await expect(app.factButton(/Sächsischer Landtag/)).toHaveCount(0);
      });
  });
}

test.describe('on a phone, the timeline by touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('dragging the strip pans the time window', async ({ app, page }) => {
    await app.open('?from=2017&to=2019');
    const canvas = await box(app.timeline.locator('.vis-center'));
    const y = canvas.y + canvas.height / 2;
    await touchDrag(page, { x: canvas.x + canvas.width - 20, y }, { x: canvas.x + 20, y }, 12);
    // Dragged to the left: later years come into view, and the link says so.
    await expect(page).toHaveURL(/from=201[8-9]/);
  });
});

test('widening the window from a phone gives the desktop layout with every view', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open();
  await expect(page.locator('.bottom-sheet')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('.bottom-sheet')).toHaveCount(0);
  await expect(app.facts.getByRole('searchbox')).toBeVisible();
  await expect(app.marker('Artern')).toBeVisible();
  await expect(app.cursor).toBeVisible();
});
