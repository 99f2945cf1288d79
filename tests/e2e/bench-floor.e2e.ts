import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertNoFloorPage, FLOOR_FOLDER, makeBenchBuild } from '../../scripts/bench/floor';
import { CHROME_BUILD_DIR } from '../../scripts/support/launch-extension';

// `npm run bench` measures the panel against a hand-written floor page (issue 17) loaded from a
// copy of the build. The floor must never ship.

describe('the bench floor page', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pmh-floor-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is not in the built extension', () => {
    expect(existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))).toBe(true);
    expect(() => assertNoFloorPage(CHROME_BUILD_DIR)).not.toThrow();
    if (existsSync('.output/firefox-mv2/manifest.json')) expect(() => assertNoFloorPage('.output/firefox-mv2')).not.toThrow();
  });

  it('is added only to the bench copy, with no framework or engine behind it', () => {
    const benchDir = makeBenchBuild(CHROME_BUILD_DIR, join(scratch, 'bench'));
    expect(() => assertNoFloorPage(benchDir)).toThrow(/must never ship/);
    expect(() => assertNoFloorPage(CHROME_BUILD_DIR)).not.toThrow();
    const script = readFileSync(join(benchDir, FLOOR_FOLDER, 'floor.js'), 'utf8');
    const imports = [...script.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
    expect(imports).toEqual(['./floor-data.js']);
    // Same stylesheet as the panel, so both paint the same screen.
    const panelStyles = /<link[^>]*rel="stylesheet"[^>]*>/.exec(readFileSync(join(CHROME_BUILD_DIR, 'sidepanel.html'), 'utf8'))?.[0];
    expect(readFileSync(join(benchDir, FLOOR_FOLDER, 'floor.html'), 'utf8')).toContain(panelStyles);
  });
});
