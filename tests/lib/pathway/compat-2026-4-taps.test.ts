import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../lib/contact/contact-change';
import { contactSchema } from '../../../lib/contact/contact';
import { encodeHandoverBlock } from '../../../lib/handover/handover-block';
import { handoverFactsFrom } from '../../../lib/handover/handover-facts-from';
import { evaluate, evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';

// Pathway 2026.5.0-draft (issue 13, fewer taps) adds one optional contact-model field (Answer.note)
// and one rule (SUG-RISK-ENQUIRY-MEASURE-DECLINED). A contact stored under 2026.4.0-draft, before
// the note existed, must still load and evaluate; and a note never reaches the handover block.

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../fixtures/pathway-2026.4.0', name), 'utf8');

describe('[H88-b] a 2026.4.0 contact (no notes) still loads under 2026.5.0', () => {
  it('parses, evaluates with a version warning, keeps its acknowledgement and reads the whole-declined EPDS as risk not known', () => {
    const contact = contactSchema.parse(JSON.parse(fixture('contact-epds-declined-items.json')));
    const evaluation = evaluate(pathway, contact);
    expect(evaluation.warnings).toContainEqual({ key: 'pathwayVersion', problem: 'pathway-version-mismatch' });
    expect(evaluation.flags.find((f) => f.id === 'RN-EPDS-10/birthing-parent')?.acknowledgedAt).toBe('2026-12-01T11:05:00.000Z');
    expect(evaluation.outstanding.map((o) => o.text)).toContain(
      'EPDS declined as a whole: self-harm risk not known; ask about thoughts of self-harm directly if she is willing.',
    );
    expect(Object.values(contact.answers).every((a) => a.note === undefined)).toBe(true);
  });

  it('refuses a note over 280 characters with a message naming the field', () => {
    const contact = JSON.parse(fixture('contact-epds-declined-items.json'));
    contact.answers['birthing-parent/whooley.1'].note = 'x'.repeat(281);
    const parsed = contactSchema.safeParse(contact);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['answers', 'birthing-parent/whooley.1', 'note']);
  });
});

describe('[H88-c] a note on an answer never reaches the handover block', () => {
  it('is absent from the handover facts and from the encoded block', () => {
    const NOTE = 'Flashbacks about the emergency section, since the birth';
    let contact = contactSchema.parse(JSON.parse(fixture('contact-epds-declined-items.json')));
    const whooley = contact.answers['birthing-parent/whooley.1']!;
    contact = applyChange(contact, { type: 'answer', answer: { ...whooley, note: NOTE } });
    const epds = contact.answers['birthing-parent/epds.10']!;
    contact = applyChange(contact, { type: 'answer', answer: { ...epds, note: NOTE } });
    expect(contact.answers['birthing-parent/whooley.1']?.note).toBe(NOTE);
    const facts = handoverFactsFrom(contact, evaluateForRecord(pathway, contact));
    expect(JSON.stringify(facts)).not.toContain('Flashbacks');
    const block = encodeHandoverBlock(facts, { lineWidth: 80 });
    expect(block).not.toContain('Flashbacks');
    expect(block.replace(/\s/g, '')).not.toContain('Flashbacks');
  });
});
