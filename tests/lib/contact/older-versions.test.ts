import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyChange } from '../../../lib/contact/contact-change';
import { contactSchema } from '../../../lib/contact/contact';
import { decodeHandoverBlock } from '../../../lib/handover/handover-block';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';

// Pathway 2026.4.0 (issue 11) adds optional contact fields (situation, translationsUsed) and reads
// the handover block's screening dates and roles for recall windows. A contact stored with pathway
// 2026.3.0 and a block written by 2026.3.0 (both checked in under tests/fixtures/pathway-2026.3.0,
// the block copied from the 2026.3.0 golden summary of scenario 05) must still load and behave.

const fixtures = resolve(__dirname, '../../fixtures/pathway-2026.3.0');
const oldContact = JSON.parse(readFileSync(resolve(fixtures, 'contact-new-birth.json'), 'utf8')) as unknown;
const oldBlock = readFileSync(resolve(fixtures, 'handover-block-new-birth.txt'), 'utf8');

describe('[H69-a] a contact stored with pathway 2026.3.0 loads under 2026.4.0', () => {
  it('parses with the contact schema and has no situation', () => {
    const contact = contactSchema.parse(oldContact);
    expect(contact.pathwayVersion).toBe('2026.3.0-draft');
    expect(contact.situation).toBeUndefined();
    expect(contact.translationsUsed).toBeUndefined();
  });

  it('evaluates as a baby with the parents, age unknown: its answers still count', () => {
    const evaluation = evaluate(pathway, contactSchema.parse(oldContact));
    expect(evaluation.warnings.map((w) => w.problem)).toEqual(['pathway-version-mismatch']);
    expect(evaluation.answers.map((a) => a.questionId)).toEqual(
      expect.arrayContaining(['wellbeing.feelings', 'postnatal.baby-blues', 'relationship.observation']),
    );
    // The age-encoded blues option still means "10 days or more": assess (S18).
    expect(evaluation.outcomes.some((o) => o.reasons.some((r) => r.ruleId === 'REC-BABY-BLUES-UNRESOLVED'))).toBe(true);
    expect(evaluation.sections.flatMap((s) => s.hidden).filter((h) => h.why === 'not-applicable')).toEqual([]);
  });

  it('takes a situation recorded afterwards (one change), and keeps every answer', () => {
    const contact = applyChange(contactSchema.parse(oldContact), {
      type: 'situation',
      situation: { babySituation: 'with-parents', babyAgeDays: 12 },
      at: '2026-03-02T10:21:00.000Z',
    });
    expect(contactSchema.parse(contact).situation).toEqual({ babySituation: 'with-parents', babyAgeDays: 12 });
    expect(Object.keys(contact.answers)).toHaveLength(3);
  });
});

describe('[H69-b] a handover block written by pathway 2026.3.0 loads, and its screening dates and roles count', () => {
  it('decodes', () => {
    const decoded = decodeHandoverBlock(oldBlock);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.facts.source.pathwayVersion).toBe('2026.3.0-draft');
  });

  it('makes Whooley and GAD-2 not due again two days later, shown as known with date and role (S1 §1.1)', () => {
    const decoded = decodeHandoverBlock(oldBlock);
    if (!decoded.ok) throw new Error(decoded.message);
    const contact = applyChange(buildContact({ contactType: 'midwife-postnatal', now: '2026-03-04T10:00:00.000Z' }), {
      type: 'load-story-so-far',
      facts: decoded.facts,
      at: '2026-03-04T10:01:00.000Z',
    });
    const evaluation = evaluate(pathway, contact);
    for (const id of ['whooley', 'gad-2'] as const) {
      expect(evaluation.instruments.find((r) => r.instrumentId === id && r.subject === 'birthing-parent')?.requirement).not.toBe('due');
    }
    const first = evaluation.sections.flatMap((s) => s.items).find((i) => i.questionId === 'whooley.1');
    expect(first?.recentlyAsked).toEqual({ at: '2026-03-02T10:00:00.000Z', role: 'health-visitor', recallText: 'the past month' });
  });
});
