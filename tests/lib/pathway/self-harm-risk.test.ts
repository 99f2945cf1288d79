import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKey, type Contact, type Subject } from '../../../lib/contact/contact';
import { buildContact, declined, notAsked, scores, type ContactSpec } from '../../../lib/pathway/contact-builder';
import { levelRank } from '../../../lib/pathway/escalation';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { finishNeedsReason, universalInformationOnly } from '../../../lib/pathway/minimal-finish';
import { pathway } from '../../../lib/pathway/pathway';
import type { EscalationLevel } from '../../../lib/pathway/schema';
import { partnerSummaryStatus, partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';
import { contactArb, settingsArb } from './support/arbitraries';
import { evaluateSpec, flagIds, outcomeIds, outstandingKinds } from './support/evaluate-spec';

// Issue 10 items 1, 2, 3, 5, 6 (lib/pathway/self-harm-risk.ts). One row per trigger, urgency rule
// and boundary, each naming its source (pathway-reference.md S1…S29, §3.3, §3.4).

const bp = 'birthing-parent' as const;
const epdsItem10 = (score: number) => scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0, score]);
const phq9Item9 = (score: number) => scores('phq-9', [1, 1, 0, 0, 0, 0, 0, 0, score]);
const partnerPresent = { presence: { partner: true } };

/** A contact for one parent with these answers (the partner present and consenting when it is theirs). */
function spec(subject: Subject, answers: Record<string, string | typeof declined | ReturnType<typeof notAsked>>): ContactSpec {
  return subject === 'partner'
    ? { contactType: 'hv-6-8-weeks', ...partnerPresent, answers: { partner: { 'partner.consent-screening': 'yes-share', ...answers } } }
    : { contactType: 'hv-6-8-weeks', answers: { [bp]: answers } };
}

const isDue = (evaluation: Evaluation, subject: Subject, questionId: string) =>
  evaluation.sections.some((s) => s.items.some((i) => i.key === answerKey(subject, questionId) && i.requirement === 'due'));

describe('[H41-a] the structured risk enquiry is due on every trigger, for the parent concerned', () => {
  type Row = [what: string, subject: Subject, answers: Record<string, string | typeof declined | ReturnType<typeof notAsked>>, due: boolean, source: string];
  const rows: Row[] = [
    ['EPDS item 10 = 0', bp, epdsItem10(0), false, 'S10'],
    ['EPDS item 10 = 1 (hardly ever)', bp, epdsItem10(1), true, 'S10'],
    ['EPDS item 10 = 3', bp, epdsItem10(3), true, 'S10'],
    ['PHQ-9 item 9 = 0', bp, phq9Item9(0), false, 'S12'],
    ['PHQ-9 item 9 = 1', bp, phq9Item9(1), true, 'S12'],
    ['EPDS item 10 declined, rest answered', bp, { ...scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0]), 'epds.10': declined }, true, 'S10'],
    ['EPDS item 10 not asked, rest answered', bp, { ...scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0]), 'epds.10': notAsked('out-of-time') }, true, 'S10'],
    ['PHQ-9 item 9 declined, rest answered', bp, { ...scores('phq-9', [1, 1, 0, 0, 0, 0, 0, 0]), 'phq-9.9': declined }, true, 'S12, S1'],
    ['the whole EPDS declined (no item answered): not a risk signal by itself', bp, Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`epds.${i + 1}`, declined])), false, 'S10'],
    ['disclosed thoughts of self-harm', bp, { 'red-flags.harm-self-thoughts': 'yes' }, true, 'S1, S8'],
    ['disclosed thoughts of self-harm: No', bp, { 'red-flags.harm-self-thoughts': 'no' }, false, 'S1'],
    ['MBRRACE flag 2: violent self-harm', bp, { 'red-flags.violent-self-harm': 'yes' }, true, 'S5, S8'],
    ['partner EPDS item 10 = 1', 'partner', epdsItem10(1), true, 'S10, §2.10.3'],
    ['partner PHQ-9 item 9 = 1', 'partner', phq9Item9(1), true, 'S12, §2.10.3'],
    ['partner discloses thoughts of self-harm', 'partner', { 'red-flags.partner-check': 'present-or-unsure', 'red-flags.harm-self-thoughts': 'yes' }, true, 'S1, S8'],
  ];
  it.each(rows)('%s (%s): due %s (%s)', (_what, subject, answers, due, _source) => {
    const evaluation = evaluateSpec(spec(subject, answers));
    expect(isDue(evaluation, subject, 'risk-enquiry.nature')).toBe(due);
    expect(isDue(evaluation, subject, 'risk-enquiry.previous-attempt')).toBe(due);
    expect(isDue(evaluation, subject, 'risk-enquiry.baby-risk')).toBe(due);
    if (due) {
      // Never "none": the risk is not known until the enquiry is answered.
      expect(outstandingKinds(evaluation)).toContain('risk-not-known');
      expect(evaluation.nextQuestion?.key.endsWith('risk-enquiry.nature') || evaluation.nextQuestion?.item.groupId !== 'risk-enquiry').toBe(true);
    }
  });

  it('asks plan, intent and means only when thoughts are present or their nature is unsure (S8)', () => {
    for (const [nature, shown] of [['none-on-reflection', false], ['passive', true], ['active', true], ['unsure', true]] as const) {
      const evaluation = evaluateSpec(spec(bp, { ...epdsItem10(1), 'risk-enquiry.nature': nature }));
      expect(isDue(evaluation, bp, 'risk-enquiry.plan'), nature).toBe(shown);
      expect(isDue(evaluation, bp, 'risk-enquiry.intent'), nature).toBe(shown);
      expect(isDue(evaluation, bp, 'risk-enquiry.means'), nature).toBe(shown);
    }
  });

  it('offers "not sure" on every enquiry item where it makes sense, and every item can be declined or not asked (the engine gives every item those)', () => {
    const group = pathway.groups.find((g) => g.id === 'risk-enquiry');
    expect(group?.kind).toBe('questions');
    if (group?.kind !== 'questions') return;
    for (const question of group.questions) expect(question.options.map((o) => o.id), question.id).toContain('unsure');
    expect(group.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['risk-enquiry.previous-attempt', 'risk-enquiry.baby-risk', 'risk-enquiry.support', 'risk-enquiry.recent-loss-or-crisis', 'risk-enquiry.substance-use', 'risk-enquiry.hopelessness']));
  });
});

describe('[H40-a] urgency follows the enquiry, by a rule table (S1 1.6.5, S8, S10, §3.4)', () => {
  const enquiry = (nature: string, extra: Record<string, string> = {}) => ({
    'risk-enquiry.nature': nature,
    'risk-enquiry.previous-attempt': 'no',
    'risk-enquiry.hopelessness': 'no',
    'risk-enquiry.baby-risk': 'no-concern',
    ...extra,
  });
  const detailNo = { 'risk-enquiry.plan': 'no', 'risk-enquiry.intent': 'no', 'risk-enquiry.means': 'no' };
  type Row = [what: string, subject: Subject, answers: Record<string, string | typeof declined>, level: EscalationLevel, ruleId: string, source: string];
  const rows: Row[] = [
    ['item 10 "hardly ever", enquiry not yet done: complete it now, not a same-day psychiatric assessment', bp, epdsItem10(1), 'E2', 'IR-EPDS-10', 'S10'],
    ['item 10 = 3, enquiry not yet done', bp, epdsItem10(3), 'E2', 'IR-EPDS-10', 'S10'],
    ['PHQ-9 item 9 = 1, enquiry not yet done', bp, phq9Item9(1), 'E2', 'IR-PHQ9-9', 'S12'],
    ['none on reflection after item 10 > 0: still at least GP informed', bp, { ...epdsItem10(1), ...enquiry('none-on-reflection') }, 'E2', 'IR-EPDS-10', 'S1'],
    ['passive thoughts without plan, intent, previous attempt or hopelessness', bp, { ...epdsItem10(1), ...enquiry('passive', detailNo) }, 'E2', 'IR-EPDS-10', 'S1'],
    ['passive thoughts after a declined item 10 (no floor flag yet)', bp, { ...scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0]), 'epds.10': declined, ...enquiry('passive', detailNo) }, 'E2', 'IR-ENQUIRY-THOUGHTS', 'S1'],
    ['active thoughts with a plan', bp, { ...epdsItem10(2), ...enquiry('active', { ...detailNo, 'risk-enquiry.plan': 'yes' }) }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S8'],
    ['active thoughts with intent', bp, { ...epdsItem10(2), ...enquiry('active', { ...detailNo, 'risk-enquiry.intent': 'yes' }) }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S8'],
    ['active thoughts with a previous attempt', bp, { ...epdsItem10(2), ...enquiry('active', { ...detailNo, 'risk-enquiry.previous-attempt': 'yes' }) }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S8'],
    ['active thoughts with hopelessness', bp, { ...epdsItem10(2), ...enquiry('active', { ...detailNo, 'risk-enquiry.hopelessness': 'yes' }) }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S8'],
    ['active thoughts with none of those (gap: safer reading E4)', bp, { ...epdsItem10(2), ...enquiry('active', detailNo) }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S1'],
    ['passive thoughts with a previous attempt (gap: safer reading E4)', bp, { ...epdsItem10(1), ...enquiry('passive', { ...detailNo, 'risk-enquiry.previous-attempt': 'yes' }) }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S8'],
    ['passive thoughts, a previous attempt told in the first-contact history (issue 11)', bp, { ...epdsItem10(1), ...enquiry('passive', detailNo), 'history.self-harm-or-suicide-attempt': 'yes' }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S8'],
    ['passive thoughts, intent not sure', bp, { ...epdsItem10(1), ...enquiry('passive', { ...detailNo, 'risk-enquiry.intent': 'unsure' }) }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S8'],
    ['passive thoughts, intent declined: cannot be ruled out', bp, { ...epdsItem10(1), ...enquiry('passive', { 'risk-enquiry.plan': 'no', 'risk-enquiry.means': 'no' }), 'risk-enquiry.intent': declined }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S8'],
    ['nature not sure', bp, { ...epdsItem10(1), ...enquiry('unsure', detailNo) }, 'E4', 'IR-ENQUIRY-CONCERNING', 'S10'],
    ['means to act soon: imminent danger', bp, { ...epdsItem10(3), ...enquiry('active', { ...detailNo, 'risk-enquiry.intent': 'imminent' }) }, 'E5', 'IR-ENQUIRY-IMMINENT', 'S9'],
    ['none on reflection with a previous attempt: GP informed (no current thoughts)', bp, { ...epdsItem10(1), ...enquiry('none-on-reflection', { 'risk-enquiry.previous-attempt': 'yes' }) }, 'E2', 'IR-EPDS-10', 'S1'],
    ['partner: active thoughts with a plan (adult services)', 'partner', { ...epdsItem10(2), ...enquiry('active', { ...detailNo, 'risk-enquiry.plan': 'yes' }) }, 'E4', 'IR-ENQUIRY-CONCERNING-PARTNER', 'S9'],
    ['partner: imminent danger (adult services)', 'partner', { ...phq9Item9(2), ...enquiry('active', { ...detailNo, 'risk-enquiry.intent': 'imminent' }) }, 'E5', 'IR-ENQUIRY-IMMINENT-PARTNER', 'S9'],
    ['partner: passive thoughts without those', 'partner', { ...phq9Item9(1), ...enquiry('passive', detailNo) }, 'E2', 'IR-PHQ9-9', 'S1'],
  ];

  it.each(rows)('%s (%s) → %s by %s (%s)', (_what, subject, answers, level, ruleId, source) => {
    const evaluation = evaluateSpec(spec(subject, answers));
    expect(evaluation.escalation.bySubject[subject].level).toBe(level);
    const flag = evaluation.flags.find((f) => f.id === `${ruleId}/${subject}`);
    expect(flag?.level).toBe(level);
    expect(flag?.sources).toContain(source);
    // "GP informed" is never missing once a risk answer is above 0 (S1 1.6.5).
    expect(outcomeIds(evaluation, 'recommend')).toContain(`${subject}/O5`);
  });

  it('[H40-b] an item 10 "hardly ever" alone recommends no crisis route and no specialist team (over-escalation)', () => {
    const evaluation = evaluateSpec(spec(bp, epdsItem10(1)));
    expect(outcomeIds(evaluation, 'recommend')).not.toContain(`${bp}/O6`);
    expect(outcomeIds(evaluation, 'recommend')).not.toContain(`${bp}/O9`);
    const flag = evaluation.flags.find((f) => f.ruleId === 'IR-EPDS-10');
    expect(flag?.doNow[0]).toMatch(/risk enquiry now, before the parent leaves/);
    expect(JSON.stringify(flag)).not.toMatch(/same-day senior psychiatric/i);
  });

  it('[H40-c] no rule lowers a level another rule sets: adding any enquiry answer never lowers the level (property)', () => {
    const natures = ['none-on-reflection', 'passive', 'active', 'unsure'];
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3),
        fc.constantFrom(...natures),
        fc.record({
          plan: fc.constantFrom('no', 'yes', 'unsure'),
          intent: fc.constantFrom('no', 'yes', 'imminent', 'unsure'),
          prev: fc.constantFrom('no', 'yes', 'unsure'),
          hope: fc.constantFrom('no', 'yes', 'unsure'),
          baby: fc.constantFrom('no-concern', 'thoughts-of-harm', 'other-concern', 'unsure'),
        }),
        (score, nature, d) => {
          const before = evaluateSpec(spec(bp, epdsItem10(score))).escalation.overall.level;
          const after = evaluateSpec(
            spec(bp, {
              ...epdsItem10(score),
              'risk-enquiry.nature': nature,
              'risk-enquiry.plan': d.plan,
              'risk-enquiry.intent': d.intent,
              'risk-enquiry.previous-attempt': d.prev,
              'risk-enquiry.hopelessness': d.hope,
              'risk-enquiry.baby-risk': d.baby,
            }),
          ).escalation.overall.level;
          expect(levelRank(after)).toBeGreaterThanOrEqual(levelRank(before));
          expect(levelRank(after)).toBeGreaterThanOrEqual(levelRank('E2'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('[H40-d] the baby is never protective: no rule reads the baby to lower urgency, and "no concern for the baby" never lowers a level', () => {
    const withBaby = (baby: string) =>
      evaluateSpec(spec(bp, { ...epdsItem10(2), ...enquiry('active', { ...detailNo, 'risk-enquiry.baby-risk': baby }) })).escalation.overall.level;
    expect(withBaby('no-concern')).toBe('E4');
    for (const baby of ['thoughts-of-harm', 'other-concern', 'unsure']) expect(levelRank(withBaby(baby))).toBeGreaterThanOrEqual(levelRank('E4'));
    const babyReads = pathway.flagRules.filter((r) => JSON.stringify(r.when).includes('risk-enquiry.baby-risk') && JSON.stringify(r.when).includes('no-concern'));
    expect(babyReads.map((r) => r.id)).toEqual([]);
  });
});

describe('[H41-b] unknown risk is outstanding, never "none"', () => {
  const due = spec(bp, { ...scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0]), 'epds.10': declined });

  it.each([
    ['not yet done', {}, 'the risk enquiry has not been done yet', true],
    ['declined', { 'risk-enquiry.nature': declined }, 'the parent declined the risk enquiry', false],
    ['not asked: distressed', { 'risk-enquiry.nature': notAsked('parent-distressed') }, 'the risk enquiry was not asked (the parent was distressed)', false],
  ] as const)('the enquiry %s: "Self-harm risk not known" with why, in the summary beside the red-flag lines; finish needs a reason only while nothing is recorded (S10)', (_what, extra, why, needsReason) => {
    const contact = buildContact({ ...due, answers: { [bp]: { ...due.answers?.[bp], ...extra } } });
    const screen = evaluate(pathway, contact);
    const item = screen.outstanding.find((o) => o.kind === 'risk-not-known');
    expect(item?.text).toBe(`Self-harm risk not known: ${why}.`);
    expect(item?.ruleId).toBe('RN-RISK-ENQUIRY');
    expect(finishNeedsReason(screen).length > 0).toBe(needsReason);
    expect(universalInformationOnly(screen)).toBe(false);
    const text = summaryText({ contact, evaluation: evaluateForRecord(pathway, contact), options: { lineWidth: 200 } });
    const risk = text.slice(text.indexOf('RISK AND RED FLAGS'), text.indexOf('OUTCOME AND REFERRALS'));
    expect(risk).toContain(`Self-harm risk not known: ${why}.`);
    expect(risk).not.toMatch(/No mental health red flags/);
  });

  it('clears once the nature of the thoughts is answered', () => {
    const evaluation = evaluateSpec({ ...due, answers: { [bp]: { ...due.answers?.[bp], 'risk-enquiry.nature': 'none-on-reflection' } } });
    expect(outstandingKinds(evaluation)).not.toContain('risk-not-known');
  });

  it('[H41-c] property: no evaluation says "no red flags" while a due risk enquiry is unanswered, and every such enquiry is outstanding', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact: Contact, settings) => {
        const record = evaluateForRecord(pathway, contact, settings);
        const unanswered = record.sections.flatMap((s) => s.items).filter((i) => i.questionId === 'risk-enquiry.nature' && i.requirement === 'due' && i.state.status !== 'answered');
        if (unanswered.length === 0) return;
        for (const item of unanswered) expect(record.outstanding.some((o) => o.kind === 'risk-not-known' && o.keys.includes(item.key))).toBe(true);
        const text = summaryText({ contact, evaluation: record, options: { lineWidth: 200 } });
        // The partner's own content may be in their separate summary (consent, H30); the family
        // summary then says so, and the partner's summary carries the unknown risk (H45-c).
        const partnerSeparately = partnerSummaryStatus(contact, record) === 'separate';
        if (unanswered.some((i) => i.subject === 'birthing-parent') || !partnerSeparately) {
          expect(text).not.toMatch(/No mental health red flags/);
        } else {
          if (/No mental health red flags/.test(text)) expect(text).toMatch(/the partner's own answers, and anything flagged from them, are in the/);
          const partnerText = partnerSummaryText({ contact, evaluation: record, options: { lineWidth: 200 } });
          expect(partnerText).not.toMatch(/No mental health red flags/);
          expect(partnerText).toMatch(/Self-harm risk not known \(partner\)/);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('[H42-a] routes by person: a partner is routed to adult services, never to perinatal-only ones', () => {
  const PERINATAL_ONLY = ['O6', 'O7', 'O8'];

  it('property: for any contact, no partner flag or recommended outcome at E4/E5 is O6, O7 or O8', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluateForRecord(pathway, contact, settings);
        for (const flag of evaluation.flags.filter((f) => f.subject === 'partner')) {
          for (const code of flag.routes) expect(PERINATAL_ONLY, `${flag.id} routes ${code}`).not.toContain(code);
        }
        const urgent = evaluation.outcomes.filter((o) => o.subject === 'partner' && o.strength === 'recommend' && levelRank(o.level) >= levelRank('E4'));
        for (const outcome of urgent) expect(PERINATAL_ONLY, outcome.id).not.toContain(outcome.code);
      }),
      { numRuns: 300 },
    );
  });

  it('every flag rule that can fire for the partner routes to no perinatal-only service, and says adult services in its words where it is urgent', () => {
    for (const rule of pathway.flagRules.filter((r) => r.subjects.includes('partner'))) {
      for (const code of rule.routes) expect(PERINATAL_ONLY, rule.id).not.toContain(code);
      expect(rule.doNow.join(' '), rule.id).not.toMatch(/specialist perinatal mental health team/);
    }
  });

  it('the partner’s item 9 with a concerning enquiry recommends the GP and the crisis routes, and not the specialist perinatal team (S9, S14)', () => {
    const evaluation = evaluateSpec(spec('partner', { ...phq9Item9(1), 'risk-enquiry.nature': 'active', 'risk-enquiry.plan': 'yes' }));
    expect(outcomeIds(evaluation, 'recommend')).toEqual(expect.arrayContaining(['partner/O9', 'partner/O5']));
    expect(outcomeIds(evaluation).filter((id) => id.startsWith('partner/') && PERINATAL_ONLY.some((c) => id.endsWith(`/${c}`)))).toEqual([]);
  });
});

describe('[H43-a] thoughts of harming the baby: intrusive thoughts are not intent', () => {
  const disclosed = { 'red-flags.harm-baby-thoughts': 'yes' };
  type Row = [what: string, subject: Subject, answers: Record<string, string>, level: EscalationLevel, ruleId: string, safeguarding: boolean, source: string];
  const partnerDisclosed = { 'red-flags.partner-check': 'present-or-unsure', 'red-flags.harm-baby-thoughts': 'yes' };
  const rows: Row[] = [
    ['disclosed, follow-up not yet asked: ask now, not automatic E4 + safeguarding', bp, disclosed, 'E2', 'IR-DISCLOSED-HARM-TO-BABY', false, 'S8'],
    ['intrusive, no unusual beliefs: GP and Talking Therapies', bp, { ...disclosed, 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': 'no' }, 'E2', 'IR-HARM-THOUGHTS-INTRUSIVE', false, 'S4'],
    ['wished or intended', bp, { ...disclosed, 'harm-thoughts.kind': 'wished-or-intended', 'harm-thoughts.unusual-beliefs': 'no' }, 'E4', 'IR-HARM-THOUGHTS-INTENT', true, 'S27'],
    ['not sure whether intrusive or intended', bp, { ...disclosed, 'harm-thoughts.kind': 'unsure', 'harm-thoughts.unusual-beliefs': 'no' }, 'E4', 'IR-HARM-THOUGHTS-INTENT', true, 'S27'],
    ['intrusive but with unusual beliefs or perceptions: possible psychosis', bp, { ...disclosed, 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': 'yes' }, 'E5', 'IR-HARM-THOUGHTS-PSYCHOTIC', true, 'S9'],
    ['from the risk enquiry: thoughts of harming the baby', bp, { ...epdsItem10(1), 'risk-enquiry.nature': 'passive', 'risk-enquiry.baby-risk': 'thoughts-of-harm' }, 'E2', 'IR-DISCLOSED-HARM-TO-BABY', false, 'S8'],
    ['partner: intrusive', 'partner', { ...partnerDisclosed, 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': 'no' }, 'E2', 'IR-HARM-THOUGHTS-INTRUSIVE', false, 'S4'],
    ['partner: intended (adult services)', 'partner', { ...partnerDisclosed, 'harm-thoughts.kind': 'wished-or-intended', 'harm-thoughts.unusual-beliefs': 'no' }, 'E4', 'IR-HARM-THOUGHTS-INTENT-PARTNER', true, 'S27'],
  ];
  it.each(rows)('%s (%s) → %s by %s; safeguarding route %s (%s)', (_what, subject, answers, level, ruleId, safeguarding, source) => {
    const evaluation = evaluateSpec(spec(subject, answers));
    expect(evaluation.escalation.bySubject[subject].level).toBe(level);
    const flag = evaluation.flags.find((f) => f.id === `${ruleId}/${subject}`);
    expect(flag?.sources).toContain(source);
    expect(outcomeIds(evaluation, 'recommend').includes(`${subject}/O10`)).toBe(safeguarding);
  });

  it('the summary records the distinction (intrusive, without intent)', () => {
    const contact = buildContact(spec(bp, { ...disclosed, 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': 'no' }));
    const text = summaryText({ contact, evaluation: evaluateForRecord(pathway, contact), options: { lineWidth: 200 } });
    expect(text).toContain('Intrusive, unwanted thoughts of harm to the baby, without intent');
    expect(text).toContain('Unwanted, distressing, and avoided (intrusive)');
    expect(text).not.toContain('IR-HARM-THOUGHTS-INTENT');
  });

  it('flag ids are stable per rule and subject', () => {
    expect(flagIds(evaluateSpec(spec(bp, disclosed)))).toContain('IR-DISCLOSED-HARM-TO-BABY/birthing-parent');
  });
});

describe('[H44-a] suspected postpartum psychosis: the card says she is not left alone (S9, S4, S6)', () => {
  const psychosis = () =>
    evaluateSpec(spec(bp, { 'red-flags.psychosis-signs': 'yes' })).flags.find((f) => f.ruleId === 'RF-POSTPARTUM-PSYCHOSIS');

  it('first: an adult stays with her and the baby until she is assessed; never "if unsafe"', () => {
    const flag = psychosis();
    expect(flag?.level).toBe('E5');
    expect(flag?.doNow[0]).toBe('She is not left alone: an adult stays with her and the baby until she is assessed.');
    expect(flag?.doNow.join(' ')).not.toMatch(/if unsafe/i);
    expect(flag?.record.join(' ')).toMatch(/which adult stays with her and the baby/);
  });

  it('says psychosis can also start or come back in pregnancy, not only after birth', () => {
    expect(psychosis()?.doNow.join(' ')).toMatch(/days or weeks after birth; psychosis can also start or come back in pregnancy/);
  });
});
