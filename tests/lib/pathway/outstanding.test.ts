import { describe, expect, it } from 'vitest';
import { buildContact, declined, notAsked, scores, type ContactSpec, type ResponseSpec } from '../../../lib/pathway/contact-builder';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { evaluateSpec, item, outstandingKinds } from './support/evaluate-spec';
import { decodeHandoverBlock, encodeHandoverBlock } from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { outstandingFactText } from '../../../lib/handover/handover-preview';
import { partnerSummaryText, summaryText } from '../../../lib/summary/summary-text';

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

  it('[H65-h] hands "partner not seen" over by its own outstanding rules; REC-PARTNER-NOT-SEEN is only the signposting rule (S14, S15)', () => {
    const evaluation = evaluateSpec({ contactType: 'hv-new-birth', answers: { 'birthing-parent': { 'partner.involved': 'yes' } } });
    const partnerItems = evaluation.outstanding.filter((o) => o.kind === 'partner-not-seen' || o.kind === 'ask-partner-next-time');
    expect(partnerItems.map((o) => [o.kind, o.ruleId, o.outstandingRuleId, o.sources])).toEqual([
      ['partner-not-seen', 'OS-PARTNER-NOT-SEEN', 'OS-PARTNER-NOT-SEEN', ['S15', 'S14']],
      ['ask-partner-next-time', 'OS-ASK-PARTNER-NEXT-TIME', 'OS-ASK-PARTNER-NEXT-TIME', ['S15', 'S14']],
    ]);
    const named = [...pathway.flagRules, ...pathway.recommendationRules, ...pathway.promptRules, ...pathway.outstandingRules].filter((r) => r.id === 'REC-PARTNER-NOT-SEEN');
    expect(named).toHaveLength(1);
    expect(evaluation.outcomes.filter((o) => o.subject === 'partner').every((o) => o.reasons.some((r) => r.ruleId === 'REC-PARTNER-NOT-SEEN'))).toBe(true);
  });

  it.each([
    ['declined', { 'epds.10': declined }, 'EPDS: the self-harm item was declined; ask directly before the parent leaves.'],
    ['not asked', { 'epds.10': notAsked('out-of-time') }, 'EPDS: the self-harm item was not asked; ask directly before the parent leaves.'],
    ['not reached yet', {}, 'EPDS: the self-harm item has not been answered; ask directly before the parent leaves.'],
  ] as const)(
    '[H41-g] lists an unanswered self-harm item (%s) once, by OS-RISK-ITEM-NOT-ANSWERED, never also as a card to acknowledge (S10)',
    (_case, item10, text) => {
      const evaluation = evaluateSpec({
        contactType: 'hv-6-8-weeks',
        answers: { 'birthing-parent': { 'whooley.1': 'yes', ...scores('epds', [1, 1, 1, 1, 1, 1, 1, 1, 1]), ...item10 } },
      });
      // The unfinished measure is its own item (its missing keys include item 10); apart from it, one line.
      const about = evaluation.outstanding.filter((o) => o.keys.includes('birthing-parent/epds.10') && o.kind !== 'measure-not-complete');
      expect(about.map((o) => [o.kind, o.outstandingRuleId, o.text])).toEqual([['risk-item-not-answered', 'OS-RISK-ITEM-NOT-ANSWERED', text]]);
      // The E0 card says it on screen when the item was declined or not asked; it is not listed again.
      expect(evaluation.flags.some((f) => f.ruleId === 'RN-EPDS-10')).toBe(Object.keys(item10).length > 0);
      expect(evaluation.outstanding.filter((o) => o.kind === 'flag-not-acknowledged' && o.ruleId?.startsWith('RN-'))).toEqual([]);
    },
  );

  it('[H41-g] says a measure declined as a whole leaves the self-harm risk not known (H85)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'whooley.1': 'yes', ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`epds.${i + 1}`, declined])) } },
    });
    expect(evaluation.outstanding.find((o) => o.kind === 'risk-item-not-answered')?.text).toBe(
      'EPDS declined as a whole: self-harm risk not known; ask about thoughts of self-harm directly if she is willing.',
    );
  });

  it.each([
    [{ kind: 'private-time-to-talk', subject: 'birthing-parent', instrumentId: null }, 'Offer a private opportunity to talk about how she has been feeling.'],
    [{ kind: 'private-time-to-talk', subject: 'partner', instrumentId: null }, 'Offer the partner a private opportunity to talk about how they have been feeling.'],
    [{ kind: 'measure-not-complete', subject: 'partner', instrumentId: 'gad-7' }, 'GAD-7 (partner) was due but not completed.'],
    [{ kind: 'private-question-outstanding', subject: null, instrumentId: null }, 'Private question outstanding.'],
  ] as const)('words a handed-over item from its outstanding rule at the next contact: %o', (fact, text) => {
    expect(outstandingFactText({ ...fact }).full).toBe(text);
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

// Pathway 2026.5.0 (H110): imminent danger still "Not sure" when the contact ends is handed over as
// outstanding, by data (OS-IMMINENT-DANGER-UNSURE…, lib/pathway/outstanding.ts), so the next
// professional sees the open question even after the E4 card was acknowledged. It raises nothing.
describe('[H110-a] imminent danger still "not sure" is outstanding and handed over (S9, S6, S27)', () => {
  const her = (answer: ResponseSpec, extra: Partial<ContactSpec> = {}): ContactSpec => ({
    contactType: 'hv-6-8-weeks',
    ...extra,
    answers: { 'birthing-parent': { 'red-flags.imminent-danger': answer } },
  });
  const partnerChecked = (answers: Record<string, ResponseSpec>, consent = 'yes-share'): ContactSpec => ({
    contactType: 'hv-6-8-weeks',
    presence: { partner: true },
    answers: { partner: { 'partner.consent-screening': consent, 'red-flags.partner-check': 'present-or-unsure', ...answers } },
  });
  const listed = (spec: ContactSpec) =>
    evaluateSpec(spec)
      .outstanding.filter((o) => o.kind === 'imminent-danger-unsure')
      .map((o) => [o.subject, o.outstandingRuleId, o.keys, o.sources]);

  type Row = [what: string, spec: ContactSpec, expected: unknown[], source: string];
  const rows: Row[] = [
    ['her: "not sure"', her('unsure'), [['birthing-parent', 'OS-IMMINENT-DANGER-UNSURE', ['birthing-parent/red-flags.imminent-danger'], ['S9', 'S6', 'S27']]], 'S9, S6, S27'],
    [
      'her: "not sure", the E4 card acknowledged: still outstanding (the question is open, the card was read)',
      { ...her('unsure'), acknowledgedFlags: { 'RF-UNSURE-IMMINENT-DANGER/birthing-parent': '2026-03-02T10:05:00.000Z' } },
      [['birthing-parent', 'OS-IMMINENT-DANGER-UNSURE', ['birthing-parent/red-flags.imminent-danger'], ['S9', 'S6', 'S27']]],
      'S27',
    ],
    ['partner: "not sure"', partnerChecked({ 'red-flags.imminent-danger': 'unsure' }), [['partner', 'OS-IMMINENT-DANGER-UNSURE-PARTNER', ['partner/red-flags.imminent-danger'], ['S9', 'S6', 'S27']]], 'S9, S6, S27'],
    [
      'partner: "not sure", then the check changed to none: the hidden answer still stands (as its card does)',
      partnerChecked({ 'red-flags.imminent-danger': 'unsure', 'red-flags.partner-check': 'none' }),
      [['partner', 'OS-IMMINENT-DANGER-UNSURE-PARTNER', ['partner/red-flags.imminent-danger'], ['S9', 'S6', 'S27']]],
      'S27',
    ],
    ['boundary: her: "Yes" (the E5 card takes over; nothing open to clarify)', her('yes'), [], 'S9'],
    ['boundary: her: "No"', her('no'), [], 'S9'],
    ['boundary: her: not answered', { contactType: 'hv-6-8-weeks' }, [], 'S9'],
    ['boundary: partner: "No"', partnerChecked({ 'red-flags.imminent-danger': 'no' }), [], 'S9'],
  ];

  it.each(rows)('%s (%s)', (_what, spec, expected) => {
    expect(listed(spec)).toEqual(expected);
  });

  it('raises no level, card or outcome of its own (H40): the evaluation is the same without the rules but for the item', () => {
    const without = { ...pathway, outstandingRules: pathway.outstandingRules.filter((r) => r.kind !== 'imminent-danger-unsure') };
    for (const spec of [her('unsure'), partnerChecked({ 'red-flags.imminent-danger': 'unsure' })]) {
      const contact = buildContact(spec);
      const [withRule, withoutRule] = [evaluate(pathway, contact), evaluate(without, contact)];
      expect(withRule.escalation).toEqual(withoutRule.escalation);
      expect(withRule.flags).toEqual(withoutRule.flags);
      expect(withRule.outcomes).toEqual(withoutRule.outcomes);
      expect(withRule.outstanding.filter((o) => o.kind !== 'imminent-danger-unsure')).toEqual(withoutRule.outstanding);
      // Finishing is not blocked by it: the card already asks for today's action.
      expect(withRule.outstanding.find((o) => o.kind === 'imminent-danger-unsure')?.blocksMinimalFinish).toBeUndefined();
    }
  });

  it('[H110-b] travels in the handover block and is worded at the next contact from its rule', () => {
    for (const [spec, subject, text] of [
      [her('unsure'), 'birthing-parent', 'At the last contact, imminent danger to her or the baby was marked "not sure" and was not ruled out: check the record for the same-day plan, and ask about it in private early in this contact.'],
      [partnerChecked({ 'red-flags.imminent-danger': 'unsure' }), 'partner', 'At the last contact, imminent danger to the partner or the baby was marked "not sure" and was not ruled out: check the record for the same-day plan, and ask about it in private early in this contact.'],
    ] as const) {
      const contact = buildContact(spec);
      const decoded = decodeHandoverBlock(encodeHandoverBlock(handoverFactsFrom(contact, evaluateForRecord(pathway, contact)), { lineWidth: 80 }));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      const fact = decoded.facts.outstanding.find((o) => o.kind === 'imminent-danger-unsure');
      expect(fact).toEqual({ kind: 'imminent-danger-unsure', subject, instrumentId: null });
      if (fact) expect(outstandingFactText(fact).full).toBe(text);
    }
  });

  it('[H110-c] the written summary lists it; the partner’s goes where the partner’s own card goes (consent to share, S15, S27)', () => {
    const herContact = buildContact(her('unsure'));
    expect(summaryText({ contact: herContact, evaluation: evaluateForRecord(pathway, herContact), options: { lineWidth: 300 } })).toContain(
      'Imminent danger to her or the baby was marked "not sure" and was not ruled out before the contact ended: discuss it today with the crisis team or the specialist perinatal mental health team (999 if there is danger now); record who was contacted and what was agreed.',
    );
    const partnerLine = 'Imminent danger to the partner or the baby was marked "not sure"';
    for (const [consent, inFamily] of [['yes-share', true], ['yes-keep-separate', false]] as const) {
      const contact = buildContact(partnerChecked({ 'red-flags.imminent-danger': 'unsure' }, consent));
      const evaluation = evaluateForRecord(pathway, contact);
      const family = summaryText({ contact, evaluation, options: { lineWidth: 300 } });
      expect(family.includes(partnerLine), consent).toBe(inFamily);
      // The card is in the family record either way: kept separate, it is "shared for safety" beside
      // the partner's O10 (specialist review of H118, must-fix 1; S27 rule 1; H118-c).
      expect(family.includes('RF-UNSURE-IMMINENT-DANGER-PARTNER'), `${consent}: the card`).toBe(true);
      expect(family.includes("Shared here without the partner's consent to share"), `${consent}: shared for safety`).toBe(!inFamily);
      expect(partnerSummaryText({ contact, evaluation, options: { lineWidth: 300 } })).toContain(partnerLine);
    }
  });

  it('[H110-d] no written or handed-over text says "someone who may be the source of the danger" (the partner or the family record may be read by that person; specialist review)', () => {
    for (const spec of [her('unsure'), partnerChecked({ 'red-flags.imminent-danger': 'unsure' }, 'yes-share')]) {
      const contact = buildContact(spec);
      const evaluation = evaluateForRecord(pathway, contact);
      const written = [
        summaryText({ contact, evaluation, options: { lineWidth: 300 } }),
        partnerSummaryText({ contact, evaluation, options: { lineWidth: 300 } }),
        ...pathway.outstandingRules.flatMap((r) => [r.text, r.handoverText ?? '']),
      ].join('\n');
      expect(written).not.toMatch(/source of the danger/);
    }
  });
});

// Pathway 2026.5.0 (H112; specialist review of H109/H110): a red-flag item, or signs of possible
// psychosis, still "Unsure" when the contact ends is handed over as outstanding, by data
// (OS-RED-FLAG-UNSURE, OS-PSYCHOSIS-SIGNS-UNSURE). It raises no level and routes nowhere (H40).
describe('[H112-a] a red-flag item or possible psychosis still "unsure" is outstanding and handed over (S5, S1, S6; S4, S9)', () => {
  const her = (answers: Record<string, ResponseSpec>): ContactSpec => ({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': answers } });
  const listed = (spec: ContactSpec) =>
    evaluateSpec(spec)
      .outstanding.filter((o) => o.kind === 'red-flag-item-unsure' || o.kind === 'psychosis-signs-unsure')
      .map((o) => [o.outstandingRuleId, o.keys]);
  type Row = [what: string, spec: ContactSpec, expected: unknown[], source: string];
  const rows: Row[] = [
    ['severe sleep difficulty "unsure"', her({ 'red-flags.severe-sleep': 'unsure' }), [['OS-RED-FLAG-UNSURE', ['birthing-parent/red-flags.severe-sleep']]], 'S5, S1'],
    ['mental state change "unsure"', her({ 'red-flags.mental-state-change': 'unsure' }), [['OS-RED-FLAG-UNSURE', ['birthing-parent/red-flags.mental-state-change']]], 'S5, S6'],
    ['the informant unsure she is her usual self', her({ 'informant.unlike-usual-self': 'unsure' }), [['OS-RED-FLAG-UNSURE', ['birthing-parent/informant.unlike-usual-self']]], 'S5'],
    ['signs of psychosis "unsure": its own item, not the general one', her({ 'red-flags.psychosis-signs': 'unsure' }), [['OS-PSYCHOSIS-SIGNS-UNSURE', ['birthing-parent/red-flags.psychosis-signs']]], 'S4, S9'],
    ['boundary: severe sleep "seen" (the red flag takes over; nothing open)', her({ 'red-flags.severe-sleep': 'yes' }), [], 'S8'],
    ['boundary: signs of psychosis "not seen"', her({ 'red-flags.psychosis-signs': 'no' }), [], 'S4'],
    ['boundary: nothing answered', { contactType: 'hv-6-8-weeks' }, [], 'S5'],
  ];
  it.each(rows)('%s (%s)', (_what, spec, expected) => {
    expect(listed(spec)).toEqual(expected);
  });

  it('[H112-b] raises no level: the level with and without the outstanding rules is the same', () => {
    for (const answers of [{ 'red-flags.severe-sleep': 'unsure' }, { 'red-flags.psychosis-signs': 'unsure' }] as Record<string, ResponseSpec>[]) {
      const spec = her(answers);
      const withRules = evaluateSpec(spec);
      const contact = buildContact(spec);
      const without = evaluate({ ...pathway, outstandingRules: pathway.outstandingRules.filter((r) => !r.id.endsWith('-UNSURE')) }, contact);
      expect(withRules.escalation).toEqual(without.escalation);
      expect(withRules.outcomes).toEqual(without.outcomes);
    }
  });

  it('[H112-c] travels in the handover block and is worded at the next contact from its rule', () => {
    for (const [answers, text] of [
      [{ 'red-flags.severe-sleep': 'unsure' }, 'A red-flag item was left unsure at the last contact: check the record for what was agreed and ask about it early in this contact.'],
      [{ 'red-flags.psychosis-signs': 'unsure' }, 'Signs of possible psychosis were marked "unsure" at the last contact and not ruled out: check the record for the same-day plan and ask how she is now.'],
    ] as [Record<string, ResponseSpec>, string][]) {
      const contact = buildContact(her(answers));
      const decoded = decodeHandoverBlock(encodeHandoverBlock(handoverFactsFrom(contact, evaluateForRecord(pathway, contact)), { lineWidth: 80 }));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      const fact = decoded.facts.outstanding.find((o) => o.kind === 'red-flag-item-unsure' || o.kind === 'psychosis-signs-unsure');
      expect(fact).toBeDefined();
      if (fact) expect(outstandingFactText(fact).full).toBe(text);
    }
  });
});
