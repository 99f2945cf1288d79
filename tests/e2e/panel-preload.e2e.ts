import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialScripts, staticClosure } from '../../scripts/bench/initial-js';
import { CHROME_BUILD_DIR } from '../../scripts/support/launch-extension';

// Issue 17: the side panel's entry paints the frame, then imports the panel. The built page lists
// that chunk and its imports as modulepreload, so they load while the entry runs; the first paint
// still waits only for the small entry.

const preloads = (page: string) =>
  [...readFileSync(join(CHROME_BUILD_DIR, page), 'utf8').matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);

describe('the side panel page preloads the panel', () => {
  it('lists the chunk the entry imports, and every chunk that chunk imports, as modulepreload', () => {
    const html = readFileSync(join(CHROME_BUILD_DIR, 'sidepanel.html'), 'utf8');
    const entry = /<script[^>]*type="module"[^>]*src="\/([^"]+)"/.exec(html)![1]!;
    // The entry imports the panel, and Dexie on demand (its early reads open the store, H113): the
    // panel's chunk is the one that marks the panel's code loaded.
    const onDemand = [...readFileSync(join(CHROME_BUILD_DIR, entry), 'utf8').matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((m) => `chunks/${m[1]}`);
    const panelChunk = onDemand.find((file) => readFileSync(join(CHROME_BUILD_DIR, file), 'utf8').includes('pmh:panel-code-loaded'))!;
    expect(panelChunk).toBeDefined();
    expect(preloads('sidepanel.html')).toContain(panelChunk);
    const panelImports = [...readFileSync(join(CHROME_BUILD_DIR, panelChunk), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)].map((m) => `chunks/${m[1]}`);
    // The entry itself is already loading as the page script.
    for (const file of panelImports.filter((f) => f !== entry)) expect(preloads('sidepanel.html')).toContain(file);
  });

  // scripts/build/panel-chunks.ts groups the panel's modules into few files: another page must never
  // load a file of the panel's own (it would run the panel's entry or wire its store).
  it.each(['options.html', 'privacy.html'])('[H102-o] %s loads no file of the side panel, its home screen or its contact screen', (page) => {
    const loaded = initialScripts(CHROME_BUILD_DIR, page).map((file) => readFileSync(file, 'utf8'));
    expect(loaded.length).toBeGreaterThan(1);
    for (const code of loaded) {
      for (const mark of ['pmh:first-render', 'pmh:panel-code-loaded', 'class:"question-card']) expect(code).not.toContain(mark);
    }
  });

  it('[H102-p] fetches one file when Resume is clicked (a contact without a story so far): the contact screen, pathway included', () => {
    const home = new Set(initialScripts(CHROME_BUILD_DIR, 'sidepanel.html'));
    const panelFiles = [...home].filter((file) => readFileSync(file, 'utf8').includes('pmh:panel-code-loaded'));
    expect(panelFiles).toHaveLength(1);
    const onDemand = [...readFileSync(panelFiles[0]!, 'utf8').matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((m) => join(CHROME_BUILD_DIR, 'chunks', m[1]!));
    const contactScreen = onDemand.filter((file) => readFileSync(file, 'utf8').includes('class:"question-card'));
    expect(contactScreen).toHaveLength(1);
    const code = readFileSync(contactScreen[0]!, 'utf8');
    // The pathway's data is in the same file (a red flag id, a score's source).
    expect(code).toContain('RF-POSTPARTUM-PSYCHOSIS');
    // Everything the contact screen imports (import … from, or a bare import) is already loaded by home.
    const resumeFiles = staticClosure(CHROME_BUILD_DIR, contactScreen);
    expect(resumeFiles.filter((file) => !home.has(file))).toEqual(contactScreen);
  });

  it('keeps the first paint to the entry and its static imports, and leaves the options page as it was', () => {
    const firstPaint = initialScripts(CHROME_BUILD_DIR, 'sidepanel.html', { preloads: false }).map((file) => file.replace(`${CHROME_BUILD_DIR}/`, ''));
    expect(firstPaint.some((file) => file.startsWith('chunks/panel-'))).toBe(false);
    expect(preloads('options.html').some((file) => file.startsWith('chunks/panel-'))).toBe(false);
  });
});
