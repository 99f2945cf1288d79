import type { Locator, Page } from 'playwright-core';

// Page object for the summary's Copy / Insert into record controls and the wrong-family check
// (components/summary/record-output.tsx), in the real side panel.

export class RecordOutputPanel {
  /** `scope`: where this summary's controls are, when the screen has more than one summary. */
  constructor(
    readonly page: Page,
    private readonly scope: Page | Locator = page,
  ) {}

  copyButton(): Locator {
    return this.scope.getByRole('button', { name: 'Copy', exact: true });
  }

  insertButton(): Locator {
    return this.scope.getByRole('button', { name: 'Insert into record', exact: true });
  }

  /** The wrong-family check. */
  guard(): Locator {
    return this.page.getByRole('dialog');
  }

  async guardDetails(): Promise<{ contact: string; date: string; time: string }> {
    const dialog = this.guard();
    const value = async (term: string) => (await dialog.getByRole('definition').nth(['Contact', 'Date', 'Time'].indexOf(term)).textContent())?.trim() ?? '';
    return { contact: await value('Contact'), date: await value('Date'), time: await value('Time') };
  }

  async startInsert(): Promise<void> {
    await this.insertButton().click();
    await this.guard().waitFor();
  }

  async startCopy(): Promise<void> {
    await this.copyButton().click();
    await this.guard().waitFor();
  }

  async confirmInsert(): Promise<void> {
    await this.guard().getByRole('button', { name: 'Insert summary' }).click();
  }

  async confirmCopy(): Promise<void> {
    await this.guard().getByRole('button', { name: 'Copy summary' }).click();
  }

  async cancelWithEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.guard().waitFor({ state: 'hidden' });
  }

  /**
   * The status or alert message on screen now, once there is one. A new attempt replaces the last
   * one's message with "Inserting the summary…" first, so poll for an expected result.
   */
  async outcome(): Promise<string> {
    const message = this.scope.getByRole('status').or(this.scope.getByRole('alert')).filter({ hasText: /\S/ });
    await message.first().waitFor();
    return (await message.first().textContent())?.trim() ?? '';
  }

  offer(name: string | RegExp): Locator {
    return this.scope.getByRole('button', { name });
  }
}
