import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { makePdf } from './data/make-pdf';
import { EditorPanel } from './pages/editor';
import { OpenDatasetPanel } from './pages/open-dataset';

/**
 * Authoring: an author pastes a source, selects the passage that proves a fact (by keyboard and
 * by mouse), and the fact is on the map, the timeline and the list at once, with its quote;
 * nothing is lost on reload, edits undo and redo, the export reopens, and a changed source
 * text re-anchors its quotes (moved) or orphans them (gone).
 */

// An emoji and a combining accent (n̈ has no precomposed form, so NFC keeps it) before the
// passages: offsets count UTF-16 code units.
const PROTOCOL = [
  'Stadtrat Artern 🎉 – Protokoll der Sitzung im Spin\u0308al am Markt',
  '',
  'Am 4. September 2019 beschloss der Stadtrat in Artern den Bau eines Spielplatzes für 120.000 Euro.',
  'Die Bürgermeisterin eröffnete den Spielplatz am 1. Juni 2020 in Artern.',
].join('\n');

test('from a pasted text to placed, dated, quoted facts; kept, undone, exported and re-anchored', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await app.open();
  const editor = new EditorPanel(page);
  await editor.open();
  await editor.button('Neuer Datensatz').click();
  await expect(app.facts).toContainText('0 von 0 Fakten');
  await expectNoAxeViolations(page);

  await editor.button('Quelle hinzufügen').click();
  await expectNoAxeViolations(page);
  await page
    .getByRole('dialog', { name: 'Quelle hinzufügen' })
    .getByRole('button', { name: 'Abbrechen' })
    .click();
  await editor.addSource('Ratsprotokoll Artern', PROTOCOL, '2019-09-05');

  // By keyboard: Shift+arrows.
  const first = 'beschloss der Stadtrat in Artern den Bau eines Spielplatzes';
  await editor.selectByKeyboard(first);
  await expect(editor.region).toContainText(`${first.length} Zeichen markiert`);
  await editor.button('Fakt aus Zitat').click();
  await expect(app.details).toContainText(first);
  await expect(app.facts).toContainText('1 von 1 Fakt');
  // The place the passage names, found in the gazetteer; the date its sentence says.
  await expect(app.marker('Artern')).toBeVisible();
  await expect(app.marker('Artern')).toHaveAttribute('data-highlighted', 'true');
  // Every fact is on the map: the caption has nothing to count.
  await expect(app.map).not.toContainText('ohne Ort auf der Karte');
  await expect(app.timeline.locator('.vis-item.vis-selected').first()).toContainText(
    'beschloss der Stadtrat',
  );
  await expect(editor.factForm.getByLabel('Datum', { exact: true })).toHaveValue('2019-09-04');
  await expect(editor.factForm).toContainText('Vorschlag');
  // The form's fields, by their labels as the issue names them.
  for (const label of ['Titel', 'Datum', 'Ort', 'Kategorie'])
    await expect(editor.factForm.getByLabel(label, { exact: true })).toBeVisible();
  await expect(app.details).toContainText('erschlossen');
  await expectNoAxeViolations(page);

  // Confirmed, the date keeps its reason (the sentence says it, the quote does not).
  await editor.factForm.getByRole('button', { name: 'Bestätigen', exact: true }).click();
  await expect(editor.factForm.getByLabel('Begründung (erschlossen)')).toHaveValue('aus dem Satz');

  // A category of its own, with a colour; a second place, clicked on the map.
  await editor.factForm.getByLabel('Neue Kategorie').fill('Spielplätze');
  await editor.factForm.getByLabel('Farbe der neuen Kategorie').fill('#15803d');
  await editor.factForm.getByRole('button', { name: 'Kategorie anlegen' }).click();
  await expect(editor.factForm.getByLabel('Kategorie', { exact: true })).toHaveValue('spielplatze');
  await expect(page.locator('.filter-bar__categories .chip__swatch')).toHaveCount(1);
  await editor.factForm.getByRole('button', { name: 'Auf der Karte wählen' }).click();
  await expect(editor.factForm.getByRole('status')).toContainText('Klicken Sie auf die Karte');
  const map = (await app.map.locator('canvas').boundingBox())!;
  await page.mouse.click(map.x + 30, map.y + map.height - 60);
  await expect(editor.factForm.locator('.fact-form__places li')).toHaveCount(2);
  await expect(app.markers).toHaveCount(2);

  // By mouse: pressed on the first letter, released after the last.
  const second = 'eröffnete den Spielplatz';
  await editor.selectByMouse(second);
  await expect(editor.region).toContainText(`${second.length} Zeichen markiert`);
  await editor.button('Fakt aus Zitat').click();
  await expect(app.facts).toContainText('2 von 2 Fakten');
  await expect(editor.factForm.getByLabel('Datum', { exact: true })).toHaveValue('2020-06-01');

  // Undo and redo walk through the edits (the keys as the buttons).
  await editor.button('Rückgängig').click();
  await expect(app.facts).toContainText('1 von 1 Fakt');
  await page.locator('body').press('Control+Shift+Z');
  await expect(app.facts).toContainText('2 von 2 Fakten');
  await page.locator('body').press('Control+Z');
  await expect(app.facts).toContainText('1 von 1 Fakt');
  await editor.button('Wiederholen').click();
  await expect(app.facts).toContainText('2 von 2 Fakten');
  await expect(editor.region.getByRole('status').first()).toHaveText('Gespeichert');

  // Reload: the editor and both facts are back.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await expect(editor.region).toBeVisible();
  await expect(app.facts).toContainText('2 von 2 Fakten');

  // Export: format v1 with the quotes' offsets and context; it opens again identically.
  const downloading = page.waitForEvent('download');
  await editor.button('Datensatz exportieren').click();
  const file = await (await downloading).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  const text: string = exported.sources[0].text;
  for (const fact of exported.facts) {
    const [quote] = fact.evidence;
    expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
    expect(text.split(`${quote.prefix ?? ''}${quote.quote}${quote.suffix ?? ''}`)).toHaveLength(2);
  }
  expect(
    exported.facts.map((f: { evidence: { quote: string }[] }) => f.evidence[0]!.quote),
  ).toEqual([first, second]);

  // The source changes: words before the passages move them ("verschoben").
  await app.factButton(/Bürgermeisterin eröffnete/).click();
  await expect(app.details).toContainText(second);
  await editor.button('Quelle bearbeiten').click();
  let dialog = page.getByRole('dialog', { name: 'Quelle bearbeiten' });
  await dialog.getByLabel('Text', { exact: true }).fill(`Öffentliche Sitzung.\n\n${PROTOCOL}`);
  await dialog.getByRole('button', { name: 'Quelle speichern' }).click();
  await expect(
    dialog.getByRole('region', { name: 'Was die Änderung mit den Zitaten macht' }),
  ).toContainText('verschoben');
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.details).toContainText(second);

  // The passage is replaced: its quote is orphaned, kept with its words, never attached elsewhere.
  await editor.button('Quelle bearbeiten').click();
  dialog = page.getByRole('dialog', { name: 'Quelle bearbeiten' });
  await dialog
    .getByLabel('Text', { exact: true })
    .fill(
      `Öffentliche Sitzung.\n\n${PROTOCOL.replace('eröffnete den Spielplatz', 'verschob die Einweihung')}`,
    );
  await dialog.getByRole('button', { name: 'Quelle speichern' }).click();
  const report = dialog.getByRole('region', { name: 'Was die Änderung mit den Zitaten macht' });
  await expect(report).toContainText('unverändert');
  await expect(report).toContainText('verwaist');
  await dialog.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(editor.factForm).toContainText('verwaist');
  await expect(editor.factForm).toContainText(second);

  // Reopened from the export, as it was exported.
  await editor.button('Bearbeiten beenden').click();
  await expect(editor.region).toBeHidden();
  await new OpenDatasetPanel(page).openFile(file);
  await expect(app.facts).toContainText('2 von 2 Fakten');
  await expect(app.factButton(/beschloss der Stadtrat/)).toBeVisible();
});

test('a PDF source is read page by page; a quote knows its page', async ({ app, page }) => {
  await app.open();
  const editor = new EditorPanel(page);
  await editor.open();
  await editor.button('Quelle hinzufügen').click();
  const dialog = page.getByRole('dialog', { name: 'Quelle hinzufügen' });
  await dialog.getByLabel(/Aus Datei/).setInputFiles({
    name: 'bericht.pdf',
    mimeType: 'application/pdf',
    buffer: makePdf([
      'Bericht des Kreistags, Seite eins.',
      'Am 27. Maerz 2018 besuchte die Ministerin Altenburg.',
    ]),
  });
  await expect(dialog.getByLabel('Text', { exact: true })).toHaveValue(
    'Bericht des Kreistags, Seite eins.\n\nAm 27. Maerz 2018 besuchte die Ministerin Altenburg.',
  );
  await expect(dialog.getByLabel('Titel', { exact: true })).toHaveValue('bericht');
  await dialog.getByRole('button', { name: 'Quelle hinzufügen' }).click();
  await editor.selectByKeyboard('besuchte die Ministerin Altenburg');
  await editor.button('Fakt aus Zitat').click();
  await expect(editor.factForm.getByRole('region', { name: 'Zitate' })).toContainText(
    'bericht, S. 2',
  );
  await expect(editor.factForm.getByLabel('Datum', { exact: true })).toHaveValue('2018-03-27');
});

test('a second tab editing the same dataset is told, and saves nothing over it', async ({
  app,
  page,
  context,
}) => {
  await app.open();
  const editor = new EditorPanel(page);
  await editor.open();
  const other = await context.newPage();
  await other.goto(page.url());
  const otherEditor = new EditorPanel(other);
  await expect(otherEditor.region).toBeVisible();
  await editor.addSource('Notiz', 'Eine Notiz über Altenburg im Jahr 2018.');
  await expect(otherEditor.region.getByRole('alert')).toContainText(
    'in einem anderen Tab geändert',
  );
  await expect(otherEditor.button('Quelle hinzufügen')).toBeDisabled();
  await other.close();
});

test('Back leaves the editor; a link with edit=1 to an address opens it to read, and says so', async ({
  app,
  page,
}) => {
  await app.open();
  const editor = new EditorPanel(page);
  await editor.open();
  await page.goBack();
  await expect(editor.region).toBeHidden();
  await app.open('?data=data%2Fdataset.json&edit=1');
  await expect(editor.region).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'bearbeitet wird nur eine Kopie' }),
  ).toBeVisible();
});
