import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpPassphrase } from '../../scripts/bench/contact-interactions';
import { scriptsBeforeInteractive, scriptsBeforeQuestion } from '../../scripts/bench/panel-timing';
import { leaveContactInProgress, RESUME_LABEL } from '../../scripts/bench/resume-contact';
import { CHROME_BUILD_DIR, type LaunchedExtension } from '../../scripts/support/launch-extension';
import { contactBAnswers } from './support/answer-plans';
import { launch, openSidePanel } from './support/extension';

// Issue 17 (H101): Dexie is ~33 KB gzip that the side panel need not compile before its home screen
// or a resumed question. It is a chunk of its own, loaded with import() once those are on screen
// (lib/storage/store-connection.ts); until then the store reads plain IndexedDB.

const chunks = () => readdirSync(join(CHROME_BUILD_DIR, 'chunks')).map((name) => `chunks/${name}`);
/** Dexie's chunk: the one with its cross-page change channel in it. */
const dexieChunk = () => {
  const found = chunks().filter((file) => readFileSync(join(CHROME_BUILD_DIR, file), 'utf8').includes('storagemutated'));
  expect(found, 'exactly one chunk holds Dexie').toHaveLength(1);
  return found[0]!;
};

/** The extension's scripts this page has compiled, as Chromium's debugger reports them. */
async function watchScripts(launched: LaunchedExtension, page: Parameters<LaunchedExtension['context']['newCDPSession']>[0]) {
  const cdp = await launched.context.newCDPSession(page);
  const scripts = new Set<string>();
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith('chrome-extension://') && event.url.endsWith('.js')) scripts.add(new URL(event.url).pathname.slice(1));
  });
  await cdp.send('Debugger.enable');
  return scripts;
}

describe('Dexie off the panel\u2019s first paths', () => {
  it('[H101-f] is a chunk of its own that the side panel page neither preloads nor imports statically', () => {
    const dexie = dexieChunk();
    const html = readFileSync(join(CHROME_BUILD_DIR, 'sidepanel.html'), 'utf8');
    expect(html).not.toContain(dexie);
    const name = dexie.replace('chunks/', '');
    for (const file of chunks().filter((chunk) => chunk !== dexie)) {
      const source = readFileSync(join(CHROME_BUILD_DIR, file), 'utf8');
      // Static imports look like `from"./x.js"` or `import"./x.js"`; only import("./x.js") may name it.
      expect(source, file).not.toMatch(new RegExp(`(?:from|import)\\s*"\\./${name.replace(/\./g, '\\.')}"`));
    }
  });

  it('[H101-g] is not compiled before home or a resumed question, loads once the panel is idle, and an answer given at once is saved', async () => {
    const launched = await launch();
    await setUpPassphrase(launched);
    await leaveContactInProgress(launched);
    const dexie = dexieChunk();

    expect(await scriptsBeforeInteractive(launched)).not.toContain(dexie);
    expect(await scriptsBeforeQuestion(launched, RESUME_LABEL)).not.toContain(dexie);

    // Resumed and answered straight away: the answer waits for Dexie if it must, and is stored.
    const { page, panel } = await openSidePanel(launched);
    const compiled = await watchScripts(launched, page);
    await panel.resumeContact(RESUME_LABEL);
    const question = await panel.questionText();
    await panel.answerOne(contactBAnswers);
    await panel.waitUntilSaved();
    await expect.poll(() => compiled.has(dexie), { timeout: 10_000 }).toBe(true);
    await page.close();

    const again = await openSidePanel(launched);
    await again.panel.resumeContact(RESUME_LABEL);
    // The next question, not the one answered: the answer was stored.
    expect(await again.panel.questionText()).not.toBe(question);
  });

  it('[H101-g] loads Dexie unasked once the home screen is on screen and the panel is idle', async () => {
    const launched = await launch();
    await setUpPassphrase(launched);
    const page = await launched.context.newPage();
    const compiled = await watchScripts(launched, page);
    await page.goto(launched.sidePanelUrl);
    await expect.poll(() => compiled.has(dexieChunk()), { timeout: 10_000 }).toBe(true);
    await page.close();
  });
});
