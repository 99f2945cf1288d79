import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHWAY_VERSION, pathway } from '../../lib/pathway/pathway';
import { settingBounds } from '../../lib/pathway/settings';

// docs/pathway.md is what a clinical reviewer signs off: it must describe every rule the engine runs.

const doc = readFileSync(resolve(__dirname, '../../docs/pathway.md'), 'utf8');

describe('docs/pathway.md', () => {
  it('names the pathway version it describes', () => {
    expect(doc).toContain(PATHWAY_VERSION);
  });

  it.each(
    [
      ...pathway.flagRules,
      ...pathway.recommendationRules,
      ...pathway.promptRules,
      ...pathway.outstandingRules,
      ...pathway.groups.flatMap((g) => g.notApplicableWhen ?? []).filter((r, i, all) => all.findIndex((o) => o.id === r.id) === i),
    ].map((r) => [r.id] as const),
  )('describes rule %s', (id) => {
    expect(doc).toContain(`\`${id}\``);
  });

  it.each(Object.keys(settingBounds).map((k) => [k] as const))('lists the configurable setting %s', (key) => {
    expect(doc).toContain(key);
  });

  it('[H31-a] lists the open questions, including EPDS reproduction permission', () => {
    expect(doc).toMatch(/EPDS reproduction permission/);
    expect(doc).toMatch(/## 11\. ⚠ items and open questions/);
    expect(doc).toMatch(/## 10\. Decisions/);
  });
});
