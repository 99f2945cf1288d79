import type { LaunchedExtension } from '../support/launch-extension';

export type PanelTiming = { firstRenderMs: number; interactiveMs: number; contactsListedMs: number };

/**
 * Loads the side panel page in a fresh tab and reads the marks the app sets:
 * `pmh:first-render` after the first Preact render, `pmh:interactive` once the unlocked home screen
 * takes input (the start form is on screen) and `pmh:contacts-listed` once its list of contacts is
 * shown. Times are from navigation start. The panel must be unlocked (see setUpPassphrase).
 */
export async function measurePanelTiming(launched: LaunchedExtension, url = launched.sidePanelUrl): Promise<PanelTiming> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(url);
  const timing = await page.waitForFunction(() => {
    const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    const firstRender = mark('pmh:first-render');
    const interactive = mark('pmh:interactive');
    const listed = mark('pmh:contacts-listed');
    if (firstRender === undefined || interactive === undefined || listed === undefined) return null;
    return { firstRenderMs: firstRender, interactiveMs: interactive, contactsListedMs: listed };
  }, undefined, { timeout: 15_000, polling: 10 });
  const result = (await timing.jsonValue()) as PanelTiming;
  await page.close();
  return result;
}

/**
 * The extension's scripts the panel page compiles before it is interactive, as Chromium's debugger
 * reports them (resource timing leaves out chrome-extension:// loads). A separate, untimed load. The
 * list is taken when the page marks itself interactive, through a CDP binding (reportInteractive),
 * as scriptsBeforeQuestion does: read only once the bench had polled the mark, it could also count a
 * chunk loaded just after (seen on a loaded machine with the contact screen imported right after
 * home's first paint: 102.5 KB instead of 47.7, issue 17).
 */
export async function scriptsBeforeInteractive(launched: LaunchedExtension): Promise<string[]> {
  const page = await launched.context.newPage();
  const cdp = await launched.context.newCDPSession(page);
  const scripts = new Set<string>();
  let atInteractive: string[] | null = null;
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith('chrome-extension://') && event.url.endsWith('.js')) scripts.add(new URL(event.url).pathname.slice(1));
  });
  cdp.on('Runtime.bindingCalled', (event: { name: string }) => {
    if (event.name === INTERACTIVE_BINDING) atInteractive ??= [...scripts];
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: INTERACTIVE_BINDING });
  await page.addInitScript(reportInteractive);
  await page.goto(launched.sidePanelUrl);
  await page.waitForFunction(() => performance.getEntriesByName('pmh:interactive', 'mark').length > 0, undefined, { timeout: 15_000 });
  // The binding's event is sent before the mark can be polled; wait for it, never fall back silently.
  for (let waited = 0; atInteractive === null && waited < 2_000; waited += 20) await new Promise((done) => setTimeout(done, 20));
  await page.close();
  if (atInteractive === null) throw new Error('The page did not report being interactive through the bench binding.');
  return atInteractive;
}

/** Called by reportInteractive in the page (the same name is written out there). */
const INTERACTIVE_BINDING = '__pmhBenchInteractive';

/** Runs in the page before its own scripts (Playwright init script): see scriptsBeforeInteractive. */
export function reportInteractive() {
  const mark = performance.mark.bind(performance);
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    const entry = mark(name, options);
    // The name is written out: this function runs in the page, without this module's constants.
    if (name === 'pmh:interactive') (globalThis as { __pmhBenchInteractive?: (payload: string) => void }).__pmhBenchInteractive?.('');
    return entry;
  };
}

export type ResumeTiming = { questionMs: number; clickToQuestionMs: number };

/**
 * Resumes a stored contact as a practitioner would, without the human: a script set before the
 * page loads clicks "Resume <label>" the moment it appears and marks when the contact's current
 * question card is on screen (`section.question-card` with its heading, the same markup in the
 * panel and in the floor). Times are from navigation start.
 */
export async function measureResume(launched: LaunchedExtension, label: string, url = launched.sidePanelUrl): Promise<ResumeTiming> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.addInitScript(autoResume, label);
  await page.goto(url);
  const timing = await page.waitForFunction(() => {
    const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    const clicked = mark('bench:resume-clicked');
    const shown = mark('bench:question-shown');
    if (clicked === undefined || shown === undefined) return null;
    return { questionMs: shown, clickToQuestionMs: shown - clicked };
  }, undefined, { timeout: 15_000, polling: 10 });
  const result = (await timing.jsonValue()) as ResumeTiming;
  await page.close();
  return result;
}

/** Called by autoResume in the page (the same name is written out there). */
const QUESTION_SHOWN_BINDING = '__pmhBenchQuestionShown';

/** Runs in the page before its own scripts (Playwright init script): see measureResume. */
export function autoResume(label: string) {
  let clicked = false;
  const check = () => {
    if (!clicked) {
      const resume = document.querySelector<HTMLButtonElement>(`button[aria-label="Resume ${label}"]`);
      if (!resume) return;
      clicked = true;
      performance.mark('bench:resume-clicked');
      resume.click();
    }
    if (document.querySelector('section.question-card h2')) {
      performance.mark('bench:question-shown');
      // scriptsBeforeQuestion: a CDP binding, when present, tells the bench at this very moment. The
      // name is written out: this function runs in the page, without this module's constants.
      (globalThis as { __pmhBenchQuestionShown?: (payload: string) => void }).__pmhBenchQuestionShown?.('');
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * The extension's scripts compiled before a resumed contact's current question is on screen, and
 * only those (issue 17): the list is taken when the page calls a CDP binding at the moment it marks
 * the question (autoResume). Binding calls and Debugger.scriptParsed events come from the page's
 * main thread in one ordered stream, so a chunk prefetched when idle just after the question (the
 * outcome step, the summary) is not counted, as it could be when the list was read only once the
 * bench had polled the mark.
 */
export async function scriptsBeforeQuestion(launched: LaunchedExtension, label: string): Promise<string[]> {
  const page = await launched.context.newPage();
  const cdp = await launched.context.newCDPSession(page);
  const scripts = new Set<string>();
  let atQuestion: string[] | null = null;
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith('chrome-extension://') && event.url.endsWith('.js')) scripts.add(new URL(event.url).pathname.slice(1));
  });
  cdp.on('Runtime.bindingCalled', (event: { name: string }) => {
    if (event.name === QUESTION_SHOWN_BINDING) atQuestion ??= [...scripts];
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: QUESTION_SHOWN_BINDING });
  await page.addInitScript(autoResume, label);
  await page.goto(launched.sidePanelUrl);
  await page.waitForFunction(() => performance.getEntriesByName('bench:question-shown', 'mark').length > 0, undefined, { timeout: 15_000 });
  // The binding's event is sent before the mark can be polled; wait for it, never fall back silently.
  for (let waited = 0; atQuestion === null && waited < 2_000; waited += 20) await new Promise((done) => setTimeout(done, 20));
  await page.close();
  if (atQuestion === null) throw new Error('The page did not report its question through the bench binding.');
  return atQuestion;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}
