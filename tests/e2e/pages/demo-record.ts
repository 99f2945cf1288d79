import type { CDPSession, Locator, Page } from 'playwright-core';

// Page object for the fictional demo record (demo/record.html): specs name the record's fields as
// a practitioner would and never hold selectors.

export type RecordField = 'plain' | 'rich' | 'editor' | 'outcome' | 'framed' | 'ckeditor' | 'tinymce' | 'quill' | 'locked';

/** The multi-line note fields and editors, named as the tests name them ('editor' is ProseMirror). */
export type NoteField = Exclude<RecordField, 'outcome'>;

export type RecordInputEvent = { field: string; inputType: string | null };

export class DemoRecord {
  private cdp: CDPSession | undefined;

  private constructor(readonly page: Page) {}

  static async open(page: Page, url: string): Promise<DemoRecord> {
    const record = new DemoRecord(page);
    await record.goto(url);
    return record;
  }

  /** Loads (or navigates to) a record page and waits for its rich-text editors to be ready. */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.bringToFront();
    await this.field('editor').waitFor();
    await this.page.waitForFunction(() => document.body.dataset.editorsReady === 'true');
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
      case 'ckeditor':
        return this.page.getByRole('textbox', { name: /^Contact note \(CKEditor 5\)/ });
      case 'tinymce':
        // TinyMCE's editing body, in its own iframe, labelled by iframe_aria_text.
        return this.page.locator('#tinymce-note').frameLocator('iframe').locator('body[aria-label="Contact note (TinyMCE)"]');
      case 'quill':
        return this.page.getByRole('textbox', { name: 'Contact note (Quill)' });
      case 'locked':
        return this.page.getByRole('textbox', { name: 'Referral note (locked editor)' });
    }
  }

  /** Moves the caret `count` characters to the left, as the arrow key does. */
  async caretLeft(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) await this.page.keyboard.press('ArrowLeft');
  }

  /**
   * The field's content as its editor holds it, one entry per paragraph (or line), read through
   * the editor's OWN model or API, never the page's DOM: CKEditor 5's model root, TinyMCE's
   * getContent(), Quill's getText(), ProseMirror's document; a text field's value. No-break spaces
   * (how HTML keeps an indent) read as spaces. `html` is TinyMCE's saved HTML, where a blank line
   * must be its own empty paragraph and not a <br> that adds a line.
   */
  async model(name: NoteField): Promise<{ lines: string[]; html?: string }> {
    const lines = (text: string) => text.replace(/\u00a0/g, ' ').split('\n');
    type Editors = {
      ckeditor5: { model: { document: { getRoot(): { getChildren(): Iterable<{ getChildren(): Iterable<{ data?: string }> }> } } } };
      tinymce: { getContent(): string };
      quill: { getText(): string };
      locked: { text(): string };
    };
    switch (name) {
      case 'ckeditor': {
        const blocks = await this.page.evaluate(() => {
          const editor = (window as unknown as { demoEditors: Editors }).demoEditors.ckeditor5;
          return Array.from(editor.model.document.getRoot().getChildren()).map((block) =>
            Array.from(block.getChildren())
              .map((node) => node.data ?? '\ufffc')
              .join(''),
          );
        });
        return { lines: blocks.map((block) => block.replace(/\u00a0/g, ' ')) };
      }
      case 'tinymce': {
        const { html, blocks } = await this.page.evaluate(() => {
          const saved = (window as unknown as { demoEditors: Editors }).demoEditors.tinymce.getContent();
          const body = new DOMParser().parseFromString(saved, 'text/html').body;
          // TinyMCE saves an empty paragraph as <p>&nbsp;</p>.
          return { html: saved, blocks: Array.from(body.children).map((block) => (block.textContent === '\u00a0' ? '' : (block.textContent ?? ''))) };
        });
        return { lines: blocks.map((block) => block.replace(/\u00a0/g, ' ')), html };
      }
      case 'quill':
        // Quill's text always ends with its last line's newline.
        return { lines: lines((await this.page.evaluate(() => (window as unknown as { demoEditors: Editors }).demoEditors.quill.getText())).replace(/\n$/, '')) };
      case 'locked':
        return { lines: lines(await this.page.evaluate(() => (window as unknown as { demoEditors: Editors }).demoEditors.locked.text())) };
      default:
        return { lines: lines(await this.text(name)) };
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
  async text(name: Exclude<RecordField, 'ckeditor' | 'tinymce' | 'quill' | 'locked'>): Promise<string> {
    switch (name) {
      case 'plain':
      case 'outcome':
      case 'framed':
        return this.field(name).inputValue();
      case 'editor':
        // A pasted indent arrives as no-break spaces (how HTML keeps it); read as spaces, as shown.
        return (await this.page.evaluate(() => (window as unknown as { recordEditor: { text(): string } }).recordEditor.text())).replace(/\u00a0/g, ' ');
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
