import { describe, expect, it } from 'vitest';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { evaluateSpec, item, outstandingKinds } from './support/evaluate-spec';

// What the handover needs to carry forward, and what the engine warns about.

describe('outstanding items for the handover', () => {
  it.each([
    ['yes-share', true],
    ['yes-keep-separate', true],
    ['no', false],
  ])(
    '[H06-b] settles whether the partner agrees, and where their answers may go, before asking them anything: %s (S15, S27)',
    (consent, asked) => {
      const before = evaluateSpec({ contactType: 'hv-6-8-weeks', presence: { partner: true } });
      const consentItem = item(before, 'partner/partner.consent-screening');
      expect(consentItem?.requirement).toBe('due');
      expect(consentItem?.options.map((o) => o.id)).toEqual(['yes-share', 'yes-keep-separate', 'no']);
      expect(item(before, 'partner/wellbeing.feelings')).toBeUndefined();
      const after = evaluateSpec({ contactType: 'hv-6-8-weeks', presence: { partner: true }, answers: { partner: { 'partner.consent-screening': consent } } });
      expect(item(after, 'partner/wellbeing.feelings')?.requirement === 'due').toBe(asked);
    },
  );

  it('[H06-c] keeps every partner item attributed: the partner’s own answers under the partner, her account under her', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'partner.involved': 'yes', 'partner-report.wellbeing': 'seems-well' } },
    });
    const report = evaluation.answers.find((a) => a.questionId === 'partner-report.wellbeing');
    expect(report).toMatchObject({ key: 'birthing-parent/partner-report.wellbeing', subject: 'birthing-parent', respondent: 'birthing-parent-about-partner', about: 'partner' });
  });

  it('records "partner not seen" and a plan to ask next time when the partner is involved but absent (S14, S15)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'partner.involved': 'yes' } } });
    expect(outstandingKinds(evaluation)).toEqual(expect.arrayContaining(['partner-not-seen', 'ask-partner-next-time']));
    expect(evaluation.outcomes.filter((o) => o.subject === 'partner').map((o) => o.code).sort()).toEqual(['O12', 'O14', 'O4']);
  });

  it('records nothing about a partner when there is none', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'partner.involved': 'no' } } });
    expect(outstandingKinds(evaluation)).not.toContain('partner-not-seen');
    expect(evaluation.outcomes.filter((o) => o.subject === 'partner')).toEqual([]);
  });

  it('[H10-c] carries a triggered but unfinished measure into the handover (S1)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'whooley.1': 'yes', 'epds.1': 'not-at-all' } } });
    const entry = evaluation.outstanding.find((o) => o.kind === 'measure-not-complete' && o.instrumentId === 'epds');
    expect(entry?.ruleId).toBe('DUE-DEPRESSION-MEASURE-WHOOLEY');
    expect(entry?.keys).toHaveLength(9);
  });

  it('carries unfinished first-contact history (S1, S4)', () => {
    const evaluation = evaluateSpec({ contactType: 'midwife-booking', answers: { 'birthing-parent': { 'history.severe-mental-illness': 'no' } } });
    expect(evaluation.outstanding.find((o) => o.kind === 'history-incomplete')?.keys).toEqual([
      'birthing-parent/history.specialist-treatment',
      'birthing-parent/history.perinatal-depression-anxiety',
      'birthing-parent/history.self-harm-or-suicide-attempt',
      'birthing-parent/history.personality-disorder-or-trauma',
      'birthing-parent/history.psychiatric-medication',
      'birthing-parent/history.family-perinatal',
    ]);
  });
});

describe('identity and warnings', () => {
  it('[H07-a] stamps the evaluation with the contact id, label, last change and pathway version', () => {
    const contact = buildContact({ contactType: 'hv-new-birth', id: 'c-42', label: '14:00 visit' });
    expect(evaluate(pathway, contact).contact).toEqual({
      id: 'c-42',
      label: '14:00 visit',
      updatedAt: contact.updatedAt,
      pathwayVersion: pathway.version,
    });
  });

  it('[H21-a] warns when the contact was answered against another pathway version', () => {
    const contact = { ...buildContact({ contactType: 'hv-new-birth' }), pathwayVersion: '2025.0.0' };
    expect(evaluate(pathway, contact).warnings).toContainEqual({ key: 'pathwayVersion', problem: 'pathway-version-mismatch' });
  });

  it('[H22-a] ignores, and warns about, an answer whose option no longer exists or whose question is unknown', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'whooley.1': 'maybe', 'no.such': 'yes' } } });
    expect(evaluation.warnings).toEqual([
      { key: 'birthing-parent/whooley.1', problem: 'unknown-option' },
      { key: 'birthing-parent/no.such', problem: 'unknown-question' },
    ]);
    expect(item(evaluation, 'birthing-parent/whooley.1')?.state.status).toBe('unanswered');
  });

  it('warns about an answer stored under the wrong key', () => {
    const contact = buildContact({ contactType: 'hv-new-birth' });
    const answer = { questionId: 'whooley.1', subject: 'partner' as const, response: { kind: 'option' as const, optionId: 'yes' }, answeredAt: contact.startedAt };
    const evaluation = evaluate(pathway, { ...contact, answers: { 'birthing-parent/whooley.1': answer } });
    expect(evaluation.warnings).toEqual([{ key: 'birthing-parent/whooley.1', problem: 'key-mismatch' }]);
    expect(item(evaluation, 'birthing-parent/whooley.1')?.state.status).toBe('unanswered');
  });
});
