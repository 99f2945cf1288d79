import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactSchema, type Subject } from '../../../lib/contact/contact';
import { buildContact, reported, scores, type ContactSpec, type ResponseSpec } from '../../../lib/pathway/contact-builder';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { indexPathway } from '../../../lib/pathway/pathway-index';
import type { Condition } from '../../../lib/pathway/schema';
import { questionLabel } from '../../../lib/output/labels';
import { partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { unwrapped } from '../../e2e/pages/summary-text';
import { evaluateSpec, item } from './support/evaluate-spec';
import { noRedFlagsSeen } from './support/red-flag-answers';

// The itemised red-flag check, the informant and "unsure" (issue 10 items 4 and 9; reference §3.1).

const index = indexPathway(pathway);
const bp = 'birthing-parent' as const;
const CHECK_ITEMS = Object.keys(noRedFlagsSeen);
const MBRRACE_ITEMS = CHECK_ITEMS.slice(0, 5);
const options = { lineWidth: 80, includeHandover: false };

describe('the itemised check: each item is its own fact (S5, S8, S9)', () => {
  it('[H50-a] asks every red-flag item of her at every contact, each due, with seen / not seen / unsure for the MBRRACE, SIGN and psychosis items', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-2-years' });
    for (const id of CHECK_ITEMS) expect(item(evaluation, `${bp}/${id}`)?.requirement, id).toBe('due');
    for (const id of MBRRACE_ITEMS) {
      expect(item(evaluation, `${bp}/${id}`)?.options.map((o) => o.id), id).toEqual(['yes', 'no', 'unsure']);
      expect(item(evaluation, `${bp}/${id}`)?.recordsWhoReported, id).toBe(true);
    }
  });

  it('[H50-b] offers one "none of these" action over every item still to answer, and it stores one fact per item with who reported it', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.severe-sleep': reported('yes', 'parent') } } });
    const first = item(evaluation, `${bp}/red-flags.mental-state-change`);
    expect(first?.allClear).toMatchObject({
      label: 'None of these seen or reported',
      optionId: 'no',
      from: ['parent', 'practitioner'],
      keys: CHECK_ITEMS.filter((id) => id !== 'red-flags.severe-sleep').map((id) => `${bp}/${id}`),
    });
    // Answered as that action answers them: each item is "Not seen", from her and your observation.
    const done = evaluateSpec({ contactType: 'hv-new-birth', answers: { [bp]: noRedFlagsSeen } });
    for (const id of CHECK_ITEMS) {
      expect(item(done, `${bp}/${id}`)?.state, id).toMatchObject({ status: 'answered', optionId: 'no', from: ['parent', 'practitioner'] });
      expect(item(done, `${bp}/${id}`)?.allClear, id).toBeUndefined();
    }
    expect(done.flags).toEqual([]);
  });

  it('[H50-c] never offers it for the partner, and never sweeps in an item another answer has already raised', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', presence: { partner: true }, answers: { [bp]: { 'informant.unlike-usual-self': 'yes' } } });
    expect(item(evaluation, `${bp}/red-flags.mental-state-change`)?.allClear).toBeUndefined();
    expect(item(evaluation, `${bp}/red-flags.violent-self-harm`)?.allClear?.keys).not.toContain(`${bp}/red-flags.mental-state-change`);
    expect(item(evaluation, 'partner/red-flags.partner-check')?.allClear).toBeUndefined();
  });

  it('[H50-d] keeps who reported it only on the questions that record it', () => {
    const contact = buildContact({ contactType: 'hv-new-birth', answers: { [bp]: { 'whooley.1': reported('no', 'informant') } } });
    expect(item(evaluate(pathway, contact), `${bp}/whooley.1`)?.state).not.toHaveProperty('from');
  });
});

describe('rules of the check, one row per rule and boundary', () => {
  type Row = [what: string, spec: ContactSpec, flags: string[], source: string];
  const partner = { partner: true };
  const rows: Row[] = [
    ['mental state change seen', { contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.mental-state-change': 'yes' } } }, ['RF-MENTAL-STATE-CHANGE/birthing-parent'], 'S5'],
    ['mental state change not seen', { contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.mental-state-change': 'no' } } }, [], 'S5'],
    ['mental state change unsure: a prompt to clarify, not E4', { contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.mental-state-change': 'unsure' } } }, ['RF-UNSURE/birthing-parent'], 'S1'],
    ['mental state change not assessed (not asked, with a reason)', { contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.mental-state-change': { kind: 'not-asked', reason: 'parent-distressed' } } } }, [], 'S5'],
    ['severe sleep difficulty unsure', { contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.severe-sleep': 'unsure' } } }, ['RF-UNSURE/birthing-parent'], 'S8'],
    ['psychosis signs unsure', { contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.psychosis-signs': 'unsure' } } }, ['RF-UNSURE-PSYCHOSIS/birthing-parent'], 'S4'],
    ['several items unsure: one prompt, not one card each', { contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.violent-self-harm': 'unsure', 'red-flags.incompetence-estrangement': 'unsure' } } }, ['RF-UNSURE/birthing-parent'], 'S5'],
    ['informant: a marked change', { contactType: 'hv-new-birth', presence: partner, answers: { [bp]: { 'informant.unlike-usual-self': 'yes' } } }, ['RF-MENTAL-STATE-CHANGE/birthing-parent'], 'S7'],
    ['informant: some change, not sure', { contactType: 'hv-new-birth', presence: partner, answers: { [bp]: { 'informant.unlike-usual-self': 'unsure' } } }, ['RF-UNSURE/birthing-parent'], 'S7'],
    ['informant: her usual self', { contactType: 'hv-new-birth', presence: partner, answers: { [bp]: { 'informant.unlike-usual-self': 'no' } } }, [], 'S7'],
    ['relationship observation: estranged (check said not seen)', { contactType: 'hv-6-8-weeks', answers: { [bp]: { ...noRedFlagsSeen, 'relationship.observation': 'estranged' } } }, ['RF-INCOMPETENCE-ESTRANGEMENT/birthing-parent'], 'S5'],
  ];

  it.each(rows)('[H51-a] %s → %j (%s)', (_what, spec, flags, source) => {
    const evaluation = evaluateSpec(spec);
    expect(evaluation.flags.map((f) => f.id).sort()).toEqual([...flags].sort());
    for (const flag of evaluation.flags) expect(flag.sources).toContain(source === 'S9' || source === 'S8' ? 'S5' : source);
  });

  it('[H51-b] "unsure" sits at E1 with a same-day senior discussion if it cannot be ruled out; "seen" is E4 (S5, S1)', () => {
    const unsure = evaluateSpec({ contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.violent-self-harm': 'unsure' } } });
    expect(unsure.flags[0]).toMatchObject({ ruleId: 'RF-UNSURE', kind: 'risk-not-known', level: 'E1' });
    expect(unsure.flags[0]?.doNow.join(' ')).toMatch(/senior/);
    expect(unsure.escalation.overall.level).toBe('E1');
    const seen = evaluateSpec({ contactType: 'hv-new-birth', answers: { [bp]: { 'red-flags.violent-self-harm': 'yes' } } });
    expect(seen.escalation.overall.level).toBe('E4');
  });

  it('[H51-c] asks the informant only while a partner or another adult is in the room, and not when she would rather talk in private', () => {
    expect(item(evaluateSpec({ contactType: 'hv-new-birth' }), `${bp}/informant.unlike-usual-self`)).toBeUndefined();
    expect(item(evaluateSpec({ contactType: 'hv-new-birth', presence: { otherAdults: true } }), `${bp}/informant.unlike-usual-self`)).toMatchObject({ requirement: 'due', respondent: 'informant' });
    expect(item(evaluateSpec({ contactType: 'hv-new-birth', presence: { partner: true } }), `${bp}/informant.unlike-usual-self`)?.requirement).toBe('due');
    const prefers = evaluateSpec({ contactType: 'hv-new-birth', presence: { partner: true }, answers: { [bp]: { 'privacy.talk-with-others-present': 'prefers-private' } } });
    expect(item(prefers, `${bp}/informant.unlike-usual-self`)?.requirement).toBe('optional');
    // Their account is their report: tagged as such on the flag it raises.
    const raised = evaluateSpec({ contactType: 'hv-new-birth', presence: { partner: true }, answers: { [bp]: { 'informant.unlike-usual-self': 'yes' } } });
    expect(raised.flags[0]?.triggeredBy).toEqual([`${bp}/informant.unlike-usual-self`]);
  });

  it('[H52-a] reads a check item as seen, naming what raised it, when another answer raised its flag after the check said not seen (S5, reference §2.12)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { [bp]: { ...noRedFlagsSeen, 'relationship.observation': 'estranged' } } });
    expect(item(evaluation, `${bp}/red-flags.incompetence-estrangement`)?.raisedBy).toEqual([
      expect.objectContaining({ key: `${bp}/relationship.observation`, respondent: 'practitioner', questionId: 'relationship.observation' }),
    ]);
    expect(evaluation.answers.find((a) => a.questionId === 'red-flags.incompetence-estrangement')?.raisedBy).toHaveLength(1);
    // An item-level risk answer is itself a disclosure of self-harm thoughts (S10).
    const item10 = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { [bp]: { ...noRedFlagsSeen, ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]) } } });
    expect(item(item10, `${bp}/red-flags.harm-self-thoughts`)?.raisedBy?.[0]?.questionId).toBe('epds.10');
  });

  it('[H52-b] reads the partner’s "none" check as raised by their own item-level risk answer or a withdrawn follow-up', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: { partner: { 'partner.consent-screening': 'yes-share', 'red-flags.partner-check': 'none', ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 2]) } },
    });
    expect(item(evaluation, 'partner/red-flags.partner-check')?.raisedBy?.[0]?.questionId).toBe('epds.10');
  });
});

describe('cards in order of urgency (issue 10 item 9)', () => {
  it('[H54-a] puts the most urgent card first: by level, then a red flag before an item-level risk before a prompt', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-new-birth',
      answers: {
        [bp]: {
          'red-flags.severe-sleep': 'unsure',
          'red-flags.harm-self-thoughts': 'yes',
          'red-flags.violent-self-harm': 'yes',
          'red-flags.psychosis-signs': 'yes',
        },
      },
    });
    expect(evaluation.flags.map((f) => f.ruleId)).toEqual(['RF-POSTPARTUM-PSYCHOSIS', 'RF-VIOLENT-SELF-HARM', 'IR-DISCLOSED-SELF-HARM', 'RF-UNSURE']);
  });
});

describe('a contact stored with pathway 2026.3.0-draft (one-tap red-flags.check)', () => {
  const old = (checkAnswer: string, extra: Record<string, ResponseSpec> = {}) =>
    contactSchema.parse({
      ...buildContact({ contactType: 'hv-new-birth', answers: { [bp]: { 'whooley.1': 'no', 'whooley.2': 'no', ...extra } } }),
      pathwayVersion: '2026.3.0-draft',
      answers: {
        ...buildContact({ contactType: 'hv-new-birth', answers: { [bp]: { 'whooley.1': 'no', 'whooley.2': 'no', ...extra } } }).answers,
        [`${bp}/red-flags.check`]: { questionId: 'red-flags.check', subject: bp, response: { kind: 'option', optionId: checkAnswer }, answeredAt: '2026-03-02T10:00:00.000Z' },
      },
    });

  it('[H55-a] loads; the old "none" is a question this version does not know, so every item is asked and nothing says none seen', () => {
    const contact = old('none');
    const evaluation = evaluate(pathway, contact);
    expect(evaluation.warnings).toEqual(
      expect.arrayContaining([
        { key: 'pathwayVersion', problem: 'pathway-version-mismatch' },
        { key: `${bp}/red-flags.check`, problem: 'unknown-question' },
      ]),
    );
    for (const id of CHECK_ITEMS) expect(item(evaluation, `${bp}/${id}`)?.state.status, id).toBe('unanswered');
    const text = summaryText({ contact, evaluation: evaluateForRecord(pathway, contact), options });
    expect(text).not.toMatch(/none (of these )?seen/i);
    expect(unwrapped(text)).toMatch(/Red-flag check: due, not asked/);
  });

  it('[H55-b] keeps the detail answers given under "one or more, or not sure": same ids, same meaning of yes and no', () => {
    const contact = old('present-or-unsure', { 'red-flags.psychosis-signs': 'yes', 'red-flags.imminent-danger': 'no' });
    const evaluation = evaluate(pathway, contact);
    expect(evaluation.flags.map((f) => f.ruleId)).toEqual(['RF-POSTPARTUM-PSYCHOSIS']);
    expect(item(evaluation, `${bp}/red-flags.imminent-danger`)?.state).toMatchObject({ status: 'answered', optionId: 'no' });
    expect(item(evaluation, `${bp}/red-flags.mental-state-change`)?.state.status).toBe('unanswered');
  });
});

// ---------------------------------------------------------------------------------------------

/** Contacts built around the check: any mix of its answers, the informant, the observation and risk items. */
const responseArb = (options: string[]) =>
  fc.oneof(
    fc.constantFrom(...options),
    fc.constant<ResponseSpec>({ kind: 'declined' }),
    fc.constant<ResponseSpec>({ kind: 'not-asked', reason: 'out-of-time' }),
    fc.constant<ResponseSpec>(reported('no', 'parent', 'practitioner')),
  );
const optionsOf = (questionId: string) => index.questions.get(questionId)?.question.options.map((o) => o.id) ?? [];
const maybe = (questionId: string) => fc.option(responseArb(optionsOf(questionId)), { nil: undefined });
const checkSpecArb: fc.Arbitrary<ContactSpec> = fc
  .record({
    contactType: fc.constantFrom('hv-new-birth', 'hv-6-8-weeks', 'fnp-infancy', 'midwife-postnatal' as const),
    partner: fc.boolean(),
    otherAdults: fc.boolean(),
    her: fc.record(Object.fromEntries([...CHECK_ITEMS, 'informant.unlike-usual-self', 'relationship.observation'].map((q) => [q, maybe(q)]))),
    epds10: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    theirs: fc.record(Object.fromEntries(['red-flags.partner-check', 'red-flags.harm-self-thoughts', 'red-flags.harm-baby-thoughts', 'red-flags.imminent-danger'].map((q) => [q, maybe(q)]))),
    partnerEpds10: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  })
  .map(({ contactType, partner, otherAdults, her, epds10, theirs, partnerEpds10 }) => {
    const defined = (answers: Record<string, ResponseSpec | undefined>) =>
      Object.fromEntries(Object.entries(answers).filter((e): e is [string, ResponseSpec] => e[1] !== undefined));
    const item10 = (score: number | undefined): Record<string, string> =>
      score === undefined ? {} : { 'epds.10': index.questions.get('epds.10')!.question.options.find((o) => o.score === score)!.id };
    return {
      contactType: contactType as ContactSpec['contactType'],
      presence: { partner, otherAdults },
      answers: {
        [bp]: { ...defined(her), ...item10(epds10) },
        partner: { 'partner.consent-screening': 'yes-share', ...defined(theirs), ...item10(partnerEpds10) },
      },
    };
  });

/** The check item a red flag stands for: the red-flags.* question its rule reads as "seen". */
function checkItemOf(condition: Condition): string | undefined {
  if (condition.kind === 'answer-is' && condition.question.startsWith('red-flags.') && condition.options.includes('yes')) return condition.question;
  if (condition.kind === 'any' || condition.kind === 'all') return condition.conditions.map(checkItemOf).find((q) => q !== undefined);
  return undefined;
}

describe('the record never contradicts itself (issue 10 item 9)', () => {
  it('[H52-c] no summary says "none seen" beside a raised flag, and no raised red flag’s item is listed as not seen', () => {
    fc.assert(
      fc.property(checkSpecArb, (spec) => {
        const contact = buildContact(spec);
        const evaluation = evaluateForRecord(pathway, contact);
        const family = unwrapped(summaryText({ contact, evaluation, options }));
        const partnerText = unwrapped(partnerSummaryText({ contact, evaluation, options }));
        for (const subject of ['birthing-parent', 'partner'] as Subject[]) {
          // Not even quoted as an overridden answer.
          for (const text of [family, partnerText]) expect(text).not.toMatch(/SEEN - raised by[^\n]*none seen/i);
          const raised = evaluation.flags.filter((f) => f.subject === subject && ['red-flag', 'item-risk', 'safeguarding'].includes(f.kind));
          if (raised.length === 0) continue;
          const text = subject === 'partner' ? partnerText : family;
          if (subject === 'birthing-parent') expect(text).not.toMatch(/^\[observed\] Red-flag check: none of these seen/im);
          else expect(text).not.toMatch(/Partner risk check: None seen|Partner red-flag check: none of these seen/i);
          for (const flag of raised) {
            const rule = pathway.flagRules.find((r) => r.id === flag.ruleId)!;
            const question = checkItemOf(rule.when);
            if (!question || subject !== 'birthing-parent') continue;
            const label = questionLabel[question]!;
            for (const notSeen of text.split('\n').filter((l) => /Red-flag check, not seen/.test(l))) expect(notSeen, flag.id).not.toContain(label.short);
            // "Not sure" raises the follow-up step too (H107): the item then reads as not sure, never not seen.
            expect(text, flag.id).toMatch(new RegExp(`${label.full.replace(/[()]/g, '.')}: (SEEN|Seen or reported|Yes|Not sure)`));
          }
        }
      }),
      { numRuns: 250 },
    );
  });
});
