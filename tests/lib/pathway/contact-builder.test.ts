import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../../lib/contact/contact';
import { buildContact, declined, notAsked, scores, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { scenarios } from './scenarios/fixtures';

describe('the contact builder', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('builds a schema-valid contact for scenario %s', (_id, scenario) => {
    expect(contactSchema.safeParse(buildContact(scenario.spec)).success).toBe(true);
  });

  it('stores declined and not-asked responses as such, never as an option', () => {
    const contact = buildContact({
      contactType: 'hv-new-birth',
      answers: { 'birthing-parent': { 'epds.10': declined, 'epds.9': notAsked('out-of-time', 'ran out of time') } },
    });
    expect(contact.answers['birthing-parent/epds.10']?.response).toEqual({ kind: 'declined' });
    expect(contact.answers['birthing-parent/epds.9']?.response).toEqual({ kind: 'not-asked', reason: 'out-of-time', note: 'ran out of time' });
  });

  it('picks options by score, not position', () => {
    expect(scores('epds', [3])).toEqual({ 'epds.1': 'not-at-all' });
    expect(scores('epds', [0, 0, 3])).toMatchObject({ 'epds.3': 'yes-most-of-the-time' });
    expect(Object.keys(scoresTotalling('phq-9', 27))).toHaveLength(9);
    expect(() => scoresTotalling('gad-2', 7)).toThrow();
  });
});
