import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../../lib/contact/contact';

// The answer note (issue 13) is a new OPTIONAL field: contacts stored before it existed still parse.

const fixture = (name: string) => JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/pathway-2026.3.0', name), 'utf8'));

describe('the answer note', () => {
  it('[H80-d] an old stored contact (pathway 2026.3.0, no notes) still parses, and a note up to 280 characters is kept', () => {
    const old = contactSchema.parse(fixture('contact-new-birth.json'));
    expect(Object.values(old.answers).every((a) => a.note === undefined)).toBe(true);
    const [key, answer] = Object.entries(old.answers)[0]!;
    const noted = contactSchema.parse({ ...old, answers: { ...old.answers, [key]: { ...answer, note: 'x'.repeat(280) } } });
    expect(noted.answers[key]?.note).toHaveLength(280);
    expect(contactSchema.safeParse({ ...old, answers: { ...old.answers, [key]: { ...answer, note: 'x'.repeat(281) } } }).success).toBe(false);
  });
});
