import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The safety case (docs/clinical-safety/safety-case.md) links every hazard in the log rather than
// copying it, and leaves residual risk and sign-off to the organisation's clinical safety officer.

const ROOT = resolve(__dirname, '../..');
const log = readFileSync(join(ROOT, 'docs/clinical-safety/hazard-log.md'), 'utf8');
const safetyCase = readFileSync(join(ROOT, 'docs/clinical-safety/safety-case.md'), 'utf8');
const hazardIds = [...log.matchAll(/^### (H\d{2,3}) — /gm)].map((m) => m[1] as string);

describe('the safety case', () => {
  it('links every hazard in the hazard log, and names no hazard the log does not have', () => {
    expect(hazardIds.length).toBeGreaterThan(50);
    for (const id of hazardIds) expect(safetyCase, id).toContain(`[${id}](hazard-log.md#${id.toLowerCase()}-`);
    const linked = [...safetyCase.matchAll(/\[(H\d{2,3})\]\(hazard-log\.md#/g)].map((m) => m[1]);
    expect(new Set(linked)).toEqual(new Set(hazardIds));
  });

  it('has the DCB0129 sections and leaves residual risk and sign-off to the clinical safety officer', () => {
    for (const heading of ['Clinical risk management system', 'Hazard identification', 'Risk evaluation and risk control', 'Residual risk', 'Sign-off']) {
      expect(safetyCase).toMatch(new RegExp(`^## \\d+\\. ${heading}$`, 'm'));
    }
    expect(safetyCase).toContain('Overall residual risk: to be determined by the Clinical Safety Officer.');
    expect(safetyCase).toMatch(/\| Clinical Safety Officer \| \| \| \| \| \|/);
  });
});
