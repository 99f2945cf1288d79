import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Meta-tests for issue 6: storage never touches the network, and nothing outside lib/storage
// reaches Dexie (components never see table names).

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  const full = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(full);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(full, entry);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return /\.(ts|tsx|mts)$/.test(entry) ? [path] : [];
  });
}

/** Code without comments (comments may name the APIs they explain why we avoid). */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('storage boundaries', () => {
  it('makes no network call from lib/storage', () => {
    const forbidden = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource)\b/;
    const offenders = sourceFiles('lib/storage').filter((file) => forbidden.test(code(file)));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('keeps Dexie inside lib/storage', () => {
    const importsDexie = /from\s+['"]dexie['"]|import\(\s*['"]dexie['"]\s*\)|require\(\s*['"]dexie['"]\s*\)/;
    const offenders = ['lib', 'components', 'entrypoints', 'content']
      .flatMap(sourceFiles)
      .filter((file) => !relative(root, file).startsWith(join('lib', 'storage')))
      .filter((file) => importsDexie.test(code(file)));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('uses no browser extension API in lib/storage (the platform layer injects what it needs)', () => {
    const extensionApi = /\b(browser|chrome)\.(storage|runtime|alarms|permissions|tabs)\b|from\s+['"](wxt|#imports)/;
    const offenders = sourceFiles('lib/storage').filter((file) => extensionApi.test(code(file)));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });
});
