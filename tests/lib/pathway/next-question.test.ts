import { describe, expect, it } from 'vitest';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { nextQuestionAfter } from '../../../lib/pathway/next-question';
import { pathway } from '../../../lib/pathway/pathway';
import { scenarios } from './scenarios/fixtures';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { applyChange } from '../../../lib/contact/contact-change';

describe('what to ask next', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('starts where the engine says in scenario %s', (_id, scenario) => {
    const evaluation = evaluate(pathway, buildContact(scenario.spec), { ...defaultPathwaySettings, ...scenario.settings });
    expect(nextQuestionAfter(evaluation, null)?.key ?? null).toBe(evaluation.nextQuestion?.key ?? null);
  });

  it('asks the red-flag items one after another, even when the practitioner jumped there first', () => {
    const contact = buildContact({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'red-flags.mental-state-change': 'unsure' } },
    });
    const evaluation = evaluate(pathway, contact);
    expect(evaluation.nextQuestion?.key).toBe('birthing-parent/wellbeing.feelings');
    expect(nextQuestionAfter(evaluation, 'birthing-parent/red-flags.mental-state-change')?.key).toBe('birthing-parent/red-flags.violent-self-harm');
  });

  it('wraps round to what is still due earlier in the contact', () => {
    const contact = buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'relationship.observation': 'reassuring' } } });
    const evaluation = evaluate(pathway, contact);
    const last = evaluation.sections.flatMap((s) => s.items).filter((i) => i.requirement === 'due').at(-1)!;
    expect(nextQuestionAfter(evaluation, last.key)?.key).toBe(evaluation.nextQuestion?.key);
  });

  it('has nothing to ask once everything due has a response', () => {
    let contact = buildContact({ contactType: 'hv-2-years', presence: { partner: true } });
    for (let guard = 0; guard < 100; guard++) {
      const next = evaluate(pathway, contact).nextQuestion;
      if (!next) break;
      contact = applyChange(contact, {
        type: 'answer',
        answer: { questionId: next.item.questionId, subject: next.subject, response: { kind: 'declined' }, answeredAt: contact.startedAt },
      });
    }
    const done = evaluate(pathway, contact);
    expect(done.nextQuestion).toBeNull();
    const anyKey = done.sections.flatMap((s) => s.items)[0]!.key;
    expect(nextQuestionAfter(done, anyKey)).toBeNull();
  });
});
