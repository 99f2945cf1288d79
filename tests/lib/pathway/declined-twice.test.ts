import { describe, expect, it } from 'vitest';
import type { Subject } from '../../../lib/contact/contact';
import { declined, notAsked, scores, type ContactSpec, type ResponseSpec } from '../../../lib/pathway/contact-builder';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { defaultPathwaySettings, type PathwaySettings } from '../../../lib/pathway/settings';
import { evaluateSpec } from './support/evaluate-spec';

// Pathway 2026.5.0 (hazard H106; specialist review of H45): the self-harm item not known AND the
// direct question then declined by the parent leaves the risk "not known" after both ways of asking.
// E1 "watch" with safety-netting (RN-SELF-HARM-DECLINED-TWICE), never E0 as if nothing were left to
// do, and never higher: a refusal is not a risk signal the sources name (S10, S1 CG192 1.6.5; H40).
// One row per rule and boundary, each naming its source (pathway-reference.md).

const RULE = 'RN-SELF-HARM-DECLINED-TWICE';
/** Nobody declined: the direct question could not be asked here (specialist review of H106). */
const NOT_YET = 'RN-SELF-HARM-NOT-YET-ASKED';
const phq9: PathwaySettings = { ...defaultPathwaySettings, depressionMeasure: 'phq-9' } as PathwaySettings;
// Whooley negative so no depression outcome sets the level: the row shows this rule's level alone.
const whooleyNegative = { 'whooley.1': 'no', 'whooley.2': 'no' };
const epdsNine = scores('epds', [1, 1, 0, 0, 1, 0, 0, 0, 0]);
const epdsItem10 = (item10: ResponseSpec) => ({ ...whooleyNegative, ...epdsNine, 'epds.10': item10 });
const allEpds = (response: ResponseSpec) => Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`epds.${i + 1}`, response]));
const her = (answers: Record<string, ResponseSpec>): ContactSpec => ({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': answers } });
const partner = (answers: Record<string, ResponseSpec>): ContactSpec => ({
  contactType: 'hv-6-8-weeks',
  presence: { partner: true },
  answers: { partner: { 'partner.consent-screening': 'yes-share', ...answers } },
});

const level = (e: Evaluation, s: Subject) => e.escalation.bySubject[s].level;
const rules = (e: Evaluation, s: Subject) => e.flags.filter((f) => f.subject === s).map((f) => f.ruleId).sort();

type Row = [what: string, spec: ContactSpec, subject: Subject, expected: { level: string; rules: string[] }, source: string, settings?: PathwaySettings];
const rows: Row[] = [
  ['item 10 declined, the direct question declined', her({ ...epdsItem10(declined), 'risk-enquiry.nature': declined }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', RULE] }, 'S10, S1 1.6.5'],
  // Specialist review (H117): "too distressed to be asked" is not a refusal; its own card.
  ['item 10 declined, the direct question not asked: parent distressed (not a refusal: its own card, H117)', her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('parent-distressed') }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', 'RN-SELF-HARM-NOT-ASKED-DISTRESSED'] }, 'S1 1.6.5, S8, S10'],
  ['item 10 declined, the direct question not asked: other reason (nobody declined: agree how and when)', her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('other', 'baby needed feeding') }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', NOT_YET] }, 'S10, S1'],
  ['boundary: item 10 declined, the direct question not yet asked (stays E0, enquiry due)', her(epdsItem10(declined)), 'birthing-parent', { level: 'E0', rules: ['RN-EPDS-10'] }, 'S10'],
  ['boundary: item 10 declined, direct question: none on reflection (risk known: no E1 card)', her({ ...epdsItem10(declined), 'risk-enquiry.nature': 'none-on-reflection' }), 'birthing-parent', { level: 'E0', rules: ['RN-EPDS-10'] }, 'S10'],
  ['item 10 declined, direct question not asked: out of time (E1: agree how and when, not the next scheduled contact)', her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('out-of-time') }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', NOT_YET] }, 'S10, S1'],
  ['item 10 declined, direct question not asked: not private', her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('not-private') }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', NOT_YET] }, 'S10, S1, S20'],
  ['item 10 declined, direct question not asked: interpreter needed', her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('interpreter-needed') }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', NOT_YET] }, 'S10, S1, S20'],
  ['partner: self-harm disclosure not sure, direct question not asked: out of time', partner({ 'red-flags.partner-check': 'present-or-unsure', 'red-flags.harm-self-thoughts': 'unsure', 'risk-enquiry.nature': notAsked('out-of-time') }), 'partner', { level: 'E1', rules: [NOT_YET] }, 'S1, S8'],
  ['boundary: item 10 declined, direct question not asked: already known (care plan)', her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('already-known') }), 'birthing-parent', { level: 'E0', rules: ['RN-EPDS-10'] }, 'S1 1.6.5'],
  ['EPDS declined as a whole, then the offered direct question declined', her({ ...whooleyNegative, ...allEpds(declined), 'risk-enquiry.nature': declined }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', RULE] }, 'S10, S1'],
  ['boundary: EPDS declined as a whole, the offered question not taken up (H85: stays E0)', her({ ...whooleyNegative, ...allEpds(declined) }), 'birthing-parent', { level: 'E0', rules: ['RN-EPDS-10'] }, 'S10, S1'],
  ['boundary: item 10 above 0 then the nature declined is E4 (H45), not this rule', her({ ...whooleyNegative, ...epdsNine, 'epds.10': 'hardly-ever', 'risk-enquiry.nature': declined }), 'birthing-parent', { level: 'E4', rules: ['IR-ENQUIRY-NATURE-DECLINED', 'IR-EPDS-10'] }, 'S1 1.6.5, S8, S27'],
  ['PHQ-9 item 9 declined, the direct question declined', her({ ...whooleyNegative, ...scores('phq-9', [1, 1, 0, 0, 0, 0, 0, 0]), 'phq-9.9': declined, 'risk-enquiry.nature': declined }), 'birthing-parent', { level: 'E1', rules: ['RN-PHQ9-9', RULE] }, 'S12, S10, S1', phq9],
  ['partner: item 10 declined, the direct question declined', partner({ ...epdsItem10(declined), 'risk-enquiry.nature': declined }), 'partner', { level: 'E1', rules: ['RN-EPDS-10', RULE] }, 'S10, S1, S15'],
];

describe('[H106-a] self-harm item and direct question both declined: E1 with safety-netting, never E0 and never higher', () => {
  it.each(rows)('%s (%s)', (_what, spec, subject, expected, _source, settings) => {
    const evaluation = evaluateSpec(spec, settings);
    expect(rules(evaluation, subject)).toEqual(expected.rules);
    expect(level(evaluation, subject)).toBe(expected.level);
  });

  it('the not-yet-asked card says nobody declined, agrees how and when, and never suggests a family interpreter', () => {
    const evaluation = evaluateSpec(her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('interpreter-needed') }));
    const card = evaluation.flags.find((f) => f.ruleId === NOT_YET);
    expect(card?.routes).toEqual([]);
    const doNow = card?.doNow.join(' ') ?? '';
    expect(doNow).toMatch(/Nobody declined/);
    expect(doNow).toMatch(/professional interpreter \(never a family member\)/);
    expect(doNow).not.toMatch(/do not press/);
  });

  it('the card safety-nets and offers an early review; it routes nowhere and asks no reason at finish beyond the recorded refusal', () => {
    const evaluation = evaluateSpec(her({ ...epdsItem10(declined), 'risk-enquiry.nature': declined }));
    const card = evaluation.flags.find((f) => f.ruleId === RULE);
    expect(card?.routes).toEqual([]);
    expect(card?.kind).toBe('risk-not-known');
    const doNow = card?.doNow.join(' ') ?? '';
    expect(doNow).toMatch(/do not press/);
    expect(doNow).toMatch(/crisis numbers/);
    expect(doNow).toMatch(/seek help at once if things get worse/);
    expect(doNow).toMatch(/within 2–4 weeks at the latest/);
    expect(doNow).toMatch(/share only with their agreement/);
    expect(doNow).toMatch(/offer a private chance to answer/);
    expect(card?.triggeredBy).toEqual(expect.arrayContaining(['birthing-parent/epds.10', 'birthing-parent/risk-enquiry.nature']));
    // Still "not known", never "none": the outstanding item stays, with the refusal as its reason.
    expect(evaluation.outstanding.map((o) => o.kind)).toContain('risk-not-known');
    expect(evaluation.outstanding.some((o) => o.kind === 'risk-not-known' && o.needsReason)).toBe(false);
  });
});

// Pathway 2026.5.0 (H111): the E0 "self-harm risk not known" cards give the crisis numbers too. A
// measure declined as a whole only OFFERS the direct question (H85), so the E1 card above, which
// gives them, may never follow: the E0 card is all there is. S1 CG192 1.6.5 (check support and that
// she knows where to get help) is read as applying while the risk cannot be ruled out. Words only.
describe('[H111-a] the "risk not known" cards say where help is at any hour, and raise nothing (S10, S1 1.6.5)', () => {
  // Specialist review (H111): words for any parent (a declined measure is not a risk signal), and
  // the line says where the numbers are, since the card shows none.
  const crisisLine =
    "Make sure they know where to get help at any hour if they ever feel worse, as you would for any parent (the numbers are in the family copy under 'Help at any time of day or night').";
  const e1CrisisLine =
    "Check their support and whether they know where to get help at any hour; give the crisis numbers (listed in the family copy under 'Help at any time of day or night').";
  const allPhq9 = (response: ResponseSpec) => Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq-9.${i + 1}`, response]));
  type CardRow = [what: string, subject: Subject, card: string | null, level: string, source: string, spec: ContactSpec, settings?: PathwaySettings];
  const cardRows: CardRow[] = [
    ['EPDS declined as a whole (the direct question only offered)', 'birthing-parent', 'RN-EPDS-10', 'E0', 'S10, S1 1.6.5', her({ ...whooleyNegative, ...allEpds(declined) })],
    ['EPDS not asked as a whole (out of time)', 'birthing-parent', 'RN-EPDS-10', 'E0', 'S10, S1 1.6.5', her({ ...whooleyNegative, ...allEpds(notAsked('out-of-time')) })],
    ['EPDS item 10 alone declined (the direct question due)', 'birthing-parent', 'RN-EPDS-10', 'E0', 'S10, S1 1.6.5', her(epdsItem10(declined))],
    ['partner: EPDS declined as a whole', 'partner', 'RN-EPDS-10', 'E0', 'S10, S1 1.6.5, S15', partner({ ...whooleyNegative, ...allEpds(declined) })],
    ['PHQ-9 declined as a whole', 'birthing-parent', 'RN-PHQ9-9', 'E0', 'S12, S1 1.6.5', her({ ...whooleyNegative, ...allPhq9(declined) }), phq9],
    ['boundary: EPDS item 10 answered "never": no card', 'birthing-parent', null, 'E0', 'S10', her(epdsItem10('never'))],
    ['boundary: EPDS not started: no card (nothing declined)', 'birthing-parent', null, 'E0', 'S10', her(whooleyNegative)],
  ];

  it.each(cardRows)('%s: %s card %s at %s (%s)', (_what, subject, card, expectedLevel, _source, spec, settings) => {
    const evaluation = evaluateSpec(spec, settings);
    const flag = evaluation.flags.find((f) => f.subject === subject && f.kind === 'risk-not-known');
    expect(flag?.ruleId ?? null).toBe(card);
    if (flag) {
      expect(flag.doNow).toContain(crisisLine);
      expect(flag.routes).toEqual([]);
      expect(flag.sources).toContain('S1');
    }
    // Words only: the level is what it was (H40, H85), no route, no card above E0.
    expect(level(evaluation, subject)).toBe(expectedLevel);
    expect(evaluation.flags.filter((f) => f.subject === subject && f.level !== 'E0')).toEqual([]);
  });

  it('the E1 card after two refusals (H106) gives the crisis numbers and says where they are listed; the E0 prompts do not use its words', () => {
    const twice = evaluateSpec(her({ ...epdsItem10(declined), 'risk-enquiry.nature': declined })).flags.find((f) => f.ruleId === RULE);
    expect(twice?.doNow).toContain(e1CrisisLine);
    expect(twice?.doNow).not.toContain(crisisLine);
  });
});
