import { beforeAll, describe, expect, it } from 'vitest';
import { ukDate } from '../../lib/output/uk-time';
import { contactBAnswers } from './support/answer-plans';
import { earlierHandoverBlock } from './support/earlier-summaries';
import { launch, openSidePanel } from './support/extension';
import type { SidePanel } from './pages/side-panel';
import { section } from './pages/summary-text';
import { ensureDemoBuilt } from '../../scripts/demo-editor-bundle';

// The story over time (issue 14), in the built extension in real Chromium: three earlier
// summaries' handover blocks (made by the real encoder, dated before today) pasted together at a
// 6-8 week review; the scores over time shown as a table; today's EPDS rise flagged as a prompt to
// ask the red-flag check's "recent significant change" question; the Talking Therapies referral
// made at the new birth visit asked about (received, seen) and shown as past the QS115 standard;
// and the new summary's "Since the last contact" section, checked line by line.

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.now();
const at = (daysAgo: number) => new Date(NOW - daysAgo * DAY).toISOString();

const EARLIER = [
  { contactType: 'hv-antenatal', daysAgo: 100, epds: 5 },
  { contactType: 'hv-new-birth', daysAgo: 40, epds: 7, referredToTalkingTherapies: true },
  { contactType: 'midwife-postnatal', daysAgo: 30, epds: 9 },
] as const;

const EPDS = /^EPDS, birthing parent: scores over time$/i;
const TALKING_THERAPIES = /^O4 NHS Talking Therapies.*\(birthing parent\): referred/;
const RISE_PROMPT = 'Her scores have risen since the last contact. Ask about a recent significant change in her mental state or new symptoms (red-flag check). This is a prompt, not an escalation: act on what you find.';
const BELOW = 'Below the “possible depression” threshold';
const CHANGE_QUESTION = /^Recent significant change in mental state/;

async function expectNoAxeViolations(panel: SidePanel, screen: string) {
  expect(await panel.accessibilityViolations(), `axe on ${screen}`).toEqual([]);
}

beforeAll(async () => {
  await ensureDemoBuilt();
});

describe('the story over time at the next contact', () => {
  const earlierRows = [
    [ukDate(at(100)), '5 of 30', BELOW, 'Health visitor'],
    [ukDate(at(40)), '7 of 30', BELOW, 'Health visitor'],
    [ukDate(at(30)), '9 of 30', BELOW, 'Midwife'],
  ];

  // One contact, start to summary (the browser is per test). It verifies H90-g, and the rows of H91
  // and H92 that name it: the trend and the rise prompt (H91), the overdue referral by keyboard (H92).
  it('[H90-g] three earlier summaries pasted: the overdue referral answered by keyboard, the trend table, the rise prompted before the recent-change question, and "Since the last contact" (golden text) in the new summary; axe clean', async () => {
    const launched = await launch();
    const { panel } = await openSidePanel(launched);
    await panel.setPassphrase();
    await panel.startContact({ role: 'Health visitor', type: /^6–8 week review/, label: 'Six week review' });

    // Three earlier summaries' handover blocks, pasted together (oldest last, as a record lists them).
    const pasted = EARLIER.map((earlier) => earlierHandoverBlock(earlier, NOW)).reverse().join('\n\n');
    await panel.openSection('Context and history');
    await panel.loadStorySoFar(pasted);

    // The referral made at the new birth visit comes back, past the 2-week assessment standard.
    expect(await panel.referralPastStandardText(TALKING_THERAPIES)).toMatch(/^Past the standard: 40 days since referral and no appointment recorded \(.*\)\. Chase it/);
    await panel.answerReferralFollowUp(TALKING_THERAPIES, { received: 'Yes', seen: 'No' }, { byKeyboard: true });
    expect(await panel.referralPastStandardText(TALKING_THERAPIES)).toMatch(/^Past the standard: 40 days/);

    await expectNoAxeViolations(panel, 'the contact with the trend and an overdue referral');

    // Before today's scores, the table holds the three earlier EPDS totals.
    expect(await panel.trendRows(EPDS)).toEqual(earlierRows);
    // No score today yet, so nothing has risen: no prompt.
    expect(await panel.prompts()).not.toContain(RISE_PROMPT);

    // Today: EPDS 14. The rise (5 points, at least the reliable change of 4, and into a higher band)
    // is flagged as a prompt before the red-flag check's recent-change question is asked.
    await panel.askNext();
    const asked = await panel.answerAll(contactBAnswers, { stopAt: CHANGE_QUESTION });
    expect(asked.filter((question) => CHANGE_QUESTION.test(question))).toEqual([]);
    expect(await panel.prompts()).toContain(RISE_PROMPT);
    expect(await panel.questionText()).toMatch(CHANGE_QUESTION);
    expect(await panel.trendRows(EPDS)).toEqual([...earlierRows, [expect.stringMatching(/^Today \(/), '14 of 30', 'Probable depression', 'Health visitor']]);
    await panel.answerAll(contactBAnswers);

    await panel.heading(2, 'Outcome').waitFor();
    await panel.decideOutcome('O5', 'birthing parent', 'Done');
    await panel.finish();
    await expectNoAxeViolations(panel, 'the summary with "Since the last contact"');

    const since = section(await panel.summaryText(), 'SINCE THE LAST CONTACT') ?? '';
    // The golden text of the section (the dates are the earlier contacts', relative to today).
    expect(since.split('\n')).toEqual([
      `[birthing parent] Whooley 1 of 2 (Positive (Yes to either)) today; 1 on ${ukDate(at(30))} (Midwife): no change.`,
      `[birthing parent] EPDS 14 of 30 (Probable depression) today; 9 on ${ukDate(at(30))} (Midwife): up 5.`,
      '[birthing parent] A rise since the last contact was flagged; recent significant change in mental state or new symptoms: Not seen.',
      `O4 NHS Talking Therapies (birthing parent), referred ${ukDate(at(40))} (Health visitor): received yes; seen no. ` +
        'PAST THE STANDARD: 40 days since referral and no appointment recorded (NICE QS115 statement 6: assessment within 2 weeks and treatment within 6 weeks of referral). Chase it through the referral route.',
    ]);
  });
});
