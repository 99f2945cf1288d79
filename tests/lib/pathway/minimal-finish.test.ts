import { describe, expect, it } from 'vitest';
import type { OutcomeDecision } from '../../../lib/contact/contact';
import { declined, scores, type ContactSpec } from '../../../lib/pathway/contact-builder';
import { universalInformationOnly } from '../../../lib/pathway/minimal-finish';
import { evaluateSpec } from './support/evaluate-spec';
import { noRedFlagsSeen } from './support/red-flag-answers';

// The one-tap "Universal information given" finish (reference §2.0 severity table: Whooley
// negative, GAD-2 < 3, no concern → O1 universal information). The UI asks this helper instead of
// deciding for itself.

const negative = {
  'wellbeing.feelings': 'no-concerns',
  'whooley.1': 'no',
  'whooley.2': 'no',
  ...scores('gad-2', [0, 1]),
  'history.severe-mental-illness': 'no',
  'history.specialist-treatment': 'no',
  'history.family-perinatal': 'no',
  'history.self-harm-or-suicide-attempt': 'no',
  'history.perinatal-depression-anxiety': 'no',
  'history.personality-disorder-or-trauma': 'no',
  'history.psychiatric-medication': 'no',
  'domestic-abuse.enquiry': 'no-disclosure',
  ...noRedFlagsSeen,
  'concern.clinical': 'no',
  'partner.involved': 'no',
  'relationship-antenatal.feelings': 'positive',
};
const booking = (answers: Record<string, unknown>, extra: Partial<ContactSpec> = {}): ContactSpec => ({
  contactType: 'midwife-booking',
  // `undefined` leaves an item unanswered.
  answers: { 'birthing-parent': Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Record<string, string> },
  ...extra,
});
const decided = (code: 'O1' | 'O2'): OutcomeDecision[] => [
  { code, subject: 'birthing-parent', status: 'done', decidedAt: '2026-03-02T10:20:00.000Z' },
];

describe('universalInformationOnly', () => {
  it.each([
    ['a no-concern contact with everything due answered', true, '§2.0 E0 row', booking(negative)],
    ['a due item still to ask', false, '§2.0 K', booking({ ...negative, 'concern.clinical': undefined })],
    ['first-contact history still to ask', false, 'S1, S4', booking({ ...negative, 'history.family-perinatal': undefined })],
    ['a declined Whooley question (the screen is not complete: declined is never 0)', false, '§1.1', booking({ ...negative, 'whooley.2': declined })],
    ['a declined optional item (a response, nothing due left)', true, '§1.1', booking({ ...negative, 'context.previous-loss': declined })],
    ['a red flag', false, 'S8', booking({ ...negative, 'red-flags.severe-sleep': 'yes', 'red-flags.mental-state-change': 'no', 'red-flags.violent-self-harm': 'no', 'red-flags.incompetence-estrangement': 'no', 'red-flags.psychosis-signs': 'no', 'red-flags.harm-self-thoughts': 'no', 'red-flags.harm-baby-thoughts': 'no', 'red-flags.imminent-danger': 'no' })],
    ['a risk answer hidden by a later change', false, 'S5, S27', booking({ ...negative, 'red-flags.harm-self-thoughts': 'yes' })],
    ['a started measure not finished', false, 'S10', booking({ ...negative, 'epds.1': 'as-much-as-i-always-could' })],
    ['a risk item left unanswered in a started measure, even with the rest done', false, 'S10', booking({ ...negative, ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0]) })],
    ['a positive Whooley (O5, not only O1)', false, 'S1', booking({ ...negative, 'whooley.1': 'yes' })],
    ['a history of severe mental illness (a flag and O6)', false, 'S1, S4', booking({ ...negative, 'history.severe-mental-illness': 'past' })],
    ['a partner not seen (signposting, not only O1)', false, 'S15', booking({ ...negative, 'partner.involved': 'yes', 'partner-report.wellbeing': 'seems-well', 'partner-report.risk': 'no' })],
    ['O1 already decided', false, 'nothing left to mark', booking(negative, { outcomeDecisions: decided('O1') })],
    ['nothing recommended at all', false, 'no O1 to mark', booking({})],
  ] as const)('[H10-d] %s → %s (%s)', (_what, expected, _source, spec) => {
    expect(universalInformationOnly(evaluateSpec(spec as ContactSpec))).toBe(expected);
  });

  it('[H10-d] does not depend on what was answered in private while she is not alone', () => {
    const withOthers = (enquiry: Record<string, string>) =>
      universalInformationOnly(
        evaluateSpec(
          booking(
            { ...negative, 'privacy.talk-with-others-present': 'yes', 'informant.unlike-usual-self': 'no', 'domestic-abuse.enquiry': undefined, ...enquiry },
            { presence: { otherAdults: true } },
          ) as ContactSpec,
        ),
      );
    const answers: Array<Record<string, string>> = [
      {},
      { 'domestic-abuse.enquiry': 'no-disclosure' },
      { 'domestic-abuse.enquiry': 'disclosure', 'domestic-abuse.immediate-danger': 'yes' },
    ];
    expect(new Set(answers.map(withOthers))).toEqual(new Set([true]));
  });
});
