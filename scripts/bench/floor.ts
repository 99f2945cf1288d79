import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE_NAME } from '../../lib/storage/database';

// The bench's floor (issue 17): hand-written extension pages (scripts/bench/floor/) that show the
// panel's home screen and a resumed contact's current question with no framework and no engine.
// They are never shipped: the bench copies the built extension to BENCH_BUILD_DIR, adds the floor
// there and loads that copy, so panel and floor run in the same browser, alternately.

export const FLOOR_FOLDER = 'bench-floor';
export const BENCH_BUILD_DIR = resolve('.output/bench-chrome-mv3');
const FLOOR_SOURCES = resolve('scripts/bench/floor');

/** Copies the build and adds the floor pages (with empty markup until captureFloorMarkup). */
export function makeBenchBuild(buildDir: string, benchDir = BENCH_BUILD_DIR): string {
  assertNoFloorPage(buildDir);
  rmSync(benchDir, { recursive: true, force: true });
  cpSync(buildDir, benchDir, { recursive: true });
  const floorDir = join(benchDir, FLOOR_FOLDER);
  mkdirSync(floorDir);
  // The floor uses the panel's own stylesheet, so both pages paint the same styles.
  const panelHtml = readFileSync(join(buildDir, 'sidepanel.html'), 'utf8');
  const styles = [...panelHtml.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]).join('\n    ');
  writeFileSync(join(floorDir, 'floor.html'), readFileSync(join(FLOOR_SOURCES, 'floor.html'), 'utf8').replace('<!-- floor-styles -->', styles));
  cpSync(join(FLOOR_SOURCES, 'floor.js'), join(floorDir, 'floor.js'));
  writeFloorMarkup(benchDir, { home: '', contactScreen: '' });
  return benchDir;
}

/** The panel's markup, captured in this run, that the floor shows. */
export function writeFloorMarkup(benchDir: string, markup: { home: string; contactScreen: string }): void {
  const data = [
    `export const DATABASE_NAME = ${JSON.stringify(DATABASE_NAME)};`,
    `export const HOME_HTML = ${JSON.stringify(markup.home)};`,
    `export const CONTACT_SCREEN_HTML = ${JSON.stringify(markup.contactScreen)};`,
  ].join('\n');
  writeFileSync(join(benchDir, FLOOR_FOLDER, 'floor-data.js'), `${data}\n`);
}

export function floorUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/${FLOOR_FOLDER}/floor.html`;
}

/** The shipped build must not carry the floor (the bench and an e2e test check). */
export function assertNoFloorPage(buildDir: string): void {
  const stray = existsSync(join(buildDir, FLOOR_FOLDER)) || readdirSync(buildDir).some((name) => name.startsWith('floor'));
  if (stray) throw new Error(`${buildDir} holds the bench's floor page: it must never ship. Rebuild with \`npm run build\`.`);
}
