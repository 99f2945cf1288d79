import { describe, expect, it } from 'vitest';
import { buildContact, scores } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { lastAnsweredKey, nextQuestionAfter } from '../../../lib/pathway/next-question';
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

  // Issue 13: a measure that becomes due is asked next, not after everything else. Which items an
  // answer made due is the engine's output (the due reasons' triggeredBy keys from the pathway's
  // requirement rules); one row per rule, each naming the rule and its source.
  const due: Array<{ name: string; rule: string; answers: Record<string, string>; after: string; expected: string }> = [
    {
      name: 'Whooley positive → the EPDS next (before the GAD-2 and the rest)',
      rule: 'DUE-DEPRESSION-MEASURE-WHOOLEY (S1, S29)',
      answers: { 'wellbeing.feelings': 'no-concerns', 'whooley.1': 'yes', 'whooley.2': 'no' },
      after: 'birthing-parent/whooley.2',
      expected: 'birthing-parent/epds.1',
    },
    {
      name: 'Whooley answered yes to the first question only → its second question first (finish the measure in hand)',
      rule: 'DUE-SCREEN-SCHEDULED-WHOOLEY (S1)',
      answers: { 'wellbeing.feelings': 'no-concerns', 'whooley.1': 'yes' },
      after: 'birthing-parent/whooley.1',
      expected: 'birthing-parent/whooley.2',
    },
    {
      name: 'EPDS item 10 above 0 → the risk enquiry next',
      rule: 'DUE-RISK-ENQUIRY-EPDS-10 (S10, S1)',
      answers: { 'wellbeing.feelings': 'no-concerns', 'whooley.1': 'yes', 'whooley.2': 'no', ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]) },
      after: 'birthing-parent/epds.10',
      expected: 'birthing-parent/risk-enquiry.nature',
    },
    {
      name: 'Whooley negative → nothing made due: the next due item in order (GAD-2)',
      rule: 'DUE-SCREEN-SCHEDULED-GAD2 (S1, S3)',
      answers: { 'wellbeing.feelings': 'no-concerns', 'whooley.1': 'no', 'whooley.2': 'no' },
      after: 'birthing-parent/whooley.2',
      expected: 'birthing-parent/gad-2.1',
    },
  ];
  it.each(due.map((row) => [row.name, row] as const))('[H86-a] %s', (_name, row) => {
    const evaluation = evaluate(pathway, buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': row.answers } }));
    expect(nextQuestionAfter(evaluation, row.after as `birthing-parent/${string}`)?.key).toBe(row.expected);
  });

  // A resumed contact carries on where it was left (the contact screen seeds its "asked" list with
  // lastAnsweredKey): the same question the live contact would have asked next.
  describe('[H86-f] resuming a contact', () => {
    const walk = (stopAfter: number) => {
      let contact = buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'wellbeing.feelings': 'no-concerns' } } });
      let last: `birthing-parent/${string}` | null = null;
      for (let step = 0; step < stopAfter; step++) {
        const next = nextQuestionAfter(evaluate(pathway, contact), last);
        if (!next) break;
        const first = next.options[0]?.id;
        const response = next.questionId.startsWith('whooley.') ? { kind: 'option' as const, optionId: 'yes' } : first ? { kind: 'option' as const, optionId: first } : { kind: 'declined' as const };
        const answeredAt = new Date(Date.parse(contact.startedAt) + (step + 1) * 60_000).toISOString();
        contact = applyChange(contact, { type: 'answer', answer: { questionId: next.questionId, subject: next.subject, response, answeredAt } });
        last = next.key as `birthing-parent/${string}`;
      }
      return { contact, live: nextQuestionAfter(evaluate(pathway, contact), last)?.key ?? null };
    };

    it('resumes an EPDS left after its first item at its second item, not at the first due item in order', () => {
      const contact = buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'wellbeing.feelings': 'no-concerns', 'whooley.1': 'yes', 'whooley.2': 'no', 'epds.1': '0' } } });
      const later = (key: string, minutes: number) => ({ ...contact.answers[key as `birthing-parent/${string}`]!, answeredAt: new Date(Date.parse(contact.startedAt) + minutes * 60_000).toISOString() });
      const resumed = {
        ...contact,
        answers: {
          ...contact.answers,
          'birthing-parent/whooley.1': later('birthing-parent/whooley.1', 1),
          'birthing-parent/whooley.2': later('birthing-parent/whooley.2', 2),
          'birthing-parent/epds.1': later('birthing-parent/epds.1', 3),
        },
      };
      const evaluation = evaluate(pathway, resumed);
      expect(evaluation.nextQuestion?.key).not.toBe('birthing-parent/epds.2');
      expect(lastAnsweredKey(resumed)).toBe('birthing-parent/epds.1');
      expect(nextQuestionAfter(evaluation, lastAnsweredKey(resumed))?.key).toBe('birthing-parent/epds.2');
    });

    it.each([1, 3, 5, 8, 12, 20])('after %i answers given one by one, resumes at the question the live contact would ask next', (stopAfter) => {
      const { contact, live } = walk(stopAfter);
      expect(nextQuestionAfter(evaluate(pathway, contact), lastAnsweredKey(contact))?.key ?? null).toBe(live);
    });

    it('has no last answer in a contact with none', () => {
      expect(lastAnsweredKey({ answers: {} })).toBeNull();
    });
  });
});
