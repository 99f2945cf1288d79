import type { Page } from 'playwright-core';

/**
 * Records, from now on (on this and every later navigation), each time the page's own code builds
 * a function from a string (`new Function`, as a validator's eval probe or compiler does) and every
 * Content Security Policy violation the page reports. The extension's CSP has no 'unsafe-eval', so
 * such a call throws; Chromium does not report a caught one to the page, hence the wrapper: the
 * `Function` constructor is replaced by a recording proxy before any script of the page runs.
 */
export async function watchStringEvaluation(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __stringEvaluation: string[] }).__stringEvaluation = seen;
    const record = (what: string) => seen.push(`${what} at ${(new Error().stack ?? '').split('\n').slice(2, 4).join(' <- ').trim()}`);
    globalThis.Function = new Proxy(Function, {
      construct(target, args: string[]) {
        record('new Function');
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args: string[]) {
        record('Function()');
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`CSP ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return () => page.evaluate(() => [...((globalThis as unknown as { __stringEvaluation?: string[] }).__stringEvaluation ?? ['(the watcher did not run)'])]);
}
