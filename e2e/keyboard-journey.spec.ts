import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectVisibleFocus, tabTo, test } from './fixtures';

test('the whole journey by keyboard alone', async ({ app, page, context }) => {
  // Twenty steps with three axe runs: 16–21 s here, near the 30 s default on a loaded machine.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();

  // 1. Reach a map marker and select it.
  await tabTo(page, '[data-place-id="artern"]');
  await page.keyboard.press('Enter');
  await expect(app.marker('Artern')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.visually-hidden[role=status]').first()).toContainText(
    'Ort ausgewählt: Artern',
  );

  // 2. Move to one of its facts in the details and open it.
  await tabTo(page, 'button', 'Fördermittelbescheid');
  await page.keyboard.press('Enter');
  await expect(app.details.getByRole('heading', { level: 3 })).toContainText(
    'Fördermittelbescheid',
  );
  await expect(app.factButton(/Fördermittelbescheid/)).toHaveAttribute('aria-pressed', 'true');

  // 3. Open the quote in its source and close it with Escape; focus returns to the opener.
  await tabTo(page, 'button', 'im Original lesen');
  await page.keyboard.press('Enter');
  await expect(app.sourceDialog).toBeVisible();
  await expectVisibleFocus(page);
  await page.keyboard.press('Escape');
  await expect(app.sourceDialog).toBeHidden();
  await expect(app.details.getByRole('button', { name: 'im Original lesen' })).toBeFocused();

  // 4. On the timeline: the next fact in time with the arrow key.
  await tabTo(page, '.fact-timeline__canvas');
  await page.keyboard.press('ArrowRight');
  await expect(app.details.getByRole('heading', { level: 3 })).toContainText(
    'Auftakt des Landesprogramms Familie in Altenburg',
  );

  // 5. The time cursor with arrow keys.
  await tabTo(page, '[role=slider]');
  await page.keyboard.press('Home');
  await page.keyboard.press('PageUp');
  await expect(app.cursor).toHaveAttribute('aria-valuetext', '01.01.1990');
  await expect(app.timeline.getByRole('status')).toContainText('01.01.1990 · 2 aktive Fakten');

  // 6. Copy the link: Shift+Tab back up to the header's share button.
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Shift+Tab');
    await expectVisibleFocus(page);
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Link teilen') break;
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.share [role=status]')).toHaveText(
    'Link in die Zwischenablage kopiert.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('at=1990-01-01');
  await expectNoAxeViolations(page);
});

/**
 * Records the cursor's values (UTC ms) while Play runs until it has moved `moves` times (not
 * for a fixed time: on a busy machine a timer fires late), then the gaps in days.
 */
async function playSteps(page: Page, moves: number): Promise<number[]> {
  await page.evaluate(() => {
    const slider = document.querySelector('[role=slider]')!;
    const seen: number[] = [];
    (window as unknown as { __steps: number[] }).__steps = seen;
    // The bar's value before Play (the extent's end without a cursor) is written again when
    // the view re-renders: only values Play has moved to count.
    const before = Number(slider.getAttribute('aria-valuenow'));
    new MutationObserver(() => {
      const value = Number(slider.getAttribute('aria-valuenow'));
      if (value !== before) seen.push(value);
    }).observe(slider, { attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  await page.getByRole('button', { name: 'Abspielen' }).click();
  await page.waitForFunction(
    (moves) => new Set((window as unknown as { __steps: number[] }).__steps).size >= moves,
    moves,
  );
  await page.getByRole('button', { name: 'Anhalten' }).click();
  const values = await page.evaluate(() => (window as unknown as { __steps: number[] }).__steps);
  const distinct = values.filter((v, i) => i === 0 || v !== values[i - 1]);
  return distinct.slice(1).map((v, i) => Math.round((v - distinct[i]!) / 86_400_000));
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('Play steps the cursor in whole months', async ({ app, page }) => {
    await app.open('?from=2010-01&to=2012-12');
    const gaps = await playSteps(page, 3);
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(28);
  });
});

test('without reduced motion Play sweeps in small steps', async ({ app, page }) => {
  await app.open('?from=2010-01&to=2012-12');
  const gaps = await playSteps(page, 4);
  expect(gaps.length).toBeGreaterThanOrEqual(3);
  // A 120th of the three-year window: about nine days per step.
  for (const gap of gaps) expect(gap).toBeLessThanOrEqual(10);
});
