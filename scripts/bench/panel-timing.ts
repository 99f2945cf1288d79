import type { LaunchedExtension } from '../support/launch-extension';

export type PanelTiming = {
  firstRenderMs: number;
  interactiveMs: number;
  /** Extension-relative paths of the scripts the page had loaded by the time it was interactive. */
  scriptsBeforeInteractive: string[];
};

/**
 * Loads the side panel page in a fresh tab and reads the marks the app sets:
 * `pmh:first-render` after the first Preact render and `pmh:interactive` once it is ready for input
 * (its data loaded and the first control focusable). Times are from navigation start.
 */
export async function measurePanelTiming(launched: LaunchedExtension): Promise<PanelTiming> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(launched.sidePanelUrl);
  const timing = await page.waitForFunction(() => {
    const mark = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;
    const firstRender = mark('pmh:first-render');
    const interactive = mark('pmh:interactive');
    if (firstRender === undefined || interactive === undefined) return null;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js') && entry.startTime <= interactive)
      .map((entry) => new URL(entry.name).pathname.replace(/^\//, ''));
    const entryScripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) =>
      new URL(s.src).pathname.replace(/^\//, ''),
    );
    return { firstRenderMs: firstRender, interactiveMs: interactive, scriptsBeforeInteractive: [...new Set([...entryScripts, ...scripts])] };
  }, undefined, { timeout: 15_000, polling: 10 });
  const result = (await timing.jsonValue()) as PanelTiming;
  await page.close();
  return result;
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
