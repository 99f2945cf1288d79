import { describe, expect, it } from 'vitest';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import type { ContactTypeId } from '../../../lib/contact/contact';
import { declined, scores, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { evaluateSpec, hiddenKeys, item, outcomeIds, result } from './support/evaluate-spec';
import { noRedFlagsSeen } from './support/red-flag-answers';

// What is shown, hidden, askable and due (lforms-style relevance; reference §2).

const helpOn = { ...defaultPathwaySettings, helpQuestionEnabled: true };

describe('hidden items count as no answer', () => {
  it('[H08-a] shows the help question only after a Whooley Yes, and only when the organisation turns it on (S3, §6.1)', () => {
    const yes = { 'whooley.1': 'yes', 'whooley.2': 'no' };
    expect(item(evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': yes } }, helpOn), 'birthing-parent/whooley.help')).toBeDefined();
    expect(item(evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': yes } }), 'birthing-parent/whooley.help')).toBeUndefined();
    expect(
      item(evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no' } } }, helpOn), 'birthing-parent/whooley.help'),
    ).toBeUndefined();
  });

  it('[H08-b] ignores a help answer once the Whooley answers change to No: it reaches no outcome and no counted answer (S3)', () => {
    const evaluation = evaluateSpec(
      { contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no', 'whooley.help': 'yes' } } },
      helpOn,
    );
    expect(hiddenKeys(evaluation)).toContain('birthing-parent/whooley.help');
    expect(evaluation.answers.map((a) => a.key)).not.toContain('birthing-parent/whooley.help');
    expect(evaluation.outcomes.flatMap((o) => o.reasons.map((r) => r.ruleId))).not.toContain('REC-WANTS-HELP');
    const hidden = evaluation.sections.flatMap((s) => s.hidden).find((h) => h.keys.includes('birthing-parent/whooley.help'));
    expect(hidden?.ignoresStoredAnswer).toBe(true);
  });

  it('[H10-b] a "No" to the help question never switches off follow-up of a positive Whooley (§1.2, §6.1)', () => {
    const evaluation = evaluateSpec(
      { contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': 'no', 'whooley.help': 'no' } } },
      helpOn,
    );
    expect(result(evaluation, 'birthing-parent', 'epds')?.requirement).toBe('due');
    expect(outcomeIds(evaluation)).toContain('birthing-parent/O5');
  });

  it('[H08-c] hides the partner’s red-flag detail answers when their check is changed to "none": they count as no answer and raise no red flag of their own, but a risk answer among them is still acted on (S5, S27)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: { partner: { 'red-flags.partner-check': 'none', 'red-flags.harm-self-thoughts': 'yes' } },
    });
    expect(hiddenKeys(evaluation)).toContain('partner/red-flags.harm-self-thoughts');
    expect(evaluation.answers.map((a) => a.key)).not.toContain('partner/red-flags.harm-self-thoughts');
    // Not IR-DISCLOSED-SELF-HARM (the answer does not count), but IR-RISK-ANSWER-WITHDRAWN-SELF-HARM:
    // act on it as given, at the floor the visible answer has, with the risk enquiry due (H45).
    expect(evaluation.flags.map((f) => f.id)).toEqual(['IR-RISK-ANSWER-WITHDRAWN-SELF-HARM/partner']);
    expect(evaluation.flags[0]?.level).toBe('E2');
    expect(evaluation.flags[0]?.hiddenAnswers).toEqual([
      {
        key: 'partner/red-flags.harm-self-thoughts',
        subject: 'partner',
        respondent: 'practitioner',
        questionId: 'red-flags.harm-self-thoughts',
        text: 'Has disclosed thoughts of harming themselves',
        answer: 'Yes',
      },
    ]);
    const entry = evaluation.sections.flatMap((s) => s.hidden).find((h) => h.keys.includes('partner/red-flags.harm-self-thoughts'));
    expect(entry).toMatchObject({ ignoresStoredAnswer: true, keepsRiskAnswer: true });
  });

  it('[H08-d] hides the partner’s answers when the partner’s consent is changed to No, but their item-10 answer is still acted on (S15, S10, §2.10.3)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: { partner: { 'partner.consent-screening': 'no', ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 3]) } },
    });
    expect(result(evaluation, 'partner', 'epds')).toBeUndefined();
    expect(evaluation.answers.filter((a) => a.subject === 'partner' && a.questionId.startsWith('epds'))).toEqual([]);
    expect(evaluation.flags.map((f) => f.id)).not.toContain('IR-EPDS-10/partner');
    const flag = evaluation.flags.find((f) => f.id === 'IR-RISK-ANSWER-WITHDRAWN-SELF-HARM/partner');
    expect(flag).toMatchObject({ level: 'E2', triggeredBy: ['partner/epds.10'] });
    expect(flag?.hiddenAnswers?.map((h) => `${h.key}: ${h.answer}`)).toEqual(['partner/epds.10: Yes, quite often (3)']);
    // The floor the visible answer has (GP informed, enquiry now), not a blanket E4 (H45).
    expect(evaluation.escalation.bySubject.partner.level).toBe('E2');
    // An answer of 0 was no risk: hidden, it is simply ignored.
    const zero = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: { partner: { 'partner.consent-screening': 'no', ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) } },
    });
    expect(zero.flags).toEqual([]);
  });

  it('[H08-j] marks a hidden entry that ignores a stored answer, and only then', () => {
    const evaluation = evaluateSpec(
      { contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no', 'whooley.help': 'no' } } },
      helpOn,
    );
    const help = evaluation.sections.flatMap((s) => s.hidden).find((h) => h.keys.includes('birthing-parent/whooley.help'));
    expect(help).toMatchObject({ why: 'not-relevant', ignoresStoredAnswer: true, keepsRiskAnswer: false });
    const empty = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no' } } }, helpOn);
    const none = empty.sections.flatMap((s) => s.hidden).find((h) => h.keys.includes('birthing-parent/whooley.help'));
    expect(none).toMatchObject({ ignoresStoredAnswer: false, keepsRiskAnswer: false });
  });
});

describe('presence changes what can be asked, never what was answered', () => {
  const partnerAnswers = { 'partner.consent-screening': 'yes-share', ...scores('epds', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]) };

  it('[H12-a] keeps the partner’s answers and their item-10 flag when the partner leaves the room (§2.10.3)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', presence: { partner: false }, answers: { partner: partnerAnswers } });
    expect(result(evaluation, 'partner', 'epds')?.total).toBe(10);
    expect(evaluation.flags.map((f) => f.id)).toContain('IR-EPDS-10/partner');
  });

  it('marks the partner’s unanswered due items as not askable while the partner is out of the room', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      presence: { partner: false },
      answers: { partner: { 'partner.consent-screening': 'yes-share' } },
    });
    const feelings = item(evaluation, 'partner/wellbeing.feelings');
    expect(feelings?.requirement).toBe('due');
    expect(feelings?.askableNow).toBe(false);
    expect(feelings?.notAskableReason).toBe('Not in the room');
    expect(evaluation.nextQuestion?.subject).not.toBe('partner');
  });

  it('asks the partner nothing of their own before they agree (S15)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', presence: { partner: true } });
    expect(item(evaluation, 'partner/whooley.1')).toBeUndefined();
    expect(item(evaluation, 'partner/partner.consent-screening')?.requirement).toBe('due');
  });
});

describe('when each part is due', () => {
  it.each([
    ['midwife-booking', 'due', 'S1'],
    ['midwife-antenatal', 'optional', 'S1, §6.2 (configurable)'],
    ['midwife-postnatal', 'due', 'S1'],
    ['hv-antenatal', 'due', 'S16'],
    ['hv-new-birth', 'due', 'S1, S16'],
    ['hv-6-8-weeks', 'due', 'S16, S21'],
    ['hv-12-months', 'due', 'S3'],
    ['hv-2-years', 'optional', 'S16'],
    ['hv-additional', 'optional', 'S2'],
    ['fnp-pregnancy', 'due', 'S19'],
    ['fnp-infancy', 'due', 'S19'],
    ['fnp-toddler', 'optional', 'S19'],
  ] as const)('Whooley and GAD-2 at %s are %s by default (%s)', (contactType, requirement, _source) => {
    const evaluation = evaluateSpec({ contactType });
    expect(result(evaluation, 'birthing-parent', 'whooley')?.requirement).toBe(requirement);
    expect(result(evaluation, 'birthing-parent', 'gad-2')?.requirement).toBe(requirement);
  });

  it('follows the organisation’s screening schedule (settings.whooleyGad2Contacts, §6.2)', () => {
    const settings = { ...defaultPathwaySettings, whooleyGad2Contacts: ['hv-2-years'] as ContactTypeId[] };
    expect(result(evaluateSpec({ contactType: 'hv-2-years' }, settings), 'birthing-parent', 'whooley')?.requirement).toBe('due');
    expect(result(evaluateSpec({ contactType: 'midwife-booking' }, settings), 'birthing-parent', 'whooley')?.requirement).toBe('optional');
  });

  it('[H14-a] makes Whooley and GAD-2 due at any contact when concerns are raised (S2 st.4)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-2-years', answers: { 'birthing-parent': { 'wellbeing.feelings': 'concerns-raised' } } });
    expect(result(evaluation, 'birthing-parent', 'whooley')?.requirement).toBe('due');
  });

  it.each([
    ['midwife-booking', true],
    ['hv-antenatal', true],
    ['hv-new-birth', true],
    ['fnp-pregnancy', true],
    ['midwife-antenatal', false],
    ['hv-6-8-weeks', false],
    ['hv-12-months', false],
    ['fnp-toddler', false],
  ] as const)('first-contact history at %s is due: %s (S1, S4)', (contactType, due) => {
    const evaluation = evaluateSpec({ contactType });
    expect(item(evaluation, 'birthing-parent/history.severe-mental-illness')?.requirement).toBe(due ? 'due' : 'optional');
  });

  it.each([
    ['midwife-booking', 'relationship-antenatal.feelings', 'relationship.conversation'],
    ['hv-antenatal', 'relationship-antenatal.feelings', 'relationship.conversation'],
    ['hv-new-birth', 'relationship.conversation', 'relationship-antenatal.feelings'],
    ['hv-2-years', 'relationship.conversation', 'relationship-antenatal.feelings'],
  ] as const)('at %s the relationship module asks %s, not %s (S16, S21)', (contactType, shown, absent) => {
    const evaluation = evaluateSpec({ contactType });
    expect(item(evaluation, `birthing-parent/${shown}`)).toBeDefined();
    expect(item(evaluation, `birthing-parent/${absent}`)).toBeUndefined();
  });

  it('asks about baby blues and the birth at early postnatal contacts only (S18)', () => {
    expect(item(evaluateSpec({ contactType: 'hv-new-birth' }), 'birthing-parent/postnatal.baby-blues')?.requirement).toBe('due');
    expect(item(evaluateSpec({ contactType: 'hv-6-8-weeks' }), 'birthing-parent/postnatal.baby-blues')?.requirement).toBe('optional');
    expect(item(evaluateSpec({ contactType: 'hv-12-months' }), 'birthing-parent/postnatal.baby-blues')).toBeUndefined();
    expect(item(evaluateSpec({ contactType: 'midwife-booking' }), 'birthing-parent/postnatal.baby-blues')).toBeUndefined();
  });
});

describe('fuller measures', () => {
  it.each([
    ['a positive Whooley', 'DUE-DEPRESSION-MEASURE-WHOOLEY', 'S1', { 'whooley.1': 'yes', 'whooley.2': 'no' }],
    ['clinical concern with negative screens', 'DUE-DEPRESSION-MEASURE-CONCERN', 'S1', { 'whooley.1': 'no', 'whooley.2': 'no', 'concern.clinical': 'yes' }],
    ['baby blues unresolved at 10 days or more', 'DUE-DEPRESSION-MEASURE-BABY-BLUES', 'S18', { 'postnatal.baby-blues': 'ongoing-10-days-or-more' }],
  ] as const)('[H14-b] makes EPDS due after %s (rule %s, %s)', (_when, ruleId, _source, answers) => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': answers } });
    const epds = result(evaluation, 'birthing-parent', 'epds');
    expect(epds?.requirement).toBe('due');
    expect(epds?.requirementReasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  it('[H14-c] makes GAD-7 due after GAD-2 of 3 or after clinical concern, not after GAD-2 of 2 (S1, S13)', () => {
    const gad7 = (answers: Record<string, string>) =>
      result(evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': answers } }), 'birthing-parent', 'gad-7')?.requirement;
    expect(gad7(scoresTotalling('gad-2', 3))).toBe('due');
    expect(gad7(scoresTotalling('gad-2', 2))).toBe('optional');
    expect(gad7({ ...scoresTotalling('gad-2', 0), 'concern.clinical': 'yes' })).toBe('due');
  });

  it('suggests (does not require) a fuller measure when risk factors are recorded (S1 "at risk")', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'context.socioeconomic-stress': 'yes' } } });
    expect(result(evaluation, 'birthing-parent', 'epds')?.requirement).toBe('suggested');
    expect(result(evaluation, 'birthing-parent', 'phq-9')?.requirement).toBe('optional');
  });

  it('[H31-b] makes one of EPDS or PHQ-9 due: EPDS by default, PHQ-9 when the organisation prefers it, the started one otherwise', () => {
    const positive = { 'whooley.1': 'yes', 'whooley.2': 'no' };
    const due = (answers: Record<string, string>, settings = defaultPathwaySettings) => {
      const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': answers } }, settings);
      return ['epds', 'phq-9'].filter((id) => result(evaluation, 'birthing-parent', id as 'epds')?.requirement === 'due');
    };
    expect(due(positive)).toEqual(['epds']);
    expect(due(positive, { ...defaultPathwaySettings, depressionMeasure: 'phq-9' })).toEqual(['phq-9']);
    expect(due({ ...positive, 'phq-9.1': 'several-days' })).toEqual(['phq-9']);
  });

  it('uses GAD-2 answers for GAD-7 items 1 and 2 instead of asking again (S13)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': scores('gad-2', [2, 1]) } });
    const gad71 = item(evaluation, 'birthing-parent/gad-7.1');
    expect(gad71?.state).toMatchObject({ status: 'answered', score: 2, carriedFrom: 'birthing-parent/gad-2.1' });
    expect(evaluation.nextQuestion?.key).not.toBe('birthing-parent/gad-7.1');
    expect(result(evaluation, 'birthing-parent', 'gad-7')?.answeredSum).toBe(3);
  });

  it('does not carry a declined GAD-2 item into GAD-7 (declined is not an answer)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'gad-2.1': declined } } });
    expect(item(evaluation, 'birthing-parent/gad-7.1')?.state.status).toBe('unanswered');
  });
});

describe('talking with others in the room (§2.11; S20, S15)', () => {
  it('asks whether she is happy to talk with others present first, and only when others are present', () => {
    expect(evaluateSpec({ contactType: 'hv-6-8-weeks', presence: { otherAdults: true } }).nextQuestion?.key).toBe(
      'birthing-parent/privacy.talk-with-others-present',
    );
    expect(item(evaluateSpec({ contactType: 'hv-6-8-weeks' }), 'birthing-parent/privacy.talk-with-others-present')).toBeUndefined();
  });

  it('defers her mental health questions (optional, not asked next) when she would rather talk in private', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: { 'birthing-parent': { 'privacy.talk-with-others-present': 'prefers-private' } },
    });
    const whooley1 = item(evaluation, 'birthing-parent/whooley.1');
    expect(whooley1?.requirement).toBe('optional');
    expect(whooley1?.deferredBecause?.ruleId).toBe('DEFER-PREFERS-PRIVATE');
    // Her next due item is the practitioner's red-flag check, not a question to her (nor to the partner about her).
    expect(evaluation.nextQuestion?.key).toBe('birthing-parent/red-flags.mental-state-change');
    expect(item(evaluation, 'birthing-parent/informant.unlike-usual-self')?.requirement).toBe('optional');
    expect(evaluation.outstanding.map((o) => o.kind)).toContain('private-time-to-talk');
  });

  it('keeps the red-flag check due even when she would rather talk in private (S5)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: { 'birthing-parent': { 'privacy.talk-with-others-present': 'prefers-private' } },
    });
    for (const id of Object.keys(noRedFlagsSeen)) expect(item(evaluation, `birthing-parent/${id}`)?.requirement, id).toBe('due');
  });
});

describe('an organisation that uses PHQ-9 instead of EPDS (reference §1.7, §6.5: EPDS reproduction needs permission)', () => {
  it('[H31-b] never offers the EPDS items, even as optional, and makes PHQ-9 due after a positive Whooley (S1)', () => {
    const contact = buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': 'no' } } });
    const withPhq9 = evaluate(pathway, contact, { ...defaultPathwaySettings, depressionMeasure: 'phq-9' });
    const keys = withPhq9.sections.flatMap((s) => [...s.items.map((i) => i.key), ...s.hidden.flatMap((h) => h.keys)]);
    expect(keys.filter((k) => k.includes('/epds.'))).toEqual([]);
    expect(JSON.stringify(withPhq9)).not.toMatch(/I have been able to laugh/);
    const due = (evaluation: typeof withPhq9, key: string) =>
      evaluation.sections.flatMap((s) => s.items).find((i) => i.key === key)?.requirement;
    expect(due(withPhq9, 'birthing-parent/phq-9.1')).toBe('due');

    const withEpds = evaluate(pathway, contact, defaultPathwaySettings);
    expect(due(withEpds, 'birthing-parent/epds.1')).toBe('due');
    expect(due(withEpds, 'birthing-parent/phq-9.1')).toBe('optional');
  });
});

describe('a measure once started is finished (pathway 2026.3.0)', () => {
  // Only suggested or optional before it was started; once started, its remaining items are due so
  // the total and the item-level risk answer are known (reference §1.7: score item 10 before the
  // parent leaves, S10; §1.1: an item not answered is never 0).
  it.each([
    ['birthing-parent', 'epds', 'DUE-MEASURE-STARTED-EPDS', { 'epds.1': 'not-quite-so-much-now' }, 'S10'],
    ['birthing-parent', 'phq-9', 'DUE-MEASURE-STARTED-PHQ9', { 'phq-9.1': 'several-days' }, 'S12'],
    ['birthing-parent', 'gad-7', 'DUE-MEASURE-STARTED-GAD7', { 'gad-7.3': 'several-days' }, 'S13'],
    ['partner', 'whooley', 'DUE-MEASURE-STARTED-WHOOLEY', { 'whooley.1': 'no' }, 'S1'],
    ['partner', 'gad-2', 'DUE-MEASURE-STARTED-GAD2', { 'gad-2.1': 'not-at-all' }, 'S13'],
    ['partner', 'epds', 'DUE-MEASURE-STARTED-EPDS', { 'epds.3': 'not-very-often' }, 'S10'],
  ] as const)('[H03-i] the %s’s %s, started while it was not due, becomes due to finish (%s, %s)', (subject, instrumentId, ruleId, answers, _source) => {
    const spec = (extra: Record<string, string>) =>
      subject === 'partner'
        ? // The partner agreed and then left the room: in the room, their Whooley and GAD-2 are due
          // anyway (DUE-SCREEN-PARTNER-PRESENT-WHOOLEY, pathway 2026.4.0), so "not due" needs them gone.
          { contactType: 'hv-2-years' as const, presence: { partner: false }, answers: { partner: { 'partner.consent-screening': 'yes-share', ...extra } } }
        : { contactType: 'hv-2-years' as const, answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no', ...extra } } };
    expect(result(evaluateSpec(spec({})), subject, instrumentId)?.requirement).toBe('optional');
    const started = result(evaluateSpec(spec(answers)), subject, instrumentId);
    expect(started?.status).toBe('incomplete');
    expect(started?.requirement).toBe('due');
    expect(started?.requirementReasons.map((r) => r.ruleId)).toEqual([ruleId]);
    const evaluation = evaluateSpec(spec(answers));
    expect(evaluation.outstanding.find((o) => o.kind === 'measure-not-complete' && o.instrumentId === instrumentId && o.subject === subject)?.ruleId).toBe(ruleId);
  });

  it('[H03-i] keeps asking a started EPDS item by item, through item 10, after the Whooley answers changed to No', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no', ...scores('gad-2', [0, 0]), ...scores('epds', [1, 1, 1, 1, 1, 1, 1, 1, 1]) } },
    });
    expect(result(evaluation, 'birthing-parent', 'epds')?.requirement).toBe('due');
    expect(item(evaluation, 'birthing-parent/epds.10')?.requirement).toBe('due');
  });

  it('[H34-f] keeps an EPDS item-10 answer acted on after the Whooley answers changed to No (S10 "item 10 > 0 always prompts further assessment")', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no', 'epds.1': 'not-at-all', 'epds.10': 'sometimes' } },
    });
    expect(evaluation.flags.map((f) => f.id)).toContain('IR-EPDS-10/birthing-parent');
    expect(result(evaluation, 'birthing-parent', 'epds')?.requirement).toBe('due');
  });

  it.each([
    ['EPDS', 'epds', { 'epds.1': 'not-at-all' }, 'birthing-parent/epds.10', 'has not been answered'],
    ['EPDS', 'epds', { 'epds.1': 'not-at-all', 'epds.10': declined }, 'birthing-parent/epds.10', 'was declined'],
    ['PHQ-9', 'phq-9', { 'phq-9.1': 'several-days' }, 'birthing-parent/phq-9.9', 'has not been answered'],
  ] as const)('[H03-j] a started %s whose risk item has no answer is outstanding for the handover: %s', (_name, instrumentId, answers, key, what) => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': answers } });
    const entry = evaluation.outstanding.find((o) => o.kind === 'risk-item-not-answered' && o.instrumentId === instrumentId);
    expect(entry?.keys).toEqual([key]);
    expect(entry?.text).toContain(`the self-harm item ${what}; ask directly before the parent leaves.`);
  });

  it('[H03-j] says nothing about a risk item of a measure not started', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': 'no' } } });
    expect(result(evaluation, 'birthing-parent', 'epds')?.requirement).toBe('due');
    expect(evaluation.outstanding.filter((o) => o.kind === 'risk-item-not-answered')).toEqual([]);
  });
});

describe('a configuration change in the middle of a contact (pathway 2026.3.0)', () => {
  const epdsItem10 = { contactType: 'hv-6-8-weeks' as const, answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': 'no', 'epds.1': 'not-at-all', 'epds.10': 'hardly-ever' } } };
  const phq9 = { ...defaultPathwaySettings, depressionMeasure: 'phq-9' as const };

  it('[H34-d] keeps EPDS in play when it already holds answers and the organisation switches to PHQ-9: the item-10 answer still counts (S10)', () => {
    const evaluation = evaluateSpec(epdsItem10, phq9);
    expect(evaluation.flags.map((f) => f.id)).toContain('IR-EPDS-10/birthing-parent');
    expect(item(evaluation, 'birthing-parent/epds.10')?.state).toMatchObject({ status: 'answered', score: 1 });
    expect(evaluation.warnings).toEqual([]);
    // The started EPDS is the one due; PHQ-9 is its alternative.
    expect(result(evaluation, 'birthing-parent', 'epds')?.requirement).toBe('due');
    expect(result(evaluation, 'birthing-parent', 'phq-9')?.requirement).toBe('optional');
    // For a subject with no EPDS answers, EPDS is still left out entirely.
    expect(item(evaluation, 'partner/epds.1')).toBeUndefined();
    expect(evaluation.sections.flatMap((s) => s.hidden.flatMap((h) => h.keys)).filter((k) => k.startsWith('partner/epds'))).toEqual([]);
  });

  it('[H34-d] warns, naming the answer, wherever a stored answer is ignored because its part of the pathway is not in this contact', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'relationship-antenatal.feelings': 'positive', 'history.severe-mental-illness': 'no' } },
    });
    expect(evaluation.warnings).toEqual([{ key: 'birthing-parent/relationship-antenatal.feelings', problem: 'not-in-this-contact' }]);
    expect(evaluation.answers.map((a) => a.key)).not.toContain('birthing-parent/relationship-antenatal.feelings');
  });
});
