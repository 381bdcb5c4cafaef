import { expect, expectNoAxeViolations, test } from './fixtures';
// @ts-expect-error: a plain ES module script without type declarations
import { generateDataset } from '../scripts/generate-dataset.mjs';

// Trace snapshots of a large DOM cost seconds per assertion: they would measure the tracer.
test.use({ trace: 'off' });

test.beforeEach(async ({ app, page }) => {
  const big = generateDataset({ facts: 10000, places: 300 });
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: big }));
  await app.open();
  await expect(app.facts.locator('.filter-bar__count')).toContainText('10.000 von 10.000 Fakten');
});

/** The position of the focused row in its group, or null when focus is not on a fact. */
async function focusedPosition(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const row = document.activeElement?.closest('li');
    const factId = (document.activeElement as HTMLElement | null)?.dataset.factId;
    if (!row || !factId) return null;
    return { factId, at: Number(row.getAttribute('aria-posinset')) };
  });
}

test('a list of 10,000 facts renders the rows in view, each saying where it is', async ({
  app,
  page,
}) => {
  const rendered = await app.factButtons.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);
  const first = app.facts.locator('li.fact-row').first();
  await expect(first).toHaveAttribute('aria-posinset', '1');
  const setsize = Number(await first.getAttribute('aria-setsize'));
  expect(setsize).toBeGreaterThan(1000);
  // Scrolled to the end, the last fact of the last category is drawn and can be selected.
  await app.facts.evaluate((region) => (region.scrollTop = region.scrollHeight));
  const last = app.facts.locator('section.facts-group').last().locator('li.fact-row').last();
  await expect(last).toBeInViewport();
  const lastSize = await last.getAttribute('aria-setsize');
  await expect(last).toHaveAttribute('aria-posinset', lastSize!);
  const lastButton = last.getByRole('button');
  const title = (await lastButton.locator('.fact-item__title').textContent())!;
  await lastButton.click();
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(title);
  expect(await app.factButtons.count()).toBeLessThan(100);
  // The list only: 300 places crowd the map's marker buttons below axe's target size (noted
  // in docs/decisions.md, "Clustering thresholds"); the bundled dataset's map is checked in
  // every state elsewhere.
  await expectNoAxeViolations(page, '#region-facts');
});

test('Tab walks through a windowed list row by row, and scrolling keeps the focused row', async ({
  app,
  page,
}) => {
  await app.factButtons.first().focus();
  const start = await focusedPosition(page);
  expect(start?.at).toBe(1);
  for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
  // 30 rows on, further than the rows first drawn: each step drew the next row in time.
  expect(await focusedPosition(page)).toMatchObject({ at: 31 });
  const focused = (await focusedPosition(page))!.factId;
  // Scrolling far away (wheel, PageDown) must not unmount the focused row and lose focus.
  await app.facts.evaluate((region) => (region.scrollTop = region.scrollHeight / 2));
  await expect
    .poll(() =>
      app.facts.evaluate((region) => {
        const box = region.getBoundingClientRect();
        const atCentre = document.elementFromPoint(box.left + 40, box.top + box.height / 2);
        return Number(atCentre?.closest('li')?.getAttribute('aria-posinset') ?? 0);
      }),
    )
    .toBeGreaterThan(100);
  expect((await focusedPosition(page))?.factId).toBe(focused);
  await page.keyboard.press('Enter');
  await expect(app.facts.locator(`button[data-fact-id="${focused}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a search over 10,000 facts narrows and clears without freezing the timeline', async ({
  app,
}) => {
  const search = app.facts.getByRole('searchbox');
  await search.fill('Ort 12');
  await expect(app.facts.locator('.filter-bar__count')).toContainText('589 von 10.000 Fakten');
  // Clearing puts 9,411 items back: vis-timeline once drew them one by one (over 30 s).
  await search.fill('');
  await expect(app.facts.locator('.filter-bar__count')).toContainText('10.000 von 10.000 Fakten', {
    timeout: 5000,
  });
  // At the overview 10,000 facts are density bars (timeline-density.ts), not items.
  await expect(app.timeline.locator('.tl-density').first()).toBeVisible();
  await expect(app.cursor).toHaveAttribute('role', 'slider');
});

test('typing over 10,000 facts: the worker answers each query in order, the last one stays', async ({
  app,
  page,
}) => {
  const count = app.facts.locator('.filter-bar__count');
  await expect(count).toContainText('10.000 von 10.000 Fakten');
  // Every count the views show while typing. Answers may be skipped (a query typed over is
  // never run), but an older answer must never follow a newer one.
  await count.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { __counts: string[] }).__counts = seen;
    new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  const counts = () =>
    page.evaluate(() =>
      (window as unknown as { __counts: string[] }).__counts.map((text) =>
        Number(text.match(/^[\d.]+/)?.[0]?.replace(/\./g, '')),
      ),
    );
  const search = app.facts.getByRole('searchbox');
  await search.pressSequentially('Ort 12', { delay: 30 });
  await expect(count).toContainText('589 von 10.000 Fakten');
  // Each prefix matches a superset of the next: the counts shown only ever fall.
  await page.waitForTimeout(500);
  const shown = await counts();
  expect(shown.at(-1)).toBe(589);
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
  // The field kept every keystroke while the views filtered.
  await expect(search).toHaveValue('Ort 12');
});
