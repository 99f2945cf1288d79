import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact, ContactSituation, ContactTypeId, Presence } from '../../../lib/contact/contact';
import { applyChange } from '../../../lib/contact/contact-change';
import type { HandoverFacts, ScreeningFact } from '../../../lib/contact/handover-facts';
import { buildContact, declined, scores, type ContactSpec } from '../../../lib/pathway/contact-builder';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import type { Evaluation } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';
import { contactArb, settingsArb } from './support/arbitraries';
import { allItems, evaluateSpec, item, outcomeIds, result } from './support/evaluate-spec';
import { partnerSummaryText } from '../../../lib/summary/summary-text';

// Pathway 2026.4.0 (issue 11): the contact's own situation (the baby, the baby's age, language and
// interpreter), timing, screening once per recall window, both parents, history. One row per rule
// and boundary; each row names the source behind it (ids of ../shared/clinical/pathway-reference.md).

const negative = { 'whooley.1': 'no', 'whooley.2': 'no', ...scores('gad-2', [0, 1]) };
const promptIds = (evaluation: Evaluation) => evaluation.prompts.map((p) => p.id).sort();
const hiddenFor = (evaluation: Evaluation, why: string) =>
  evaluation.sections.flatMap((s) => s.hidden).filter((h) => h.why === why);
const itemsOf = (evaluation: Evaluation, groupId: string, subject = 'birthing-parent') =>
  allItems(evaluation).filter((i) => i.groupId === groupId && i.subject === subject);

function newBirth(situation: ContactSituation, extra: Partial<ContactSpec> = {}): Evaluation {
  return evaluateSpec({ contactType: 'hv-new-birth', situation, ...extra });
}

describe('[H60-a] the baby’s situation decides which baby prompts apply (review 2026-12 item 8; S21, S23)', () => {
  it.each([
    // [situation, observation shown?, conversation requirement, feelings requirement, NA rule on observation]
    ['with-parents', true, 'due', 'due', null],
    ['neonatal-unit', false, 'due', 'optional', 'NA-BABY-NEONATAL-UNIT'],
    ['not-in-parents-care', false, 'optional', 'optional', 'NA-BABY-NOT-IN-CARE'],
    ['died', false, null, null, 'NA-BABY-DIED'],
  ] as const)('baby %s: observation shown %s, conversation %s, feelings %s (%s)', (situation, observed, conversation, feelings, rule) => {
    const evaluation = newBirth({ babySituation: situation });
    expect(itemsOf(evaluation, 'relationship-observation').length > 0).toBe(observed);
    expect(itemsOf(evaluation, 'relationship-conversation')[0]?.requirement ?? null).toBe(conversation);
    expect(itemsOf(evaluation, 'relationship-feelings')[0]?.requirement ?? null).toBe(feelings);
    const na = hiddenFor(evaluation, 'not-applicable').filter((h) => h.subject === 'birthing-parent');
    if (rule) expect(na.map((h) => h.ruleId)).toContain(rule);
    else expect(na).toEqual([]);
    // The reason is the situation, never "no reason recorded".
    for (const entry of na) expect(entry.reason).toMatch(/^Not applicable because the baby/);
  });

  it('[H60-b] an unrecorded situation behaves as before 2026.4.0 (with the parents)', () => {
    const before = evaluateSpec({ contactType: 'hv-new-birth' });
    const withParents = newBirth({ babySituation: 'with-parents' });
    expect(before.sections).toEqual(withParents.sections);
    expect(before.prompts).toEqual([]);
  });

  it('[H61-a] after a death there are no baby prompts at all, for either parent (S23)', () => {
    const evaluation = newBirth({ babySituation: 'died' }, { presence: { partner: true }, answers: { partner: { 'partner.consent-screening': 'yes-share' } } });
    expect(allItems(evaluation).filter((i) => i.about === 'baby')).toEqual([]);
    expect(evaluation.nextQuestion?.item.about).not.toBe('baby');
  });

  it.each([
    // [situation, prompts, outcomes considered, source]
    ['died', ['PR-BABY-DIED-BEREAVEMENT/birthing-parent', 'PR-BABY-DIED-BEREAVEMENT/partner', 'PR-BABY-DIED-SUICIDE-AWARENESS/birthing-parent', 'PR-BABY-DIED-SUICIDE-AWARENESS/partner'], ['birthing-parent/O7', 'partner/O4', 'partner/O5'], 'S23'],
    ['neonatal-unit', ['PR-BABY-NEONATAL-UNIT/birthing-parent', 'PR-BABY-NEONATAL-UNIT/partner'], ['birthing-parent/O7'], 'S23'],
    ['not-in-parents-care', ['PR-BABY-NOT-IN-CARE/birthing-parent'], ['birthing-parent/O7'], 'S23'],
  ] as const)('[H61-b] baby %s: prompts %j and %j to consider (%s)', (situation, prompts, considered, _source) => {
    const evaluation = newBirth({ babySituation: situation });
    expect(promptIds(evaluation)).toEqual([...prompts].sort());
    expect(outcomeIds(evaluation, 'consider')).toEqual(expect.arrayContaining([...considered]));
  });

  it('[H62-a] raised awareness of suicide risk after a death is a prompt, not an escalation (no flag, no level)', () => {
    const evaluation = newBirth({ babySituation: 'died' });
    expect(evaluation.flags).toEqual([]);
    expect(evaluation.escalation.overall.level).toBe('E0');
    expect(evaluation.prompts.find((p) => p.ruleId === 'PR-BABY-DIED-SUICIDE-AWARENESS')?.kind).toBe('prompt');
  });

  it('has no baby prompts at antenatal contacts whatever is recorded', () => {
    const evaluation = evaluateSpec({ contactType: 'midwife-booking', situation: { babySituation: 'died' } });
    expect(evaluation.prompts.filter((p) => p.ruleId.startsWith('PR-BABY'))).toEqual([]);
  });
});

describe('[H108-a] no universal baby-care information (O1) after the baby has died (pathway 2026.5.0; reference §4.1, S23)', () => {
  const bothNegative = {
    presence: { partner: true },
    answers: {
      'birthing-parent': { 'wellbeing.feelings': 'no-concerns', ...negative },
      partner: { 'partner.consent-screening': 'yes-share', 'wellbeing.feelings': 'no-concerns', ...negative },
    },
  } satisfies Partial<ContactSpec>;
  const o1 = (evaluation: Evaluation) => outcomeIds(evaluation).filter((id) => id.endsWith('/O1'));

  it.each([
    // [row, contact type, situation (undefined: not recorded), O1 recommended, source]
    ['REC-UNIVERSAL: the baby has died, both parents negative', 'hv-new-birth', 'died', [], 'S23; §4.1 O1 names infant massage and groups'],
    ['REC-UNIVERSAL: the baby has died, midwife postnatal (scenario 18)', 'midwife-postnatal', 'died', [], 'S23'],
    ['boundary: the baby is with the parents', 'hv-new-birth', 'with-parents', ['birthing-parent/O1', 'partner/O1'], 'S1, S2, S21'],
    ['boundary: the situation not recorded (contacts before 2026.4.0)', 'hv-new-birth', undefined, ['birthing-parent/O1', 'partner/O1'], 'S1, S2, S21'],
    ['boundary: the baby in the neonatal unit (unchanged in 2026.5.0)', 'hv-new-birth', 'neonatal-unit', ['birthing-parent/O1', 'partner/O1'], 'S21, S23'],
    ['boundary: the baby not in the parents’ care (unchanged in 2026.5.0)', 'hv-new-birth', 'not-in-parents-care', ['birthing-parent/O1', 'partner/O1'], 'S21, S23'],
    ['boundary: "died" recorded at an antenatal contact does not apply (the situation is postnatal)', 'hv-antenatal', 'died', ['birthing-parent/O1', 'partner/O1'], 'S1, S2'],
  ] as const)('%s (%s, baby %s): O1 %j (%s)', (_row, contactType, situation, expected, _source) => {
    const evaluation = evaluateSpec({ contactType, ...(situation ? { situation: { babySituation: situation } } : {}), ...bothNegative });
    expect(o1(evaluation)).toEqual([...expected]);
  });

  it.each([
    // [row, situation, O1 recommended, source]
    ['REC-RELATIONSHIP-UNIVERSAL: warm conversation and reassuring observation, baby with the parents', 'with-parents', ['birthing-parent/O1'], 'S21'],
    ['REC-RELATIONSHIP-UNIVERSAL: the same answers recorded, then the baby recorded as died', 'died', [], 'S23, S21'],
  ] as const)('%s (baby %s): O1 %j (%s)', (_row, situation, expected, _source) => {
    const evaluation = newBirth(
      { babySituation: situation },
      { answers: { 'birthing-parent': { 'relationship.conversation': 'warm', 'relationship.observation': 'reassuring' } } },
    );
    expect(o1(evaluation)).toEqual([...expected]);
  });

  it('offers bereaved parents what the data gives for a loss instead (bereavement prompt; to consider: MMHS for her, GP and Talking Therapies for the partner; no O14, whose national route is no bereavement service) and raises no level (H40, H62; S23, S24, S15)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', situation: { babySituation: 'died' }, ...bothNegative });
    expect(outcomeIds(evaluation, 'consider')).toEqual(['birthing-parent/O7', 'partner/O4', 'partner/O5']);
    expect(outcomeIds(evaluation, 'recommend')).toEqual([]);
    expect(evaluation.prompts.map((p) => p.id)).toContain('PR-BABY-DIED-BEREAVEMENT/birthing-parent');
    expect(evaluation.flags).toEqual([]);
    expect(evaluation.escalation.overall.level).toBe('E0');
  });

  it('[H108-c] the partner\'s own summary keeps the outcomes the loss gives them (no answer triggers them; specialist review)', () => {
    const contact = buildContact({ contactType: 'hv-new-birth', situation: { babySituation: 'died' }, ...bothNegative });
    const text = partnerSummaryText({ contact, evaluation: evaluateForRecord(pathway, contact), options: { lineWidth: 300 } });
    expect(text).toContain('O4');
    expect(text).toContain('O5');
    expect(text).not.toContain('No outcomes recommended or chosen');
    expect(text).not.toContain('O14');
  });

  it('[H108-b] property: in no postnatal contact where the baby has died, screen or record, is O1 offered (300 random contacts and settings)', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const bereaved: Contact = { ...contact, situation: { ...contact.situation, babySituation: 'died' } };
        const postnatal = pathway.contactTypes.find((t) => t.id === bereaved.contactType)?.phase === 'postnatal';
        for (const evaluation of [evaluate(pathway, bereaved, settings), evaluateForRecord(pathway, bereaved, settings)]) {
          const o1Offered = evaluation.outcomes.some((o) => o.code === 'O1');
          if (postnatal && o1Offered) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('[H63-a] timing from the baby’s age (review 2026-12 item 9; S18 QS37 st.10, S16, S7 ◐)', () => {
  it.each([
    // [contact type, age in days, since-birth items due?, source]
    ['fnp-infancy', 12, true, 'S18'],
    ['fnp-infancy', 41, true, 'S16'],
    ['fnp-infancy', 42, false, 'S16'],
    ['fnp-infancy', undefined, false, 'S16'],
    ['hv-additional', 20, true, 'S18'],
    ['hv-3-4-months', 100, false, 'S16'],
    ['midwife-postnatal', 50, true, 'S18'],
  ] as const)('%s at %s days: the since-birth items due = %s (%s)', (contactType, age, due, _source) => {
    const evaluation = evaluateSpec({ contactType, ...(age === undefined ? {} : { situation: { babyAgeDays: age } }) });
    expect(item(evaluation, 'birthing-parent/postnatal.baby-blues')?.requirement === 'due').toBe(due);
  });

  it.each([
    // [age recorded?, options offered]
    [12, ['none', 'resolved', 'ongoing']],
    [undefined, ['none', 'resolved', 'ongoing-under-10-days', 'ongoing-10-days-or-more']],
  ] as const)('the blues options use the recorded age (%s days) where known', (age, options) => {
    const evaluation = evaluateSpec({ contactType: 'midwife-postnatal', ...(age === undefined ? {} : { situation: { babyAgeDays: age } }) });
    expect(item(evaluation, 'birthing-parent/postnatal.baby-blues')?.options.map((o) => o.id)).toEqual(options);
  });

  it.each([
    // [answer, recorded age, unresolved (assess) or early (watch), source]
    ['ongoing', 9, 'early', 'S18'],
    ['ongoing', 10, 'unresolved', 'S18'],
    ['ongoing', undefined, 'unresolved', 'S18'],
    ['ongoing-under-10-days', 12, 'unresolved', 'S18'],
    ['ongoing-under-10-days', undefined, 'early', 'S18'],
    ['ongoing-10-days-or-more', 5, 'unresolved', 'S18'],
  ] as const)('[H63-b] blues "%s" at %s days → %s (%s)', (answer, age, expected, _source) => {
    const evaluation = evaluateSpec({
      contactType: 'midwife-postnatal',
      ...(age === undefined ? {} : { situation: { babyAgeDays: age } }),
      answers: { 'birthing-parent': { 'postnatal.baby-blues': answer } },
    });
    const reasons = evaluation.outcomes.flatMap((o) => o.reasons.map((r) => r.ruleId));
    expect(reasons.includes('REC-BABY-BLUES-UNRESOLVED')).toBe(expected === 'unresolved');
    expect(reasons.includes('REC-BABY-BLUES-EARLY')).toBe(expected === 'early');
    expect(result(evaluation, 'birthing-parent', 'epds')?.requirement === 'due').toBe(expected === 'unresolved');
  });

  it.each([
    // [age, information prompt]
    [0, 'PR-EARLY-WINDOW-DAYS-1-10'],
    [10, 'PR-EARLY-WINDOW-DAYS-1-10'],
    [11, 'PR-EARLY-WINDOW-TO-10-WEEKS'],
    [69, 'PR-EARLY-WINDOW-TO-10-WEEKS'],
    [70, null],
  ] as const)('[H63-c] at %s days the high-risk window is information %s only (S7 ◐, S6)', (age, prompt) => {
    const evaluation = evaluateSpec({ contactType: 'hv-additional', situation: { babyAgeDays: age } });
    const windows = evaluation.prompts.filter((p) => p.ruleId.startsWith('PR-EARLY-WINDOW'));
    expect(windows.map((p) => p.ruleId)).toEqual(prompt ? [prompt] : []);
    for (const p of windows) expect(p.kind).toBe('information');
    // Information only: nothing becomes due and no level rises because of the window.
    expect(evaluation.escalation.overall.level).toBe('E0');
  });
});

function withStory(contactType: ContactTypeId, screening: ScreeningFact[], spec: Partial<ContactSpec> = {}): Contact {
  const facts: HandoverFacts = {
    v: 1,
    source: { contactType: 'midwife-postnatal', role: 'midwife', at: '2026-02-28T10:00Z', pathwayVersion: pathway.version },
    history: [],
    screening,
    flags: [],
    outcomes: [],
    outstanding: [],
  };
  return applyChange(buildContact({ contactType, ...spec }), { type: 'load-story-so-far', facts, at: '2026-03-02T10:01:00.000Z' });
}

const screened = (instrumentId: 'whooley' | 'gad-2', at: string, status: ScreeningFact['status'] = 'complete', subject: 'birthing-parent' | 'partner' = 'birthing-parent'): ScreeningFact => ({
  instrumentId,
  subject,
  at,
  role: 'midwife',
  status,
  total: status === 'complete' ? 0 : null,
  maxTotal: instrumentId === 'whooley' ? 2 : 6,
  bandId: null,
  bandFrom: null,
  itemRisk: [],
});

describe('[H64-a] Whooley and GAD-2 are due once per recall window (review 2026-12 item 10; S1 §1.1)', () => {
  // The contact starts 2026-03-02T10:00Z (BUILDER_TIME).
  it.each([
    // [instrument, asked at, status, due again?, why]
    ['whooley', '2026-02-28T10:00Z', 'complete', false, '2 days ago, inside the past month'],
    ['whooley', '2026-01-31T10:01Z', 'complete', false, '29 days 23 hours ago'],
    ['whooley', '2026-01-31T10:00Z', 'complete', true, '30 days ago: the month is over'],
    ['gad-2', '2026-02-16T10:01Z', 'complete', false, 'just inside 2 weeks'],
    ['gad-2', '2026-02-16T10:00Z', 'complete', true, '14 days ago: the 2 weeks are over'],
    ['whooley', '2026-02-28T10:00Z', 'declined', true, 'declined is not a result'],
    ['whooley', '2026-02-28T10:00Z', 'incomplete', true, 'incomplete is not a result'],
    ['whooley', '2026-03-03T10:00Z', 'complete', true, 'dated after this contact started'],
  ] as const)('%s asked %s (%s) → due again %s: %s', (instrumentId, at, status, dueAgain, _why) => {
    const evaluation = evaluate(pathway, withStory('midwife-postnatal', [screened(instrumentId, at, status)]));
    expect(result(evaluation, 'birthing-parent', instrumentId)?.requirement === 'due').toBe(dueAgain);
    const first = allItems(evaluation).find((i) => i.instrumentId === instrumentId && i.subject === 'birthing-parent');
    if (!dueAgain) expect(first?.recentlyAsked).toEqual({ at: at.replace('Z', ':00.000Z'), role: 'midwife', recallText: instrumentId === 'whooley' ? 'the past month' : 'the last 2 weeks' });
    else expect(first?.recentlyAsked).toBeUndefined();
  });

  it('[H64-b] still due on concern, even inside the recall window (S2, S1)', () => {
    const contact = withStory('midwife-postnatal', [screened('whooley', '2026-02-28T10:00Z')], {
      answers: { 'birthing-parent': { 'wellbeing.feelings': 'concerns-raised' } },
    });
    const whooley = result(evaluate(pathway, contact), 'birthing-parent', 'whooley');
    expect(whooley?.requirement).toBe('due');
    expect(whooley?.requirementReasons.map((r) => r.ruleId)).toEqual(['DUE-SCREEN-CONCERN']);
  });

  it('the 3–4 month contact runs Whooley and GAD-2 by default (configurable; S3)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-3-4-months' });
    expect(result(evaluation, 'birthing-parent', 'whooley')?.requirement).toBe('due');
    expect(result(evaluation, 'birthing-parent', 'gad-2')?.requirement).toBe('due');
  });
});

describe('[H65-a] both parents in the flow (review 2026-12 item 11; S14, S15, S16)', () => {
  const twoParents = (partner: Record<string, string>, presence = { partner: true }): ContactSpec => ({
    contactType: 'hv-6-8-weeks',
    presence,
    answers: { 'birthing-parent': { 'privacy.talk-with-others-present': 'yes', 'wellbeing.feelings': 'no-concerns', ...negative }, partner },
  });

  it.each([
    // [partner's answers, presence, Whooley requirement, rule]
    [{ 'partner.consent-screening': 'yes-share' }, { partner: true }, 'due', 'DUE-SCREEN-PARTNER-PRESENT-WHOOLEY'],
    [{ 'partner.consent-screening': 'yes-keep-separate' }, { partner: true }, 'due', 'DUE-SCREEN-PARTNER-PRESENT-WHOOLEY'],
    [{ 'partner.consent-screening': 'no' }, { partner: true }, null, null],
    [{ 'partner.consent-screening': 'yes-share' }, { partner: false }, 'suggested', 'SUG-SCREEN-PARTNER'],
  ] as const)('partner %j, in the room %j → Whooley %s (%s)', (partner, presence, requirement, rule) => {
    const evaluation = evaluateSpec(twoParents(partner, presence));
    const whooley = result(evaluation, 'partner', 'whooley');
    expect(whooley?.requirement ?? null).toBe(requirement);
    if (rule) expect(whooley?.requirementReasons.map((r) => r.ruleId)).toContain(rule);
  });

  it('[H65-b] the partner’s Whooley comes through Ask next once the partner has agreed', () => {
    const evaluation = evaluateSpec(twoParents({ 'partner.consent-screening': 'yes-share', 'partner-history.talk-with-others-present': 'yes', 'wellbeing.feelings': 'no-concerns' }));
    const next = allItems(evaluation).filter((i) => i.subject === 'partner' && i.requirement === 'due' && i.state.status === 'unanswered');
    expect(next[0]?.questionId).toBe('whooley.1');
  });

  it('[H65-c] the partner’s own privacy choice defers their own due items (S15 Idea #4)', () => {
    const evaluation = evaluateSpec(twoParents({ 'partner.consent-screening': 'yes-share', 'partner-history.talk-with-others-present': 'prefers-private' }));
    expect(result(evaluation, 'partner', 'whooley')?.requirement).toBe('optional');
    expect(result(evaluation, 'birthing-parent', 'whooley')?.requirement).toBe('due');
    expect(evaluation.outstanding.filter((o) => o.kind === 'private-time-to-talk').map((o) => o.subject)).toEqual(['partner']);
  });

  it.each([
    // [partner's screens, family signal?]
    [{ 'whooley.1': 'yes', 'whooley.2': 'no' }, true],
    [{ 'whooley.1': 'no', 'whooley.2': 'no' }, false],
  ] as const)('[H65-d] her Whooley positive and the partner’s %j → both-parents signal %s (O12; S14, S15)', (partnerScreens, signal) => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: {
        'birthing-parent': { 'privacy.talk-with-others-present': 'yes', 'whooley.1': 'yes', 'whooley.2': 'no' },
        partner: { 'partner.consent-screening': 'yes-share', ...partnerScreens },
      },
    });
    expect(evaluation.outcomes.some((o) => o.reasons.some((r) => r.ruleId === 'REC-BOTH-PARENTS-POSITIVE'))).toBe(signal);
    expect(promptIds(evaluation).includes('PR-BOTH-PARENTS-POSITIVE/birthing-parent')).toBe(signal);
  });

  it.each([
    // [who else is in the room, her account of the partner asked?]
    [{}, true],
    [{ otherAdults: true }, false],
    [{ familyInterpreter: true }, false],
    [{ professionalInterpreter: true }, true],
    [{ childrenAges: [0] }, true],
  ] as const)('[H65-e] her account of the partner with %j in the room: asked %s (only with no other adult)', (presence, asked) => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', presence: presence as Partial<Presence>, answers: { 'birthing-parent': { 'partner.involved': 'yes' } } });
    expect(item(evaluation, 'birthing-parent/partner-report.wellbeing') !== undefined).toBe(asked);
    if (!asked) expect(evaluation.outstanding.map((o) => o.kind)).toContain('private-question-outstanding');
  });

  it('[H65-f] the partner’s own history is due at a first contact once they agree (S15)', () => {
    const evaluation = evaluateSpec({ contactType: 'midwife-booking', presence: { partner: true }, answers: { partner: { 'partner.consent-screening': 'yes-share' } } });
    expect(itemsOf(evaluation, 'partner-history', 'partner').map((i) => [i.questionId, i.requirement])).toEqual([
      ['partner-history.mental-health', 'due'],
      ['partner-history.alcohol-drugs', 'due'],
    ]);
  });
});

describe('[H66-a] first-contact history (review 2026-12 item 7; S1, S4, S8, S26)', () => {
  const booking = (answers: Record<string, string>) => evaluateSpec({ contactType: 'midwife-booking', answers: { 'birthing-parent': answers } });

  it.each([
    // [answer, recommended, considered, prompts, source]
    [{ 'history.psychiatric-medication': 'stopped-recently' }, ['birthing-parent/O5'], ['birthing-parent/O6'], ['PR-MEDICATION-STOPPED/birthing-parent'], 'S1'],
    [{ 'history.psychiatric-medication': 'yes-current' }, [], [], ['PR-MEDICATION-CURRENT/birthing-parent'], 'S2'],
    [{ 'history.psychiatric-medication': 'no' }, [], [], [], 'S1'],
    [{ 'history.perinatal-depression-anxiety': 'yes' }, [], ['birthing-parent/O6'], [], 'S26'],
    [{ 'history.self-harm-or-suicide-attempt': 'yes' }, [], [], ['PR-PREVIOUS-ATTEMPT/birthing-parent'], 'S8'],
    [{ 'history.self-harm-or-suicide-attempt': 'not-known' }, [], [], [], 'S8'],
    [{ 'history.personality-disorder-or-trauma': 'yes' }, [], [], [], 'S1'],
    [{ 'history.family-perinatal': 'yes' }, ['birthing-parent/O6'], [], [], 'S4'],
  ] as const)('%j → recommends %j, considers %j, prompts %j (%s)', (answers, recommended, considered, prompts, _source) => {
    const evaluation = booking(answers);
    expect(outcomeIds(evaluation, 'recommend').filter((id) => id !== 'birthing-parent/O1')).toEqual(expect.arrayContaining([...recommended]));
    for (const id of considered) expect(outcomeIds(evaluation, 'consider')).toContain(id);
    expect(promptIds(evaluation).filter((id) => !id.startsWith('PR-EARLY'))).toEqual([...prompts]);
    // No history answer alone raises a card.
    expect(evaluation.flags.filter((f) => f.kind !== 'high-risk-history')).toEqual([]);
  });

  it.each([
    'history.self-harm-or-suicide-attempt',
    'history.perinatal-depression-anxiety',
    'history.personality-disorder-or-trauma',
  ])('[H66-b] %s = yes puts her "at risk": a fuller measure is suggested (§2.0 E, S1)', (question) => {
    expect(result(booking({ [question]: 'yes' }), 'birthing-parent', 'epds')?.requirement).toBe('suggested');
  });

  it('asks about any first-degree relative, not only mother or sister (S4)', () => {
    expect(item(booking({}), 'birthing-parent/history.family-perinatal')?.text).toMatch(/mother, father, sister, brother or child/);
  });

  it('stores no drug name: the medication question has only yes / no / stopped recently', () => {
    expect(item(booking({}), 'birthing-parent/history.psychiatric-medication')?.options.map((o) => o.id)).toEqual(['no', 'yes-current', 'stopped-recently']);
  });
});

describe('[H67-a] severity is a practitioner judgement after a positive measure (§2.0 table, §3.4 E3; S1, S6)', () => {
  it.each([
    // [Whooley, judgement, asked?, O6 considered?]
    [{ 'whooley.1': 'no', 'whooley.2': 'no' }, undefined, false, false],
    [{ 'whooley.1': 'yes', 'whooley.2': 'no' }, 'no', true, false],
    [{ 'whooley.1': 'yes', 'whooley.2': 'no' }, 'yes', true, true],
  ] as const)('Whooley %j, judgement %s → asked %s, O6 considered %s', (whooley, judgement, asked, considered) => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { ...whooley, ...(judgement ? { 'concern.severity': judgement } : {}) } },
    });
    expect(item(evaluation, 'birthing-parent/concern.severity') !== undefined).toBe(asked);
    expect(outcomeIds(evaluation, 'consider').includes('birthing-parent/O6')).toBe(considered);
    // "Consider" never raises the level on its own.
    expect(evaluation.escalation.overall.level).not.toBe('E3');
  });

  it('is never asked of the partner (specialist perinatal teams do not see partners)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', presence: { partner: true }, answers: { partner: { 'partner.consent-screening': 'yes-share', 'whooley.1': 'yes' } } });
    expect(item(evaluation, 'partner/concern.severity')).toBeUndefined();
  });
});

describe('[H68-a] language and interpreters (review 2026-12 item 14; S20)', () => {
  it.each([
    // [interpreter, presence, alone for private questions?, prompt]
    ['professional', { professionalInterpreter: true }, true, 'PR-PROFESSIONAL-INTERPRETER'],
    ['family', { familyInterpreter: true }, false, 'PR-FAMILY-INTERPRETER'],
    ['none', {}, true, null],
  ] as const)('%s interpreter: private enquiry possible %s, prompt %s', (interpreter, presence, privateNow, prompt) => {
    const evaluation = evaluateSpec({ contactType: 'midwife-booking', presence, situation: { language: 'Polish', interpreter } });
    expect(evaluation.presence.privateNow).toBe(privateNow);
    expect(evaluation.prompts.filter((p) => p.ruleId.includes('INTERPRETER')).map((p) => p.ruleId)).toEqual(prompt ? [prompt] : []);
  });
});

describe('a declined earlier result never stands in for today (H64)', () => {
  it('keeps a declined screen due', () => {
    const contact = withStory('midwife-postnatal', [screened('gad-2', '2026-02-28T10:00Z', 'declined')], { answers: { 'birthing-parent': { 'gad-2.1': declined } } as never });
    expect(result(evaluate(pathway, contact), 'birthing-parent', 'gad-2')?.requirement).toBe('due');
  });
});

describe('[H68-c] whether a validated translation was used is recorded per instrument (review 2026-12 item 14)', () => {
  it('is one change per parent and instrument, and the summary lists only the birthing parent’s', async () => {
    const { summaryText } = await import('../../../lib/summary/summary-text');
    const { evaluateForRecord } = await import('../../../lib/pathway/evaluate');
    let contact = buildContact({ contactType: 'midwife-booking', situation: { language: 'Polish', interpreter: 'professional' } });
    contact = applyChange(contact, { type: 'translation', subject: 'birthing-parent', instrumentId: 'whooley', translation: 'none', at: '2026-03-02T10:05:00.000Z' });
    contact = applyChange(contact, { type: 'translation', subject: 'birthing-parent', instrumentId: 'epds', translation: 'validated', at: '2026-03-02T10:06:00.000Z' });
    contact = applyChange(contact, { type: 'translation', subject: 'partner', instrumentId: 'whooley', translation: 'validated', at: '2026-03-02T10:07:00.000Z' });
    expect(contact.translationsUsed).toEqual({ 'birthing-parent/whooley': 'none', 'birthing-parent/epds': 'validated', 'partner/whooley': 'validated' });
    const text = summaryText({ contact, evaluation: evaluateForRecord(pathway, contact), options: { lineWidth: 400 } });
    expect(text).toContain('Validated translation used (birthing parent): EPDS yes; WHOOLEY no');
    expect(text).not.toMatch(/partner\)?: WHOOLEY/);
  });
});
