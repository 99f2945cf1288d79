import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The hazard log names tests that exist (conventions.md habit 12). Test ids are written as a
// prefix in test names, e.g. it('[H01-a] …'), in unit, component and meta-tests (*.test.ts, *.test.tsx)
// and in end-to-end tests (*.e2e.ts); planned controls are written exactly as "planned (issue …)".

const ROOT = resolve(__dirname, '../..');
const LOG = join(ROOT, 'docs/clinical-safety/hazard-log.md');
const TEST_ID = /^H\d{2,3}-[a-z]$/;
const PLANNED = /^planned \(issue [^()]+\)$/;
/** A speed control is measured by the benchmark, never asserted in a test: "measured by npm run bench (<row>)". */
const MEASURED = /^measured by npm run bench \((.+)\)$/;
const BENCH_SOURCE = ['scripts/bench.ts', ...readdirSync(join(ROOT, 'scripts/bench')).filter((f) => f.endsWith('.ts')).map((f) => `scripts/bench/${f}`)]
  .map((file) => readFileSync(join(ROOT, file), 'utf8'))
  .join('\n');
/** A tag opens a test or describe title: a string literal that starts with "[Hnn-x]". */
const TAG_IN_TITLE = /['"`]\[(H\d{2,3}-[a-z])\]/g;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : testFiles(path);
    return /\.(test\.tsx?|e2e\.ts)$/.test(name) && path !== __filename ? [path] : [];
  });
}

const testIds = new Set(
  testFiles(join(ROOT, 'tests')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(TAG_IN_TITLE)].map((m) => m[1] as string)),
);

interface Hazard {
  id: string;
  title: string;
  verifiedBy: string[][];
}

function parseLog(text: string): Hazard[] {
  const hazards: Hazard[] = [];
  let current: Hazard | null = null;
  let inTable = false;
  for (const line of text.split('\n')) {
    const heading = /^### (H\d{2,3}) — (.+)$/.exec(line);
    if (heading) {
      current = { id: heading[1] as string, title: heading[2] as string, verifiedBy: [] };
      hazards.push(current);
      inTable = false;
      continue;
    }
    if (!current) continue;
    if (/^\| Control \| Verified by \|$/.test(line.trim())) {
      inTable = true;
      continue;
    }
    if (inTable && /^\|[-| ]+\|$/.test(line.trim())) continue;
    if (inTable && line.startsWith('|')) {
      const cells = line.split('|').map((c) => c.trim());
      const verified = cells[cells.length - 2] ?? '';
      current.verifiedBy.push(verified.split(/,\s*/).filter(Boolean));
      continue;
    }
    inTable = false;
  }
  return hazards;
}

const hazards = parseLog(readFileSync(LOG, 'utf8'));

describe('the hazard log', () => {
  it('lists hazards with unique ids', () => {
    expect(hazards.length).toBeGreaterThanOrEqual(20);
    expect(new Set(hazards.map((h) => h.id)).size).toBe(hazards.length);
  });

  it.each(hazards.map((h) => [h.id, h] as const))('%s has at least one control, each verified by tests or explicitly planned', (_id, hazard) => {
    expect(hazard.verifiedBy.length).toBeGreaterThan(0);
    for (const tokens of hazard.verifiedBy) {
      expect(tokens.length).toBeGreaterThan(0);
      for (const token of tokens) {
        expect(TEST_ID.test(token) || PLANNED.test(token) || MEASURED.test(token), `"${token}" in ${hazard.id}`).toBe(true);
        const measured = MEASURED.exec(token);
        if (measured) expect(BENCH_SOURCE, `the benchmark has no row "${measured[1]}"`).toContain(measured[1]);
      }
    }
  });

  it.each(hazards.map((h) => [h.id, h] as const))('%s names only tests that exist', (_id, hazard) => {
    const named = hazard.verifiedBy.flat().filter((t) => TEST_ID.test(t));
    for (const id of named) expect(testIds, `${id} named by ${hazard.id} has no test`).toContain(id);
  });

  it('claims every hazard test id found in the tests', () => {
    const claimed = new Set(hazards.flatMap((h) => h.verifiedBy.flat()));
    expect([...testIds].filter((id) => !claimed.has(id)).sort()).toEqual([]);
  });

  it('accepts "planned" only in its exact form (the parser rejects anything else)', () => {
    expect(PLANNED.test('planned (issue summary and handover)')).toBe(true);
    expect(PLANNED.test('planned')).toBe(false);
    expect(PLANNED.test('TODO')).toBe(false);
    expect(TEST_ID.test('H01-a')).toBe(true);
  });

  it('finds tags only where they open a title, in unit, component and end-to-end test files', () => {
    const found = (source: string) => [...source.matchAll(TAG_IN_TITLE)].map((m) => m[1]);
    expect(found(`it('[H01-a] x', …); it.each(rows)("[H02-b] %s", …); test(\`[H03-c] y\`, …)`)).toEqual(['H01-a', 'H02-b', 'H03-c']);
    expect(found('// see [H01-a] in the log')).toEqual([]);
    expect(testFiles(join(ROOT, 'tests')).some((file) => file.endsWith('.e2e.ts'))).toBe(true);
  });
});
