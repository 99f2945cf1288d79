import { describe, expect, it } from 'vitest';
import type { Presence } from '../../../lib/contact/contact';
import { buildContact, declined, type ResponseSpec } from '../../../lib/pathway/contact-builder';
import { PRIVATE_ITEM_REASON, PRIVATE_ITEM_TEXT, PRIVATE_OUTSTANDING_TEXT } from '../../../lib/pathway/domestic-abuse';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { PRIVATE_TOPIC, allItems, evaluateSpec, flagIds, item, outcomeIds, outstandingKinds } from './support/evaluate-spec';
import { noRedFlagsSeen } from './support/red-flag-answers';

// Routine enquiry only when she is alone; nothing on screen reveals the topic otherwise; an answer
// given in private is kept and followed up (reference §2.11, §4.3; S20, S27).

const notAlone: Array<[string, Partial<Presence>]> = [
  ['the partner', { partner: true }],
  ['another adult', { otherAdults: true }],
  ['a family interpreter', { familyInterpreter: true }],
  ['a 3-year-old', { childrenAges: [3] }],
  ['an older child', { olderChildPresent: true }],
];

const ENQUIRY = 'birthing-parent/domestic-abuse.enquiry';

function neutralEntries(evaluation: Evaluation) {
  return evaluation.sections.flatMap((s) => s.hidden).filter((h) => h.why === 'private');
}

describe('when she is alone', () => {
  it('[H05-c] offers the routine enquiry as due, marked private (S20)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth' });
    const enquiry = item(evaluation, ENQUIRY);
    expect(enquiry?.requirement).toBe('due');
    expect(enquiry?.askableNow).toBe(true);
    expect(enquiry?.privacy).toBe('private');
    expect(outstandingKinds(evaluation)).toContain('private-question-outstanding');
  });

  it('[H05-d] with a professional interpreter present, still offers it (S20 RCGP)', () => {
    expect(item(evaluateSpec({ contactType: 'hv-new-birth', presence: { professionalInterpreter: true } }), ENQUIRY)).toBeDefined();
  });

  it('[H09-a] raises a same-day safeguarding flag and O10 after a disclosure, both marked private (S20, S27)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'disclosure' } } });
    const flag = evaluateForRecord(pathway, buildContact({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'disclosure' } } })).flags.find(
      (f) => f.ruleId === 'SG-DA-DISCLOSURE',
    );
    expect(flag).toMatchObject({ level: 'E4', privacy: 'private', routes: ['O10'] });
    // On screen, even while she is alone, the card names no topic (issue 10 item 9).
    expect(evaluation.flags.find((f) => f.ruleId === 'SG-DA-DISCLOSURE')).toMatchObject({ level: 'E4', privacy: 'private', neutral: true, routes: [] });
    expect(evaluation.outcomes.find((o) => o.id === 'birthing-parent/O10')).toMatchObject({ strength: 'recommend', privacy: 'private' });
    expect(item(evaluation, 'birthing-parent/domestic-abuse.immediate-danger')?.requirement).toBe('due');
  });

  it('[H09-b] escalates to 999 when she or the baby is in immediate danger (E5)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-new-birth',
      answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'yes' } },
    });
    expect(evaluation.flags[0]?.ruleId).toBe('SG-DA-IMMEDIATE-DANGER');
    expect(evaluation.escalation.overall.level).toBe('E5');
  });
});

describe('when she is not alone', () => {
  it.each(notAlone)('[H05-e] with %s present: hides the enquiry behind one neutral item, naming nothing', (_who, presence) => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', presence });
    expect(item(evaluation, ENQUIRY)).toBeUndefined();
    expect(neutralEntries(evaluation)).toEqual([
      { keys: [], title: PRIVATE_ITEM_TEXT, reason: PRIVATE_ITEM_REASON, why: 'private', ignoresStoredAnswer: false, keepsRiskAnswer: false },
    ]);
    expect(PRIVATE_ITEM_TEXT).toBe('Private question outstanding');
    expect(evaluation.outstanding.filter((o) => o.kind === 'private-question-outstanding')).toEqual([
      { kind: 'private-question-outstanding', text: PRIVATE_OUTSTANDING_TEXT, keys: [], sources: [] },
    ]);
    expect(JSON.stringify(evaluation)).not.toMatch(PRIVATE_TOPIC);
  });

  it.each(notAlone)(
    '[H09-c] with %s arriving after a disclosure: keeps the answer but shows only the same neutral item; nothing names the topic',
    (_who, presence) => {
      const answers = { 'birthing-parent': { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'no' } };
      const evaluation = evaluateSpec({ contactType: 'hv-new-birth', presence, answers });
      expect(evaluation.flags.filter((f) => f.ruleId.startsWith('SG-DA'))).toEqual([]);
      expect(outcomeIds(evaluation)).not.toContain('birthing-parent/O10');
      expect(neutralEntries(evaluation)).toHaveLength(1);
      expect(outstandingKinds(evaluation)).toContain('private-question-outstanding');
      expect(evaluation.answers.map((a) => a.questionId)).not.toContain('domestic-abuse.enquiry');
      expect(JSON.stringify(evaluation)).not.toMatch(PRIVATE_TOPIC);

      // Back alone: the disclosure and its flag are there again — nothing was lost.
      const alone = evaluateSpec({ contactType: 'hv-new-birth', answers });
      expect(flagIds(alone)).toContain('SG-DA-DISCLOSURE/birthing-parent');
      expect(neutralEntries(alone)).toEqual([]);
    },
  );

  // Whatever she answered in private, and whether she was asked at all, everything observable on
  // screen while she is not alone is the same: the neutral item, counts, levels, outcomes, section
  // progress, hidden entries and warnings (an onlooker must not infer a disclosure from any of it).
  const privateAnswers: Array<[string, Record<string, ResponseSpec>]> = [
    ['asked: no disclosure', { 'domestic-abuse.enquiry': 'no-disclosure' }],
    ['asked: disclosure', { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'no' }],
    ['asked: disclosure, immediate danger', { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'yes' }],
    ['asked: concern, no disclosure', { 'domestic-abuse.enquiry': 'concern-no-disclosure' }],
    ['declined', { 'domestic-abuse.enquiry': declined }],
    ['a later change hid a danger answer', { 'domestic-abuse.enquiry': 'no-disclosure', 'domestic-abuse.immediate-danger': 'yes' }],
  ];

  it.each(notAlone)('[H05-f] with %s present, looks exactly the same whatever was answered in private, or if nothing was', (_who, presence) => {
    const observe = (answers: Record<string, ResponseSpec>) =>
      evaluate(
        pathway,
        buildContact({
          contactType: 'hv-new-birth',
          presence,
          answers: { 'birthing-parent': { 'privacy.talk-with-others-present': 'yes', 'whooley.1': 'no', 'whooley.2': 'yes', ...noRedFlagsSeen, ...answers } },
        }),
      );
    const notYetAsked = observe({});
    expect(neutralEntries(notYetAsked)).toHaveLength(1);
    expect(outstandingKinds(notYetAsked)).toContain('private-question-outstanding');
    for (const [what, answers] of privateAnswers) {
      // The whole evaluation, every observable, not a digest of some of them.
      expect(observe(answers), what).toEqual(notYetAsked);
    }
  });

  it('[H05-g] never names a private question in a warning while she is not alone', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-new-birth',
      presence: { partner: true },
      answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'not-an-option' } },
    });
    expect(evaluation.warnings).toEqual([]);
  });

  it('[H05-h] counts a child from the organisation’s configured age (§6.15)', () => {
    const settings = { ...defaultPathwaySettings, childPresentFromAgeYears: 6 };
    expect(item(evaluateSpec({ contactType: 'hv-2-years', presence: { childrenAges: [5] } }, settings), ENQUIRY)).toBeDefined();
    expect(item(evaluateSpec({ contactType: 'hv-2-years', presence: { childrenAges: [6] } }, settings), ENQUIRY)).toBeUndefined();
  });

  it('never asks about domestic abuse among the general context questions (it is asked only in private)', () => {
    const everything = allItems(evaluateSpec({ contactType: 'midwife-booking', presence: { partner: true } }));
    expect(JSON.stringify(everything)).not.toMatch(PRIVATE_TOPIC);
  });
});

describe('her account of the partner is shown only while the partner is out of the room (S15)', () => {
  const answers = { 'birthing-parent': { 'partner.involved': 'yes', 'partner-report.wellbeing': 'very-worried', 'partner-report.risk': 'yes' } };

  it('[H19-a] raises the partner-risk flag from her report, attributed to her, while the partner is away', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers });
    const flag = evaluation.flags.find((f) => f.ruleId === 'IR-PARTNER-REPORTED-RISK');
    expect(flag).toMatchObject({ subject: 'partner', level: 'E4', privacy: 'partner-absent', triggeredBy: ['birthing-parent/partner-report.risk'] });
    expect(item(evaluation, 'birthing-parent/partner-report.wellbeing')).toMatchObject({
      respondent: 'birthing-parent-about-partner',
      about: 'partner',
      subject: 'birthing-parent',
    });
  });

  it('[H09-d] withholds her account and its flag when the partner comes in, leaving the neutral item', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', presence: { partner: true }, answers });
    expect(evaluation.flags.map((f) => f.ruleId)).not.toContain('IR-PARTNER-REPORTED-RISK');
    expect(evaluation.answers.map((a) => a.questionId)).not.toContain('partner-report.risk');
    expect(neutralEntries(evaluation)).toHaveLength(1);
    expect(JSON.stringify(evaluation)).not.toContain('partner-report');
  });

  it.each([
    ['the partner', { partner: true }],
    ['the partner and another adult', { partner: true, otherAdults: true }],
  ] as const)('[H05-w] with %s in the room, the screen looks exactly the same whatever she said about the partner, or if she said nothing', (_who, presence) => {
    const observe = (report: Record<string, string>) =>
      evaluate(
        pathway,
        buildContact({ contactType: 'hv-6-8-weeks', presence, answers: { 'birthing-parent': { 'partner.involved': 'yes', ...report } } }),
      );
    const nothing = observe({});
    expect(neutralEntries(nothing)).toHaveLength(1);
    const reports: Array<Record<string, string>> = [
      { 'partner-report.wellbeing': 'seems-well', 'partner-report.risk': 'no' },
      { 'partner-report.wellbeing': 'some-worries' },
      { 'partner-report.wellbeing': 'very-worried', 'partner-report.risk': 'yes' },
      { 'partner-report.wellbeing': 'does-not-know', 'partner-report.risk': 'yes' },
    ];
    for (const report of reports) {
      expect(observe(report), JSON.stringify(report)).toEqual(nothing);
    }
  });
});
