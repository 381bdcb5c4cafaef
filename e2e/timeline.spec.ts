import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('the Landtag is a range labelled in years, the Artern launch a point', async ({ app }) => {
  await app.open();
  const landtag = app.timelineItem('Sächsischer Landtag · 1999–2014');
  await expect(landtag).toHaveClass(/vis-range/);
  await expect(app.timelineItem(/Ministerin für Arbeit.*seit 2014/)).toHaveClass(
    /tl-item--ongoing/,
  );
  // Items are drawn only where the timeline is scrolled to; selecting one reveals it.
  await app.factButton(/Auftakt des Landesprogramms Familie in Artern/).click();
  await expect(
    app.timelineItem('Auftakt des Landesprogramms Familie in Artern · 19.03.2018'),
  ).toHaveClass(/vis-point/);
});

test('clicking the 27 March 2018 Altenburg item shows Landrätin Sojka and marks Altenburg', async ({
  app,
}) => {
  await app.open();
  // At the overview the seven 2018 visits are one cluster; a double click zooms in to the year
  // (the statement, dated only to 2018, spans it), a second to the six visits of March.
  await app.timelineItem('7 Fakten').dblclick();
  await app.timelineItem('6 Fakten').dblclick();
  const item = app.timelineItem('Auftakt des Landesprogramms Familie in Altenburg');
  await item.click();
  await expect(app.details).toContainText('Landrätin Michaele Sojka');
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(
    'Auftakt des Landesprogramms Familie in Altenburg',
  );
  await expect(app.marker('Altenburg')).toHaveAttribute('data-highlighted', 'true');
  await expect(app.factButton(/Auftakt des Landesprogramms Familie in Altenburg/)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('selecting a fact elsewhere selects its item; a place selects all its items', async ({
  app,
}) => {
  await app.open();
  await app.marker('Artern').click();
  await expect(app.timeline.locator('.vis-selected [data-fact-id]')).toHaveCount(2);
  await expect(app.timelineItem(/Fördermittelbescheid/)).toHaveClass(/vis-selected/);
  await app.factButton(/Sächsischer Landtag/).click();
  await expect(app.timelineItem('Sächsischer Landtag · 1999–2014')).toHaveClass(/vis-selected/);
  await expect(app.timeline.locator('.vis-selected [data-fact-id]')).toHaveCount(1);
});

test('arrow keys on the timeline move the selection through time', async ({ app, page }) => {
  await app.open();
  await app.factButton(/Studentinnenrat/).click();
  await app.timeline.getByRole('group', { name: /Fakten auf der Zeitleiste/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Sächsischer Landtag');
  await page.keyboard.press('ArrowLeft');
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText('Studentinnenrat');
  await page.keyboard.press('Escape');
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(app.datasetTitle);
});

test('the cursor is a slider: arrow keys and dragging change which places are active', async ({
  app,
  page,
}) => {
  await app.open();
  const cursor = app.cursor;
  await cursor.focus();
  await page.keyboard.press('End');
  // End of the data (2023): the ministry in Erfurt is active, the 2018 visits are not.
  await expect(cursor).toHaveAttribute('aria-valuetext', '31.12.2023');
  await expect(app.marker('Erfurt')).toHaveAttribute('data-state', 'active');
  await expect(app.marker('Artern')).toHaveAttribute('data-state', 'inactive');
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowLeft');
  // Through November the day is kept at the 30th, as a date slider does.
  await expect(cursor).toHaveAttribute('aria-valuetext', '30.03.2018');
  await expect(app.timeline.getByRole('status')).toContainText('30.03.2018 ·');
  // 31 March 2018 is in the month of the statement and the programme: Thuringia-wide facts.
  await expect(app.marker('Dresden')).toHaveAttribute('data-state', 'inactive');
  // Drag the bar far left, into the 1990s: the Landtag years make Dresden active.
  const box = (await cursor.boundingBox())!;
  const axis = (await app.timeline.locator('.vis-panel.vis-center').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(axis.x + axis.width * 0.45, box.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect(app.marker('Dresden')).toHaveAttribute('data-state', 'active');
  await expect(cursor).not.toHaveAttribute('aria-valuetext', '30.03.2018');
});

test('a fact title with markup is shown as text everywhere on the timeline', async ({
  app,
  page,
}) => {
  const data = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
  const hostile = '<img src=x onerror="window.__xss=1">';
  data.facts[0].title = { de: hostile, en: hostile };
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: data }));
  await app.open();
  // At the overview the fact is in a cluster; selecting it frames it on the timeline.
  await app.factButton(hostile).click();
  await expect(app.timelineItem(hostile)).toHaveCount(1);
  await expect(app.timeline.locator('img')).toHaveCount(0);
  await expect(app.facts.getByRole('button', { name: hostile })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
});

test('zoom buttons change the visible range and "show all" brings every fact back', async ({
  app,
  page,
}) => {
  await app.open();
  const axisText = () =>
    app.timeline.locator('.vis-time-axis.vis-foreground').first().textContent();
  const before = await axisText();
  await page.getByRole('button', { name: 'Zeitleiste vergrößern' }).click();
  await expect.poll(axisText).not.toBe(before);
  await page.getByRole('button', { name: 'Alles zeigen' }).click();
  await expect.poll(axisText).toBe(before);
});

test('axe finds no violations with the timeline, a fact selected and the cursor moved', async ({
  app,
  page,
}) => {
  await app.open();
  await expectNoAxeViolations(page);
  await app.timelineItem('Sächsischer Landtag · 1999–2014').click();
  await app.cursor.focus();
  await page.keyboard.press('PageDown');
  await expectNoAxeViolations(page);
});
