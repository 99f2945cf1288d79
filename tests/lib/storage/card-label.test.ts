import { describe, expect, it } from 'vitest';
import { cardLabel } from '../../../lib/storage/contact-codec';
import { cardPayloadSchema } from '../../../lib/storage/contact-validation';
import { isStorageError } from '../../../lib/storage/errors';

// H103 (issue 17): the home screen lists contacts without Zod, so a listing card (the sealed label)
// is checked by hand. It must accept exactly what the contact model's schema accepts and refuse the
// rest with the message the schema-based decoder gave ("listing card failed validation in: …"),
// naming only the part. (Seen failing: with the length limit off by one, and with the version
// check left out.)

const label40 = 'x'.repeat(40);
const rows: Array<{ name: string; value: unknown; fields?: string }> = [
  { name: 'a card as sealed', value: { v: 1, label: '14:00 visit' } },
  { name: 'a one-character label', value: { v: 1, label: 'a' } },
  { name: 'a label of the longest length', value: { v: 1, label: label40 } },
  { name: 'a card with a field a later version may add', value: { v: 1, label: 'visit', extra: true } },
  { name: 'an empty label', value: { v: 1, label: '' }, fields: 'label' },
  { name: 'a label one character too long', value: { v: 1, label: `${label40}x` }, fields: 'label' },
  { name: 'a label that is not text', value: { v: 1, label: 42 }, fields: 'label' },
  { name: 'no label', value: { v: 1 }, fields: 'label' },
  { name: 'another payload version', value: { v: 2, label: 'visit' }, fields: 'v' },
  { name: 'the version as text', value: { v: '1', label: 'visit' }, fields: 'v' },
  { name: 'neither part right', value: { v: 0, label: null }, fields: 'v, label' },
  { name: 'null', value: null, fields: '(root)' },
  { name: 'an array', value: [1, 'visit'], fields: '(root)' },
  { name: 'a bare string', value: 'visit', fields: '(root)' },
];

describe('[H103-a] a listing card checked without Zod accepts and refuses what the contact schema does', () => {
  it.each(rows)('$name', ({ value, fields }) => {
    const schema = cardPayloadSchema.safeParse(value);
    expect(schema.success).toBe(fields === undefined);
    if (fields === undefined) {
      expect(cardLabel(value)).toBe(schema.data?.label);
      return;
    }
    const schemaFields = [...new Set(schema.error!.issues.map((issue) => String(issue.path[0] ?? '(root)')))].join(', ');
    expect(schemaFields).toBe(fields);
    let error: unknown;
    try {
      cardLabel(value);
    } catch (caught) {
      error = caught;
    }
    expect(isStorageError(error, 'corrupt-record')).toBe(true);
    expect((error as Error).message).toBe(`corrupt-record: listing card failed validation in: ${fields}`);
  });
});
