import { describe, expect, it } from 'vitest';
import type { OutcomeCode, Subject } from '../../../lib/contact/contact';
import { declined, scores, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { pathway } from '../../../lib/pathway/pathway';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { evaluateSpec } from './support/evaluate-spec';

// Recommended outcomes and the reasons that carry them (reference §2.0 table, §4.1).

type Row = [rule: string, subject: Subject, code: OutcomeCode, strength: 'recommend' | 'consider', level: string, source: string, answers: Record<string, string | typeof declined>];

const bp = 'birthing-parent' as const;
const rows: Row[] = [
  ['REC-UNIVERSAL', bp, 'O1', 'recommend', 'E0', 'S1', { 'whooley.1': 'no', 'whooley.2': 'no' }],
  ['REC-MILD', bp, 'O2', 'recommend', 'E1', 'S10', scoresTotalling('epds', 10)],
  ['REC-MILD', bp, 'O4', 'recommend', 'E1', 'S24', scoresTotalling('phq-9', 5)],
  ['REC-MILD', bp, 'O3', 'consider', 'E1', 'S22', scoresTotalling('gad-7', 9)],
  ['REC-MODERATE', bp, 'O5', 'recommend', 'E2', 'S1', scoresTotalling('epds', 13)],
  ['REC-MODERATE', bp, 'O4', 'recommend', 'E2', 'S1', scoresTotalling('phq-9', 10)],
  ['REC-MODERATE', bp, 'O5', 'recommend', 'E2', 'S13', scoresTotalling('gad-7', 10)],
  ['REC-SEVERE-CONSIDER-SPECIALIST', bp, 'O6', 'consider', 'E3', 'S12', scoresTotalling('phq-9', 15)],
  ['REC-SEVERE-CONSIDER-SPECIALIST', bp, 'O6', 'consider', 'E3', 'S13', scoresTotalling('gad-7', 15)],
  ['REC-NO-COMPLETED-MEASURE', bp, 'O5', 'recommend', 'E2', 'S1', { 'whooley.1': 'yes' }],
  ['REC-NO-COMPLETED-MEASURE', bp, 'O5', 'recommend', 'E2', 'S1', scoresTotalling('gad-2', 3)],
  ['REC-POSITIVE-WHOOLEY-MEASURE-BELOW', bp, 'O2', 'recommend', 'E1', 'S1', { 'whooley.1': 'yes', ...scoresTotalling('epds', 9) }],
  ['REC-CLINICAL-CONCERN', bp, 'O5', 'consider', 'E2', 'S1', { 'concern.clinical': 'yes', ...scoresTotalling('epds', 0) }],
  ['REC-CLINICAL-CONCERN-WATCH', bp, 'O2', 'recommend', 'E1', 'S1', { 'concern.clinical': 'yes', ...scoresTotalling('epds', 0) }],
  ['REC-NO-COMPLETED-MEASURE', bp, 'O5', 'recommend', 'E2', 'S1', { 'concern.clinical': 'yes' }],
  ['REC-HISTORY-SMI', bp, 'O6', 'recommend', 'E3', 'S1', { 'history.severe-mental-illness': 'current' }],
  ['REC-HISTORY-SMI', bp, 'O6', 'recommend', 'E3', 'S1', { 'history.severe-mental-illness': 'suspected' }],
  ['REC-HISTORY-FAMILY', bp, 'O6', 'recommend', 'E3', 'S4', { 'history.family-perinatal': 'yes' }],
  ['REC-HISTORY-SPECIALIST-TREATMENT', bp, 'O5', 'recommend', 'E2', 'S1', { 'history.specialist-treatment': 'inpatient' }],
  ['REC-HISTORY-PERINATAL-ILLNESS', bp, 'O6', 'consider', 'E3', 'S26', { 'history.perinatal-depression-anxiety': 'yes' }],
  ['REC-HISTORY-MEDICATION-STOPPED', bp, 'O5', 'recommend', 'E2', 'S1', { 'history.psychiatric-medication': 'stopped-recently' }],
  ['REC-HISTORY-MEDICATION-STOPPED', bp, 'O6', 'consider', 'E2', 'S26', { 'history.psychiatric-medication': 'stopped-recently' }],
  ['REC-SEVERITY-JUDGEMENT', bp, 'O6', 'consider', 'E3', 'S6', { 'whooley.1': 'yes', 'concern.severity': 'yes' }],
  ['REC-MATERNITY-EXPERIENCE', bp, 'O7', 'consider', 'E2', 'S23', { 'postnatal.birth-experience': 'traumatic' }],
  ['REC-MATERNITY-EXPERIENCE', bp, 'O7', 'consider', 'E2', 'S23', { 'context.previous-loss': 'yes' }],
  ['REC-BABY-BLUES-EARLY', bp, 'O2', 'recommend', 'E1', 'S18', { 'postnatal.baby-blues': 'ongoing-under-10-days' }],
  ['REC-BABY-BLUES-UNRESOLVED', bp, 'O5', 'consider', 'E1', 'S18', { 'postnatal.baby-blues': 'ongoing-10-days-or-more' }],
  ['REC-UNDER-16', bp, 'O13', 'consider', 'E3', 'S6', { 'context.young-parent': 'under-16' }],
  ['REC-SUBSTANCE-USE', bp, 'O13', 'consider', 'E2', 'S6', { 'context.substance-use': 'yes-concern' }],
  ['REC-RELATIONSHIP-UNIVERSAL', bp, 'O1', 'recommend', 'E0', 'S21', { 'relationship.observation': 'reassuring' }],
  ['REC-RELATIONSHIP-SUPPORT', bp, 'O3', 'consider', 'E1', 'S21', { 'relationship.conversation': 'struggles' }],
  ['REC-RELATIONSHIP-SERVICE', bp, 'O11', 'recommend', 'E2', 'S21', { 'relationship.observation': 'persistent-concerns' }],
  ['REC-DA-DISCLOSURE', bp, 'O10', 'recommend', 'E4', 'S20', { 'domestic-abuse.enquiry': 'disclosure' }],
  ['REC-DA-CONCERN', bp, 'O10', 'consider', 'E1', 'S20', { 'domestic-abuse.enquiry': 'concern-no-disclosure' }],
  ['REC-PARTNER-NOT-SEEN', 'partner', 'O12', 'recommend', 'E0', 'S15', { 'partner.involved': 'yes' }],
  ['REC-PARTNER-NOT-SEEN', 'partner', 'O4', 'recommend', 'E0', 'S24', { 'partner.involved': 'yes' }],
  ['REC-PARTNER-NOT-SEEN', 'partner', 'O14', 'recommend', 'E0', 'S14', { 'partner.involved': 'yes' }],
  ['REC-PARTNER-REPORTED-WORRIES', 'partner', 'O12', 'recommend', 'E1', 'S15', { 'partner.involved': 'yes', 'partner-report.wellbeing': 'some-worries' }],
  ['REC-RISK-ENQUIRY-BABY-CONCERN', bp, 'O10', 'consider', 'E2', 'S27', { 'epds.10': 'hardly-ever', 'risk-enquiry.baby-risk': 'other-concern' }],
  ['REC-HARM-THOUGHTS-NOT-EXPLORED', bp, 'O10', 'consider', 'E4', 'S27', { 'red-flags.harm-baby-thoughts': 'yes', 'harm-thoughts.kind': declined }],
  // H107: a "Not sure" that asking did not clarify, and imminent danger that cannot be ruled out.
  ['REC-POSSIBLE-HARM-NOT-CLARIFIED', bp, 'O10', 'consider', 'E4', 'S27', { 'red-flags.harm-baby-thoughts': 'unsure', 'harm-thoughts.kind': 'unsure' }],
  ['REC-UNSURE-IMMINENT-DANGER', bp, 'O10', 'consider', 'E4', 'S27', { 'red-flags.imminent-danger': 'unsure' }],
];

describe('each outcome rule', () => {
  it.each(rows)('%s recommends %s/%s (%s, %s) with its source %s', (ruleId, subject, code, strength, level, source, answers) => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': answers } });
    const outcome = evaluation.outcomes.find((o) => o.id === `${subject}/${code}`);
    expect(outcome).toBeDefined();
    const reason = outcome?.reasons.find((r) => r.ruleId === ruleId);
    expect(reason?.sources).toContain(source);
    const rule = pathway.recommendationRules.find((r) => r.id === ruleId);
    expect(rule?.level).toBe(level);
    expect(rule?.outcomes).toContainEqual({ code, strength });
  });

  it('covers every recommendation rule in the pathway', () => {
    const tested = new Set(rows.map(([ruleId]) => ruleId));
    const untested = pathway.recommendationRules.map((r) => r.id).filter((id) => !tested.has(id));
    // The rest need a situation or the partner's answers: contact-situation.test.ts tests them.
    expect(untested).toEqual([
      'REC-WANTS-HELP',
      'REC-BOTH-PARENTS-POSITIVE',
      'REC-PARTNER-DECLINED',
      'REC-PARTNER-POSITIVE',
      'REC-BABY-DIED',
      'REC-BABY-DIED-PARTNER',
      'REC-BABY-NEONATAL-UNIT',
      'REC-BABY-NOT-IN-CARE',
    ]);
  });
});

describe('partner outcomes', () => {
  it('recommends partner support when the partner screens positive (S14, S15)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-new-birth',
      presence: { partner: true },
      answers: { partner: { 'partner.consent-screening': 'yes-share', ...scores('whooley', [1, 0]) } },
    });
    expect(evaluation.outcomes.find((o) => o.id === 'partner/O12')?.reasons.map((r) => r.ruleId)).toContain('REC-PARTNER-POSITIVE');
    expect(evaluation.outcomes.find((o) => o.id === 'partner/O5')?.reasons.map((r) => r.ruleId)).toContain('REC-NO-COMPLETED-MEASURE');
  });

  it('offers signposting when the partner prefers not to answer (S15)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', presence: { partner: true }, answers: { partner: { 'partner.consent-screening': 'no' } } });
    expect(evaluation.outcomes.find((o) => o.id === 'partner/O12')).toMatchObject({ strength: 'consider', level: 'E0' });
  });

  it('records the parent’s wish for help when the help question is on (S3)', () => {
    const evaluation = evaluateSpec(
      { contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.help': 'yes' } } },
      { ...defaultPathwaySettings, helpQuestionEnabled: true },
    );
    expect(evaluation.outcomes.find((o) => o.id === 'birthing-parent/O4')?.reasons.map((r) => r.ruleId)).toContain('REC-WANTS-HELP');
  });
});

describe('merging', () => {
  it('merges reasons for the same outcome and keeps the highest level and strongest strength', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-new-birth',
      answers: { 'birthing-parent': { 'concern.clinical': 'yes', 'history.severe-mental-illness': 'past' } },
    });
    const o5 = evaluation.outcomes.find((o) => o.id === 'birthing-parent/O5');
    expect(o5?.strength).toBe('recommend');
    expect(o5?.level).toBe('E3');
    expect(o5?.reasons.map((r) => r.ruleId).sort()).toEqual([
      'HR-POSTPARTUM-PSYCHOSIS-RISK',
      'REC-CLINICAL-CONCERN',
      'REC-HISTORY-SMI',
      'REC-NO-COMPLETED-MEASURE',
    ]);
  });

  it('attaches the practitioner’s recorded decision to the recommendation', () => {
    const decision = { code: 'O1' as const, subject: 'birthing-parent' as const, status: 'done' as const, decidedAt: '2026-03-02T10:10:00.000Z' };
    const evaluation = evaluateSpec({
      contactType: 'hv-new-birth',
      answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': 'no' } },
      outcomeDecisions: [decision],
    });
    expect(evaluation.outcomes.find((o) => o.id === 'birthing-parent/O1')?.decision).toEqual(decision);
    expect(evaluation.outstanding.map((o) => o.kind)).not.toContain('outcome-not-decided');
  });

  it('does not let "consider" outcomes raise the escalation level', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'context.young-parent': 'under-16' } } });
    expect(evaluation.outcomes.find((o) => o.id === 'birthing-parent/O13')?.level).toBe('E3');
    expect(evaluation.escalation.overall.level).toBe('E0');
  });
});

describe('every reason names the answers behind it (pathway 2026.3.0)', () => {
  it('[H06-h] an outcome that stands on a completed instrument names that instrument’s answers, so the summary can tell whose record it belongs to', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      presence: { partner: true },
      answers: { partner: { 'partner.consent-screening': 'yes-keep-separate', 'whooley.1': 'no', 'whooley.2': 'no' } },
    });
    const universal = evaluation.outcomes.find((o) => o.id === 'partner/O1');
    expect(universal?.reasons.map((r) => [r.ruleId, r.triggeredBy])).toEqual([['REC-UNIVERSAL', ['partner/whooley.1', 'partner/whooley.2']]]);
  });
});
