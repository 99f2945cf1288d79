import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD_DIR, launchExtension, type LaunchedExtension } from '../support/launch-extension';
import { setUpPassphrase } from './contact-interactions';
import { autoResume } from './panel-timing';
import { leaveContactInProgress, RESUME_LABEL } from './resume-contact';

// `npx vite-node scripts/bench/profile-timeline.ts [--dir <build>] [--runs N]` (issue 17): what the
// side panel's main thread does, in order, from navigation to a resumed contact's question, N times
// after a warm-up. Prints the page's marks (pmh:…, bench:…) and the main thread's module
// evaluations, script runs, microtask runs, GC, style and layout of 0.8 ms or more, with their start
// in ms from navigation, and where a module was parsed off the main thread. Measures nothing for the
// bench's table: it shows where the time between the marks goes.

type TraceEvent = {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string }; fileName?: string; name?: string };
};

const SHOWN = new Set([
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'v8.parseOnBackground',
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'ParseHTML',
  'Layout',
  'UpdateLayoutTree',
  'MinorGC',
  'MajorGC',
  'RunMicrotasks',
  'v8.callFunction',
]);

async function traceOnce(launched: LaunchedExtension): Promise<TraceEvent[]> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  const cdp = await launched.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  // Playwright types trace events as string maps; they are Chromium's trace event objects.
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,v8.execute,blink.user_timing,disabled-by-default-devtools.timeline,loading',
    transferMode: 'ReportEvents',
  });
  await page.addInitScript(autoResume, RESUME_LABEL);
  await page.goto(launched.sidePanelUrl);
  await page.waitForFunction(() => performance.getEntriesByName('bench:question-shown', 'mark').length > 0, undefined, { timeout: 15_000 });
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return events;
}

function print(events: readonly TraceEvent[], run: number): void {
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && ['R', 'I', 'n', 'b'].includes(e.ph));
  const start = events.find((e) => e.name === 'navigationStart');
  const pid = marks[0]?.pid;
  if (!start || pid === undefined) throw new Error('The trace holds no navigation of the panel.');
  // The renderer's main thread runs the most tasks.
  const tasks = new Map<number, number>();
  for (const e of events) if (e.pid === pid && e.name === 'RunTask') tasks.set(e.tid, (tasks.get(e.tid) ?? 0) + 1);
  // Blink names its main thread CrRendererMain; by task count when the names are missing.
  const named = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = named?.tid ?? [...tasks.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const rows: Array<[number, string]> = marks.filter((e) => e.pid === pid).map((e) => [(e.ts - start.ts) / 1000, `mark ${e.name}`]);
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || !SHOWN.has(e.name) || (e.dur ?? 0) < 800) continue;
    const where = e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.functionName ?? '';
    const thread = e.tid === main ? 'main' : 'other';
    rows.push([(e.ts - start.ts) / 1000, `${thread} ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${where.replace(/^chrome-extension:\/\/[a-z]+\//, '')}`]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  console.log(`\nRun ${run} (ms from navigation):`);
  for (const [at, what] of rows) if (at >= 0) console.log(`${at.toFixed(1).padStart(8)}  ${what}`);
}

async function main() {
  const dirArg = process.argv.indexOf('--dir');
  const runsArg = process.argv.indexOf('--runs');
  const extensionDir = dirArg > 0 ? process.argv[dirArg + 1] : CHROME_BUILD_DIR;
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 2;
  if (!extensionDir || !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  const launched = await launchExtension({ headless: true, extensionDir });
  try {
    await setUpPassphrase(launched);
    await leaveContactInProgress(launched);
    await traceOnce(launched); // warm-up
    for (let run = 1; run <= runs; run++) print(await traceOnce(launched), run);
  } finally {
    await launched.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
