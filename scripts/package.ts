import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIdentity } from './deploy/identity';
import { storeScreenshots } from './deploy/store-screenshots';
import { generatePolicyFiles, writePolicyFiles } from './deploy/write-policy-files';
import { directoryEntries, zipEntries, type ZipEntry } from './deploy/zip';

// `npm run package [-- --no-screenshots]`: everything a store listing or a trust's deployment needs,
// in .output/package/ (README.md, "Packages"):
//
//   pmh-contact-companion-<v>-chrome.zip        Chrome and Edge, with the manifest key (the fixed id
//                                               policy targets): unpacked loads, a trust's own CRX
//   pmh-contact-companion-<v>-chrome-store.zip  the same without `key`, for the Chrome Web Store and
//                                               Edge Add-ons (they refuse a key and assign the id)
//   pmh-contact-companion-<v>-firefox.zip       Firefox (addons.mozilla.org or self-distribution)
//   pmh-contact-companion-<v>-sources.zip       the committed source tree, for AMO review
//   pmh-contact-companion-<v>-policy.zip        ADMX/ADML, .reg, Intune rows, .mobileconfig, policies.json
//   screenshots/*.png                           1280x800 store screenshots from the demo
//   SHA256SUMS                                  so a rebuild can be compared
//
// Zips depend only on the files' bytes (scripts/deploy/zip.ts), and the build is reproducible
// (tests/e2e/reproducible-build.e2e.ts), so building the same commit again gives the same files.

const OUT = resolve('.output/package');

function run(command: string, args: string[]): void {
  // Without the NODE_ENV vite-node sets for this script: it changes the build, and the packages
  // must be byte for byte what `npm run build` makes (tests/e2e/reproducible-build.e2e.ts).
  const env = { ...process.env };
  delete env.NODE_ENV;
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function write(name: string, bytes: Buffer): string {
  const path = join(OUT, name);
  writeFileSync(path, bytes);
  return path;
}

/** The committed files (git ls-files), so the sources zip is exactly what the commit holds. */
function sourceEntries(): ZipEntry[] {
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  return tracked.filter((path) => !path.startsWith('.ci/')).map((path) => ({ name: path, data: readFileSync(path) }));
}

/** The Chrome build with `key` removed from the manifest, for store upload. */
function storeEntries(entries: readonly ZipEntry[]): ZipEntry[] {
  return entries.map((entry) => {
    if (entry.name !== 'manifest.json') return entry;
    const manifest = JSON.parse(Buffer.from(entry.data).toString('utf8')) as Record<string, unknown>;
    delete manifest.key;
    return { name: entry.name, data: Buffer.from(JSON.stringify(manifest)) };
  });
}

async function main(argv: readonly string[]): Promise<void> {
  const identity = buildIdentity();
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const base = `pmh-contact-companion-${version}`;
  if (!identity.homepageUrl) console.warn('Note: PMH_HOMEPAGE_URL is not set, so the manifest has no homepage_url (README.md, "Identity").');

  run('npx', ['wxt', 'build']);
  run('npx', ['wxt', 'build', '-b', 'firefox']);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const chrome = directoryEntries('.output/chrome-mv3');
  const written = [
    write(`${base}-chrome.zip`, zipEntries(chrome)),
    write(`${base}-chrome-store.zip`, zipEntries(storeEntries(chrome))),
    write(`${base}-firefox.zip`, zipEntries(directoryEntries('.output/firefox-mv2'))),
    write(`${base}-sources.zip`, zipEntries(sourceEntries())),
  ];
  const policyDir = join(OUT, 'policy');
  writePolicyFiles(policyDir, generatePolicyFiles());
  written.push(write(`${base}-policy.zip`, zipEntries(directoryEntries(policyDir))));
  rmSync(policyDir, { recursive: true, force: true });

  const sums = written.map((path) => `${createHash('sha256').update(readFileSync(path)).digest('hex')}  ${path.slice(OUT.length + 1)}`);
  writeFileSync(join(OUT, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  for (const line of sums) console.log(line);

  if (!argv.includes('--no-screenshots')) {
    const shots = await storeScreenshots(join(OUT, 'screenshots'), resolve('.output/chrome-mv3'));
    for (const shot of shots) console.log(`Screenshot: ${shot}`);
  }
  console.log(`Packages in ${OUT}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
