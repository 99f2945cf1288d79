import { readFileSync } from 'node:fs';
import { DEVELOPMENT_GECKO_ID } from '../../../scripts/deploy/identity';
import { describe, expect, it } from 'vitest';
import { configFields, type ConfigField } from '../../../lib/config/fields';
import { importConfig } from '../../../lib/config/import';
import { buildManagedSchema, checkAgainstManagedSchema } from '../../../lib/config/managed-schema';
import { resolveConfig } from '../../../lib/config/resolve';

// docs/configuration.md is what a trust's IT lead and clinical safety officer sign off against, so it
// must name every field with the bounds and default the code enforces.
const docs = readFileSync(new URL('../../../docs/configuration.md', import.meta.url), 'utf8');
const rows = docs.split('\n').filter((line) => line.startsWith('|'));

describe('docs/configuration.md', () => {
  it.each((configFields as readonly ConfigField[]).map((f) => [f.path, f] as const))('documents %s', (path, field) => {
    const row = rows.find((line) => line.startsWith(`| \`${path}\``));
    expect(row, `no table row for ${path}`).toBeDefined();
    if (field.kind === 'number') {
      const cells = (row ?? '').split('|').map((c) => c.trim());
      expect(cells[3]).toBe(`${field.bounds.min}–${field.bounds.max}`);
      expect(cells[4]).toBe(String(field.bounds.defaultValue));
    }
  });

  it('shows policy examples for Chrome/Edge and Firefox', () => {
    expect(docs).toContain('3rdparty\\extensions\\EXTENSION_ID\\policy');
    expect(docs).toContain('"3rdparty": {\n    "extensions"');
    expect(docs).toContain('"Extensions": {');
  });

  const jsonBlocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

  it('has examples that are valid configurations and policies', () => {
    expect(jsonBlocks).toHaveLength(3);
    const [file, linux, firefox] = jsonBlocks.map((text) => JSON.parse(text) as unknown);
    expect(importConfig(JSON.stringify(file), {}).ok).toBe(true);
    const linuxPolicy = (linux as { '3rdparty': { extensions: { EXTENSION_ID: unknown } } })['3rdparty'].extensions.EXTENSION_ID;
    const firefoxPolicy = (firefox as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } }).policies['3rdparty'].Extensions[
      DEVELOPMENT_GECKO_ID
    ];
    expect(firefoxPolicy, `the Firefox example is for ${DEVELOPMENT_GECKO_ID}`).toBeDefined();
    for (const policy of [linuxPolicy, firefoxPolicy]) {
      expect(resolveConfig({ policy }).problems).toEqual([]);
      expect(checkAgainstManagedSchema(buildManagedSchema(), policy)).toEqual([]);
    }
  });
});
