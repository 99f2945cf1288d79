import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../../lib/contact/contact';
import { applyChange, applyChanges, changeKey, contactChangeSchema, type ContactChange } from '../../../lib/contact/contact-change';
import type { HandoverFacts } from '../../../lib/contact/handover-facts';
import { buildContact } from '../../../lib/pathway/contact-builder';

// The story so far on the contact model (issue 5): an optional field, so contacts stored before it
// existed still parse, and two changes that share one slot.

const facts: HandoverFacts = {
  v: 1,
  source: { contactType: 'midwife-booking', role: 'midwife', at: '2026-01-10T09:00Z', pathwayVersion: '2026.1.0-draft' },
  history: [{ questionId: 'history.severe-mental-illness', subject: 'birthing-parent', optionId: 'past', at: '2026-01-10T09:10Z', role: 'midwife' }],
  screening: [],
  flags: [],
  outcomes: [],
  outstanding: [{ kind: 'partner-not-seen', subject: 'partner', instrumentId: null }],
};

const load: ContactChange = { type: 'load-story-so-far', facts, at: '2026-03-02T10:05:00.000Z' };
const clear: ContactChange = { type: 'clear-story-so-far', at: '2026-03-02T10:06:00.000Z' };

describe('story so far on a contact', () => {
  it('a contact without it (stored before it existed) still parses', () => {
    const contact = buildContact({ contactType: 'hv-new-birth' });
    expect(contact.storySoFar).toBeUndefined();
    expect(contactSchema.safeParse(JSON.parse(JSON.stringify(contact))).success).toBe(true);
  });

  it('load sets it with the time it was accepted; clear removes it; both parse as changes', () => {
    const contact = buildContact({ contactType: 'hv-new-birth' });
    const loaded = applyChange(contact, load);
    expect(loaded.storySoFar).toEqual({ facts, loadedAt: '2026-03-02T10:05:00.000Z' });
    expect(loaded.updatedAt).toBe('2026-03-02T10:05:00.000Z');
    expect(contactSchema.parse(loaded)).toEqual(loaded);
    const cleared = applyChange(loaded, clear);
    expect('storySoFar' in cleared).toBe(false);
    expect(contactChangeSchema.parse(load)).toEqual(load);
    expect(contactChangeSchema.parse(clear)).toEqual(clear);
    expect(contact.storySoFar).toBeUndefined(); // never mutates
  });

  it('load and clear share one slot, so the latest decision wins in storage', () => {
    expect(changeKey(load)).toBe('story-so-far');
    expect(changeKey(clear)).toBe('story-so-far');
    const contact = buildContact({ contactType: 'hv-new-birth' });
    expect(applyChanges(contact, [clear, load]).storySoFar?.facts).toEqual(facts);
  });

  it('a change carrying invalid facts (for example free text) is refused by the schema', () => {
    const tampered = { ...load, facts: { ...facts, history: [{ ...facts.history[0], optionId: 'She said: "I was in hospital"' }] } };
    expect(contactChangeSchema.safeParse(tampered).success).toBe(false);
    const extra = { ...load, facts: { ...facts, familyWords: 'anything' } };
    expect(contactChangeSchema.safeParse(extra).success).toBe(false);
  });
});
