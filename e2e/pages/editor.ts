import { expect, type Locator, type Page } from '@playwright/test';

/** The editor as an author uses it: found by role and accessible name. */
export class EditorPanel {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Editor', exact: true });
  }

  button(name: string): Locator {
    return this.region.getByRole('button', { name, exact: true });
  }

  /** The source text field of the shown source. */
  get sourceText(): Locator {
    return this.region.getByRole('textbox', { name: /^Quelltext: / });
  }

  get factForm(): Locator {
    return this.region.getByRole('form', { name: 'Fakt bearbeiten' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
    await expect(this.region).toBeVisible();
    await expect(this.page).toHaveURL(/data=local%3A[0-9a-f]{32}.*&edit=1/);
  }

  /** "Quelle hinzufügen" with a pasted text. */
  async addSource(title: string, text: string, date?: string): Promise<void> {
    await this.button('Quelle hinzufügen').click();
    const dialog = this.page.getByRole('dialog', { name: 'Quelle hinzufügen' });
    await dialog.getByLabel('Titel', { exact: true }).fill(title);
    await dialog.getByLabel('Text', { exact: true }).fill(text);
    if (date) await dialog.getByLabel('Datum', { exact: true }).fill(date);
    await dialog.getByRole('button', { name: 'Quelle hinzufügen' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.sourceText).toHaveValue(text);
  }

  /** Selects `passage` by keyboard: the caret to its start with arrows, then Shift+arrows. */
  async selectByKeyboard(passage: string): Promise<void> {
    const text = await this.sourceText.inputValue();
    const start = text.indexOf(passage);
    if (start < 0) throw new Error(`"${passage}" is not in the source text`);
    // An arrow key moves by a character as one sees it (an emoji, a letter with its accent),
    // not by a UTF-16 unit.
    const graphemes = (s: string) =>
      [...new Intl.Segmenter('de', { granularity: 'grapheme' }).segment(s)].length;
    await this.sourceText.focus();
    await this.page.keyboard.press('Control+Home');
    for (let i = graphemes(text.slice(0, start)); i > 0; i--)
      await this.page.keyboard.press('ArrowRight');
    for (let i = graphemes(passage); i > 0; i--) await this.page.keyboard.press('Shift+ArrowRight');
  }

  /**
   * Selects `passage` with the mouse: pressed at its first letter, released after its last.
   * Where the letters are is read from the highlight layer, which lays the text out alike.
   */
  async selectByMouse(passage: string): Promise<void> {
    const text = await this.sourceText.inputValue();
    const start = text.indexOf(passage);
    if (start < 0) throw new Error(`"${passage}" is not in the source text`);
    const end = start + passage.length;
    await this.sourceText.scrollIntoViewIfNeeded();
    const box = await this.region.locator('.source-text__backdrop').evaluate(
      (backdrop, [from, to]) => {
        // The layer's text nodes hold the text in order; find the nodes at both offsets.
        const walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_TEXT);
        const at = (offset: number) => {
          let seen = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent!.length;
            if (offset <= seen + length) return { node, offset: offset - seen };
            seen += length;
          }
          throw new Error('offset beyond the text');
        };
        walker.currentNode = backdrop;
        const a = at(from!);
        walker.currentNode = backdrop;
        const b = at(to!);
        const first = document.createRange();
        first.setStart(a.node, a.offset);
        first.setEnd(a.node, a.offset + 1);
        const last = document.createRange();
        last.setStart(b.node, b.offset - 1);
        last.setEnd(b.node, b.offset);
        const r1 = first.getBoundingClientRect();
        const r2 = last.getBoundingClientRect();
        return {
          x1: r1.left + 1,
          y1: r1.top + r1.height / 2,
          x2: r2.right - 1,
          y2: r2.top + r2.height / 2,
        };
      },
      [start, end],
    );
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x2, box.y2, { steps: 8 });
    await this.page.mouse.up();
  }
}
