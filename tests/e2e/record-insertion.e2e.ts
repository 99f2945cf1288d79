import { beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { demoRecord } from './support/extension';
import { buildRecordOutputHarness, launchWithRealSidePanel, mountRecordOutput, type HarnessBundle } from './support/real-side-panel';
import { DemoRecord } from './pages/demo-record';
import { RecordOutputPanel } from './pages/record-output';
import { ensureDemoBuilt } from '../../scripts/demo-editor-bundle';
import type { HarnessConfig } from './fixtures/record-output-harness';

// Issue 5, "Copy" and "Insert into record", in real Chromium with the built extension and
// Chrome's real side panel beside the demo record. The practitioner's path: click in the
// record's note field, press the insert shortcut (which grants activeTab: the only access the
// extension has to the record, with no host permission), see the wrong-family check in the
// panel, confirm, and the summary is in the field exactly, undoable with Ctrl+Z.

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

/** The record in a tab, the insert shortcut pressed in `field`, the side panel open with the summary. */
async function recordWithPanelOpenedFrom(field: Parameters<DemoRecord['clickInto']>[0], config = contact()) {
  const demo = await demoRecord();
  const browser = await launchWithRealSidePanel();
  const record = await DemoRecord.open(await browser.launched.context.newPage(), demo.recordUrl);
  await record.clickInto(field);
  await record.pressInsertShortcut();
  const panelPage: Page = await browser.sidePanel();
  await mountRecordOutput(panelPage, harness, config);
  return { demo, browser, record, panel: new RecordOutputPanel(panelPage) };
}

describe('inserting the summary into the record from the keyboard shortcut', () => {
  it('checks the family first, then puts the exact summary at the caret of a textarea, as input the page sees and Ctrl+Z undoes', async () => {
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
    expect(await panel.outcome()).toMatch(/^Summary inserted into “Contact note \(plain text\)”/);
    expect(await record.text('plain')).toBe(`Seen at home. ${SUMMARY}`);
    const log = await record.inputLog();
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((event) => event.field === 'note-plain' && event.inputType === 'insertText')).toBe(true);

    await record.undo();
    expect(await record.text('plain')).toBe('Seen at home. ');
  });
});
