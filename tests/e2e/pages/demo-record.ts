import type { CDPSession, Locator, Page } from 'playwright-core';

// Page object for the fictional demo record (demo/record.html): specs name the record's fields as
// a practitioner would and never hold selectors.

export type RecordField = 'plain' | 'rich' | 'editor' | 'outcome' | 'framed';

export type RecordInputEvent = { field: string; inputType: string | null };

export class DemoRecord {
  private cdp: CDPSession | undefined;

  private constructor(readonly page: Page) {}

  static async open(page: Page, url: string): Promise<DemoRecord> {
    const record = new DemoRecord(page);
    await record.goto(url);
    return record;
  }

  /** Loads (or navigates to) a record page and waits for its rich-text editor to be ready. */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.bringToFront();
    await this.field('editor').waitFor();
  }

  field(name: RecordField): Locator {
    switch (name) {
      case 'plain':
        return this.page.getByLabel('Contact note (plain text)');
      case 'rich':
        return this.page.getByRole('textbox', { name: 'Contact note (rich text)' });
      case 'editor':
        return this.page.getByRole('textbox', { name: 'Contact note (rich-text editor)' });
      case 'outcome':
        return this.page.getByLabel('Outcome summary (500 characters at most)');
      case 'framed':
        return this.page.frameLocator('iframe[title="Embedded contact form"]').getByLabel('Additional contact note');
    }
  }

  /** Clicks into the field and puts the cursor at the end of what is there, as a practitioner would. */
  async clickInto(name: RecordField): Promise<void> {
    await this.field(name).click();
    await this.page.keyboard.press('Control+End');
  }

  async type(name: RecordField, text: string): Promise<void> {
    await this.clickInto(name);
    await this.page.keyboard.type(text);
  }

  /** Fills a text field directly (test set-up, e.g. a nearly full field). */
  async fill(name: 'plain' | 'outcome' | 'framed', text: string): Promise<void> {
    await this.field(name).fill(text);
  }

  /**
   * The field's text. For the contenteditable, each block is one line (the browser splits
   * inserted lines into <div>s and keeps runs of spaces as no-break spaces, shown here as spaces);
   * for the editor, the text of its own document MODEL, one line per paragraph.
   */
  async text(name: RecordField): Promise<string> {
    switch (name) {
      case 'plain':
      case 'outcome':
      case 'framed':
        return this.field(name).inputValue();
      case 'editor':
        return this.page.evaluate(() => (window as unknown as { recordEditor: { text(): string } }).recordEditor.text());
      case 'rich':
        return this.field('rich').evaluate((host) => {
          const lines: string[] = [];
          let current: string | null = null;
          for (const node of Array.from(host.childNodes)) {
            if (node.nodeType === Node.TEXT_NODE) {
              current = (current ?? '') + (node.textContent ?? '');
              continue;
            }
            const element = node as HTMLElement;
            if (element.localName === 'br') {
              lines.push(current ?? '');
              current = null;
            } else if (getComputedStyle(element).display === 'block') {
              if (current !== null) lines.push(current);
              current = null;
              lines.push(element.textContent ?? '');
            } else {
              current = (current ?? '') + (element.textContent ?? '');
            }
          }
          if (current !== null) lines.push(current);
          return lines.join('\n').replace(/\u00a0/g, ' ');
        });
    }
  }

  /**
   * Presses the extension's "insert summary" shortcut (Alt+Shift+V) in the record. Sent as a raw
   * key-down, the event a physical key press produces first: Chromium's extension-command
   * accelerators ignore the combined keyDown that Playwright's keyboard.press sends.
   */
  async pressInsertShortcut(): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    const key = { modifiers: 1 | 8, key: 'V', code: 'KeyV', windowsVirtualKeyCode: 86, nativeVirtualKeyCode: 86 };
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key });
    await this.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async paste(): Promise<void> {
    await this.page.keyboard.press('Control+v');
  }

  /** The input events the record's own scripts saw (demo/record.js and record-frame.js). */
  async inputLog(): Promise<RecordInputEvent[]> {
    return this.page.evaluate(() => (window as unknown as { recordInputLog: RecordInputEvent[] }).recordInputLog.slice());
  }

  async clearInputLog(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { recordInputLog: RecordInputEvent[] }).recordInputLog.length = 0;
    });
  }
}
