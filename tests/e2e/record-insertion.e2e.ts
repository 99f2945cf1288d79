import { beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { demoRecord } from './support/extension';
import { buildRecordOutputHarness, launchWithRealSidePanel, mountRecordOutput, type HarnessBundle, type WithRealSidePanel } from './support/real-side-panel';
import { DemoRecord, type RecordField } from './pages/demo-record';
import { RecordOutputPanel } from './pages/record-output';
import { ensureDemoBuilt } from '../../scripts/demo-editor-bundle';
import type { HarnessConfig } from './fixtures/record-output-harness';

// Issue 5, "Copy" and "Insert into record", in real Chromium with the built extension and
// Chrome's real side panel beside the demo record. The practitioner's path: click in the
// record's note field, press the insert shortcut (which grants activeTab: the only access the
// extension has to the record, with no host permission), see the wrong-family check in the
// panel, confirm, and the summary is in the field exactly, undoable with Ctrl+Z.
//
// These tests mount RecordOutput with a FIXED text (tests/e2e/fixtures/record-output-harness.tsx)
// rather than finishing a contact, on purpose: they test how text gets into each kind of field,
// and the fixed text has what the real summary never has (non-ASCII punctuation; the real one is
// plain ASCII), so exactness is tested harder than the summary alone would; the character-limit
// test needs a short version of known length; and each real contact would add about 5 s per test.
// The real summary screen, from a finished contact through the shortcut into the record, is
// tested in summary.e2e.ts.

// A fictional summary with what real ones have: several lines, a blank line, indentation and
// non-ASCII punctuation.
const SUMMARY = [
  'PMH Contact Companion summary (fictional demo)',
  'Contact: new birth visit, Friday 21 November 2025 14:05',
  '',
  'Birthing parent',
  '  Whooley: no to both questions.',
  '  GAD-2: score 1 – below threshold.',
  '',
  'Partner: not present; partner questions due at the 6–8 week contact.',
  'Plan: universal pathway.',
].join('\n');
const COMPACT = 'PMH summary 21 Nov 2025 14:05: both questions no, GAD-2 1; partner not seen; universal pathway.';

function contact(overrides: Partial<HarnessConfig> = {}): HarnessConfig {
  return {
    text: SUMMARY,
    compactText: COMPACT,
    contactLabel: '14:05 visit',
    contactStartedAt: '2025-11-21T14:05:00Z',
    now: '2025-11-21T15:00:00Z',
    extraConfirmAfterHours: 24,
    ...overrides,
  };
}

let harness: HarnessBundle;
beforeAll(async () => {
  await ensureDemoBuilt();
  harness = await buildRecordOutputHarness();
});

/** A browser with the extension, the demo record in a tab, and the practitioner's click in `field`. */
async function recordOpenAt(field: RecordField) {
  const demo = await demoRecord();
  const browser = await launchWithRealSidePanel();
  const record = await DemoRecord.open(await browser.launched.context.newPage(), demo.recordUrl);
  await record.clickInto(field);
  return { demo, browser, record };
}

/** The insert shortcut pressed in the record: the side panel opens with the summary and the check. */
async function pressShortcutAndOpenPanel(browser: WithRealSidePanel, record: DemoRecord, config = contact()): Promise<RecordOutputPanel> {
  await record.pressInsertShortcut();
  const panel = new RecordOutputPanel(await browser.sidePanel());
  await mountRecordOutput(panel.page, harness, config);
  await panel.guard().waitFor();
  return panel;
}

describe('inserting the summary into the record from the keyboard shortcut', () => {
  it('[H07-j] checks the family first, then puts the exact summary at the caret of a textarea, as input the page sees and Ctrl+Z undoes', async () => {
    const demo = await demoRecord();
    const browser = await launchWithRealSidePanel();
    const record = await DemoRecord.open(await browser.launched.context.newPage(), demo.recordUrl);
    await record.type('plain', 'Seen at home. ');
    await record.pressInsertShortcut();
    const panel = new RecordOutputPanel(await browser.sidePanel());
    await mountRecordOutput(panel.page, harness, contact());

    // The wrong-family check opens by itself for the request from the record page.
    await panel.guard().waitFor();
    expect(await panel.guardDetails()).toEqual({ contact: '14:05 visit', date: 'Friday 21 November 2025', time: '14:05' });
    const axe = await new AxeBuilder({ page: panel.page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await record.clearInputLog();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into “Contact note \(plain text\)”/);
    expect(await record.text('plain')).toBe(`Seen at home. ${SUMMARY}`);
    const log = await record.inputLog();
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((event) => event.field === 'note-plain' && event.inputType === 'insertText')).toBe(true);

    await record.undo();
    expect(await record.text('plain')).toBe('Seen at home. ');
  });

  it('[H32-m] puts multi-line text into a contenteditable note with its line breaks, and Ctrl+Z takes it out', async () => {
    const { browser, record } = await recordOpenAt('rich');
    const panel = await pressShortcutAndOpenPanel(browser, record);
    await record.clearInputLog();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into “Contact note \(rich text\)”/);
    expect(await record.text('rich')).toBe(SUMMARY);
    expect((await record.inputLog()).every((event) => event.field === 'note-rich' && event.inputType === 'insertText')).toBe(true);
    await record.undo();
    expect(await record.text('rich')).toBe('');
  });

  it("[H32-i] gets the text into the rich-text editor's own model (ProseMirror), undoable with the editor's Ctrl+Z", async () => {
    const { browser, record } = await recordOpenAt('editor');
    await record.type('editor', 'Seen at home.');
    // ProseMirror merges edits made within 500 ms of each other into one undo step; reaching the
    // panel takes a practitioner longer than that, and a fast test run may not.
    await record.page.waitForTimeout(600);
    const panel = await pressShortcutAndOpenPanel(browser, record);
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into “Contact note \(rich-text editor\)”/);
    // The editor's document model, not the page's DOM: one paragraph per line, blank lines kept.
    expect(await record.text('editor')).toBe(`Seen at home.${SUMMARY}`);
    await record.undo();
    expect(await record.text('editor')).toBe('Seen at home.');
  });

  it('reaches a note field inside a same-origin iframe', async () => {
    const { browser, record } = await recordOpenAt('framed');
    const panel = await pressShortcutAndOpenPanel(browser, record);
    await record.clearInputLog();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into “Additional contact note”/);
    expect(await record.text('framed')).toBe(SUMMARY);
    expect((await record.inputLog()).some((event) => event.field === 'note-framed' && event.inputType === 'insertText')).toBe(true);
    await record.undo();
    expect(await record.text('framed')).toBe('');
  });

  it('[H32-h] never cuts the summary short in a field with a character limit: it offers the short version, which fits exactly', async () => {
    const { browser, record } = await recordOpenAt('outcome');
    const panel = await pressShortcutAndOpenPanel(browser, record);
    await panel.confirmInsert();
    // The full summary has several lines; a one-line field would flatten them, so nothing goes in.
    await expect.poll(() => panel.outcome()).toMatch(/takes a single line and the summary has several\. Nothing was inserted\./);
    expect(await record.text('outcome')).toBe('');
    await panel.offer(/^Insert the short version/).click();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into “Outcome summary/);
    expect(await record.text('outcome')).toBe(COMPACT);

    // Nearly full: the short version no longer fits, and the field is left exactly as it was.
    const nearlyFull = 'x'.repeat(450);
    await record.fill('outcome', nearlyFull);
    await record.clickInto('outcome');
    await panel.startInsert();
    await panel.confirmInsert();
    await panel.offer(/^Insert the short version/).click();
    await expect.poll(() => panel.outcome()).toMatch(/^The summary is too long for “Outcome summary \(500 characters at most\)”: it has 95 characters and the field has room for 50\. Nothing was inserted\./);
    expect(await record.text('outcome')).toBe(nearlyFull);
  });
});

describe('the panel\'s own Insert into record button', () => {
  it('cannot reach a record page the practitioner has not pointed it at; after the shortcut in the field it can, on that page', async () => {
    const demo = await demoRecord();
    const browser = await launchWithRealSidePanel();
    // The panel is opened from another site first (the shortcut there), then the tab goes to the
    // record: a move to another site ends any access the extension had, as for a practitioner who
    // opens the panel and then the record.
    const otherSite = demo.recordUrl.replace('127.0.0.1', 'localhost');
    const record = await DemoRecord.open(await browser.launched.context.newPage(), otherSite);
    await record.clickInto('plain');
    const panel = await pressShortcutAndOpenPanel(browser, record);
    await panel.cancelWithEscape();
    await expect.poll(() => panel.outcome()).toBe('Nothing was inserted.');
    await expect.poll(() => panel.insertButton().evaluate((button) => button === document.activeElement)).toBe(true);

    await record.goto(demo.recordUrl);
    await record.type('plain', 'Seen at home. ');
    await panel.startInsert();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/cannot reach this page yet, so nothing was inserted\. In the record, right-click in the note field and choose “Insert contact summary here”, or click in it and press Alt\+Shift\+V\./);
    expect(await record.text('plain')).toBe('Seen at home. ');
    // It asked for no site: nothing optional was granted, and none is held at install.
    const granted = await browser.launched.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).chrome.permissions.getAll(),
    );
    expect(granted.origins).toEqual([]);

    // The practitioner's way in: the shortcut in the field grants access to this tab.
    await record.clickInto('plain');
    await record.pressInsertShortcut();
    await panel.guard().waitFor();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into “Contact note \(plain text\)”/);
    expect(await record.text('plain')).toBe(`Seen at home. ${SUMMARY}`);
    // Now that the site is known, the panel offers to ask for that one site (not clicked here:
    // headless Chromium cannot show the browser's permission prompt).
    await panel.offer('Let Insert into record work on 127.0.0.1').waitFor();

    // Access lasts on this page, so the panel's own button now works too.
    await record.type('plain', '\nAgain: ');
    await panel.startInsert();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted/);
    expect(await record.text('plain')).toBe(`Seen at home. ${SUMMARY}\nAgain: ${SUMMARY}`);
  });
});

describe('copying the summary', () => {
  it('[H07-l] checks the family, then puts exactly the same text on the clipboard (pasted into the record to prove it)', async () => {
    const { browser, record } = await recordOpenAt('plain');
    const panel = await pressShortcutAndOpenPanel(browser, record);
    await panel.cancelWithEscape();
    await panel.startCopy();
    expect(await panel.guardDetails()).toEqual({ contact: '14:05 visit', date: 'Friday 21 November 2025', time: '14:05' });
    await panel.confirmCopy();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary copied\./);
    await record.clickInto('plain');
    await record.paste();
    expect(await record.text('plain')).toBe(SUMMARY);
  });
});
