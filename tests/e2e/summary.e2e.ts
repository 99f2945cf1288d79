import { beforeAll, describe, expect, it } from 'vitest';
import { contactBAnswers, noConcerns, plan } from './support/answer-plans';
import { demoRecord, launch, openSidePanel } from './support/extension';
import { launchWithRealSidePanel } from './support/real-side-panel';
import { DemoRecord } from './pages/demo-record';
import { SidePanel } from './pages/side-panel';
import { handoverBlock, section, sectionHeadings, unwrapped } from './pages/summary-text';
import { ensureDemoBuilt } from '../../scripts/demo-editor-bundle';

// The summary screen at the end of a real contact, driven as a practitioner would in the built
// extension: what the summary says, getting it into the record (Chrome's real side panel beside
// the demo record, the insert shortcut, the wrong-family check), copying it, and loading it as
// "the story so far" at the next contact. The per-field mechanics of inserting (contenteditable,
// iframe, character limits) are in record-insertion.e2e.ts with a fixed text.

const contactB = contactBAnswers;
const PLAN = 'GP appointment booked for Thursday; HV to phone in one week.';
const NEXT_CONTACT = 'Phone call in one week';

async function finishContactB(panel: SidePanel, label: string): Promise<void> {
  await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/, label });
  const asked = await panel.answerAll(contactB);
  // Alone, so the private routine enquiry was asked: the summary must still not name it.
  expect(asked.some((question) => /^Routine enquiry/.test(question))).toBe(true);
  await panel.heading(2, 'Outcome').waitFor();
  await panel.decideOutcome('O5', 'birthing parent', 'Done');
  await panel.decideOutcome('O4', 'birthing parent', 'Offered');
  await panel.consentToShareWith('GP');
  await panel.write('plan', PLAN);
  await panel.write('next contact', NEXT_CONTACT);
  await panel.finish();
}

/** "Saturday 21 November 2026", as the wrong-family check shows a date (the device's time zone). */
function longDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

async function expectNoAxeViolations(panel: SidePanel, screen: string) {
  expect(await panel.accessibilityViolations(), `axe on ${screen}`).toEqual([]);
}

beforeAll(async () => {
  await ensureDemoBuilt();
});

describe('the summary at the end of a contact', () => {
  it('[H05-s] says what a reader of the record needs, in plain ASCII, with only a neutral line for the private question; Copy checks the family, then copies exactly that text', async () => {
    const launched = await launch();
    const { panel } = await openSidePanel(launched);
    await panel.setPassphrase();
    await finishContactB(panel, 'Morning visit');
    await expectNoAxeViolations(panel, 'the summary screen');

    const text = await panel.summaryText();
    // Plain printable ASCII and line feeds only: it survives every record system.
    expect(text).toMatch(/^[\x20-\x7e\n]+$/);
    // No Markdown: a record shows it literally.
    expect(text).not.toMatch(/^\s*(#{1,6} |[*+-] |> |```)|\*\*|__|`|\]\(/m);
    expect(text.split('\n')[0]).toBe('PMH CONTACT SUMMARY (perinatal mental health)');
    expect(sectionHeadings(text)).toEqual([
      'CONTACT',
      'BIRTHING PARENT',
      'PARTNER OR CO-PARENT',
      'BABY AND RELATIONSHIP',
      'RISK AND RED FLAGS',
      'OUTCOME AND REFERRALS',
      'CONSENT TO SHARE',
      "FAMILY'S OWN WORDS",
      'PLAN AND NEXT CONTACT',
      'NOT ASKED, AND WHY',
    ]);

    const contact = section(text, 'CONTACT') ?? '';
    expect(contact).toMatch(/^Contact: Health visitor: 6-8 week review$/m);
    expect(contact).toMatch(/^Date and time: \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2} \(UK time\)$/m);
    expect(contact).toMatch(/^Present when this summary was made: birthing parent$/m);
    expect(contact).toMatch(/^Birthing parent seen alone: yes$/m);

    const parent = section(text, 'BIRTHING PARENT') ?? '';
    expect(parent).toContain('Edinburgh Postnatal Depression Scale (EPDS) (recall: the past 7 days): 14 of 30 - Probable depression (13 or more)');
    // The self-harm item is stated explicitly, not left to be inferred from the total.
    expect(parent).toContain('EPDS item 10 (thoughts of self-harm): Never (0)');
    expect(parent).toMatch(/Whooley .*\(recall: the past month\): Positive \(Yes to either\)\. Q1 down, depressed or hopeless: Yes/);

    const outcomes = section(text, 'OUTCOME AND REFERRALS') ?? '';
    expect(outcomes).toMatch(/^O5 GP: .*\(birthing parent\): recommended, E2\. Decision: done \(\d{2}:\d{2}\)\./m);
    expect(outcomes).toMatch(/^O4 NHS Talking Therapies \(birthing parent\): recommended, E2\. Decision: offered \(\d{2}:\d{2}\)\./m);
    expect(section(text, 'CONSENT TO SHARE')).toMatch(/^Consent to share this contact's findings with: GP\.$/m);
    expect(section(text, 'PLAN AND NEXT CONTACT')).toBe(`Plan:\n${PLAN}\nNext contact: ${NEXT_CONTACT}.`);

    const notAsked = section(text, 'NOT ASKED, AND WHY') ?? '';
    expect(notAsked).toMatch(/^Partner not seen at this contact\.$/m);
    expect(notAsked).toMatch(/^No decision recorded: O1 Universal information/m);

    const block = handoverBlock(text) ?? '';
    expect(block.split('\n')[0]).toBe('PMH handover block (for PMH Contact Companion; do not edit):');
    // The rest is one envelope, cut into lines: version, checksum, length, payload, end marker.
    expect(block.split('\n').slice(1).join('')).toMatch(/^PMHB2\.[0-9a-f]{8}\.\d+\.[A-Za-z0-9_-]+\.PMHBEND$/);

    // She was alone and the routine enquiry was asked: the summary says only the neutral line.
    expect(unwrapped(text)).toContain('Private question: asked in private. Anything arising is recorded under local procedures, not in this summary.');
    // "Violent self-harm" is MBRRACE red flag 2, listed by the itemised red-flag check (pathway 2026.4.0): not the private topic.
    expect(text).not.toMatch(/abuse|domestic|violen(?!t self-harm)|coerci|perpetrat|afraid|IDVA|MARAC|disclos/i);

    // Copy: the wrong-family check first, then exactly the text on screen.
    await launched.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const output = panel.recordOutput();
    await output.startCopy();
    expect(await output.guardDetails()).toEqual({ contact: 'Morning visit', date: longDate(new Date()), time: await panel.contactStartedAt() });
    await expectNoAxeViolations(panel, 'the wrong-family check');
    await output.confirmCopy();
    await expect.poll(() => output.outcome()).toMatch(/^Summary copied\./);
    expect(await panel.page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  it('[H07-i] goes into the record through the insert shortcut: the practitioner resumes the contact, checks the family, and the field holds exactly the summary, undoable; the contact is then finished', async () => {
    const demo = await demoRecord();
    const browser = await launchWithRealSidePanel();
    // The contact, done in the panel earlier; then the panel was closed.
    const { page: earlier, panel: earlierPanel } = await openSidePanel(browser.launched);
    await earlierPanel.setPassphrase();
    await finishContactB(earlierPanel, 'Morning visit');
    const startedAt = await earlierPanel.contactStartedAt();
    // The insert shortcut inserts the version offered first: the short one (issue 13).
    const text = await earlierPanel.summaryText('short');
    await earlier.close();

    // In the record: type, then the shortcut. The real side panel opens beside the record.
    const record = await DemoRecord.open(await browser.launched.context.newPage(), demo.recordUrl);
    await record.type('plain', 'Seen at home. ');
    await record.pressInsertShortcut();
    const panel = new SidePanel(await browser.sidePanel());
    // No contact is open in it, so it says what to do; resuming the contact brings its summary and the check.
    await panel.recordRequestNotice().waitFor();
    await panel.resumeContact('Morning visit');
    const output = panel.recordOutput();
    await output.guard().waitFor();
    expect(await output.guardDetails()).toEqual({ contact: 'Morning visit', date: longDate(new Date()), time: startedAt });
    expect(await output.guard().innerText()).toMatch(/It will go in at the cursor in the field you were typing in\./);
    await expectNoAxeViolations(panel, 'the wrong-family check for a request from the record');
    expect(await panel.summaryText('short')).toBe(text);

    await record.clearInputLog();
    await output.confirmInsert();
    await expect.poll(() => output.outcome()).toMatch(/^Summary inserted into “Contact note \(plain text\)”\. Check it in the record before you save\./);
    expect(await record.text('plain')).toBe(`Seen at home. ${text}`);
    // As typing would: the record's own scripts see the input (and would save it).
    const log = await record.inputLog();
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((event) => event.field === 'note-plain' && event.inputType === 'insertText')).toBe(true);
    await record.undo();
    expect(await record.text('plain')).toBe('Seen at home. ');

    // With the contact open on its summary, the shortcut in another field opens the check at once.
    await record.clickInto('editor');
    await record.pressInsertShortcut();
    await output.guard().waitFor();
    await output.confirmInsert();
    await expect.poll(() => output.outcome()).toMatch(/^Summary inserted into “Contact note \(rich-text editor\)”/);
    expect(await record.text('editor')).toBe(text);

    // The summary has gone out: the contact reopens on its summary, still in progress until closed.
    await panel.backToContacts();
    await expect.poll(() => panel.contactsListed('in progress')).toEqual(['Morning visit']);
    await panel.resumeContact('Morning visit');
    expect(await panel.summaryText('short')).toBe(text);
    await panel.closeContact();
    // The list may be read before the close is written: wait for it there, then check it left the drafts.
    await expect.poll(() => panel.contactsListed('finished')).toEqual(['Morning visit']);
    expect(await panel.contactsListed('in progress')).toEqual([]);
    await panel.resumeContact('Morning visit');
    expect(await panel.isContactClosed()).toBe(true);
  });
});

/** Nothing of concern, antenatal too (the pathway asks about feelings for the pregnancy there). */
/** No partner to plan for, so universal information is all that is recommended (the one-tap finish). */
const noConcernsNoPartner = plan([['Is there a partner or co-parent involved with the baby?', 'No']], noConcerns);
const noConcernsAntenatal = plan([[/^How do you feel about the pregnancy and the baby/, 'Mostly positive']], noConcernsNoPartner);

/** History answered at a first contact (Step B): what the next contact should not ask afresh. */
// The first-contact history: seven items since pathway 2026.4.0 (issue 11), all carried as known facts.
const HISTORY =
  /^(Past or present severe mental illness|Past or present treatment by specialist mental health services|Bipolar disorder or postpartum psychosis \(or other severe perinatal mental illness\) in a first-degree relative|Depression or anxiety in or after an earlier pregnancy|Previous self-harm or suicide attempt|Personality disorder or complex trauma|Medication for her mental health)/;
const HISTORY_ITEMS = 7;

describe('loading the story so far at the next contact', () => {
  it('[H26-l] refuses a damaged summary and changes nothing; loads a good one after a preview, and known history is confirmed rather than asked again', async () => {
    const launched = await launch();
    const { panel } = await openSidePanel(launched);
    await panel.setPassphrase();

    // Contact 1: antenatal, history due and answered.
    await panel.startContact({ role: 'Health visitor', type: /^Antenatal contact/, label: 'Antenatal visit' });
    const askedFirst = await panel.answerAll(noConcernsAntenatal);
    expect(askedFirst.filter((question) => HISTORY.test(question))).toHaveLength(HISTORY_ITEMS);
    await panel.heading(2, 'Outcome').waitFor();
    await panel.finishWithUniversalInformation();
    const previous = await panel.summaryText();
    await panel.closeContact();

    // Contact 2: the new birth visit, where history is due again.
    await panel.startContact({ role: 'Health visitor', type: /^New birth visit/, label: 'New birth visit' });

    // One character changed inside the block: refused, with a clear reason, and nothing loaded.
    const lines = previous.split('\n');
    const first = lines.findIndex((line) => line.startsWith('PMHB2.'));
    const line = lines[first] ?? '';
    const at = line.length - 20;
    lines[first] = line.slice(0, at) + (line[at] === 'A' ? 'B' : 'A') + line.slice(at + 1);
    const damaged = lines.join('\n');
    await panel.openSection('Context and history');
    const smi = /^Past or present severe mental illness/;
    await panel.checkStorySoFar(damaged);
    expect(await panel.storySoFarProblem().innerText()).toMatch(/changed or damaged.*Nothing has been changed\.$/s);
    expect(await panel.storySoFarPreview().count()).toBe(0);
    expect(await panel.storySoFarLoaded().count()).toBe(0);
    expect(await panel.answerShownFor(smi)).toBe('Due');

    await panel.checkStorySoFar(previous);
    const preview = panel.storySoFarPreview();
    expect(await preview.innerText()).toMatch(/antenatal contact \(from 28 weeks\)/i);
    expect(await preview.innerText()).toMatch(/Past or present severe mental illness/);
    await expectNoAxeViolations(panel, 'the story-so-far preview');
    // Checked and previewed, still nothing changed until the practitioner accepts.
    expect(await panel.answerShownFor(smi)).toBe('Due');
    await panel.useStorySoFar();
    expect(await panel.answerShownFor(smi)).toBe('Known: No (confirm)');
    await panel.askNext();

    // Each history question now asks to confirm what is known (by button, or its key S).
    const confirmed: string[] = [];
    for (let guard = 0; guard < HISTORY_ITEMS + 2; guard++) {
      await panel.answerAll(noConcernsNoPartner, { stopAt: HISTORY });
      if (!(await panel.questionCard().isVisible())) break;
      expect(await panel.knownFactText()).toMatch(/^Known from \d{1,2} [A-Z][a-z]{2} \d{4} \(Health visitor\): No\. Is it still true\?$/);
      confirmed.push(await panel.questionText());
      await panel.confirmStillTrue({ byKeyboard: confirmed.length === 2 });
    }
    expect(confirmed).toHaveLength(HISTORY_ITEMS);
    expect(confirmed.every((question) => HISTORY.test(question))).toBe(true);

    await panel.heading(2, 'Outcome').waitFor();
    await panel.finishWithUniversalInformation();
    const text = await panel.summaryText();
    const known = section(text, 'ALREADY KNOWN (FROM AN EARLIER CONTACT)') ?? '';
    expect(known).toMatch(/^From the handover of Health visitor: antenatal contact \(from 28 weeks\) on /m);
    expect(known.match(/ - still true, confirmed today$/gm)).toHaveLength(HISTORY_ITEMS);
    const today = section(text, 'BIRTHING PARENT (NEW TODAY)') ?? '';
    expect(today).not.toBe('');
    expect(today).not.toMatch(/severe mental illness|specialist mental health|first-degree relative/);
  });
});
