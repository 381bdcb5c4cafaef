import type { Locator, Page } from '@playwright/test';

/** The "Datensatz öffnen" controls in the header. */
export class OpenDatasetPanel {
  constructor(readonly page: Page) {}

  async openFile(path: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByRole('button', { name: 'Datensatz öffnen' }).click();
    await this.page.getByLabel(/Datei wählen/).setInputFiles(path);
  }

  async openUrl(url: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Datensatz öffnen' }).click();
    await this.page.getByLabel(/Adresse einer Datei/).fill(url);
    await this.page.getByRole('button', { name: 'Laden', exact: true }).click();
  }

  get error(): Locator {
    return this.page.locator('.open-dataset__error');
  }
}
