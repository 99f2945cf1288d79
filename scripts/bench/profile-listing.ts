import type { Page } from 'playwright-core';
import { launchExtension } from '../support/launch-extension';
import { storageBenchmarkInChromium } from './storage';

// `npx vite-node scripts/bench/profile-listing.ts` (issue 17): a CPU profile of the storage
// benchmark's "open and list 5,000 contacts" step, self time per function (the bench page is
// minified without source maps, so functions are named by their first line). For finding causes.
async function main() {
  const launched = await launchExtension({ headless: true });
  try {
    const context = launched.context;
    context.on('page', (page: Page) => {
      void (async () => {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await page.exposeFunction('pmhProfileStart', () => cdp.send('Profiler.start'));
        await page.exposeFunction('pmhProfileStop', async () => {
          const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
          const byId = new Map(profile.nodes.map((n) => [n.id, n]));
          const self = new Map<string, number>();
          profile.samples.forEach((id, i) => {
            const f = byId.get(id)!.callFrame;
            const key = `${f.functionName || '(anon)'} ${f.url ? `${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}` : ''}`;
            self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
          });
          for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
        });
      })();
    });
    const result = await storageBenchmarkInChromium(context, 5000, 20);
    console.log(result);
  } finally {
    await launched.close();
  }
}
void main();
