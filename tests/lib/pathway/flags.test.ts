import { describe, expect, it } from 'vitest';
import type { Subject } from '../../../lib/contact/contact';
import { buildContact, declined, notAsked, scores, type ContactSpec } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { PRIVATE_TOPIC, evaluateSpec, flagIds } from './support/evaluate-spec';

// Red flags and item-level risk act whatever the total and whatever else is answered (reference §3).

const epdsWithItem10 = (item10: number) => scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, item10]);
const phq9WithItem9 = (item9: number) => scores('phq-9', [0, 0, 0, 0, 0, 0, 0, 0, item9]);

function flagsFor(subject: Subject, answers: Record<string, string | typeof declined>, extra: Record<string, string> = {}) {
  const partner = subject === 'partner';
  return evaluateSpec({
    contactType: 'hv-new-birth',
    presence: partner ? { partner: true } : {},
    answers: partner
      ? { partner: { 'partner.consent-screening': 'yes-share', ...answers } }
      : { 'birthing-parent': { ...answers, ...extra } },
  });
}

describe('item-level risk boundaries', () => {
  it.each([
    ['birthing-parent', 0, false, 'S10'],
    ['birthing-parent', 1, true, 'S10'],
    ['birthing-parent', 3, true, 'S10'],
    ['partner', 0, false, 'S10, §2.10.3'],
    ['partner', 1, true, 'S10, §2.10.3'],
  ] as const)('[H01-a] EPDS item 10 for the %s = %i → "GP informed, complete the risk enquiry" flag %s (%s; pathway 2026.4.0: E2, not E4)', (subject, score, raised, _source) => {
    const evaluation = flagsFor(subject, epdsWithItem10(score));
    const flag = evaluation.flags.find((f) => f.id === `IR-EPDS-10/${subject}`);
    expect(!!flag).toBe(raised);
    if (flag) {
      expect(flag.level).toBe('E2');
      expect(flag.triggeredBy).toEqual([`${subject}/epds.10`]);
      expect(flag.sources).toContain('S10');
    }
  });

  it.each([
    ['birthing-parent', 0, false, 'S12 ◐, S1'],
    ['birthing-parent', 1, true, 'S12 ◐, S1'],
    ['partner', 0, false, 'S12, §2.10.3'],
    ['partner', 1, true, 'S12, §2.10.3'],
  ] as const)('[H01-b] PHQ-9 item 9 for the %s = %i → flag %s, whatever the total (%s)', (subject, score, raised, _source) => {
    const evaluation = flagsFor(subject, phq9WithItem9(score));
    expect(flagIds(evaluation).includes(`IR-PHQ9-9/${subject}`)).toBe(raised);
  });

  it('[H01-c] raises the item-10 flag on an otherwise empty, incomplete EPDS (E2 until the risk enquiry says more)', () => {
    const evaluation = flagsFor('birthing-parent', { 'epds.10': 'hardly-ever' });
    expect(flagIds(evaluation)).toContain('IR-EPDS-10/birthing-parent');
    expect(evaluation.escalation.overall.level).toBe('E2');
  });

  it.each([
    ['declined', declined],
    ['not asked', notAsked('out-of-time')],
  ] as const)('[H03-e] treats EPDS item 10 %s as unknown risk, never as 0 (S10)', (_label, response) => {
    const evaluation = flagsFor('birthing-parent', { 'epds.10': response });
    expect(flagIds(evaluation)).toContain('RN-EPDS-10/birthing-parent');
    expect(flagIds(evaluation)).not.toContain('IR-EPDS-10/birthing-parent');
    expect(evaluation.outstanding.map((o) => o.kind)).toContain('risk-item-not-answered');
  });
});

describe('red flags (MBRRACE, SIGN, postpartum psychosis)', () => {
  it.each([
    ['red-flags.mental-state-change', 'RF-MENTAL-STATE-CHANGE', 'E4', 'S5'],
    ['red-flags.violent-self-harm', 'RF-VIOLENT-SELF-HARM', 'E4', 'S5'],
    ['red-flags.incompetence-estrangement', 'RF-INCOMPETENCE-ESTRANGEMENT', 'E4', 'S5'],
    ['red-flags.severe-sleep', 'RF-SEVERE-SLEEP', 'E4', 'S8'],
    ['red-flags.psychosis-signs', 'RF-POSTPARTUM-PSYCHOSIS', 'E5', 'S9'],
    ['red-flags.imminent-danger', 'RF-IMMINENT-DANGER', 'E5', 'S9'],
    // Pathway 2026.4.0: a disclosure makes the structured enquiry due; the enquiry sets the urgency.
    ['red-flags.harm-self-thoughts', 'IR-DISCLOSED-SELF-HARM', 'E2', 'S1'],
    ['red-flags.harm-baby-thoughts', 'IR-DISCLOSED-HARM-TO-BABY', 'E2', 'S8'],
  ] as const)('[H01-d] %s = Yes raises %s at %s with negative screens (%s)', (question, ruleId, level, source) => {
    const evaluation = flagsFor('birthing-parent', {
      [question]: 'yes',
      'whooley.1': 'no',
      'whooley.2': 'no',
      ...scores('gad-2', [0, 0]),
    });
    const flag = evaluation.flags.find((f) => f.ruleId === ruleId);
    expect(flag?.level).toBe(level);
    expect(flag?.sources).toContain(source);
    expect(flag?.triggeredBy).toEqual([`birthing-parent/${question}`]);
    expect(evaluation.escalation.overall.level).toBe(level);
  });

  it.each([
    ['red-flags.mental-state-change'],
    ['red-flags.severe-sleep'],
    ['red-flags.psychosis-signs'],
  ] as const)('[H01-e] %s = No raises nothing', (question) => {
    expect(flagsFor('birthing-parent', { [question]: 'no' }).flags).toEqual([]);
  });

  it.each([
    ['red-flags.harm-self-thoughts', 'IR-DISCLOSED-SELF-HARM'],
    ['red-flags.harm-baby-thoughts', 'IR-DISCLOSED-HARM-TO-BABY'],
    ['red-flags.imminent-danger', 'RF-IMMINENT-DANGER'],
  ] as const)('[H01-f] the partner’s %s = Yes raises %s for the partner without screening consent (§2.10.3, S27)', (question, ruleId) => {
    const evaluation = evaluateSpec({
      contactType: 'hv-new-birth',
      presence: { partner: true },
      answers: { partner: { 'red-flags.partner-check': 'present-or-unsure', [question]: 'yes' } },
    });
    expect(flagIds(evaluation)).toContain(`${ruleId}/partner`);
  });

  it('[H01-g] raises the estrangement red flag from the relationship observation too (S5, §2.12)', () => {
    const evaluation = flagsFor('birthing-parent', { 'relationship.observation': 'estranged' });
    expect(flagIds(evaluation)).toContain('RF-INCOMPETENCE-ESTRANGEMENT/birthing-parent');
  });

  it('[H15-a] gives suspected postpartum psychosis both the 4-hour professional route and the same-day, 111/A&E and 999 routes (S4, S6, S9)', () => {
    const flag = flagsFor('birthing-parent', { 'red-flags.psychosis-signs': 'yes' }).flags[0];
    expect(flag?.ruleId).toBe('RF-POSTPARTUM-PSYCHOSIS');
    const text = flag?.doNow.join(' ') ?? '';
    expect(text).toMatch(/within 4 hours/);
    expect(text).toMatch(/GP the same day/);
    expect(text).toMatch(/NHS 111/);
    expect(text).toMatch(/A&E/);
    expect(text).toMatch(/999/);
    expect(flag?.routes).toEqual(expect.arrayContaining(['O9', 'O8']));
  });

  it('[H01-h] flags SMI history or family history as high risk of postpartum psychosis (S1, S4)', () => {
    expect(flagIds(flagsFor('birthing-parent', { 'history.severe-mental-illness': 'past' }))).toContain('HR-POSTPARTUM-PSYCHOSIS-RISK/birthing-parent');
    expect(flagIds(flagsFor('birthing-parent', { 'history.family-perinatal': 'yes' }))).toContain('HR-POSTPARTUM-PSYCHOSIS-RISK/birthing-parent');
    expect(flagIds(flagsFor('birthing-parent', { 'history.family-perinatal': 'not-known' }))).toEqual([]);
  });

  it('[H01-i] flags harm to the baby that has happened as a same-day safeguarding concern (S27)', () => {
    const evaluation = flagsFor('birthing-parent', { 'relationship.angry-feelings': 'yes', 'relationship.acted-on': 'yes' });
    expect(evaluation.flags[0]).toMatchObject({ ruleId: 'SG-BABY-HARMED', level: 'E4', routes: expect.arrayContaining(['O10']) });
  });
});

describe('flag identity and acknowledgement', () => {
  it('keeps a flag’s id stable across re-evaluations and other answers', () => {
    const a = flagsFor('birthing-parent', epdsWithItem10(2));
    const b = flagsFor('birthing-parent', { ...epdsWithItem10(2), 'whooley.1': 'yes' });
    expect(a.flags.map((f) => f.id)).toEqual(b.flags.map((f) => f.id));
  });

  it('reports acknowledgement from the contact and drops it from the outstanding list', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-new-birth',
      answers: { 'birthing-parent': epdsWithItem10(1) },
      acknowledgedFlags: { 'IR-EPDS-10/birthing-parent': '2026-03-02T10:05:00.000Z' },
    });
    expect(evaluation.flags.find((f) => f.id === 'IR-EPDS-10/birthing-parent')?.acknowledgedAt).toBe('2026-03-02T10:05:00.000Z');
    expect(evaluation.outstanding.filter((o) => o.kind === 'flag-not-acknowledged')).toEqual([]);
  });

  it('sorts flags most urgent first', () => {
    const evaluation = flagsFor('birthing-parent', { 'red-flags.severe-sleep': 'yes', 'red-flags.psychosis-signs': 'yes' });
    expect(evaluation.flags.map((f) => f.level)).toEqual(['E5', 'E4']);
  });

  it('[H18-a] names, on every flag, a rule that exists in the pathway with its sources', () => {
    const evaluation = flagsFor('birthing-parent', { 'red-flags.severe-sleep': 'yes', ...epdsWithItem10(1) });
    for (const flag of evaluation.flags) {
      const rule = pathway.flagRules.find((r) => r.id === flag.ruleId);
      expect(rule).toBeDefined();
      expect(flag.sources).toEqual(rule?.sources);
    }
  });
});

describe('a risk answer hidden by a later change is still acted on (pathway 2026.3.0)', () => {
  // Hidden answers count as no answer for scores and outcomes, but a positive risk answer that was
  // given must not silently disappear (reference §1.7 item 10, S10; §3.1, S5; §2.10.3 and S27).
  type Row = [what: string, change: string, spec: ContactSpec, key: string, ruleId: string, level: string, source: string];
  const partnerPresent = { contactType: 'hv-new-birth' as const, presence: { partner: true } };
  const rows: Row[] = [
    ['partner EPDS item 10 = 1', 'consent changed to No', { ...partnerPresent, answers: { partner: { 'partner.consent-screening': 'no', ...epdsWithItem10(1) } } }, 'partner/epds.10', 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM', 'E2', 'S10'],
    ['partner EPDS item 10 = 3', 'consent answer cleared', { ...partnerPresent, answers: { partner: epdsWithItem10(3) } }, 'partner/epds.10', 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM', 'E2', 'S10'],
    ['partner PHQ-9 item 9 = 2', 'consent changed to No', { ...partnerPresent, answers: { partner: { 'partner.consent-screening': 'no', ...phq9WithItem9(2) } } }, 'partner/phq-9.9', 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM', 'E2', 'S10'],
    ['partner: thoughts of harming themselves', 'partner check changed to none', { ...partnerPresent, answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.harm-self-thoughts': 'yes' } } }, 'partner/red-flags.harm-self-thoughts', 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM', 'E2', 'S27'],
    ['partner: thoughts of harming the baby', 'partner check changed to none', { ...partnerPresent, answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.harm-baby-thoughts': 'yes' } } }, 'partner/red-flags.harm-baby-thoughts', 'IR-DISCLOSED-HARM-TO-BABY', 'E2', 'S27'],
    ['partner: imminent danger', 'partner check changed to none', { ...partnerPresent, answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.imminent-danger': 'yes' } } }, 'partner/red-flags.imminent-danger', 'IR-RISK-ANSWER-WITHDRAWN-EMERGENCY', 'E5', 'S27'],
    ['she has acted on angry feelings', '"angry feelings" changed to No', { contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'relationship.angry-feelings': 'no', 'relationship.acted-on': 'yes' } } }, 'birthing-parent/relationship.acted-on', 'IR-RISK-ANSWER-WITHDRAWN-BABY', 'E4', 'S27'],
    ['partner has acted on angry feelings', 'consent changed to No', { ...partnerPresent, answers: { partner: { 'partner.consent-screening': 'no', 'relationship.angry-feelings': 'yes', 'relationship.acted-on': 'yes' } } }, 'partner/relationship.acted-on', 'IR-RISK-ANSWER-WITHDRAWN-BABY-PARTNER', 'E4', 'S27'],
    ['her report: the partner might harm themselves or the baby', '"partner involved" changed to No', { contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'partner.involved': 'no', 'partner-report.risk': 'yes' } } }, 'birthing-parent/partner-report.risk', 'IR-RISK-ANSWER-WITHDRAWN-BABY-PARTNER', 'E4', 'S27'],
    ['the private question’s danger answer', 'first answer changed (alone)', { contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'no-disclosure', 'domestic-abuse.immediate-danger': 'yes' } } }, 'birthing-parent/domestic-abuse.immediate-danger', 'SG-RISK-ANSWER-WITHDRAWN', 'E5', 'S27'],
  ];

  it.each(rows)('[H34-a] %s, then %s: still raises %s at %s (%s)', (_what, _change, spec, key, ruleId, level, source) => {
    const evaluation = evaluateSpec(spec);
    const subject = ruleId === 'IR-RISK-ANSWER-WITHDRAWN-BABY-PARTNER' && key.includes('partner-report') ? 'partner' : key.slice(0, key.indexOf('/'));
    const flag = evaluation.flags.find((f) => f.id === `${ruleId}/${subject}`);
    expect(flag, `${ruleId}/${subject}`).toMatchObject({ level, triggeredBy: [key] });
    expect(flag?.sources).toContain(source);
    expect(flag?.hiddenAnswers?.map((h) => h.key)).toEqual([key]);
    // The question is hidden and its answer is not counted anywhere else.
    expect(evaluation.answers.map((a) => a.key)).not.toContain(key);
    expect(evaluation.flags.filter((f) => f.subject === subject && f.ruleId !== ruleId && (f.triggeredBy as string[]).includes(key))).toEqual([]);
    expect(evaluation.escalation.bySubject[subject as Subject].level).toBe(level);
    // Its routes are recommended, as the answer's own flag's would have been.
    for (const code of flag?.routes ?? []) expect(evaluation.outcomes.map((o) => o.id)).toContain(`${subject}/${code}`);
    const entry = evaluation.sections.flatMap((s) => s.hidden).find((h) => (h.keys as string[]).includes(key));
    expect(entry?.keepsRiskAnswer).toBe(true);
  });

  it.each([
    ['EPDS item 10 = 0 (no risk)', { ...partnerPresent, answers: { partner: { 'partner.consent-screening': 'no', ...epdsWithItem10(0) } } }],
    ['a red-flag detail answered No', { contactType: 'hv-new-birth', presence: { partner: true }, answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.harm-self-thoughts': 'no' } } }],
    ['a declined risk item', { ...partnerPresent, answers: { partner: { 'partner.consent-screening': 'no', 'epds.10': declined } } }],
    ['an answer still shown (it raises its own flag)', { contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'red-flags.harm-self-thoughts': 'yes' } } }],
  ] as const)('[H34-b] raises nothing extra for %s', (_what, spec) => {
    const evaluation = evaluateSpec(spec as ContactSpec);
    expect(evaluation.flags.filter((f) => f.ruleId.includes('RISK-ANSWER-WITHDRAWN'))).toEqual([]);
  });

  it('[H34-b] never for an answer only masked by privacy: with the partner back in the room her report is withheld on screen and kept, as it was, in the record', () => {
    const spec: ContactSpec = {
      contactType: 'hv-new-birth',
      presence: { partner: true },
      answers: { 'birthing-parent': { 'partner.involved': 'yes', 'partner-report.risk': 'yes' } },
    };
    const screen = evaluateSpec(spec);
    expect(screen.flags).toEqual([]);
    const record = evaluateForRecord(pathway, buildContact(spec));
    expect(record.flags.map((f) => f.id)).toEqual(['IR-PARTNER-REPORTED-RISK/partner']);
    expect(record.flags[0]?.hiddenAnswers).toBeUndefined();
  });

  it('[H34-c] names no topic: the rules’ words never name the private question, and a flag from it is marked private', () => {
    const rules = pathway.flagRules.filter((r) => r.id.includes('RISK-ANSWER-WITHDRAWN'));
    expect(rules.map((r) => r.id).sort()).toEqual([
      'IR-RISK-ANSWER-WITHDRAWN',
      'IR-RISK-ANSWER-WITHDRAWN-BABY',
      'IR-RISK-ANSWER-WITHDRAWN-BABY-PARTNER',
      'IR-RISK-ANSWER-WITHDRAWN-EMERGENCY',
      'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM',
      'SG-RISK-ANSWER-WITHDRAWN',
    ]);
    for (const rule of rules) expect(JSON.stringify([rule.id, rule.title, rule.doNow, rule.record, rule.timeframe])).not.toMatch(PRIVATE_TOPIC);
    const alone = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'no-disclosure', 'domestic-abuse.immediate-danger': 'yes' } } });
    expect(alone.flags.find((f) => f.ruleId === 'SG-RISK-ANSWER-WITHDRAWN')?.privacy).toBe('private');
    const notAlone = evaluateSpec({
      contactType: 'hv-new-birth',
      presence: { otherAdults: true },
      answers: { 'birthing-parent': { 'domestic-abuse.enquiry': 'no-disclosure', 'domestic-abuse.immediate-danger': 'yes' } },
    });
    expect(notAlone.flags).toEqual([]);
    expect(JSON.stringify(notAlone)).not.toMatch(PRIVATE_TOPIC);
  });

  it('[H34-c] clears once the hidden answer itself is corrected (cleared or changed), and keeps the flag id stable until then', () => {
    const base = { contactType: 'hv-new-birth' as const, presence: { partner: true }, answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.harm-self-thoughts': 'yes' } } };
    const acknowledged = evaluateSpec({ ...base, acknowledgedFlags: { 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM/partner': '2026-03-02T10:05:00.000Z' } });
    expect(acknowledged.flags[0]?.acknowledgedAt).toBe('2026-03-02T10:05:00.000Z');
    const corrected = evaluateSpec({ ...base, answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.harm-self-thoughts': 'no' } } });
    expect(corrected.flags).toEqual([]);
  });
});
