import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { safeParseWithPlainWords, fieldErrorsFrom, type ConfigFieldError } from '../../../lib/config/field-errors';
import { configFields, type ConfigField, type ConfigFieldPath, writeField } from '../../../lib/config/fields';
import { configDocumentSchema, managedConfigSchema } from '../../../lib/config/schema';

function errorsFor(doc: unknown, schema: z.ZodMiniType = configDocumentSchema): ConfigFieldError[] {
  const result = safeParseWithPlainWords(schema, doc);
  return result.success ? [] : fieldErrorsFrom(result.error, schema);
}

function docWith(path: ConfigFieldPath, value: unknown): Record<string, unknown> {
  const doc: Record<string, unknown> = { configVersion: 1 };
  writeField(doc, path, value);
  return doc;
}

const numberFields = (configFields as readonly ConfigField[]).filter(
  (f): f is Extract<ConfigField, { kind: 'number' }> => f.kind === 'number',
);

describe('bounded choices', () => {
  const boundaries = numberFields.flatMap((f) => [
    { path: f.path, value: f.bounds.min, ok: true },
    { path: f.path, value: f.bounds.max, ok: true },
    { path: f.path, value: f.bounds.defaultValue, ok: true },
    { path: f.path, value: f.bounds.min - 1, ok: false },
    { path: f.path, value: f.bounds.max + 1, ok: false },
  ]);

  it.each(boundaries)('$path = $value is accepted: $ok', ({ path, value, ok }) => {
    const errors = errorsFor(docWith(path as ConfigFieldPath, value));
    if (ok) expect(errors).toEqual([]);
    else expect(errors).toEqual([expect.objectContaining({ path })]);
  });

  it.each(numberFields)('[H20-j] rejects $path outside its bounds with the bound and the reason', (field) => {
    const [below] = errorsFor(docWith(field.path as ConfigFieldPath, field.bounds.min - 1));
    expect(below?.message).toContain(`must be ${field.bounds.min} or more`);
    expect(below?.message).toContain(field.bounds.why);
    const [above] = errorsFor(docWith(field.path as ConfigFieldPath, field.bounds.max + 1));
    expect(above?.message).toContain(`must be ${field.bounds.max} or less`);
  });

  it.each(numberFields)('rejects a fraction or text for $path', (field) => {
    expect(errorsFor(docWith(field.path as ConfigFieldPath, field.bounds.min + 0.5))).toEqual([
      { path: field.path, message: 'must be a whole number' },
    ]);
    expect(errorsFor(docWith(field.path as ConfigFieldPath, String(field.bounds.min)))).toEqual([
      { path: field.path, message: 'must be a number (found text)' },
    ]);
  });

  it('keeps every default inside its own bounds', () => {
    for (const f of numberFields) {
      expect(f.bounds.defaultValue).toBeGreaterThanOrEqual(f.bounds.min);
      expect(f.bounds.defaultValue).toBeLessThanOrEqual(f.bounds.max);
    }
  });

  it('accepts only known contact types, once each, for Whooley and GAD-2', () => {
    expect(errorsFor(docWith('pathway.whooleyGad2Contacts', ['hv-new-birth', 'hv-6-8-weeks']))).toEqual([]);
    expect(errorsFor(docWith('pathway.whooleyGad2Contacts', []))).toEqual([]);
    expect(errorsFor(docWith('pathway.whooleyGad2Contacts', ['hv-new-birth', 'hv-newbirth']))[0]?.path).toBe(
      'pathway.whooleyGad2Contacts[1]',
    );
    expect(errorsFor(docWith('pathway.whooleyGad2Contacts', ['hv-new-birth', 'hv-new-birth']))[0]).toEqual({
      path: 'pathway.whooleyGad2Contacts[1]',
      message: expect.stringContaining('more than once'),
    });
  });

  it('takes the help question as true or false only', () => {
    expect(errorsFor(docWith('pathway.helpQuestionEnabled', true))).toEqual([]);
    expect(errorsFor(docWith('pathway.helpQuestionEnabled', 'yes'))).toEqual([
      { path: 'pathway.helpQuestionEnabled', message: 'must be true or false (found text)' },
    ]);
  });
});

describe('the configuration document', () => {
  it('needs configVersion 1 in a file', () => {
    expect(errorsFor({})).toEqual([{ path: 'configVersion', message: 'is required: add "configVersion": 1' }]);
    expect(errorsFor({ configVersion: 2 })[0]?.message).toContain('must be 1');
    expect(errorsFor({ configVersion: 1 })).toEqual([]);
  });

  it('lets enterprise policy leave configVersion out', () => {
    expect(errorsFor({ organisationName: 'Trust' }, managedConfigSchema)).toEqual([]);
  });

  it('rejects unknown fields with their path and a spelling hint', () => {
    expect(errorsFor({ configVersion: 1, organisatonName: 'X' })).toEqual([
      { path: 'organisatonName', message: expect.stringContaining('did you mean "organisationName"') },
    ]);
    expect(errorsFor({ configVersion: 1, pathway: { epdsPossible: 10 } })).toEqual([
      { path: 'pathway.epdsPossible', message: expect.stringContaining('did you mean "epdsPossibleFrom"') },
    ]);
    const service = { id: 'a', name: 'A', outcomes: ['O1'], forWhom: 'family', phnoe: '01632 960000' };
    expect(errorsFor({ configVersion: 1, services: [service] })).toEqual([
      { path: 'services[0].phnoe', message: expect.stringContaining('did you mean "phone"') },
    ]);
  });

  it('names a section that is the wrong shape', () => {
    expect(errorsFor({ configVersion: 1, services: {} })).toEqual([
      { path: 'services', message: 'must be a list in square brackets [ ] (found an object)' },
    ]);
  });
});

describe('services', () => {
  const valid = { id: 'talking-therapies', name: 'Talking Therapies', outcomes: ['O4'], forWhom: 'both-parents' };
  const withService = (patch: Record<string, unknown>) => ({ configVersion: 1, services: [{ ...valid, ...patch }] });

  it('accepts a service with only id, name, outcomes and who it is for', () => {
    const result = configDocumentSchema.parse(withService({}));
    expect(result.services?.[0]).toEqual({ ...valid, phone: '', web: '', email: '', hours: '', notes: '' });
  });

  it.each([
    { field: 'id', value: 'Talking Therapies', message: 'lower-case letters' },
    { field: 'id', value: 'national-gp', message: 'must not start with "national-"' },
    { field: 'id', value: '', message: 'must not be empty' },
    { field: 'name', value: '', message: 'must not be empty' },
    { field: 'name', value: 'x'.repeat(121), message: '120 characters or fewer' },
    { field: 'name', value: 'Two\nlines', message: 'one line' },
    { field: 'outcomes', value: [], message: 'at least one outcome code' },
    { field: 'outcomes', value: ['O15'], message: 'must be one of' },
    { field: 'outcomes', value: ['O4', 'O4'], message: 'more than once' },
    { field: 'forWhom', value: 'mother', message: 'must be one of' },
    { field: 'referral', value: 'gp', message: 'must be one of' },
    { field: 'phone', value: 'call the office', message: 'must be a phone number' },
    { field: 'phone', value: '12', message: 'must be a phone number' },
    { field: 'web', value: 'www.example .org', message: 'without spaces' },
    { field: 'email', value: 'team-at-example.org', message: 'email address' },
    { field: 'hours', value: 'x'.repeat(201), message: '200 characters or fewer' },
    { field: 'notes', value: 'x'.repeat(1001), message: '1000 characters or fewer' },
  ])('rejects $field = $value', ({ field, value, message }) => {
    const errors = errorsFor(withService({ [field]: value }));
    expect(errors[0]?.path).toMatch(new RegExp(`^services\\[0\\]\\.${field}`));
    expect(errors[0]?.message).toContain(message);
  });

  it.each([
    { field: 'phone', value: '01632 960000' },
    { field: 'phone', value: '+44 (0)1632 960000' },
    { field: 'phone', value: '111' },
    { field: 'phone', value: '' },
    { field: 'email', value: '' },
    { field: 'notes', value: 'Two\nlines are fine in notes' },
    { field: 'referral', value: 'self-or-professional-referral' },
  ])('accepts $field = $value', ({ field, value }) => {
    expect(errorsFor(withService({ [field]: value }))).toEqual([]);
  });

  it('needs ids to be unique across services and crisis routes', () => {
    const route = { id: 'talking-therapies', name: 'Crisis', whenToUse: 'Now' };
    expect(errorsFor({ configVersion: 1, services: [valid, valid] })).toEqual([
      { path: 'services[1].id', message: expect.stringContaining('already used by services[0]') },
    ]);
    expect(errorsFor({ configVersion: 1, services: [valid], crisisRoutes: [route] })).toEqual([
      { path: 'crisisRoutes[0].id', message: expect.stringContaining('already used by services[0]') },
    ]);
  });
});

describe('crisis routes', () => {
  it('defaults to both escalation levels and needs "when to use"', () => {
    const parsed = configDocumentSchema.parse({
      configVersion: 1,
      crisisRoutes: [{ id: 'crisis-line', name: 'Crisis line', whenToUse: 'Urgent assessment' }],
    });
    expect(parsed.crisisRoutes?.[0]?.levels).toEqual(['E4', 'E5']);
    expect(errorsFor({ configVersion: 1, crisisRoutes: [{ id: 'crisis-line', name: 'Crisis line' }] })).toEqual([
      { path: 'crisisRoutes[0].whenToUse', message: 'is required' },
    ]);
    expect(
      errorsFor({ configVersion: 1, crisisRoutes: [{ id: 'c', name: 'C', whenToUse: 'W', levels: ['E3'] }] })[0]?.path,
    ).toBe('crisisRoutes[0].levels[0]');
  });
});
