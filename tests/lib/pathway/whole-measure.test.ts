import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../lib/contact/contact-change';
import type { Contact, Subject } from '../../../lib/contact/contact';
import { buildContact, declined, notAsked, scores, type ResponseSpec } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { finishNeedsReason, universalInformationOnly } from '../../../lib/pathway/minimal-finish';
import { pathway } from '../../../lib/pathway/pathway';
import { defaultPathwaySettings, type PathwaySettings } from '../../../lib/pathway/settings';
import { wholeMeasureAnswers, wholeMeasureRemaining, wholeMeasureUndo } from '../../../lib/pathway/whole-measure';

// Issue 13: one "Declined (whole measure)" / "Not asked (whole measure)" action, and what a measure
// declined as a whole means for self-harm risk (self-harm-risk.ts measureDeclinedAsWhole, hazard H85).

const all = (prefix: string, count: number, response: ResponseSpec): Record<string, ResponseSpec> =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}.${i + 1}`, response]));

const whooleyPositive = { 'whooley.1': 'yes', 'whooley.2': 'no' };
const phq9: PathwaySettings = { ...defaultPathwaySettings, depressionMeasure: 'phq-9' } as PathwaySettings;

function riskEnquiry(evaluation: Evaluation, subject: Subject) {
  return evaluation.sections.flatMap((s) => s.items).find((i) => i.questionId === 'risk-enquiry.nature' && i.subject === subject);
}

type Row = {
  name: string;
  source: string;
  subject: Subject;
  contact: Contact;
  settings?: PathwaySettings;
  /** The risk-not-known flag expected at E0 (never a card above E0 from the refusal alone). */
  rnFlag: string | null;
  /** How the risk enquiry is offered: suggested (with its rule), due, or not shown. */
  enquiry: { requirement: 'suggested' | 'due'; ruleId: string } | null;
  outstandingText: string | null;
  finishNeedsReason: boolean;
};

const rows: Row[] = [
  {
    name: 'EPDS declined as a whole',
    source: 'S10 (score item 10 before she leaves; a refusal is no risk signal), S1 CG192 1.6.5 (help matched to risk)',
    subject: 'birthing-parent',
    contact: buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { ...whooleyPositive, ...all('epds', 10, declined) } } }),
    rnFlag: 'RN-EPDS-10/birthing-parent',
    enquiry: { requirement: 'suggested', ruleId: 'SUG-RISK-ENQUIRY-MEASURE-DECLINED' },
    outstandingText: 'EPDS declined as a whole: self-harm risk not known; ask about thoughts of self-harm directly if she is willing.',
    finishNeedsReason: false,
  },
  {
    name: 'EPDS not asked as a whole (out of time)',
    source: 'S10, S1',
    subject: 'birthing-parent',
    contact: buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { ...whooleyPositive, ...all('epds', 10, notAsked('out-of-time')) } } }),
    rnFlag: 'RN-EPDS-10/birthing-parent',
    enquiry: { requirement: 'suggested', ruleId: 'SUG-RISK-ENQUIRY-MEASURE-DECLINED' },
    outstandingText: 'EPDS not asked as a whole: self-harm risk not known; ask about thoughts of self-harm directly if she is willing.',
    finishNeedsReason: false,
  },
  {
    name: 'PHQ-9 declined as a whole',
    source: 'S12 (item 9), S10, S1',
    subject: 'birthing-parent',
    settings: phq9,
    contact: buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { ...whooleyPositive, ...all('phq-9', 9, declined) } } }),
    rnFlag: 'RN-PHQ9-9/birthing-parent',
    enquiry: { requirement: 'suggested', ruleId: 'SUG-RISK-ENQUIRY-MEASURE-DECLINED' },
    outstandingText: 'PHQ-9 declined as a whole: self-harm risk not known; ask about thoughts of self-harm directly if she is willing.',
    finishNeedsReason: false,
  },
  {
    name: 'boundary: items 1-9 answered, item 10 declined (incomplete) — the enquiry is DUE, as before',
    source: 'S10, S1 (DUE-RISK-ENQUIRY-ITEM-MISSING)',
    subject: 'birthing-parent',
    contact: buildContact({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { ...whooleyPositive, ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0]), 'epds.10': declined } },
    }),
    rnFlag: 'RN-EPDS-10/birthing-parent',
    enquiry: { requirement: 'due', ruleId: 'DUE-RISK-ENQUIRY-ITEM-MISSING' },
    outstandingText: 'EPDS: the self-harm item was declined; ask directly before the parent leaves.',
    finishNeedsReason: true,
  },
  {
    name: 'boundary: items 1-9 declined, item 10 answered "Never" — risk known, no enquiry',
    source: 'S10',
    subject: 'birthing-parent',
    contact: buildContact({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { ...whooleyPositive, ...all('epds', 9, declined), 'epds.10': 'never' } },
    }),
    rnFlag: null,
    enquiry: null,
    outstandingText: null,
    finishNeedsReason: false,
  },
];

describe('[H85-a] a measure declined as a whole: self-harm risk not known, the enquiry offered, no card above E0', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const evaluation = evaluate(pathway, row.contact, row.settings ?? defaultPathwaySettings);
    const rn = evaluation.flags.filter((f) => f.kind === 'risk-not-known');
    expect(rn.map((f) => f.id)).toEqual(row.rnFlag ? [row.rnFlag] : []);
    rn.forEach((f) => expect(f.level).toBe('E0'));
    // The refusal raises no card above E0 and recommends no route of its own.
    expect(evaluation.flags.filter((f) => f.level !== 'E0').map((f) => f.id)).toEqual([]);
    const enquiry = riskEnquiry(evaluation, row.subject);
    if (row.enquiry === null) expect(enquiry).toBeUndefined();
    else {
      expect(enquiry?.requirement).toBe(row.enquiry.requirement);
      const reason = enquiry?.requirementReasons.find((r) => r.ruleId === row.enquiry!.ruleId);
      expect(reason?.sources.length).toBeGreaterThan(0);
    }
    const riskOutstanding = evaluation.outstanding.filter((o) => o.kind === 'risk-item-not-answered').map((o) => o.text);
    expect(riskOutstanding).toEqual(row.outstandingText ? [row.outstandingText] : []);
    expect(finishNeedsReason(evaluation).length > 0).toBe(row.finishNeedsReason);
    // Never the one-tap "nothing to act on" finish while the risk is not known.
    if (row.rnFlag) expect(universalInformationOnly(evaluation)).toBe(false);
  });

  it('cites its sources in the data', () => {
    const group = pathway.groups.find((g) => g.id === 'risk-enquiry');
    const rule = group && 'suggested' in group ? group.suggested.find((r) => r.id === 'SUG-RISK-ENQUIRY-MEASURE-DECLINED') : undefined;
    expect(rule?.sources).toEqual(['S10', 'S1']);
  });
});

describe('[H85-b] one action records the whole measure, keeps answers given, and can be undone', () => {
  const start = buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { ...whooleyPositive, 'epds.1': 'as-much-as-i-always-could' } } });

  it('records "declined" for each item still without a response, never overwriting one', () => {
    const evaluation = evaluate(pathway, start);
    const item = evaluation.sections.flatMap((s) => s.items).find((i) => i.key === 'birthing-parent/epds.2')!;
    expect(wholeMeasureRemaining(evaluation, item).map((i) => i.questionId)).toEqual(
      ['epds.2', 'epds.3', 'epds.4', 'epds.5', 'epds.6', 'epds.7', 'epds.8', 'epds.9', 'epds.10'],
    );
    const answers = wholeMeasureAnswers(evaluation, item, { kind: 'declined' }, '2026-03-02T10:05:00.000Z');
    expect(answers).toHaveLength(9);
    answers.forEach((a) => expect(a.response).toEqual({ kind: 'declined' }));
    let contact = start;
    for (const answer of answers) contact = applyChange(contact, { type: 'answer', answer });
    expect(contact.answers['birthing-parent/epds.1']?.response).toEqual({ kind: 'option', optionId: 'as-much-as-i-always-could' });
    // One item answered, item 10 declined: incomplete, so the enquiry is due (the existing rule).
    expect(riskEnquiry(evaluate(pathway, contact), 'birthing-parent')?.requirement).toBe('due');
    // Undo clears exactly what it recorded, except an item answered since.
    contact = applyChange(contact, { type: 'answer', answer: { questionId: 'epds.3', subject: 'birthing-parent', response: { kind: 'option', optionId: 'no-never' }, answeredAt: '2026-03-02T10:06:00.000Z' } });
    const undo = wholeMeasureUndo(contact, answers);
    expect(undo).toHaveLength(8);
    expect(undo).not.toContain('birthing-parent/epds.3');
  });

  it('offers nothing for an item outside a measure', () => {
    const evaluation = evaluate(pathway, start);
    const item = evaluation.sections.flatMap((s) => s.items).find((i) => !i.instrumentId)!;
    expect(wholeMeasureAnswers(evaluation, item, { kind: 'declined' }, '2026-03-02T10:05:00.000Z')).toEqual([]);
  });
});
