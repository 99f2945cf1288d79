import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryEntries, zipEntries } from '../../scripts/deploy/zip';

// Reproducible packages (issue 15): the Chrome build made by `npm test` (.output/chrome-mv3) is
// built again into another folder, with the same environment, and the two are compared byte for
// byte, then as the zips `npm run package` writes. About 20-40 s (one more build); it runs with the
// other end-to-end tests because it needs the first build.

/** The environment `npm test` built with: without what Vitest adds (NODE_ENV=test changes the build). */
function buildEnvironment(out: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PMH_OUT_DIR: out };
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name === 'TEST' || name.startsWith('VITEST')) delete env[name];
  return env;
}

describe('the build is reproducible', () => {
  it('[H75-f] a second build of the same commit has the same files, and zips to the same bytes', { timeout: 180_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), 'pmh-rebuild-'));
    try {
      const build = spawnSync('npx', ['wxt', 'build'], { env: buildEnvironment(out), encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
      const first = directoryEntries('.output/chrome-mv3');
      const second = directoryEntries(join(out, 'chrome-mv3'));
      const summary = (entries: typeof first) => entries.map((e) => `${e.name} ${Buffer.from(e.data).toString('base64').length}`).sort();
      expect(summary(second)).toEqual(summary(first));
      const differing = first.filter((entry) => !Buffer.from(entry.data).equals(Buffer.from(second.find((s) => s.name === entry.name)?.data ?? [])));
      expect(differing.map((e) => e.name)).toEqual([]);
      expect(zipEntries(second).equals(zipEntries(first))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
