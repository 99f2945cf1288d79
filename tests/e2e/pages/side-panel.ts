import type { Locator, Page } from 'playwright-core';

// Page object for the side panel: specs speak the practitioner's language and hold no selectors.
export class SidePanel {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async headingText(): Promise<string> {
    return (await this.heading().textContent())?.trim() ?? '';
  }
}
