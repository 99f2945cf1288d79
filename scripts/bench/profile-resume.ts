import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { launchExtension, type LaunchedExtension } from '../support/launch-extension';
import { productionBuildEnv } from '../support/production-build-env';
import { setUpPassphrase } from './contact-interactions';
import { leaveContactInProgress, RESUME_LABEL } from './resume-contact';
import { autoResume } from './panel-timing';

// `npx vite-node scripts/bench/profile-resume.ts [--no-build] [--runs N] [--inclusive]` (issue 17): where a resume
// spends its time. Builds the extension with source maps into .output/profile/chrome-mv3 (never the
// shipped folder), leaves a contact in progress, then records a CPU profile (Chromium DevTools
// protocol Profiler) of loading the panel and resuming that contact to its current question, N
// times, and prints self time per source module (through the source maps) and per category
// (compiling, garbage collection, idle); with --inclusive, also time per function with what it
// called. Source maps change nothing in the code that runs.

const PROFILE_DIR = resolve('.output/profile/chrome-mv3');

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

function build() {
  execSync('npx wxt build', { stdio: 'ignore', env: { ...productionBuildEnv(), PMH_OUT_DIR: '.output/profile', PMH_SOURCEMAP: '1' } });
}

async function profileOnce(launched: LaunchedExtension): Promise<Profile> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  const cdp = await launched.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.addInitScript(autoResume, RESUME_LABEL);
  await cdp.send('Profiler.start');
  await page.goto(launched.sidePanelUrl);
  await page.waitForFunction(() => performance.getEntriesByName('bench:question-shown', 'mark').length > 0, undefined, { timeout: 15_000 });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await page.close();
  return profile;
}

/**
 * `--inclusive`: time per function including what it called, by function and module (through the
 * source maps), so a handler or a render shows with everything under it.
 */
function printInclusive(profiles: readonly Profile[], moduleOf: (frame: ProfileNode['callFrame']) => string) {
  const inclusiveMs = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((id, index) => {
      const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      const counted = new Set<string>();
      for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
        const frame = byId.get(up)!.callFrame;
        const key = `${frame.functionName || '(anonymous)'} in ${moduleOf(frame)}`;
        if (counted.has(key)) continue; // a recursive call counts once per sample
        counted.add(key);
        inclusiveMs.set(key, (inclusiveMs.get(key) ?? 0) + delta);
      }
    });
  }
  console.log(`Inclusive time per function, mean of ${profiles.length} resume(s):`);
  for (const [name, value] of [...inclusiveMs].sort((a, b) => b[1] - a[1]).slice(0, 60)) {
    console.log(`${(value / profiles.length).toFixed(1).padStart(8)} ms  ${name}`);
  }
  console.log('');
}

function summarise(profiles: readonly Profile[], buildDir: string, inclusive: boolean) {
  const consumers = new Map<string, SourceMapConsumer | null>();
  const consumerFor = (url: string) => {
    const path = new URL(url).pathname;
    if (!consumers.has(path)) {
      const map = join(buildDir, `${path}.map`);
      consumers.set(path, existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')) as RawSourceMap) : null);
    }
    return consumers.get(path) ?? null;
  };
  const moduleOf = (frame: ProfileNode['callFrame']): string => {
    if (!frame.url) return `(${frame.functionName || 'anonymous'})`;
    if (!frame.url.startsWith('chrome-extension://')) return '(browser)';
    const consumer = consumerFor(frame.url);
    if (!consumer || frame.lineNumber < 0) return new URL(frame.url).pathname;
    const at = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!at.source) return new URL(frame.url).pathname;
    const source = at.source.replace(/^(\.\.\/)+/, '').replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, 'npm:$1');
    return relative('.', resolve(source)).replace(/^(?:\.\.\/)+/, '');
  };
  const selfMs = new Map<string, number>();
  // A package's time is also split by the first project module up its stack (who called it).
  const viaMs = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    profile.samples.forEach((id, index) => {
      const node = byId.get(id)!;
      const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
      const key = moduleOf(node.callFrame);
      selfMs.set(key, (selfMs.get(key) ?? 0) + delta);
      total += delta;
      if (key.startsWith('npm:')) {
        let up = parent.get(id);
        let caller = '(top)';
        while (up !== undefined) {
          const name = moduleOf(byId.get(up)!.callFrame);
          if (!name.startsWith('npm:') && !name.startsWith('(')) {
            caller = name;
            break;
          }
          up = parent.get(up);
        }
        const via = `${key} <- ${caller}`;
        viaMs.set(via, (viaMs.get(via) ?? 0) + delta);
      }
    });
  }
  const runs = profiles.length;
  if (inclusive) printInclusive(profiles, moduleOf);
  console.log(`Self time per module, mean of ${runs} resume(s) (navigation to question card), ${(total / runs).toFixed(1)} ms sampled:`);
  for (const [name, value] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${(value / runs).toFixed(1).padStart(8)} ms  ${name}`);
  }
  console.log('\nPackages by calling module:');
  for (const [name, value] of [...viaMs].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${(value / runs).toFixed(1).padStart(8)} ms  ${name}`);
  }
}

async function main() {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
  if (!process.argv.includes('--no-build') || !existsSync(join(PROFILE_DIR, 'manifest.json'))) build();
  const launched = await launchExtension({ headless: true, extensionDir: PROFILE_DIR });
  try {
    await setUpPassphrase(launched);
    await leaveContactInProgress(launched);
    await profileOnce(launched); // warm-up
    const profiles: Profile[] = [];
    for (let i = 0; i < runs; i++) profiles.push(await profileOnce(launched));
    summarise(profiles, PROFILE_DIR, process.argv.includes('--inclusive'));
  } finally {
    await launched.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
