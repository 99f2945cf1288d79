import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../../lib/contact/contact';
import { decodeHandoverBlock, encodeHandoverBlock } from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { outstandingFactText, previewHandover } from '../../../lib/handover/handover-preview';
import { buildContact, declined, scores } from '../../../lib/pathway/contact-builder';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway, PATHWAY_VERSION } from '../../../lib/pathway/pathway';
import { summaryText } from '../../../lib/summary/summary-text';

// Pathway 2026.4.0-draft (issue 10) adds questions, rules and one outstanding kind, and changes the
// level of IR-EPDS-10 / IR-PHQ9-9 / IR-DISCLOSED-*. Contacts and handover blocks stored under
// 2026.3.0-draft must still load (no contact-model field was added; CONTACT_SCHEMA_VERSION unchanged).

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../fixtures/pathway-2026.3.0', name), 'utf8');

describe('[H41-d] stored contacts and handover blocks from pathway 2026.3.0-draft still load', () => {
  it('is pathway version 2026.5.0-draft (issue 14 adds the change-since-last-contact prompt)', () => {
    expect(PATHWAY_VERSION).toBe('2026.5.0-draft');
  });

  it('parses a 2026.3.0 contact, evaluates it with a version warning, keeps its acknowledgement (rule ids are stable) and now asks the risk enquiry', () => {
    const contact = contactSchema.parse(JSON.parse(fixture('contact-item-10.json')));
    const evaluation = evaluate(pathway, contact);
    expect(evaluation.warnings).toContainEqual({ key: 'pathwayVersion', problem: 'pathway-version-mismatch' });
    const flag = evaluation.flags.find((f) => f.id === 'IR-EPDS-10/birthing-parent');
    expect(flag?.acknowledgedAt).toBe('2026-11-30T10:09:00.000Z');
    expect(flag?.level).toBe('E2');
    // The decision recorded under the old E4 routes is kept and reported as the practitioner's own
    // choice (never dropped; the practitioner can always go above a rule's level).
    const text = summaryText({ contact, evaluation: evaluateForRecord(pathway, contact), options: { lineWidth: 200 } });
    expect(text).toContain('O6 Specialist community perinatal mental health team (birthing parent): chosen by the practitioner. Decision: offered');
    expect(evaluation.outstanding.map((o) => o.kind)).toContain('risk-not-known');
    expect(evaluation.nextQuestion?.item.groupId === 'risk-enquiry' || evaluation.sections.some((s) => s.items.some((i) => i.questionId === 'risk-enquiry.nature' && i.requirement === 'due'))).toBe(true);
  });

  it('decodes a handover block written by 2026.3.0 and previews it', () => {
    const decoded = decodeHandoverBlock(fixture('handover-09-phq9-item-9.txt'));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.facts.source.pathwayVersion).toBe('2026.3.0-draft');
    expect(decoded.facts.flags.map((f) => f.ruleId)).toEqual(['IR-PHQ9-9']);
    const preview = previewHandover(decoded.facts);
    expect(preview.sections.map((s) => s.title)).toContain('Outstanding from that contact');
  });

  it('carries "self-harm risk not known" to the next contact, and reads it back', () => {
    const contact = buildContact({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { ...scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0]), 'epds.10': declined } },
    });
    const facts = handoverFactsFrom(contact, evaluateForRecord(pathway, contact));
    expect(facts.outstanding).toContainEqual({ kind: 'risk-not-known', subject: 'birthing-parent', instrumentId: null });
    const decoded = decodeHandoverBlock(encodeHandoverBlock(facts, { lineWidth: 80 }));
    expect(decoded.ok && decoded.facts.outstanding).toContainEqual({ kind: 'risk-not-known', subject: 'birthing-parent', instrumentId: null });
    expect(outstandingFactText({ kind: 'risk-not-known', subject: 'partner', instrumentId: null }).full).toBe(
      'Self-harm risk not known (partner): the risk enquiry was not completed; ask directly.',
    );
  });
});
