import { expect, type Locator, type Page } from '@playwright/test';

/** The app as a user sees it: regions and controls found by role and accessible name. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** The bundled dataset's title: the heading of the details' overview when nothing is selected. */
  readonly datasetTitle = 'Heike Werner und das Landesprogramm Familie';

  /** Opens the app (optionally with a query string) and waits until it reports ready. */
  async open(search = ''): Promise<void> {
    await this.page.goto(`./${search}`);
    // waitForFunction, not expect(locator): on a failed poll, expect builds an accessibility
    // snapshot of the page, which takes seconds at 5,000 buttons and starves the app.
    await this.page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, {
      timeout: 20_000,
    });
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  get facts(): Locator {
    return this.region('Fakten');
  }

  get details(): Locator {
    return this.region('Details');
  }

  factButton(title: string | RegExp): Locator {
    return this.facts.getByRole('button', { name: title });
  }

  /** All fact buttons in the list. */
  get factButtons(): Locator {
    return this.facts.locator('button[data-fact-id]');
  }

  get map(): Locator {
    return this.region('Karte');
  }

  /** A place marker on the map (or on the static fallback map). */
  marker(name: string): Locator {
    return this.map.getByRole('button', { name, exact: true });
  }

  /**
   * Clicks a marker until it is pressed: while the camera eases (a tour step, a fact page
   * framing its places) a click on a moving marker may miss it, as a reader's would.
   */
  async pressMarker(name: string): Promise<void> {
    await expect(async () => {
      await this.marker(name).click();
      await expect(this.marker(name)).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
    }).toPass();
  }

  get markers(): Locator {
    return this.map.locator('button[data-place-id]');
  }

  get timeline(): Locator {
    return this.region('Zeitleiste');
  }

  /** A timeline item by its visible label text. */
  timelineItem(text: string | RegExp): Locator {
    return this.timeline.locator('.vis-item').filter({ hasText: text });
  }

  get cursor(): Locator {
    return this.timeline.getByRole('slider');
  }

  /** The tour player's region (while a tour runs). */
  get tour(): Locator {
    return this.region('Rundgang');
  }

  get sourceDialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
