import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Each drawn category row of the timeline, with its box and whether it lies inside the canvas. */
async function categoryRows(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('.fact-timeline .vis-panel.vis-left')!;
    const view = canvas.getBoundingClientRect();
    return [...document.querySelectorAll('.fact-timeline .vis-labelset .vis-label')].map(
      (label) => {
        const box = label.getBoundingClientRect();
        return {
          name: label.textContent,
          inside: box.height > 0 && box.top >= view.top - 1 && box.bottom <= view.bottom + 1,
        };
      },
    );
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${viewport.width}×${viewport.height} every category with facts is in view without scrolling`, async ({
    app,
    page,
  }) => {
    await page.setViewportSize(viewport);
    await app.open();
    const rows = await categoryRows(page);
    expect(rows.map((r) => r.name)).toEqual([
      'Außerparlamentarisch',
      'Parlamentarisch',
      'Regierung',
      'Partei',
      'Mitgliedschaften',
      'Positionen',
      'Programme und Maßnahmen',
      'Besuche 2018',
    ]);
    expect(rows.filter((r) => !r.inside)).toEqual([]);
    // The March 2018 visits are short at this zoom: one cluster mark, on screen, never hidden.
    await expect(app.timelineItem('7 Fakten')).toBeInViewport();
  });
}

test("with a link's window, the categories without facts in it fold away and the Altenburg visit is on screen", async ({
  app,
}) => {
  await app.open('?from=2018-03-10&to=2018-04-05');
  const rows = await categoryRows(app.page);
  expect(rows.map((r) => r.name)).toEqual(['Regierung', 'Programme und Maßnahmen', 'Besuche 2018']);
  expect(rows.filter((r) => !r.inside)).toEqual([]);
  const visit = app.timelineItem('Auftakt des Landesprogramms Familie in Altenburg');
  await expect(visit).toBeInViewport();
  // Clickable where it is: no scrolling inside the timeline first.
  await visit.click({ trial: true });
  await visit.click();
  await expect(app.details.getByRole('heading', { level: 3 })).toHaveText(
    'Auftakt des Landesprogramms Familie in Altenburg',
  );
  for (const title of ['Rundgang durch das Familienzentrum', 'Projekt „Mobiles Familienzentrum“'])
    await expect(app.timelineItem(title)).toBeInViewport();
});

test('zooming out to the overview brings the folded categories back', async ({ app, page }) => {
  await app.open('?from=2018-03-10&to=2018-04-05');
  await page.getByRole('button', { name: 'Alles zeigen' }).click();
  await expect.poll(async () => (await categoryRows(page)).length).toBe(8);
});
