import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRecordOutputHarness, launchWithRealSidePanel, mountRecordOutput, type HarnessBundle, type WithRealSidePanel } from './support/real-side-panel';
import { startDemoServer, type DemoServer } from '../../scripts/support/demo-server';
import { DemoRecord, type NoteField } from './pages/demo-record';
import { RecordOutputPanel } from './pages/record-output';
import { ensureDemoBuilt } from '../../scripts/demo-editor-bundle';
import type { HarnessConfig } from './fixtures/record-output-harness';

// Issue 12, "insert that never lies", in real Chromium with the built extension and Chrome's real
// side panel beside the demo record, which embeds real editors from npm (CKEditor 5, TinyMCE in
// its iframe, Quill, ProseMirror) beside a textarea, a plain contenteditable and a same-origin
// iframe's textarea. For each, with the caret in the MIDDLE of the practitioner's own text, the
// summary goes in through the keyboard command and then through the panel's button; the test
// reads the result from the editor's OWN model (not the page's DOM): the summary exactly once at
// the caret, the text either side intact, one paragraph per line with blank lines kept; then ONE
// Ctrl+Z in the record must give back the model exactly as it was. The panel says "inserted" and
// mentions Ctrl+Z only because these tests pass (UNDO_PROVEN in lib/platform/insert-verification.ts).
// One browser for the whole file: each test loads the record page afresh.

const SUMMARY = [
  'PMH Contact Companion summary (fictional demo)',
  'Contact: new birth visit, Friday 21 November 2025 14:05',
  '',
  'Birthing parent',
  '  Whooley: no to both questions.',
  '  GAD-2: score 1 – below threshold.',
  '',
  'Plan: universal pathway.',
].join('\n');

/** The single-line version, for a one-line field. */
const COMPACT = 'PMH summary 21 Nov 2025 14:05: both questions no, GAD-2 1; universal pathway. ';

const CONFIG: HarnessConfig = {
  text: SUMMARY,
  compactText: COMPACT,
  contactLabel: '14:05 visit',
  contactStartedAt: '2025-11-21T14:05:00Z',
  now: '2025-11-21T15:00:00Z',
  extraConfirmAfterHours: 24,
};

const TYPED = 'Seen at home.';
/** The caret goes back this far: between "Seen at " and "home.". */
const BACK = 'home.'.length;
const EXPECTED_LINES = `Seen at ${SUMMARY}home.`.split('\n');

let harness: HarnessBundle;
let browser: WithRealSidePanel;
let demo: DemoServer;
let record: DemoRecord;
let harnessMounted = false;

beforeAll(async () => {
  await ensureDemoBuilt();
  harness = await buildRecordOutputHarness();
  browser = await launchWithRealSidePanel({ forWholeFile: true });
  demo = await startDemoServer();
  record = await DemoRecord.open(await browser.launched.context.newPage(), demo.recordUrl);
});

afterAll(async () => {
  await demo?.close();
});

/** The record page afresh, the practitioner's text typed in `field` and the caret moved into its middle. */
async function freshNoteWithCaretInMiddle(field: NoteField): Promise<void> {
  await record.goto(demo.recordUrl);
  await record.type(field, TYPED);
  // ProseMirror joins edits made within 500 ms into one undo step; a practitioner takes longer
  // than that to reach the panel and confirm, a test may not.
  await record.page.waitForTimeout(600);
  await record.caretLeft(BACK);
}

/** The insert shortcut in the record; the panel's check opens for it. */
async function shortcutToGuard(): Promise<RecordOutputPanel> {
  if (!harnessMounted) {
    await record.pressInsertShortcut();
    const panel = new RecordOutputPanel(await browser.sidePanel());
    await mountRecordOutput(panel.page, harness, CONFIG);
    harnessMounted = true;
    await panel.guard().waitFor();
    return panel;
  }
  const panel = new RecordOutputPanel(await browser.sidePanel());
  await record.pressInsertShortcut();
  await panel.guard().waitFor();
  return panel;
}

/** Where the caret was, as the practitioner left it: back into the field, to the middle of their text. */
async function caretBackInMiddle(field: NoteField): Promise<void> {
  await record.clickInto(field);
  await record.caretLeft(BACK);
}

const FIELDS: Array<{ field: NoteField; label: RegExp; editor: string }> = [
  { field: 'plain', label: /“Contact note \(plain text\)”/, editor: 'textarea' },
  { field: 'rich', label: /“Contact note \(rich text\)”/, editor: 'contenteditable' },
  { field: 'framed', label: /“Additional contact note”/, editor: 'textarea in a same-origin iframe' },
  { field: 'editor', label: /“Contact note \(rich-text editor\)”/, editor: 'ProseMirror' },
  { field: 'ckeditor', label: /“Contact note \(CKEditor 5\)/, editor: 'CKEditor 5' },
  { field: 'tinymce', label: /“Contact note \(TinyMCE\)”/, editor: 'TinyMCE' },
  { field: 'quill', label: /“Contact note \(Quill\)”/, editor: 'Quill' },
];

describe('[H70-e] the summary reaches each editor’s own model at the caret, and one Ctrl+Z takes exactly it out', () => {
  it.each(FIELDS)('$editor, through the keyboard command and then the panel’s button', async ({ field, label }) => {
    await freshNoteWithCaretInMiddle(field);
    const original = await record.model(field);
    expect(original.lines).toEqual([TYPED]);

    // The keyboard command.
    let panel = await shortcutToGuard();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into /);
    expect(await panel.outcome()).toMatch(label);
    expect(await panel.outcome()).toMatch(/To take it out again, press Ctrl\+Z in the record\./);
    const inserted = await record.model(field);
    expect(inserted.lines).toEqual(EXPECTED_LINES);
    // TinyMCE: blank lines are its own empty paragraphs, not a <br> that adds a line on save.
    if (inserted.html !== undefined) expect(inserted.html).not.toContain('<br');
    await record.undo();
    await expect.poll(async () => (await record.model(field)).lines).toEqual(original.lines);
    expect(await record.model(field)).toEqual(original);

    // The panel's own button: access granted by the shortcut lasts on this page.
    await caretBackInMiddle(field);
    panel = new RecordOutputPanel(await browser.sidePanel());
    await panel.startInsert();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into /);
    expect(await record.model(field)).toEqual(inserted);
    await record.undo();
    await expect.poll(async () => (await record.model(field)).lines).toEqual(original.lines);
    expect(await record.model(field)).toEqual(original);
  });
});

describe('[H70-e] the short version into a single-line field, caret mid-text', () => {
  it('goes in at the caret through the keyboard command and the panel’s button, and one Ctrl+Z takes exactly it out', async () => {
    await record.goto(demo.recordUrl);
    await record.type('outcome', TYPED);
    await record.caretLeft(BACK);
    const original = await record.text('outcome');

    let panel = await shortcutToGuard();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/takes a single line and the summary has several\. Nothing was inserted\./);
    expect(await record.text('outcome')).toBe(original);
    await panel.offer(/^Insert the short version/).click();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into “Outcome summary \(500 characters at most\)”\. Check it in the record before you save\. To take it out again, press Ctrl\+Z in the record\./);
    expect(await record.text('outcome')).toBe(`Seen at ${COMPACT}home.`);
    await record.undo();
    expect(await record.text('outcome')).toBe(original);

    await record.clickInto('outcome');
    await record.caretLeft(BACK);
    panel = new RecordOutputPanel(await browser.sidePanel());
    await panel.startInsert();
    await panel.confirmInsert();
    await panel.offer(/^Insert the short version/).click();
    await expect.poll(() => panel.outcome()).toMatch(/^Summary inserted into “Outcome summary/);
    expect(await record.text('outcome')).toBe(`Seen at ${COMPACT}home.`);
    await record.undo();
    expect(await record.text('outcome')).toBe(original);
  });
});

describe('[H70-g] an editor that ignores every way in', () => {
  it('gets nothing, and the panel says so plainly, offers Copy and never suggests Ctrl+Z', async () => {
    await record.goto(demo.recordUrl);
    // The locked editor starts with the practitioner's text in its model.
    await record.clickInto('locked');
    await record.caretLeft(BACK);
    const original = await record.model('locked');
    expect(original.lines).toEqual([TYPED]);

    const panel = await shortcutToGuard();
    await panel.confirmInsert();
    await expect.poll(() => panel.outcome()).toMatch(/^Nothing was inserted: “Referral note \(locked editor\)” did not take the text\. Use Copy and paste the summary instead\./);
    expect(await panel.outcome()).not.toMatch(/Ctrl\+Z|inserted into/);
    await panel.offer('Copy the summary').waitFor();
    expect(await record.model('locked')).toEqual(original);
  });
});
