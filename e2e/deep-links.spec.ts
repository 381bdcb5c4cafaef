import { expect, expectNoAxeViolations, test } from './fixtures';

test('selecting Artern puts it in the URL, and a fresh browser opening it shows the same view', async ({
  app,
  page,
  browser,
}) => {
  await app.open();
  await app.marker('Artern').click();
  await expect(page).toHaveURL(/[?&]place=artern(&|$)/);
  await app.factButton(/Fördermittelbescheid/).click();
  await expect(page).toHaveURL(/fact=lsz-foerderbescheid-artern/);
  const url = page.url();

  const fresh = await browser.newContext({ locale: 'en-GB' });
  const other = await fresh.newPage();
  await other.goto(url);
  await other.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  // Same view, in the language of the link (German), not of the new browser (English).
  await expect(other.locator('html')).toHaveAttribute('lang', 'de');
  const details = other.getByRole('region', { name: 'Details', exact: true });
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(
    'Fördermittelbescheid über 477.970 Euro an Landrätin Antje Hochwind',
  );
  await expect(
    other
      .getByRole('region', { name: 'Karte' })
      .getByRole('button', { name: 'Artern', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  // Opening a link writes nothing back.
  expect(other.url()).toBe(url);
  await fresh.close();
});

test('Back and Forward walk through three selections', async ({ app, page }) => {
  await app.open();
  await app.marker('Altenburg').click();
  await app.factButton(/Sächsischer Landtag/).click();
  await app.factButton(/Studentinnenrat/).click();
  const heading = app.details.getByRole('heading', { level: 3 });
  await expect(heading).toHaveText('Studentinnenrat');
  await page.goBack();
  await expect(heading).toHaveText('Sächsischer Landtag');
  await page.goBack();
  await expect(heading).toHaveText('Altenburg');
  await expect(app.marker('Altenburg')).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect(heading).toHaveText('Sächsischer Landtag');
  await page.goForward();
  await expect(heading).toHaveText('Studentinnenrat');
  await page.goBack();
  await page.goBack();
  await page.goBack();
  // Nothing selected: the details give the dataset's overview.
  await expect(heading).toHaveText(app.datasetTitle);
});

test('a link with every parameter invalid opens with a notice that can be dismissed', async ({
  app,
  page,
}) => {
  const search = new URLSearchParams({
    fact: '<script>alert(1)</script>',
    to: '99999-99-99',
    map: 'abc',
    lang: 'xx',
    q: 'x'.repeat(5000),
  });
  await app.open(`?${search}`);
  const notice = page.locator('.link-notice');
  await expect(notice).toHaveAttribute('role', 'status');
  for (const param of ['fact', 'to', 'map', 'lang', 'q']) {
    await expect(notice.locator('code', { hasText: new RegExp(`^${param}$`) })).toHaveCount(1);
  }
  await expect(notice).toContainText('keine gültige ID');
  // The rest of the app works: every fact is listed and nothing ran.
  await expect(app.factButtons).toHaveCount(29);
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Hinweis schließen' }).click();
  await expect(notice).toBeEmpty();
});

test('a link to a fact of an older dataset is reported, the rest applies', async ({
  app,
  page,
}) => {
  await app.open('?fact=gibt-es-nicht&place=altenburg');
  await expect(page.locator('.link-notice')).toContainText(
    'den Fakt „gibt-es-nicht“ gibt es in diesem Datensatz nicht',
  );
  await expect(app.marker('Altenburg')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).not.toHaveURL(/gibt-es-nicht/);
});

test('lang=en and lang=de choose the language, whatever the browser says', async ({
  app,
  page,
}) => {
  await app.open('?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.region('Facts')).toBeVisible();
  await app.open('?lang=de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(app.region('Fakten')).toBeVisible();
});

test('search and category filters change the list, the map, the timeline and the URL', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('searchbox', { name: 'Suche' }).fill('rossleben');
  await expect(app.facts).toContainText('1 von 29 Fakten');
  await expect(app.factButtons).toHaveCount(1);
  await expect(app.factButton(/Mehrgenerationenhauses Roßleben/)).toBeVisible();
  await expect(app.marker('Roßleben')).not.toHaveAttribute('data-match', 'false');
  await expect(app.marker('Dresden')).toHaveAttribute('data-match', 'false');
  await expect(app.timeline.locator('[data-fact-id]')).toHaveCount(1);
  await expect(page).toHaveURL(/q=rossleben/);

  await page.getByRole('searchbox', { name: 'Suche' }).fill('');
  await page.getByRole('button', { name: /^Parlamentarisch/ }).click();
  await expect(app.facts).toContainText('2 von 29 Fakten');
  await expect(page).toHaveURL(/cat=parliamentary/);
  await expect(app.marker('Dresden')).not.toHaveAttribute('data-match', 'false');
  await expect(app.marker('Artern')).toHaveAttribute('data-match', 'false');
  await page.goBack();
  await expect(app.facts).toContainText('29 von 29 Fakten');
  await page.goBack();
  await expect(app.facts).toContainText('1 von 29 Fakten');
});

test('the share button copies the link and says so', async ({ app, page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await app.marker('Roßleben').click();
  await page.getByRole('button', { name: 'Link teilen' }).click();
  await expect(page.locator('.share [role=status]')).toHaveText(
    'Link in die Zwischenablage kopiert.',
  );
  // A bundled place has a page of its own: the link previews it, with the rest of the view.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL('ort/rossleben/?lang=de', baseURL).href,
  );
});

test('where the clipboard is refused, the link is offered in a selected field', async ({
  app,
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await app.open();
  await page.getByRole('button', { name: 'Link teilen' }).click();
  const field = page.getByRole('textbox', { name: 'Link zu dieser Ansicht' });
  const link = new URL('?lang=de', baseURL).href;
  await expect(field).toHaveValue(link);
  expect(
    await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!),
  ).toBe(link.length);
});

test('a link restores the time window and cursor, and panning writes the camera', async ({
  app,
  page,
}) => {
  await app.open('?from=2017&to=2019&at=2018-03-19');
  await expect(app.cursor).toHaveAttribute('aria-valuetext', '19.03.2018');
  await expect(app.timeline.locator('.vis-time-axis.vis-foreground').first()).toContainText('2018');
  await expect(app.timeline).toContainText('19.03.2018 ·');
  await expect(app.marker('Artern')).toHaveAttribute('data-state', 'active');
  const canvas = app.map.locator('canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 40, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/map=[\d.]+,[\d.]+,[\d.]+/);
  await expect(page).toHaveURL(/from=2017&to=2019&at=2018-03-19/);
});

test('embed=1 drops the page chrome and posts the URL to the host page', async ({
  page,
  baseURL,
}) => {
  // A host page of its own (served through a route, without the app's CSP) embeds the app.
  const appUrl = new URL('./?embed=1', baseURL).href;
  await page.route('**/embed-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><iframe title="Kartenchronik" src="${appUrl}" width="1200" height="760"></iframe>`,
    }),
  );
  await page.goto(new URL('./embed-host.html', baseURL).href);
  const messages: unknown[] = [];
  await page.exposeFunction('record', (m: unknown) => messages.push(m));
  await page.evaluate(() =>
    window.addEventListener('message', (e) =>
      (window as unknown as { record(m: unknown): void }).record(e.data),
    ),
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(frame.getByRole('banner')).toBeHidden();
  await frame.getByRole('button', { name: 'Artern', exact: true }).click();
  await expect.poll(() => messages.length).toBeGreaterThan(0);
  expect(messages.at(-1)).toEqual({
    type: 'kartenchronik:view',
    url: expect.stringMatching(/embed=1.*$|place=artern/),
  });
  expect(JSON.stringify(messages.at(-1))).toContain('place=artern');
});

test('axe finds no violations with filters and the notice shown, in English', async ({
  app,
  page,
}) => {
  await app.open('?lang=en&map=abc&q=werner&cat=visits-2018');
  await expect(page.locator('.link-notice')).toContainText('map');
  await expectNoAxeViolations(page);
});
