import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from '../../../lib/config/field-errors';
import { exportConfig, importConfig, MAX_CONFIG_FILE_CHARS } from '../../../lib/config/import';
import { resolveConfig, type ConfigLayers } from '../../../lib/config/resolve';
import { configDocumentSchema, organisationConfigSchema } from '../../../lib/config/schema';

const derbyshire = readFileSync(new URL('../../../config-examples/derbyshire.json', import.meta.url), 'utf8');
const example = readFileSync(new URL('../../../config-examples/example-community-trust.json', import.meta.url), 'utf8');

describe('JSON syntax errors name the line and column', () => {
  it.each([
    { text: '', line: 1, column: 1, says: 'is empty' },
    { text: '{\n  "configVersion": 1,\n}', line: 3, column: 1, says: 'comma before "}"' },
    { text: '{\n  "configVersion": 1\n  "organisationName": "X"\n}', line: 3, column: 3, says: 'expected "," or "}"' },
    { text: "{ 'configVersion': 1 }", line: 1, column: 3, says: 'field name in double quotes' },
    { text: '{ "configVersion": tru }', line: 1, column: 20, says: 'expected a value' },
    { text: '{ "organisationName": "unclosed }', line: 1, column: 23, says: 'no closing double quote' },
    { text: '{ "services": [1, 2,] }', line: 1, column: 21, says: 'comma before "]"' },
    { text: '{} {}', line: 1, column: 4, says: 'more text after the end' },
    { text: '{ "a": "bad \\q escape" }', line: 1, column: 13, says: 'invalid escape' },
  ])('$says at $line:$column', ({ text, line, column, says }) => {
    const problem = findJsonSyntaxProblem(text);
    expect(problem).toMatchObject({ line, column });
    expect(problem?.message).toContain(says);
    const result = importConfig(text, {});
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: expect.stringContaining(`line ${line}, column ${column}`) }] });
  });

  it('finds no problem in valid JSON', () => {
    for (const text of ['{}', '[1, 2.5e3, -0.1]', '"text \\u00e9"', 'null', derbyshire]) {
      expect(findJsonSyntaxProblem(text)).toBeUndefined();
    }
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(importConfig(`\uFEFF${example}`, {}).ok).toBe(true);
  });

  it('refuses a file that is far too large without parsing it', () => {
    const result = importConfig(' '.repeat(MAX_CONFIG_FILE_CHARS + 1), {});
    expect(result.ok).toBe(false);
  });
});

describe('importing a configuration file', () => {
  it('previews the Derbyshire services as additions', () => {
    const result = importConfig(derbyshire, {});
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.changes).toContainEqual({
      kind: 'added',
      path: 'services[the-beeches]',
      summary: 'Service added: The Beeches mother and baby unit (Royal Derby Hospital site) (O8)',
    });
    expect(result.changes).toContainEqual({
      kind: 'changed',
      path: 'organisationName',
      summary: 'Organisation name: (not set) → "Derby and Derbyshire (sample)"',
    });
    expect(result.config.services).toHaveLength(13);
  });

  it('describes changed fields and services against the configuration in force', () => {
    const current: ConfigLayers = { options: JSON.parse(example) as unknown };
    const edited = JSON.parse(example) as {
      pathway: { epdsPossibleFrom: number; whooleyGad2Contacts: string[] };
      services: { id: string; phone: string; hours: string }[];
    };
    edited.pathway.epdsPossibleFrom = 11;
    edited.pathway.whooleyGad2Contacts = [...edited.pathway.whooleyGad2Contacts.filter((c) => c !== 'hv-12-months'), 'hv-2-years'];
    const talking = edited.services.find((s) => s.id === 'example-talking-therapies');
    if (!talking) throw new Error('sample changed');
    talking.phone = '01632 960099';
    talking.hours = 'Weekdays';
    edited.services = edited.services.filter((s) => s.id !== 'example-dads-group');

    const result = importConfig(JSON.stringify(edited), current);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.changes.map((c) => c.summary)).toEqual([
      'Service changed: Example NHS Talking Therapies (phone, hours)',
      'Service removed: Example dads and partners group',
      'EPDS "possible depression" from: 10 points → 11 points',
      'Contacts that run Whooley and GAD-2: adds Health visitor 2-2½ year review; removes Health visitor 12-month review',
    ]);
  });

  it('reports nothing to change when the same file is imported again', () => {
    const result = importConfig(example, { options: JSON.parse(example) as unknown });
    expect(result.ok && result.changes).toEqual([]);
  });

  it('[H20-h] lists every field-level error with its path and leaves the result unapplied', () => {
    const bad = JSON.parse(derbyshire) as { services: Record<string, unknown>[]; pathway?: unknown };
    (bad.services[2] as Record<string, unknown>).phone = 'ring reception';
    (bad.services[4] as Record<string, unknown>).outcomes = ['O99'];
    bad.pathway = { epdsProbableFrom: 20 };
    const result = importConfig(JSON.stringify(bad), {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['services[2].phone', 'services[4].outcomes[0]', 'pathway.epdsProbableFrom']);
    expect(result).not.toHaveProperty('document');
  });

  it('says which fields in the file enterprise policy overrides', () => {
    const result = importConfig(example, { policy: { pathway: { epdsPossibleFrom: 12 }, organisationName: 'Policy Trust' } });
    expect(result.ok && result.overriddenByPolicy).toEqual(['organisationName', 'pathway.epdsPossibleFrom']);
    expect(result.ok && result.config.pathway.epdsPossibleFrom).toBe(12);
  });

  it('rejects a file whose ids clash with services set by policy', () => {
    const policy = { services: [{ id: 'example-crisis-line', name: 'Policy', outcomes: ['O9'], forWhom: 'family' }] };
    const result = importConfig(example, { policy });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'crisisRoutes[0].id' })] });
  });
});

describe('exporting a configuration', () => {
  it('writes keys in the schema order whatever order they were given in', () => {
    const shuffled = { summary: { compactLimitChars: 900, lineWidth: 70 }, organisationName: 'Trust', configVersion: 1 };
    const text = exportConfig(configDocumentSchema.parse(shuffled));
    expect(text).toBe(
      '{\n  "configVersion": 1,\n  "organisationName": "Trust",\n  "summary": {\n    "lineWidth": 70,\n    "compactLimitChars": 900\n  }\n}\n',
    );
  });

  it('round-trips the configuration in force through import', () => {
    const resolved = resolveConfig({ options: JSON.parse(example) as unknown });
    const again = importConfig(exportConfig(resolved.config), {});
    expect(again.ok && again.config).toEqual(resolved.config);
  });

  it('exports the Example Community Trust sample exactly as checked in', () => {
    const result = importConfig(example, {});
    expect(result.ok && exportConfig(result.document)).toBe(example);
  });
});

// The acceptance test: any JSON either yields a valid configuration or field-level errors,
// never a crash and never a partial apply.
describe('any input to the importer', () => {
  const current: ConfigLayers = { options: JSON.parse(example) as unknown };
  const before = JSON.stringify(current);

  function checkOutcome(text: string): void {
    const result = importConfig(text, current);
    if (result.ok) {
      expect(organisationConfigSchema.safeParse(result.config).success).toBe(true);
      expect(configDocumentSchema.safeParse(result.document).success).toBe(true);
    } else {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) {
        expect(typeof error.path).toBe('string');
        expect(error.message.length).toBeGreaterThan(0);
      }
    }
    // Checking never changes the configuration in force.
    expect(JSON.stringify(current)).toBe(before);
  }

  it('handles arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => checkOutcome(JSON.stringify(value))), { numRuns: 300 });
  });

  it('handles arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), checkOutcome), { numRuns: 300 });
  });

  const sectionValue = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.constantFrom('epdsPossibleFrom', 'epdsProbableFrom', 'lineWidth', 'draftDays', 'idleLockMinutes', 'x'), fc.jsonValue()),
  );
  const serviceLike = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'national-x', 'Bad Id'), fc.string()),
      name: fc.string({ maxLength: 130 }),
      outcomes: fc.array(fc.constantFrom('O1', 'O4', 'O9', 'O15', 1), { maxLength: 3 }),
      forWhom: fc.constantFrom('family', 'partner', 'mother'),
      phone: fc.oneof(fc.constantFrom('01632 960000', '999', 'x'), fc.string()),
      email: fc.constantFrom('', 'a@example.org', 'nope'),
    },
    { requiredKeys: [] },
  );

  it('handles documents shaped like configurations', () => {
    const doc = fc.record(
      {
        configVersion: fc.constantFrom(1, 2, '1'),
        organisationName: fc.oneof(fc.string({ maxLength: 130 }), fc.jsonValue()),
        services: fc.oneof(fc.array(serviceLike, { maxLength: 4 }), fc.jsonValue()),
        crisisRoutes: fc.array(fc.record({ id: fc.constantFrom('a', 'c'), name: fc.string(), whenToUse: fc.string() }, { requiredKeys: [] }), { maxLength: 2 }),
        pathway: sectionValue,
        retention: sectionValue,
        summary: sectionValue,
        typo: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(doc, (value) => checkOutcome(JSON.stringify(value))), { numRuns: 500 });
  });

  it('handles truncated and corrupted copies of a real file', () => {
    fc.assert(
      fc.property(fc.nat({ max: derbyshire.length }), fc.string({ maxLength: 3 }), (cut, junk) => {
        checkOutcome(derbyshire.slice(0, cut) + junk + derbyshire.slice(cut + junk.length));
      }),
      { numRuns: 300 },
    );
  });
});
