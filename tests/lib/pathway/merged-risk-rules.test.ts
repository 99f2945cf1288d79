import { describe, expect, it } from 'vitest';
import { answerKey, type Subject } from '../../../lib/contact/contact';
import { scores, type ContactSpec } from '../../../lib/pathway/contact-builder';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import { safetyPlanDue } from '../../../lib/pathway/safety-plan';
import { evaluateSpec, flagIds, outcomeIds } from './support/evaluate-spec';

// Found by the clinical review of the merged 2026.4.0 pathway (the risk-enquiry and the red-flag
// check were built apart): each row is one rule where the two halves disagreed, naming its source.

const bp = 'birthing-parent' as const;
const isDue = (evaluation: Evaluation, subject: Subject, questionId: string) =>
  evaluation.sections.some((s) => s.items.some((i) => i.key === answerKey(subject, questionId) && i.requirement === 'due'));
const alone = (answers: Record<string, string>): ContactSpec => ({ contactType: 'hv-6-8-weeks', answers: { [bp]: answers } });

describe('[H45-a] merged risk rules agree with each other', () => {
  it('signs of psychosis marked unsure: a same-day card (E4), not a 2-4 week watch (S9, S4)', () => {
    const evaluation = evaluateSpec(alone({ 'red-flags.psychosis-signs': 'unsure' }));
    const flag = evaluation.flags.find((f) => f.ruleId === 'RF-UNSURE-PSYCHOSIS');
    expect(flag?.level).toBe('E4');
    expect(flagIds(evaluation)).not.toContain(`RF-UNSURE/${bp}`);
  });

  it('another item marked unsure stays a prompt to clarify (E1; over-escalation) (S1)', () => {
    const evaluation = evaluateSpec(alone({ 'red-flags.severe-sleep': 'unsure' }));
    expect(evaluation.flags.find((f) => f.ruleId === 'RF-UNSURE')?.level).toBe('E1');
  });

  it('violent self-harm marked unsure starts the structured risk enquiry (S5, S8)', () => {
    expect(isDue(evaluateSpec(alone({ 'red-flags.violent-self-harm': 'unsure' })), bp, 'risk-enquiry.nature')).toBe(true);
    expect(isDue(evaluateSpec(alone({ 'red-flags.violent-self-harm': 'no' })), bp, 'risk-enquiry.nature')).toBe(false);
  });

  it('item 10 above 0 and the disclosure item ticked as well give one floor card, not two (S10)', () => {
    const evaluation = evaluateSpec(alone({ ...scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0, 1]), 'red-flags.harm-self-thoughts': 'yes' }));
    expect(flagIds(evaluation)).toContain(`IR-EPDS-10/${bp}`);
    expect(flagIds(evaluation)).not.toContain(`IR-DISCLOSED-SELF-HARM/${bp}`);
    // The one card still traces the disclosure (H34-e: every positive risk answer raises a flag).
    expect(evaluation.flags.find((f) => f.ruleId === 'IR-EPDS-10')?.triggeredBy).toContain(`${bp}/red-flags.harm-self-thoughts`);
  });

  it('thoughts of harming the baby, "intrusive" with the unusual-beliefs question not answered: the disclosure card stays (S8)', () => {
    const open = evaluateSpec(alone({ 'red-flags.harm-baby-thoughts': 'yes', 'harm-thoughts.kind': 'intrusive' }));
    expect(flagIds(open)).toContain(`IR-DISCLOSED-HARM-TO-BABY/${bp}`);
    const settled = evaluateSpec(alone({ 'red-flags.harm-baby-thoughts': 'yes', 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': 'no' }));
    expect(flagIds(settled)).not.toContain(`IR-DISCLOSED-HARM-TO-BABY/${bp}`);
    expect(flagIds(settled)).toContain(`IR-HARM-THOUGHTS-INTRUSIVE/${bp}`);
  });

  it('intrusive thoughts without intent do not make a safety plan due; wished or intended ones do (S4, S8)', () => {
    const intrusive = evaluateSpec(alone({ 'red-flags.harm-baby-thoughts': 'yes', 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': 'no' }));
    expect(safetyPlanDue(intrusive).due).toBe(false);
    const intent = evaluateSpec(alone({ 'red-flags.harm-baby-thoughts': 'yes', 'harm-thoughts.kind': 'wished-or-intended', 'harm-thoughts.unusual-beliefs': 'no' }));
    expect(safetyPlanDue(intent).due).toBe(true);
  });
});

describe('[H45-b] a partner is never routed to a service for the birthing parent only', () => {
  it('after a baby has died, she may be offered the Maternal Mental Health Service; the partner the GP and Talking Therapies (S23, S24)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', presence: { partner: true }, situation: { babySituation: 'died' } });
    const all = [...outcomeIds(evaluation, 'recommend'), ...outcomeIds(evaluation, 'consider')];
    expect(all).toContain(`${bp}/O7`);
    expect(all).not.toContain('partner/O7');
    expect(all).toContain('partner/O5');
  });

  it('her report that the partner may harm themselves or the baby routes the partner to adult services, not O12 (S15)', () => {
    const flag = pathway.flagRules.find((r) => r.id === 'IR-PARTNER-REPORTED-RISK');
    expect(flag?.routes).toContain('O5');
    expect(flag?.routes).not.toContain('O12');
  });
});
