import { expect, type Locator, type Page } from '@playwright/test';

/** The app as a user sees it: regions and controls found by role and accessible name. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens the app (optionally with a query string) and waits until it reports ready. */
  async open(search = ''): Promise<void> {
    await this.page.goto(`./${search}`);
    await expect(this.page.locator('html')).toHaveAttribute('data-ready', 'true');
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

  get sourceDialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
