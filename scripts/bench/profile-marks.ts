import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD_DIR, type LaunchedExtension } from '../support/launch-extension';
import { launchPanelAndFloor } from './panel-and-floor';
import { autoResume, median } from './panel-timing';
import { RESUME_LABEL } from './resume-contact';

// `npx vite-node scripts/bench/profile-marks.ts [--dir <build>] [--runs N]` (issue 17): when each of
// the page's marks fell (first render, panel code loaded, store opened, interactive, contacts
// listed, Resume clicked, question shown), for the panel and for the bench's floor loaded
// alternately as the bench does; medians over N runs, in ms from navigation. Measures nothing for
// the bench's table: it shows which step of a load holds the gap to the floor. (Chromium gives no
// resource timing for an extension's own files, so when each file arrived is not shown.)

type Load = { marks: Array<{ name: string; at: number }> };

async function loadOnce(launched: LaunchedExtension, url: string): Promise<Load> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.addInitScript(autoResume, RESUME_LABEL);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bench:question-shown', 'mark').length > 0, undefined, { timeout: 15_000 });
  const load = await page.evaluate(() => ({
    marks: performance.getEntriesByType('mark').map((e) => ({ name: e.name, at: e.startTime })),
  }));
  await page.close();
  return load;
}

function summarise(title: string, loads: Load[]): void {
  const marks = new Map<string, number[]>();
  for (const load of loads) for (const m of load.marks) marks.set(m.name, [...(marks.get(m.name) ?? []), m.at]);
  console.log(`\n${title} (medians of ${loads.length}, ms from navigation)`);
  const rows = [...marks.entries()].map(([name, at]) => [name, median(at)] as const).sort((a, b) => a[1] - b[1]);
  for (const [name, at] of rows) console.log(`${at.toFixed(1).padStart(7)}  ${name}`);
}

async function main() {
  const dirArg = process.argv.indexOf('--dir');
  const runsArg = process.argv.indexOf('--runs');
  const buildDir = dirArg > 0 ? process.argv[dirArg + 1]! : CHROME_BUILD_DIR;
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
  if (!existsSync(join(buildDir, 'manifest.json'))) throw new Error(`No built extension at ${buildDir}: run \`npm run build\` first.`);
  const { launched, floor } = await launchPanelAndFloor(buildDir);
  try {
    await loadOnce(launched, launched.sidePanelUrl);
    await loadOnce(launched, floor);
    const panelLoads: Load[] = [];
    const floorLoads: Load[] = [];
    for (let i = 0; i < runs; i++) {
      panelLoads.push(await loadOnce(launched, launched.sidePanelUrl));
      floorLoads.push(await loadOnce(launched, floor));
    }
    summarise('Panel', panelLoads);
    summarise('Floor', floorLoads);
  } finally {
    await launched.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
