import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

  it('[H101-e] keeps Dexie off the panel\'s first paths: only database.ts imports it, and the panel reaches that file only by import()', () => {
    const runtimeDexie = /^import\s(?!type\b)[^'"]*['"]dexie['"]/m;
    const importers = sourceFiles('lib/storage').filter((file) => runtimeDexie.test(code(file)));
    expect(importers.map((file) => relative(root, file))).toEqual([join('lib', 'storage', 'database.ts')]);
    // Every module the side panel can load, its lazy screens included, except through import() of database.ts.
    const database = join(root, 'lib', 'storage', 'database.ts');
    const reached = [...importsOf(join(root, 'entrypoints', 'sidepanel', 'main.tsx'), database)].map((file) => relative(root, file));
    expect(reached.filter((name) => name === 'npm:dexie' || name === relative(root, database))).toEqual([]);
    // The walk does follow the panel's imports, lazy ones included.
    for (const file of ['entrypoints/sidepanel/create-services.ts', 'lib/storage/contact-store.ts', 'lib/storage/raw-reader.ts', 'components/contact/contact-screen.tsx']) {
      expect(reached).toContain(join(...file.split('/')));
    }
  });
});

/**
 * Files and npm packages reached from `file` by static imports (not `import type`) and by import(),
 * except an import() of `lazy`.
 */
function importsOf(file: string, lazy: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = code(file);
  const targets = [
    ...[...source.matchAll(/^(?:import\s*|(?:import|export)\s(?!type\b)[^'";]*?\bfrom\s*)['"]([^'"]+)['"]/gm)].map((match) => ({
      target: match[1]!,
      dynamic: false,
    })),
    ...[...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => ({ target: match[1]!, dynamic: true })),
  ];
  for (const { target, dynamic } of targets) {
    if (!target.startsWith('.')) {
      seen.add(`npm:${target}`);
      continue;
    }
    const base = join(dirname(file), target);
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((candidate) => {
      try {
        return statSync(candidate).isFile() && /\.(ts|tsx)$/.test(candidate);
      } catch {
        return false;
      }
    });
    if (found && !(dynamic && found === lazy)) importsOf(found, lazy, seen);
  }
  return seen;
}
