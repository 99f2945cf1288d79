import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKey, answerSchema, contactSchema, type AnswerKey, type Contact, type Subject } from '../../../lib/contact/contact';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { ALL_CLEAR_EXCEPTIONS, allClearAnswers, groupAnswerProblems } from '../../../lib/pathway/group-answer';
import { pathway } from '../../../lib/pathway/pathway';
import type { Condition, ItemGroup, Pathway } from '../../../lib/pathway/schema';
import { wholeMeasureUndo } from '../../../lib/pathway/whole-measure';
import { summaryText } from '../../../lib/summary/summary-text';
import { allItems, item } from './support/evaluate-spec';

// Issue 13, fewer taps (the lead's product decision; hazard H89): "None of these: No to each" for a
// checklist of history items whose "No" triggers nothing, declared in the pathway data
// (allClear.items). One explicit action, never pre-selected; each item stored as its own answer,
// marked as recorded with "none of these"; undone in one action; never for a forbidden kind.

const bp = 'birthing-parent' as const;
const HER_CHECKLIST = [
  'history.severe-mental-illness',
  'history.specialist-treatment',
  'history.perinatal-depression-anxiety',
  'history.personality-disorder-or-trauma',
  'history.psychiatric-medication',
  'history.family-perinatal',
];
const PARTNER_CHECKLIST = ['partner-history.mental-health', 'partner-history.alcohol-drugs'];
const AT = '2026-03-02T10:20:00.000Z';

/** A first-contact new birth visit with the partner in the room, who agreed to be asked and to share. */
function firstContact(answers: Contact['answers'] = {}): Contact {
  const contact = buildContact({
    contactType: 'hv-new-birth',
    presence: { partner: true },
    answers: { partner: { 'partner.consent-screening': 'yes-share', 'partner-history.talk-with-others-present': 'yes' }, [bp]: { 'privacy.talk-with-others-present': 'yes' } },
  });
  return { ...contact, answers: { ...contact.answers, ...answers } };
}

function withAnswers(contact: Contact, answers: readonly Contact['answers'][string][]): Contact {
  const next = { ...contact.answers };
  for (const answer of answers) next[answerKey(answer.subject, answer.questionId)] = answer;
  return { ...contact, answers: next };
}

function noneOfThese(evaluation: Evaluation, key: AnswerKey) {
  const view = item(evaluation, key);
  if (!view) throw new Error(`no item ${key}`);
  return allClearAnswers(view, AT);
}

describe('which items offer "None of these" (pathway data)', () => {
  const evaluation = evaluate(pathway, firstContact());
  it.each([
    // [key, offered, covers] — one row per kind of item; sources are the groups' own.
    [`${bp}/history.severe-mental-illness`, 'None of these: No to each', HER_CHECKLIST.map((q) => `${bp}/${q}`)],
    [`${bp}/history.family-perinatal`, 'None of these: No to each', HER_CHECKLIST.map((q) => `${bp}/${q}`)],
    ['partner/partner-history.mental-health', 'None of these: No to each', PARTNER_CHECKLIST.map((q) => `partner/${q}`)],
    // A risk item (the risk enquiry reads a previous attempt, S8, S1 1.6.5): asked on its own.
    [`${bp}/history.self-harm-or-suicide-attempt`, null, []],
    // Screening instruments, the parent-infant relationship, the practitioner's judgement: never.
    [`${bp}/whooley.1`, null, []],
    [`${bp}/gad-2.1`, null, []],
    ['partner/whooley.1', null, []],
    [`${bp}/relationship.angry-feelings`, null, []],
    [`${bp}/relationship.conversation`, null, []],
    [`${bp}/concern.clinical`, null, []],
    [`${bp}/informant.unlike-usual-self`, null, []],
    // The red-flag check keeps its own "None of these seen or reported" (issue 10).
    [`${bp}/red-flags.mental-state-change`, 'None of these seen or reported', null],
  ] as const)('[H89-a] %s: %s', (key, label, covers) => {
    const view = item(evaluation, key as AnswerKey);
    expect(view, key).toBeDefined();
    expect(view?.allClear?.label ?? null).toBe(label);
    if (covers) expect(view?.allClear?.keys ?? []).toEqual(covers);
  });

  it('[H89-a] lists each item it covers with the answer it records, and is never pre-selected', () => {
    const view = item(evaluation, `${bp}/history.severe-mental-illness`)!;
    expect(view.allClear?.items.map((i) => [i.text.slice(0, 30), i.answer])).toEqual(
      HER_CHECKLIST.map((q) => [item(evaluation, `${bp}/${q}`)!.text.slice(0, 30), 'No']),
    );
    expect(view.state.status).toBe('unanswered');
    expect(allItems(evaluation).filter((i) => i.allClear).every((i) => i.state.status === 'unanswered')).toBe(true);
  });

  it('[H89-a] covers only the items still to answer: an item answered by hand is kept and left out; none offered when one is left', () => {
    const smiPast = { questionId: 'history.severe-mental-illness', subject: bp, response: { kind: 'option', optionId: 'past' }, answeredAt: AT } as const;
    const evaluation = evaluate(pathway, firstContact({ [`${bp}/history.severe-mental-illness`]: smiPast }));
    const keys = item(evaluation, `${bp}/history.specialist-treatment`)?.allClear?.keys;
    expect(keys).toEqual(HER_CHECKLIST.slice(1).map((q) => `${bp}/${q}`));
    expect(noneOfThese(evaluation, `${bp}/history.specialist-treatment`).some((a) => a.questionId === 'history.severe-mental-illness')).toBe(false);
  });
});

describe('what "None of these" records (one fact per item, the same facts as one tap each)', () => {
  it('[H89-b] records "No" for each covered item, marked as recorded with "none of these", with no "from" (not a check item)', () => {
    const answers = noneOfThese(evaluate(pathway, firstContact()), `${bp}/history.severe-mental-illness`);
    expect(answers.map((a) => [a.subject, a.questionId, a.response, a.recordedWith, a.from])).toEqual(
      HER_CHECKLIST.map((q) => [bp, q, { kind: 'option', optionId: 'no' }, 'none-of-these', undefined]),
    );
    for (const answer of answers) expect(answerSchema.safeParse(answer).success).toBe(true);
  });

  it('[H89-b] the red-flag check records "not seen" with who it came from, and the same marker', () => {
    const answers = noneOfThese(evaluate(pathway, firstContact()), `${bp}/red-flags.mental-state-change`);
    expect(answers.length).toBe(8);
    expect(answers.every((a) => a.recordedWith === 'none-of-these' && a.from?.join('+') === 'parent+practitioner')).toBe(true);
  });

  it.each([
    ['her history', `${bp}/history.severe-mental-illness` as AnswerKey],
    ['the partner’s history', 'partner/partner-history.mental-health' as AnswerKey],
  ])('[H89-b] %s: the rules read exactly what one "No" per item gives (flags, outcomes, level, outstanding)', (_name, key) => {
    const start = firstContact();
    const grouped = withAnswers(start, noneOfThese(evaluate(pathway, start), key));
    const oneByOne = withAnswers(
      start,
      noneOfThese(evaluate(pathway, start), key).map(({ recordedWith: _r, ...answer }) => answer),
    );
    const a = evaluate(pathway, grouped);
    const b = evaluate(pathway, oneByOne);
    expect(a.flags).toEqual(b.flags);
    expect(a.outcomes).toEqual(b.outcomes);
    expect(a.escalation).toEqual(b.escalation);
    expect(a.outstanding).toEqual(b.outstanding);
    expect(a.prompts).toEqual(b.prompts);
  });

  it('[H89-b] the previous self-harm item is still due and asked next, on its own', () => {
    const start = firstContact();
    const after = evaluate(pathway, withAnswers(start, noneOfThese(evaluate(pathway, start), `${bp}/history.severe-mental-illness`)));
    const selfHarm = item(after, `${bp}/history.self-harm-or-suicide-attempt`);
    expect(selfHarm?.state.status).toBe('unanswered');
    expect(selfHarm?.requirement).toBe('due');
    expect(selfHarm?.allClear).toBeUndefined();
  });

  it('[H89-d] is undone in one action: every answer it recorded is cleared, one changed since is kept', () => {
    const start = firstContact();
    const answers = noneOfThese(evaluate(pathway, start), `${bp}/history.severe-mental-illness`);
    const changed = withAnswers(withAnswers(start, answers), [
      { questionId: 'history.psychiatric-medication', subject: bp, response: { kind: 'option', optionId: 'yes-current' }, answeredAt: '2026-03-02T10:21:00.000Z' },
    ]);
    expect(wholeMeasureUndo(changed, answers)).toEqual(HER_CHECKLIST.filter((q) => q !== 'history.psychiatric-medication').map((q) => `${bp}/${q}`));
  });
});

// ---- The meta-test over the data: a "None of these" never covers a forbidden kind -----------

function mutated(change: (groups: ItemGroup[]) => void): Pathway {
  const copy = structuredClone(pathway) as Pathway;
  change(copy.groups);
  return copy;
}
const group = (groups: ItemGroup[], id: string) => {
  const found = groups.find((g) => g.id === id);
  if (!found) throw new Error(`no group ${id}`);
  return found;
};
const checklist = (items: string[]) => ({ label: 'None of these', optionId: 'no', subjects: ['birthing-parent' as Subject], items, sources: ['S1' as const] });

describe('[H89-c] "None of these" is never offered for a forbidden kind (meta-test over the pathway data)', () => {
  it('the shipped pathway has no problem, and only the red-flag check is an exception', () => {
    expect(groupAnswerProblems(pathway)).toEqual([]);
    expect([...ALL_CLEAR_EXCEPTIONS]).toEqual(['red-flag-check']);
    const offering = pathway.groups.filter((g) => g.allClear).map((g) => g.id);
    expect(offering.sort()).toEqual(['history', 'partner-history', 'red-flag-check']);
  });

  it.each([
    ['a screening instrument (EPDS)', (g: ItemGroup[]) => Object.assign(group(g, 'epds'), { allClear: checklist(['epds.1', 'epds.2']) }), /screening instrument/],
    ['a risk item (previous self-harm, read by the risk enquiry)', (g: ItemGroup[]) => {
      const history = group(g, 'history');
      history.allClear = { ...history.allClear!, items: [...history.allClear!.items!, 'history.self-harm-or-suicide-attempt'] };
    }, /self-harm-or-suicide-attempt is read by the risk rule/],
    ['the domestic-abuse enquiry (private)', (g: ItemGroup[]) => Object.assign(group(g, 'routine-enquiry'), { allClear: checklist(['domestic-abuse.enquiry', 'domestic-abuse.enquiry']) }), /private/],
    ['a parent-infant item', (g: ItemGroup[]) => Object.assign(group(g, 'relationship-feelings'), { allClear: checklist(['relationship.angry-feelings', 'relationship.acted-on']) }), /relationship-postnatal module|risk line/],
    ['the practitioner’s judgement', (g: ItemGroup[]) => Object.assign(group(g, 'clinical-concern'), { allClear: checklist(['concern.clinical', 'concern.severity']) }), /clinical-concern module/],
    ['her account of the partner', (g: ItemGroup[]) => Object.assign(group(g, 'partner-report'), { allClear: checklist(['partner-report.risk', 'partner-report.wellbeing']) }), /private|birthing-parent-about-partner/],
    ['a checklist item that is not in its group', (g: ItemGroup[]) => {
      const history = group(g, 'history');
      history.allClear = { ...history.allClear!, items: [...history.allClear!.items!, 'partner.involved'] };
    }, /covers partner.involved, which is not one of its questions/],
    ['a checklist that does not name its items', (g: ItemGroup[]) => {
      const history = group(g, 'history');
      const { items: _items, ...rest } = history.allClear!;
      history.allClear = rest;
    }, /names its items/],
    ['a checklist without sources', (g: ItemGroup[]) => {
      const history = group(g, 'history');
      const { sources: _sources, ...rest } = history.allClear!;
      history.allClear = rest;
    }, /cites its sources/],
  ] as const)('finds %s', (_name, change, problem) => {
    const problems = groupAnswerProblems(mutated(change));
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true);
  });

  it.each<[string, Condition, RegExp]>([
    ['reads its "No"', { kind: 'answer-is', question: 'history.specialist-treatment', options: ['no'] }, /"no" triggers prompt PR-TEST/],
    ['reads that it was answered at all', { kind: 'responded', question: 'history.family-perinatal' }, /answered at all matters to prompt PR-TEST/],
  ])('finds a checklist item whose answer a rule %s', (_name, when, problem) => {
    const copy = structuredClone(pathway) as Pathway;
    copy.promptRules.push({ id: 'PR-TEST', kind: 'prompt', subjects: ['birthing-parent'], when, text: 'test', sources: ['S1'] });
    expect(groupAnswerProblems(copy).some((p) => problem.test(p))).toBe(true);
  });
});

describe('stored contacts and the summary', () => {
  const fixture = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/pathway-2026.3.0', name), 'utf8'));

  it('[H89-e] an old stored contact (pathway 2026.3.0) still parses; the new marker is optional and only "none-of-these"', () => {
    const old = contactSchema.parse(fixture('contact-new-birth.json'));
    expect(Object.values(old.answers).every((a) => a.recordedWith === undefined)).toBe(true);
    const [key, answer] = Object.entries(old.answers)[0]!;
    expect(contactSchema.safeParse({ ...old, answers: { ...old.answers, [key]: { ...answer, recordedWith: 'none-of-these' } } }).success).toBe(true);
    expect(contactSchema.safeParse({ ...old, answers: { ...old.answers, [key]: { ...answer, recordedWith: 'guessed' } } }).success).toBe(false);
  });

  it('[H89-f] the summary says which answers were recorded with "none of these", and only those', () => {
    const start = firstContact();
    const answers = noneOfThese(evaluate(pathway, start), `${bp}/history.severe-mental-illness`);
    const contact = withAnswers(start, [
      ...answers,
      { questionId: 'history.self-harm-or-suicide-attempt', subject: bp, response: { kind: 'option', optionId: 'no' }, answeredAt: AT },
    ]);
    const evaluation = evaluate(pathway, contact);
    const detailed = summaryText({ contact, evaluation, options: { lineWidth: 400, includeHandover: false } });
    expect(detailed).toContain('Past or present severe mental illness: No (recorded with "none of these")');
    expect(detailed).toContain('Medication for her mental health: No (recorded with "none of these")');
    expect(detailed).toMatch(/Previous self-harm or suicide attempt: No\n/);
    expect(detailed.match(/recorded with "none of these"/g)?.length).toBe(HER_CHECKLIST.length);
  });
});
