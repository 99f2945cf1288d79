import { describe, expect, it } from 'vitest';
import { answerKey, type Subject } from '../../../lib/contact/contact';
import { declined, notAsked, scores, type ContactSpec } from '../../../lib/pathway/contact-builder';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { evaluateSpec, outstandingKinds } from './support/evaluate-spec';

// Pathway 2026.5.0 (hazard H45, residuals of the clinical review of the 2026.4.0 merge).
// 1. A self-harm or harm-to-baby answer given earlier in the contact and hidden now by a later change
//    (relevance or consent) is acted on as given AT THE LEVEL THE VISIBLE ANSWER HAS: it makes the
//    follow-up enquiry due at the E2 floor, and the enquiry's answers decide any higher level. It no
//    longer raises a blanket E4 (and, for the baby, safeguarding) that the visible answer never had.
// 2. The nature of the thoughts declined or not asked while thoughts are known to be present (item 10
//    / item 9 above 0, or disclosed): the risk cannot be assessed. Declined (or distressed, other):
//    E4 same day under its own title; not asked for a practical reason: E4, complete the enquiry
//    today; already known (care plan): the E2 floor stands.
// 3. Thoughts of harming the baby not explored (kind declined / not asked, or intrusive with unusual
//    beliefs declined / not asked): E4 with safeguarding to CONSIDER (specialist review of 2026.5.0).
// One row per rule and boundary, each naming its source (pathway-reference.md).

const partnerPresent = { contactType: 'hv-6-8-weeks' as const, presence: { partner: true } };
const epdsItem10 = (score: number) => scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, score]);
type Answers = Record<string, string | typeof declined | ReturnType<typeof notAsked>>;

const isDue = (evaluation: Evaluation, subject: Subject, questionId: string) =>
  evaluation.sections.some((s) => s.items.some((i) => i.key === answerKey(subject, questionId) && i.requirement === 'due'));
const level = (evaluation: Evaluation, subject: Subject) => evaluation.escalation.bySubject[subject].level;
const ruleIds = (evaluation: Evaluation, subject: Subject) => evaluation.flags.filter((f) => f.subject === subject).map((f) => f.ruleId).sort();
const routes = (evaluation: Evaluation, subject: Subject) => evaluation.flags.filter((f) => f.subject === subject).flatMap((f) => f.routes);

describe('[H45-c] a hidden self-harm answer makes the risk enquiry due at the E2 floor; the enquiry decides the rest', () => {
  // The partner's consent changed to No after a positive item 10, or their check changed to "none"
  // after a disclosure: the answers are hidden (they count nowhere else) but not undone.
  const consentWithdrawn = (extra: Answers): ContactSpec => ({ ...partnerPresent, answers: { partner: { 'partner.consent-screening': 'no', ...epdsItem10(2), ...extra } } });
  const checkChanged = (extra: Answers): ContactSpec => ({ ...partnerPresent, answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.harm-self-thoughts': 'yes', ...extra } } });

  type Row = [what: string, spec: ContactSpec, expected: { level: string; rules: string[] }, source: string];
  const rows: Row[] = [
    ['consent withdrawn after EPDS item 10 = 2, enquiry not yet asked', consentWithdrawn({}), { level: 'E2', rules: ['IR-RISK-ANSWER-WITHDRAWN-SELF-HARM'] }, 'S10, S1 1.6.5'],
    ['… enquiry: none on reflection (the floor stays: GP informed)', consentWithdrawn({ 'risk-enquiry.nature': 'none-on-reflection' }), { level: 'E2', rules: ['IR-RISK-ANSWER-WITHDRAWN-SELF-HARM'] }, 'S1 1.6.5'],
    ['… enquiry: passive thoughts, no plan, no intent', consentWithdrawn({ 'risk-enquiry.nature': 'passive', 'risk-enquiry.plan': 'no', 'risk-enquiry.intent': 'no' }), { level: 'E2', rules: ['IR-RISK-ANSWER-WITHDRAWN-SELF-HARM'] }, 'S1, S8'],
    ['… enquiry: active thoughts (concerning, adult routes)', consentWithdrawn({ 'risk-enquiry.nature': 'active', 'risk-enquiry.plan': 'no', 'risk-enquiry.intent': 'no' }), { level: 'E4', rules: ['IR-ENQUIRY-CONCERNING-PARTNER', 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM'] }, '§3.4, S1, S8'],
    ['… enquiry: means to act soon', consentWithdrawn({ 'risk-enquiry.nature': 'active', 'risk-enquiry.intent': 'imminent' }), { level: 'E5', rules: ['IR-ENQUIRY-CONCERNING-PARTNER', 'IR-ENQUIRY-IMMINENT-PARTNER', 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM'] }, 'S9, S6'],
    ['partner check changed to none after disclosing thoughts of self-harm', checkChanged({}), { level: 'E2', rules: ['IR-RISK-ANSWER-WITHDRAWN-SELF-HARM'] }, 'S1, S27'],
    ['… enquiry: nature declined while thoughts were disclosed (risk cannot be assessed)', checkChanged({ 'risk-enquiry.nature': declined }), { level: 'E4', rules: ['IR-ENQUIRY-NATURE-DECLINED-PARTNER', 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM'] }, 'S1 1.6.5, S8, S27'],
  ];

  it.each(rows)('%s: %o (%s)', (_what, spec, expected) => {
    const evaluation = evaluateSpec(spec);
    expect(level(evaluation, 'partner')).toBe(expected.level);
    expect(ruleIds(evaluation, 'partner')).toEqual(expected.rules);
    // Partners are routed to adult services only (issue 10 item 6).
    for (const code of routes(evaluation, 'partner')) expect(['O5', 'O9']).toContain(code);
  });

  it('makes the enquiry due with its reason, keeps the self-harm risk "not known" until it is answered, and names the hidden answer on the card', () => {
    const evaluation = evaluateSpec(consentWithdrawn({}));
    expect(isDue(evaluation, 'partner', 'risk-enquiry.nature')).toBe(true);
    expect(outstandingKinds(evaluation)).toContain('risk-not-known');
    const card = evaluation.flags.find((f) => f.ruleId === 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM');
    expect(card?.hiddenAnswers?.map((h) => h.key)).toEqual(['partner/epds.10']);
    expect(card?.doNow.join(' ')).toMatch(/Complete the self-harm risk enquiry now/);
    // As the visible floor card: a safety plan; and consent may just have been withdrawn (S27).
    expect(card?.doNow.join(' ')).toMatch(/Make a safety plan together/);
    expect(card?.doNow.join(' ')).toMatch(/Seek consent to inform the GP; share without consent only where the risk justifies it/);
  });

  it('gives one card, not two, when a visible answer already holds the floor', () => {
    // Her item 10 is visible; a disclosure in the check was hidden by a later change: one floor card.
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { ...epdsItem10(1) } },
    });
    expect(ruleIds(evaluation, 'birthing-parent').filter((id) => id.startsWith('IR-'))).toEqual(['IR-EPDS-10']);
  });

  it('raises nothing for a hidden answer of 0 or No', () => {
    expect(evaluateSpec({ ...partnerPresent, answers: { partner: { 'partner.consent-screening': 'no', ...epdsItem10(0) } } }).flags).toEqual([]);
    expect(evaluateSpec({ ...partnerPresent, answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.harm-self-thoughts': 'no' } } }).flags).toEqual([]);
  });
});

describe('[H45-c] a hidden disclosure of thoughts of harming the baby makes the harm-thoughts follow-up due at E2', () => {
  const checkChanged = (extra: Answers): ContactSpec => ({ ...partnerPresent, answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.harm-baby-thoughts': 'yes', ...extra } } });
  type Row = [what: string, spec: ContactSpec, expected: { level: string; rules: string[]; safeguarding: boolean }, source: string];
  const rows: Row[] = [
    ['not yet explored: ask how they are experienced, no automatic safeguarding', checkChanged({}), { level: 'E2', rules: ['IR-DISCLOSED-HARM-TO-BABY'], safeguarding: false }, 'S8, S27, S4'],
    ['how they are experienced declined: E4, safeguarding to consider (not routed)', checkChanged({ 'harm-thoughts.kind': declined }), { level: 'E4', rules: ['IR-HARM-THOUGHTS-NOT-EXPLORED'], safeguarding: false }, '§3.4, S27'],
    ['intrusive, unusual beliefs not asked: E4, safeguarding to consider', checkChanged({ 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': notAsked('out-of-time') }), { level: 'E4', rules: ['IR-HARM-THOUGHTS-NOT-EXPLORED'], safeguarding: false }, '§3.4, S9, S27'],
    ['intrusive, no unusual beliefs: reassure, Talking Therapies, no safeguarding', checkChanged({ 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': 'no' }), { level: 'E2', rules: ['IR-HARM-THOUGHTS-INTRUSIVE'], safeguarding: false }, 'S4, S24'],
    ['wished or intended: urgent with safeguarding', checkChanged({ 'harm-thoughts.kind': 'wished-or-intended' }), { level: 'E4', rules: ['IR-HARM-THOUGHTS-INTENT-PARTNER'], safeguarding: true }, 'S8, S27'],
    ['with unusual beliefs: emergency with safeguarding', checkChanged({ 'harm-thoughts.kind': 'intrusive', 'harm-thoughts.unusual-beliefs': 'yes' }), { level: 'E5', rules: ['IR-HARM-THOUGHTS-PSYCHOTIC'], safeguarding: true }, 'S9, S27'],
  ];
  it.each(rows)('%s: %o (%s)', (_what, spec, expected) => {
    const evaluation = evaluateSpec(spec);
    expect(level(evaluation, 'partner')).toBe(expected.level);
    expect(ruleIds(evaluation, 'partner')).toEqual(expected.rules);
    expect(routes(evaluation, 'partner').includes('O10')).toBe(expected.safeguarding);
    expect(isDue(evaluation, 'partner', 'harm-thoughts.kind')).toBe(true);
    // Safeguarding is offered for consideration when the risk to the baby cannot be assessed (S27).
    const consider = evaluation.outcomes.some((o) => o.id === 'partner/O10' && o.strength === 'consider');
    expect(consider).toBe(expected.rules.includes('IR-HARM-THOUGHTS-NOT-EXPLORED'));
  });

  it('"has acted on angry feelings", hidden, is still an act: E4 with safeguarding as before (S27)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'relationship.angry-feelings': 'no', 'relationship.acted-on': 'yes' } } });
    expect(ruleIds(evaluation, 'birthing-parent')).toEqual(['IR-RISK-ANSWER-WITHDRAWN-BABY']);
    expect(level(evaluation, 'birthing-parent')).toBe('E4');
  });
});

describe('[H45-d] the nature of the thoughts declined or not asked: why decides what comes first', () => {
  const bp = 'birthing-parent' as const;
  // Declined, the nature stays unknown (the outstanding item says so) while the level is E4.
  type Row = [what: string, answers: Answers, expected: { level: string; rules: string[]; riskNotKnown: boolean }, source: string];
  const rows: Row[] = [
    ['item 10 = 1, nature declined: the risk cannot be assessed (own title, not "concerning thoughts")', { ...epdsItem10(1), 'risk-enquiry.nature': declined }, { level: 'E4', rules: ['IR-ENQUIRY-NATURE-DECLINED'], riskNotKnown: true }, 'S1 1.6.5, S8, S27'],
    ['item 10 = 1, nature not asked: parent distressed', { ...epdsItem10(1), 'risk-enquiry.nature': notAsked('parent-distressed') }, { level: 'E4', rules: ['IR-ENQUIRY-NATURE-DECLINED'], riskNotKnown: true }, 'S1 1.6.5, S8'],
    ['item 10 = 1, nature not asked: out of time (complete it today)', { ...epdsItem10(1), 'risk-enquiry.nature': notAsked('out-of-time') }, { level: 'E4', rules: ['IR-ENQUIRY-NATURE-NOT-YET-ASKED'], riskNotKnown: true }, 'S1, S10'],
    ['item 10 = 1, nature not asked: interpreter needed (complete it today)', { ...epdsItem10(1), 'risk-enquiry.nature': notAsked('interpreter-needed') }, { level: 'E4', rules: ['IR-ENQUIRY-NATURE-NOT-YET-ASKED'], riskNotKnown: true }, 'S1, S10'],
    ['item 10 = 1, nature not asked: already known (care plan): the E2 floor stands', { ...epdsItem10(1), 'risk-enquiry.nature': notAsked('already-known') }, { level: 'E2', rules: [], riskNotKnown: true }, 'S1 1.6.5'],
    ['disclosed thoughts, nature declined', { 'red-flags.harm-self-thoughts': 'yes', 'risk-enquiry.nature': declined }, { level: 'E4', rules: ['IR-ENQUIRY-NATURE-DECLINED'], riskNotKnown: true }, 'S1, S8'],
    // Nothing says there are thoughts, so not E4; but not E0 either after both ways of asking were
    // declined: E1 "watch" with safety-netting (RN-SELF-HARM-DECLINED-TWICE, H106; declined-twice.test.ts).
    ['item 10 declined, nature declined: nothing says there are thoughts; risk stays not known, E1 watch', { ...scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0]), 'epds.10': declined, 'risk-enquiry.nature': declined }, { level: 'E1', rules: [], riskNotKnown: true }, 'S10, S1 1.6.5'],
    ['item 10 = 1, nature not yet asked: the floor', { ...epdsItem10(1) }, { level: 'E2', rules: [], riskNotKnown: true }, 'S10, S1 1.6.5'],
  ];
  it.each(rows)('%s: %o (%s)', (_what, answers, expected) => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { [bp]: answers } });
    expect(level(evaluation, bp)).toBe(expected.level);
    expect(ruleIds(evaluation, bp).filter((id) => id.startsWith('IR-ENQUIRY-'))).toEqual(expected.rules);
    expect(outstandingKinds(evaluation).includes('risk-not-known')).toBe(expected.riskNotKnown);
  });
});
