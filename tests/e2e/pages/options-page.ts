import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

// Page object for the organisation settings page (components/options/options-page.tsx), and for
// what the side panel's outcome cards show from the configuration. Specs speak the IT lead's and
// practitioner's language and hold no selectors; everything here finds things by role, label or
// visible text, as assistive technology would.

/** One field-level error as the page shows it: the path in the file and what is wrong. */
export type ShownError = { path: string; message: string };

export class OptionsPage {
  constructor(readonly page: Page) {}

  /** Opens the options page as a tab (Chrome opens it in a tab too: `options_ui.open_in_tab`). */
  static async open(page: Page, optionsUrl: string): Promise<OptionsPage> {
    const options = new OptionsPage(page);
    await page.goto(optionsUrl);
    await options.waitUntilLoaded();
    return options;
  }

  async waitUntilLoaded(): Promise<void> {
    await this.page.getByRole('heading', { level: 2, name: 'Import a configuration' }).waitFor();
  }

  /** Reads the configuration from storage again, as a fresh visit to the page would. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilLoaded();
  }

  /** "Configured for …" or "No organisation is configured: the national defaults are in use." */
  async whoIsConfigured(): Promise<string> {
    const line = this.page.getByText(/^(Configured for|No organisation is configured)/);
    // The same paragraph goes on to say when settings apply; only its first sentence is wanted.
    return ((await line.textContent()) ?? '').split(' These settings apply')[0]?.trim() ?? '';
  }

  /** The value in a labelled field of the edit form, e.g. "Organisation name". */
  async fieldValue(label: string): Promise<string> {
    return this.page.getByLabel(label, { exact: true }).inputValue();
  }

  /** Names of the local services the form shows (the configuration in force, or unsaved edits). */
  async serviceNames(): Promise<string[]> {
    const services = this.page.getByRole('region', { name: 'Local services' }).getByRole('group', { name: /^Service \d+: / });
    return Promise.all((await services.all()).map(async (service) => (await service.getByLabel('Name', { exact: true }).inputValue()).trim()));
  }

  // ---- import --------------------------------------------------------------------------------
  /** Chooses a file in the "Configuration file" box, as the file picker would. */
  async chooseFile(name: string, contents: string): Promise<void> {
    await this.page.getByLabel('Configuration file', { exact: true }).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(contents, 'utf8'),
    });
    await this.feedbackOn(`the file ${name}`);
  }

  /** Pastes text into the import box and presses "Check pasted configuration". */
  async paste(contents: string): Promise<void> {
    await this.page.getByLabel('Or paste the configuration', { exact: true }).fill(contents);
    await this.page.getByRole('button', { name: 'Check pasted configuration', exact: true }).click();
    await this.feedbackOn('the pasted configuration');
  }

  /**
   * Waits for the preview or the errors about `source`. The file is read asynchronously, so an
   * earlier import's errors may still be on screen for a moment: wait for ones that name this source.
   */
  private async feedbackOn(source: string): Promise<void> {
    const sentence = `${source[0]?.toUpperCase() ?? ''}${source.slice(1)} was not applied`;
    await this.preview()
      .filter({ has: this.page.getByRole('heading', { name: `Check the changes from ${source}`, exact: true }) })
      .or(this.errorSummary().filter({ hasText: sentence }))
      .first()
      .waitFor();
  }

  // ---- preview ------------------------------------------------------------------------------
  /** The preview of changes, with Apply and Cancel (a region named "Check the changes from …"). */
  preview(): Locator {
    return this.page.getByRole('region', { name: /^Check the changes from / });
  }

  async previewTitle(): Promise<string> {
    return ((await this.preview().getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
  }

  /** The changes the preview lists, one line each ("Service added: …", "Organisation name: …"). */
  async previewedChanges(): Promise<string[]> {
    return (await this.preview().getByRole('listitem').allTextContents()).map((line) => line.trim());
  }

  /** Presses Apply and waits for the page to say the changes are in force. */
  async apply(): Promise<string> {
    await this.preview().getByRole('button', { name: 'Apply', exact: true }).click();
    await this.preview().waitFor({ state: 'detached' });
    const status = this.page.getByRole('status').filter({ hasText: /^Applied\./ });
    await status.waitFor();
    return ((await status.textContent()) ?? '').trim();
  }

  async cancel(): Promise<void> {
    await this.preview().getByRole('button', { name: 'Cancel', exact: true }).click();
    await this.preview().waitFor({ state: 'detached' });
  }

  // ---- errors -------------------------------------------------------------------------------
  /** The error summary ("There is a problem"), announced as an alert. */
  errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ has: this.page.getByRole('heading', { name: 'There is a problem' }) });
  }

  async errorIntro(): Promise<string> {
    return ((await this.errorSummary().getByRole('paragraph').first().textContent()) ?? '').trim();
  }

  /** Each error as shown: the path in the file (in code type) and the words after it. */
  async errors(): Promise<ShownError[]> {
    const items = await this.errorSummary().getByRole('listitem').all();
    return Promise.all(
      items.map(async (item) => {
        const path = ((await item.getByRole('code').textContent()) ?? '').trim();
        const whole = ((await item.textContent()) ?? '').trim();
        return { path, message: whole.slice(whole.indexOf(path) + path.length).trim() };
      }),
    );
  }

  /** Whether keyboard focus is on the error summary (so a screen-reader user lands on it). */
  async errorSummaryHasFocus(): Promise<boolean> {
    return this.errorSummary().evaluate((el) => el === document.activeElement);
  }

  // ---- checks -------------------------------------------------------------------------------
  /** axe-core violations on what is on screen now (WCAG 2.x A and AA rules, and best practice). */
  async accessibilityViolations(): Promise<string[]> {
    return axeViolations(this.page);
  }
}

/** The same rule set as SidePanel.accessibilityViolations, for any extension page. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/**
 * The "Services and how to refer" disclosure of an outcome card in the side panel
 * (components/outcome/outcome-step.tsx). It belongs with SidePanel; it lives here because this
 * suite is the only one that reads it (move it to pages/side-panel.ts if another needs it).
 */
export class OutcomeServicesDisclosure {
  constructor(readonly card: Locator) {}

  /** The disclosure: a <details> element, role group, holding the services list. */
  private disclosure(): Locator {
    return this.card.getByRole('group').filter({ has: this.card.page().getByText('Services and how to refer', { exact: true }) });
  }

  async open(): Promise<void> {
    const details = this.disclosure();
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) {
      await details.getByText('Services and how to refer', { exact: true }).click();
    }
  }

  /** The names of the services listed, in order (each service's first line). */
  async serviceNames(): Promise<string[]> {
    await this.open();
    return (await this.disclosure().getByRole('listitem').getByRole('strong').allTextContents()).map((name) => name.trim());
  }

  /** All the disclosure says, including any "has not set a local service" note. */
  async text(): Promise<string> {
    await this.open();
    return this.disclosure().innerText();
  }
}
