import { describe, expect, it } from 'vitest';
import type { Presence } from '../../../lib/contact/contact';
import { PRIVATE_ITEM_TEXT } from '../../../lib/pathway/domestic-abuse';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { PRIVATE_TOPIC, allItems, evaluateSpec, flagIds, item, outcomeIds, outstandingKinds } from './support/evaluate-spec';

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
    const flag = evaluation.flags.find((f) => f.ruleId === 'SG-DA-DISCLOSURE');
    expect(flag).toMatchObject({ level: 'E4', privacy: 'private', routes: ['O10'] });
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
      { keys: [], title: PRIVATE_ITEM_TEXT, reason: 'Private question outstanding', why: 'private', ignoresStoredAnswer: false },
    ]);
    expect(evaluation.outstanding.filter((o) => o.kind === 'private-question-outstanding')).toEqual([
      { kind: 'private-question-outstanding', text: 'Private question outstanding', keys: [], sources: [] },
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

  it('[H05-f] looks the same whether the question is still to ask or a disclosure needs follow-up', () => {
    const toAsk = evaluateSpec({ contactType: 'hv-new-birth', presence: { partner: true } });
    const disclosed = evaluateSpec({
      contactType: 'hv-new-birth',
      presence: { partner: true },
      answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'disclosure' } },
    });
    expect(neutralEntries(disclosed)).toEqual(neutralEntries(toAsk));
    expect(disclosed.outstanding.filter((o) => o.kind === 'private-question-outstanding')).toEqual(
      toAsk.outstanding.filter((o) => o.kind === 'private-question-outstanding'),
    );
    expect(disclosed.escalation).toEqual(toAsk.escalation);
  });

  it('shows nothing private once the enquiry was asked in private with no disclosure', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-new-birth',
      presence: { partner: true },
      answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'no-disclosure' } },
    });
    expect(neutralEntries(evaluation)).toEqual([]);
    expect(outstandingKinds(evaluation)).not.toContain('private-question-outstanding');
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
});
