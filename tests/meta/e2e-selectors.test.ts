import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue 16 (conventions, habit 15): e2e specs speak the practitioner's language through the page
// objects in tests/e2e/pages; how the panel is found (CSS, roles, labels) lives only there, so a
// markup change is fixed in one place. This fails on a raw selector call in a spec file
// (tests/e2e/*.e2e.ts); tests/e2e/pages, support and fixtures are where selectors belong.

const e2eDir = fileURLToPath(new URL('../e2e/', import.meta.url));

/** Calls that find elements by selector, role, label or text: Playwright's and the DOM's own. */
const RAW_SELECTOR =
  /\.(?:locator|frameLocator|getBy(?:Role|Text|Label|Placeholder|AltText|Title|TestId)|\$|\$\$|\$eval|\$\$eval|waitForSelector|querySelector|querySelectorAll|matches|closest)\(/;

/** Code only: whole-line comments and JSDoc lines may name a selector to explain it. */
function codeLines(source: string): Array<{ line: number; code: string }> {
  return source
    .split('\n')
    .map((code, index) => ({ line: index + 1, code }))
    .filter(({ code }) => !/^\s*(?:\/\/|\/\*|\*)/.test(code));
}

function rawSelectorCalls(source: string): number[] {
  return codeLines(source)
    .filter(({ code }) => RAW_SELECTOR.test(code))
    .map(({ line }) => line);
}

describe('e2e specs go through page objects', () => {
  it.each([
    { code: "await panel.page.locator('.score').innerText();", raw: true },
    { code: "panel.page.getByRole('button', { name: 'Copy' })", raw: true },
    { code: "privacy.getByText(/no data/)", raw: true },
    { code: "page.evaluate(() => document.querySelector('dialog'))", raw: true },
    { code: "document.activeElement?.matches('section.question-card h2')", raw: true },
    { code: "await page.$('button')", raw: true },
    { code: "await panel.outcomeCard('O1', 'birthing parent').isVisible();", raw: false },
    { code: "expect(await panel.scoreText('EPDS')).toMatch(/EPDS: 1 of 30/);", raw: false },
    { code: '// panel.page.locator(...) is what the page object hides', raw: false },
    { code: 'const total = prices.reduce((sum, p) => sum + p, 0);', raw: false },
  ])('the check finds a raw call in `$code`: $raw', ({ code, raw }) => {
    expect(rawSelectorCalls(code).length > 0).toBe(raw);
  });

  it('no spec file calls a selector itself', () => {
    const specs = readdirSync(e2eDir).filter((name) => name.endsWith('.e2e.ts'));
    expect(specs.length).toBeGreaterThan(10);
    const findings = specs.flatMap((name) => rawSelectorCalls(readFileSync(join(e2eDir, name), 'utf8')).map((line) => `tests/e2e/${name}:${line}`));
    expect(findings, 'move these into a page object in tests/e2e/pages').toEqual([]);
  });
});
