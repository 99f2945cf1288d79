import { describe, expect, it } from 'vitest';
import { answerKey, type Subject } from '../../../lib/contact/contact';
import { declined, type ContactSpec, type ResponseSpec } from '../../../lib/pathway/contact-builder';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import { evaluateSpec } from './support/evaluate-spec';

// Pathway 2026.5.0 (hazard H107; specialist review of H45): the red-flag check's three disclosures
// (thoughts of self-harm, thoughts of harming the baby, imminent danger) can be answered "Not sure",
// for either parent, so a partner's "one or more, or not sure" check no longer forces a "No".
// "Not sure" is never "No": it starts the step that makes it sure (the risk enquiry; the harm-thoughts
// follow-up) or, for imminent danger, a same-day discussion (E4; E5 once confirmed).
// One row per rule and boundary, each naming its source (pathway-reference.md).

const partnerChecked = (answers: Record<string, ResponseSpec>): ContactSpec => ({
  contactType: 'hv-6-8-weeks',
  presence: { partner: true },
  answers: { partner: { 'partner.consent-screening': 'yes-share', 'red-flags.partner-check': 'present-or-unsure', ...answers } },
});
const her = (answers: Record<string, ResponseSpec>): ContactSpec => ({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': answers } });

const level = (e: Evaluation, s: Subject) => e.escalation.bySubject[s].level;
const rules = (e: Evaluation, s: Subject) => e.flags.filter((f) => f.subject === s).map((f) => f.ruleId).sort();
const due = (e: Evaluation, s: Subject, questionId: string) =>
  e.sections.some((sec) => sec.items.some((i) => i.key === answerKey(s, questionId) && i.requirement === 'due'));

type Row = [what: string, spec: ContactSpec, subject: Subject, expected: { level: string; rules: string[]; due: string[] }, source: string];
const rows: Row[] = [
  ['partner: self-harm thoughts not sure: the risk enquiry is due, with an E1 prompt to ask now', partnerChecked({ 'red-flags.harm-self-thoughts': 'unsure' }), 'partner', { level: 'E1', rules: ['RN-SELF-HARM-DISCLOSURE-UNSURE'], due: ['risk-enquiry.nature'] }, 'S1 1.6.5, S8'],
  ['partner: … enquiry finds passive thoughts: the E2 floor (GP informed)', partnerChecked({ 'red-flags.harm-self-thoughts': 'unsure', 'risk-enquiry.nature': 'passive', 'risk-enquiry.plan': 'no', 'risk-enquiry.intent': 'no' }), 'partner', { level: 'E2', rules: ['IR-ENQUIRY-THOUGHTS'], due: [] }, 'S1 1.6.5'],
  ['partner: … enquiry finds none on reflection: nothing', partnerChecked({ 'red-flags.harm-self-thoughts': 'unsure', 'risk-enquiry.nature': 'none-on-reflection' }), 'partner', { level: 'E0', rules: [], due: [] }, 'S10'],
  ['partner: … enquiry declined: risk still not known, E1 with safety-netting (H106)', partnerChecked({ 'red-flags.harm-self-thoughts': 'unsure', 'risk-enquiry.nature': declined }), 'partner', { level: 'E1', rules: ['RN-SELF-HARM-DECLINED-TWICE'], due: [] }, 'S10, S1'],
  ['partner: thoughts of harming the baby not sure: the follow-up is due; the card says possible, never disclosed', partnerChecked({ 'red-flags.harm-baby-thoughts': 'unsure' }), 'partner', { level: 'E2', rules: ['IR-POSSIBLE-HARM-TO-BABY'], due: ['harm-thoughts.kind'] }, 'S8, S27, S4'],
  ['partner: … follow-up: none on asking: closed, nothing raised', partnerChecked({ 'red-flags.harm-baby-thoughts': 'unsure', 'harm-thoughts.kind': 'none-on-asking' }), 'partner', { level: 'E0', rules: [], due: [] }, 'S27'],
  ['partner: … follow-up: not sure again: E4 discuss today (adult routes), safeguarding to consider', partnerChecked({ 'red-flags.harm-baby-thoughts': 'unsure', 'harm-thoughts.kind': 'unsure' }), 'partner', { level: 'E4', rules: ['IR-POSSIBLE-HARM-NOT-CLARIFIED-PARTNER'], due: [] }, 'S8, S27, S1'],
  ['her: … follow-up declined: E4 discuss today with the perinatal team', her({ 'red-flags.harm-baby-thoughts': 'unsure', 'harm-thoughts.kind': declined }), 'birthing-parent', { level: 'E4', rules: ['IR-POSSIBLE-HARM-NOT-CLARIFIED'], due: [] }, 'S8, S27, S4'],
  ['her: … follow-up: wished or intended (thoughts found): the intent card', her({ 'red-flags.harm-baby-thoughts': 'unsure', 'harm-thoughts.kind': 'wished-or-intended' }), 'birthing-parent', { level: 'E4', rules: ['IR-HARM-THOUGHTS-INTENT'], due: [] }, 'S8, S27'],
  ['boundary: her: disclosed (Yes), then none on asking: the disclosure card stays (correct the first answer if it was a mistake)', her({ 'red-flags.harm-baby-thoughts': 'yes', 'harm-thoughts.kind': 'none-on-asking' }), 'birthing-parent', { level: 'E2', rules: ['IR-DISCLOSED-HARM-TO-BABY'], due: [] }, 'S27'],
  ['partner: … follow-up: intrusive, no unusual beliefs: reassure, Talking Therapies', partnerChecked({ 'red-flags.harm-baby-thoughts': 'unsure', 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': 'no' }), 'partner', { level: 'E2', rules: ['IR-HARM-THOUGHTS-INTRUSIVE'], due: [] }, 'S4, S1, S24'],
  ['partner: imminent danger not sure: E4, clarify now and discuss today (adult routes)', partnerChecked({ 'red-flags.imminent-danger': 'unsure' }), 'partner', { level: 'E4', rules: ['RF-UNSURE-IMMINENT-DANGER-PARTNER'], due: [] }, 'S9, S6, S27'],
  ['partner: imminent danger not sure, then the check changed to none: the hidden answer still stands', partnerChecked({ 'red-flags.imminent-danger': 'unsure', 'red-flags.partner-check': 'none' }), 'partner', { level: 'E4', rules: ['RF-UNSURE-IMMINENT-DANGER-PARTNER'], due: [] }, 'S9, S27'],
  ['partner: imminent danger Yes: E5, call 999 (unchanged)', partnerChecked({ 'red-flags.imminent-danger': 'yes' }), 'partner', { level: 'E5', rules: ['RF-IMMINENT-DANGER'], due: [] }, 'S9, S6, S27'],
  ['boundary: partner: all three No: nothing', partnerChecked({ 'red-flags.harm-self-thoughts': 'no', 'red-flags.harm-baby-thoughts': 'no', 'red-flags.imminent-danger': 'no' }), 'partner', { level: 'E0', rules: [], due: [] }, 'S15, S27'],
  ['her: imminent danger not sure: E4 (the same rule for both parents)', her({ 'red-flags.imminent-danger': 'unsure' }), 'birthing-parent', { level: 'E4', rules: ['RF-UNSURE-IMMINENT-DANGER'], due: [] }, 'S9, S6, S27'],
  ['her: self-harm thoughts not sure: the risk enquiry is due, with an E1 prompt to ask now', her({ 'red-flags.harm-self-thoughts': 'unsure' }), 'birthing-parent', { level: 'E1', rules: ['RN-SELF-HARM-DISCLOSURE-UNSURE'], due: ['risk-enquiry.nature'] }, 'S1, S8'],
];

describe('[H107-a] a red-flag disclosure marked "Not sure" starts the step that makes it sure, never counts as No', () => {
  it.each(rows)('%s (%s)', (_what, spec, subject, expected) => {
    const evaluation = evaluateSpec(spec);
    expect(rules(evaluation, subject)).toEqual(expected.rules);
    expect(level(evaluation, subject)).toBe(expected.level);
    for (const questionId of expected.due) expect(due(evaluation, subject, questionId), questionId).toBe(true);
  });

  it('offers Yes, No and Not sure on each of the three disclosures; the partner is routed to adult services only', () => {
    const check = pathway.groups.find((g) => g.id === 'red-flag-check');
    for (const id of ['red-flags.harm-self-thoughts', 'red-flags.harm-baby-thoughts', 'red-flags.imminent-danger']) {
      const question = check && 'questions' in check ? check.questions.find((q) => q.id === id) : undefined;
      expect(question?.options.map((o) => o.id), id).toEqual(['yes', 'no', 'unsure']);
    }
    const evaluation = evaluateSpec(partnerChecked({ 'red-flags.imminent-danger': 'unsure' }));
    const card = evaluation.flags.find((f) => f.ruleId === 'RF-UNSURE-IMMINENT-DANGER-PARTNER');
    expect(card?.routes).toEqual(['O9', 'O5']);
    expect(card?.doNow.join(' ')).toMatch(/If there is danger now, call 999/);
    // Never ask someone who may be the source of the danger; a worry for the baby is discussed today.
    expect(card?.doNow.join(' ')).toMatch(/never someone who may be the source of the danger/);
    expect(evaluation.outcomes.filter((o) => o.subject === 'partner' && o.code === 'O10').map((o) => o.strength)).toEqual(['consider']);
    const hers = evaluateSpec(her({ 'red-flags.imminent-danger': 'unsure' })).flags.find((f) => f.ruleId === 'RF-UNSURE-IMMINENT-DANGER');
    expect(hers?.routes).toEqual(['O9', 'O6', 'O5']);
    // Possible thoughts that asking did not clarify: safeguarding to consider, never recommended.
    const unclear = evaluateSpec(her({ 'red-flags.harm-baby-thoughts': 'unsure', 'harm-thoughts.kind': 'unsure' }));
    expect(unclear.outcomes.filter((o) => o.code === 'O10').map((o) => o.strength)).toEqual(['consider']);
  });
});
