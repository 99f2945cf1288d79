import { describe, expect, it } from 'vitest';
import type { Subject } from '../../../lib/contact/contact';
import { buildContact, declined, notAsked, scores, type ContactSpec, type ResponseSpec } from '../../../lib/pathway/contact-builder';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import { decodeHandoverBlock, encodeHandoverBlock } from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { outstandingFactText } from '../../../lib/handover/handover-preview';
import { evaluateSpec } from './support/evaluate-spec';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import { summaryText } from '../../../lib/summary/summary-text';

// Pathway 2026.5.0 (hazard H117; specialist review, CSO open item 13): "Not asked: the parent was
// distressed" is not a refusal. It has its own card (RN-SELF-HARM-NOT-ASKED-DISTRESSED, E1, no
// route: stay with them, ask again when calmer before the contact ends, discuss the level the same
// day if it cannot be asked) and its own outstanding and handover item. Not E4/E5 for distress
// alone: no source names it a red flag (S5 via S4) or a concerning enquiry result (§3.4); help is
// matched to the level of risk (S1 CG192 1.6.5); manage immediate risk (S8). One row per rule and
// boundary, each naming its source.

const CARD = 'RN-SELF-HARM-NOT-ASKED-DISTRESSED';
const OS = 'OS-SELF-HARM-NOT-ASKED-DISTRESSED';
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
const distressed = notAsked('parent-distressed');

const level = (e: Evaluation, s: Subject) => e.escalation.bySubject[s].level;
const rules = (e: Evaluation, s: Subject) => e.flags.filter((f) => f.subject === s).map((f) => f.ruleId).sort();
const own = (e: Evaluation, s: Subject) => e.outstanding.filter((o) => o.subject === s && o.kind === 'self-harm-not-asked-distressed').map((o) => o.outstandingRuleId);

type Row = [what: string, spec: ContactSpec, subject: Subject, expected: { level: string; rules: string[]; outstanding: string[] }, source: string];
const rows: Row[] = [
  ['item 10 declined, the direct question not asked: too distressed (its own card, not the refusal card)', her({ ...epdsItem10(declined), 'risk-enquiry.nature': distressed }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', CARD], outstanding: [OS] }, 'S1 1.6.5, S8, S10'],
  ['EPDS declined as a whole, the offered question not asked: too distressed', her({ ...whooleyNegative, ...allEpds(declined), 'risk-enquiry.nature': distressed }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', CARD], outstanding: [OS] }, 'S1 1.6.5, S10'],
  ['self-harm disclosure "not sure", the direct question not asked: too distressed', her({ 'red-flags.harm-self-thoughts': 'unsure', 'risk-enquiry.nature': distressed }), 'birthing-parent', { level: 'E1', rules: [CARD], outstanding: [OS] }, 'S1, S8'],
  ['partner: item 10 declined, the direct question not asked: too distressed', partner({ ...epdsItem10(declined), 'risk-enquiry.nature': distressed }), 'partner', { level: 'E1', rules: ['RN-EPDS-10', CARD], outstanding: [OS] }, 'S1 1.6.5, S8, S15'],
  ['boundary: the direct question declined outright stays the refusal card (H106)', her({ ...epdsItem10(declined), 'risk-enquiry.nature': declined }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', 'RN-SELF-HARM-DECLINED-TWICE'], outstanding: [] }, 'S10, S1 1.6.5'],
  ['boundary: not asked for a practical reason stays "not yet asked"', her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('out-of-time') }), 'birthing-parent', { level: 'E1', rules: ['RN-EPDS-10', 'RN-SELF-HARM-NOT-YET-ASKED'], outstanding: [] }, 'S10, S1'],
  ['boundary: item 10 above 0 and the nature not asked: distressed is E4 (thoughts known, H45), not this card', her({ ...whooleyNegative, ...epdsNine, 'epds.10': 'hardly-ever', 'risk-enquiry.nature': distressed }), 'birthing-parent', { level: 'E4', rules: ['IR-ENQUIRY-NATURE-DECLINED', 'IR-EPDS-10'], outstanding: [] }, 'S1 1.6.5, S8, S27'],
  ['boundary: item 10 answered "never": the enquiry is not due, nothing raised', her(epdsItem10('never')), 'birthing-parent', { level: 'E0', rules: [], outstanding: [] }, 'S10'],
];

describe('[H117-a] "too distressed to be asked" is not a refusal: its own E1 card and outstanding item, never E4/E5 for distress alone', () => {
  it.each(rows)('%s (%s)', (_what, spec, subject, expected) => {
    const evaluation = evaluateSpec(spec);
    expect(rules(evaluation, subject)).toEqual(expected.rules);
    expect(level(evaluation, subject)).toBe(expected.level);
    expect(own(evaluation, subject)).toEqual(expected.outstanding);
  });

  it('[H117-b] the card stays with them, asks again when calmer, discusses the level the same day, gives help at any hour; never "respect the choice"', () => {
    const card = evaluateSpec(her({ ...epdsItem10(declined), 'risk-enquiry.nature': distressed })).flags.find((f) => f.ruleId === CARD);
    expect(card?.kind).toBe('risk-not-known');
    expect(card?.routes).toEqual([]);
    expect(card?.sources).toEqual(['S1', 'S8', 'S10']);
    expect(card?.doNow).toEqual([
      'Their distress is not a refusal. Stay with them and give them time; do not leave them alone if you are worried about their safety (call 999 if there is danger now).',
      'When they are calmer, ask again, gently, before you leave: say it is a question you ask every parent.',
      'If it cannot be asked before you leave, discuss the level of risk today with a senior colleague or the mental health team (the specialist perinatal team for the birthing parent, adult services for a partner), and record what was agreed.',
      "Check their support and whether they know where to get help at any hour; give the crisis numbers (listed in the family copy under 'Help at any time of day or night').",
      'Advise them, and with their agreement someone close to them, to seek help at once if things get worse (GP, NHS 111, A&E, 999).',
      'What you see still counts: if their distress, hopelessness or a change from their usual self worries you (or, where a baby is in their care, the baby’s care), act on that and raise the level.',
    ]);
    const words = [card?.title, ...(card?.doNow ?? [])].join(' ');
    expect(words).not.toMatch(/respect the choice|do not press|declined/i);
  });

  it('[H117-c] the open question raises no level and travels in the handover block, worded from its rule, in place of "risk not known"', () => {
    const spec = her({ ...epdsItem10(declined), 'risk-enquiry.nature': distressed });
    const contact = buildContact(spec);
    const withRule = evaluate(pathway, contact);
    const without = evaluate({ ...pathway, outstandingRules: pathway.outstandingRules.filter((r) => r.id !== OS) }, contact);
    expect(withRule.escalation).toEqual(without.escalation);
    expect(withRule.outcomes).toEqual(without.outcomes);
    // Still "not known", never "none": the general item stays beside it.
    expect(withRule.outstanding.map((o) => o.kind)).toEqual(expect.arrayContaining(['risk-not-known', 'self-harm-not-asked-distressed']));
    const decoded = decodeHandoverBlock(encodeHandoverBlock(handoverFactsFrom(contact, evaluateForRecord(pathway, contact)), { lineWidth: 80 }));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const fact = decoded.facts.outstanding.find((o) => o.kind === 'self-harm-not-asked-distressed');
    expect(fact?.subject).toBe('birthing-parent');
    // One wording of the open question at the next contact (handoverReplaces; specialist review):
    // not also OS-RISK-NOT-KNOWN's "ask directly", which the record still lists.
    expect(decoded.facts.outstanding.some((o) => o.kind === 'risk-not-known')).toBe(false);
    if (fact) {
      expect(outstandingFactText(fact).full).toBe(
        'At the last contact the parent was too distressed to be asked about thoughts of self-harm: check the record for what was agreed that day, and ask gently, in private, early in this contact.',
      );
    }
  });
});

describe('[H117-f] boundary: without the distressed item, "risk not known" still travels in the block (S10)', () => {
  it('item 10 declined, the direct question not asked for a practical reason', () => {
    const contact = buildContact(her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('out-of-time') }));
    const facts = handoverFactsFrom(contact, evaluateForRecord(pathway, contact));
    expect(facts.outstanding.some((o) => o.kind === 'risk-not-known' && o.subject === 'birthing-parent')).toBe(true);
  });
});

describe('[H117-e] the level line agrees with the card: E1 in today’s words (LEVEL-E1-SELF-HARM-NOT-ASKED-DISTRESSED; S1 1.6.5, S8, S10; specialist review)', () => {
  const today = 'Self-harm risk not yet known: ask again before you leave, or discuss it today with a senior colleague or the mental health team';
  type Row = [what: string, spec: ContactSpec, subject: Subject, expected: { level: string; action: string | null; timeframe: string | null }, source: string];
  const rows: Row[] = [
    ['her: too distressed to be asked', her({ ...epdsItem10(declined), 'risk-enquiry.nature': distressed }), 'birthing-parent', { level: 'E1', action: today, timeframe: 'Today' }, 'S1 1.6.5, S8'],
    ['partner: too distressed to be asked', partner({ ...epdsItem10(declined), 'risk-enquiry.nature': distressed }), 'partner', { level: 'E1', action: today, timeframe: 'Today' }, 'S1 1.6.5, S8'],
    ['boundary: declined outright keeps the ladder’s E1 words (H106)', her({ ...epdsItem10(declined), 'risk-enquiry.nature': declined }), 'birthing-parent', { level: 'E1', action: null, timeframe: null }, 'S10, §3.4'],
    ['boundary: not asked for a practical reason keeps the ladder’s E1 words', her({ ...epdsItem10(declined), 'risk-enquiry.nature': notAsked('not-appropriate-now') }), 'birthing-parent', { level: 'E1', action: null, timeframe: null }, 'S10, §3.4'],
  ];
  it.each(rows)('%s (%s)', (_what, spec, subject, expected) => {
    const view = evaluateSpec(spec).escalation.bySubject[subject];
    const rung = pathway.escalation.find((e) => e.level === 'E1');
    expect(view.level).toBe(expected.level);
    expect(view.action).toBe(expected.action ?? rung?.action);
    expect(view.timeframe).toBe(expected.timeframe ?? rung?.timeframe);
  });

  it('the written record’s level line says the same', () => {
    const contact = buildContact(her({ ...epdsItem10(declined), 'risk-enquiry.nature': distressed }));
    const text = summaryText({ contact, evaluation: evaluateForRecord(pathway, contact), config: nationalDefaultConfig, options: { lineWidth: 1000 } });
    expect(text).toContain(`Level: E1 Watch - ${today}. Timeframe: Today.`);
  });
});
