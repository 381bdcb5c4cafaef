import { expect, expectNoAxeViolations, expectVisibleFocus, tabTo, test } from './fixtures';

// A phone (Lighthouse's mobile preset is 412 × 823 CSS pixels): the regions stack.
test.use({ viewport: { width: 412, height: 823 } });

const VIEW_CHUNK = /\/assets\/(FactMap|FactTimeline)-[^/]+\.js$/;

test('on a phone the list comes first; map and timeline load when scrolled to, with the selection', async ({
  app,
  page,
}) => {
  const viewRequests: string[] = [];
  page.on('request', (request) => {
    if (VIEW_CHUNK.test(request.url())) viewRequests.push(request.url());
  });
  await page.goto('./');
  await expect(app.factButton(/Sächsischer Landtag/)).toBeInViewport();
  await expect(app.map).toContainText('Die Karte lädt, sobald Sie hierher scrollen.');
  await expect(app.timeline).toContainText('Die Zeitleiste lädt, sobald Sie hierher scrollen.');
  await page.waitForLoadState('networkidle');
  expect(viewRequests, 'no view chunk before scrolling').toEqual([]);
  await expect(page.locator('html')).not.toHaveAttribute('data-ready');
  await expectNoAxeViolations(page);

  // A selection made before the map exists is there when it comes.
  await app.factButton(/Sächsischer Landtag/).click();
  await app.map.scrollIntoViewIfNeeded();
  await expect(app.marker('Dresden')).toHaveAttribute('data-highlighted', 'true');
  expect(viewRequests.some((url) => url.includes('/FactMap-'))).toBe(true);

  await app.timeline.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await expect(app.cursor).toBeVisible();
  await expect(app.timelineItem(/Sächsischer Landtag/)).toHaveClass(/vis-selected/);
  await expectNoAxeViolations(page);
});

test('on a phone, a keyboard user loads the map with its button and focus stays in the region', async ({
  app,
  page,
}) => {
  await page.goto('./');
  await expect(app.factButtons.first()).toBeVisible();
  await tabTo(page, '#region-map button', 'Karte laden');
  await page.keyboard.press('Enter');
  // The button is gone; focus is on the map's region, not on <body>.
  await expect(app.marker('Artern')).toBeVisible();
  await expect(app.map).toBeFocused();
  await expectVisibleFocus(page);
  await tabTo(page, '#region-map button[data-place-id]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#region-map button[aria-pressed="true"]')).toHaveCount(1);
});

test('widening the window shows every view without scrolling', async ({ app, page }) => {
  await page.goto('./');
  await expect(app.factButtons.first()).toBeVisible();
  await expect(app.map.getByRole('button', { name: 'Karte laden' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await expect(app.marker('Artern')).toBeVisible();
  await expect(app.cursor).toBeVisible();
});
