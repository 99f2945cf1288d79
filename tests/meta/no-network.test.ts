import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Issue 6: "no code calls fetch, XHR, WebSocket or beacons". The Content Security Policy
// (connect-src 'none', tests/e2e/built-manifests.e2e.ts) stops extension pages connecting at run
// time; this check stops the code being written in the first place, across everything that ships
// (lib/, components/, entrypoints/, content/), and names the file and line. Comments may name the
// APIs (to say why they are not used) and user-facing text may contain the words; code may not.

const root = fileURLToPath(new URL('../../', import.meta.url));
export const SHIPPED_FOLDERS = ['lib', 'components', 'entrypoints', 'content'];

export type NetworkFinding = { file: string; line: number; what: string; code: string };

/** APIs that send or receive over the network, matched in code with comments and text blanked out. */
const NETWORK_APIS: Array<{ what: string; pattern: RegExp }> = [
  { what: 'fetch', pattern: /\bfetch\b/ },
  { what: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { what: 'WebSocket', pattern: /\bWebSocket(?:Stream)?\b/ },
  { what: 'EventSource', pattern: /\bEventSource\b/ },
  { what: 'sendBeacon', pattern: /\bsendBeacon\b/ },
  { what: 'navigator.connection', pattern: /\bnavigator\s*\??\.\s*connection\b/ },
  { what: 'importScripts', pattern: /\bimportScripts\b/ },
  { what: 'WebTransport', pattern: /\bWebTransport\b/ },
  { what: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/ },
];

/** Module loading from elsewhere, matched in code with comments blanked but text kept. */
const REMOTE_MODULES: Array<{ what: string; pattern: RegExp }> = [
  { what: 'import() of a remote URL', pattern: /\bimport\s*\(\s*['"`](?:[a-z][a-z0-9+.-]*:|\/\/)/i },
  { what: 'import() of a computed address', pattern: /(?<![.\w$])import\s*\(\s*(?!['"`]\.{1,2}\/|['"`][@a-z])/i },
  { what: 'import from a remote URL', pattern: /\b(?:from|import)\s*['"`](?:[a-z][a-z0-9+.-]*:|\/\/)/i },
];

/**
 * Two views of a TypeScript source, each the same length and with the same line breaks as the
 * original so that line numbers hold: `code` has comments blanked; `bare` also has the contents of
 * string and template literals blanked (but not `${…}` expressions inside templates).
 */
export function blankCommentsAndText(source: string): { code: string; bare: string } {
  let code = '';
  let bare = '';
  const keep = (c: string) => {
    code += c;
    bare += c;
  };
  const blank = (c: string, inCode: boolean) => {
    const space = c === '\n' ? '\n' : ' ';
    code += inCode ? c : space;
    bare += space;
  };
  // A stack of template literals whose `${` expression we are inside, with the brace depth there.
  const templates: number[] = [];
  let depth = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') blank(source[i++] as string, false);
      continue;
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      while (i < stop) blank(source[i++] as string, false);
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      keep(c);
      i++;
      while (i < source.length) {
        const d = source[i] as string;
        if (d === '\\') {
          blank(d, true);
          if (i + 1 < source.length) blank(source[i + 1] as string, true);
          i += 2;
          continue;
        }
        if (d === c) break;
        if (c === '`' && d === '$' && source[i + 1] === '{') {
          break;
        }
        if (c !== '`' && d === '\n') break; // unterminated: stop at the line end
        blank(d, true);
        i++;
      }
      if (c === '`' && source[i] === '$') {
        keep('$');
        keep('{');
        i += 2;
        templates.push(depth);
        depth++;
        continue;
      }
      if (i < source.length) keep(source[i++] as string);
      continue;
    }
    if (c === '{') depth++;
    if (c === '}') {
      depth--;
      if (templates.length > 0 && templates[templates.length - 1] === depth) {
        // The end of a `${…}` expression: the template literal carries on.
        templates.pop();
        keep('}');
        i++;
        while (i < source.length) {
          const d = source[i] as string;
          if (d === '\\') {
            blank(d, true);
            if (i + 1 < source.length) blank(source[i + 1] as string, true);
            i += 2;
            continue;
          }
          if (d === '`') break;
          if (d === '$' && source[i + 1] === '{') break;
          blank(d, true);
          i++;
        }
        if (source[i] === '$') {
          keep('$');
          keep('{');
          i += 2;
          templates.push(depth);
          depth++;
        } else if (i < source.length) {
          keep(source[i++] as string);
        }
        continue;
      }
    }
    keep(c);
    i++;
  }
  return { code, bare };
}

/** Every network call or remote module load in one source text, with its line (1-based). */
export function findNetworkCalls(source: string, file: string): NetworkFinding[] {
  const { code, bare } = blankCommentsAndText(source);
  const originalLines = source.split('\n');
  const codeLines = code.split('\n');
  const findings: NetworkFinding[] = [];
  bare.split('\n').forEach((line, index) => {
    const codeLine = codeLines[index] ?? '';
    const hits = [
      // Also `window['fetch']`: reached by name, the name is in a string.
      ...NETWORK_APIS.filter(({ what, pattern }) => pattern.test(line) || new RegExp(`\\[\\s*['"\`]${what}['"\`]\\s*\\]`).test(codeLine)),
      ...REMOTE_MODULES.filter(({ pattern }) => pattern.test(codeLine)),
    ];
    for (const { what } of hits) findings.push({ file, line: index + 1, what, code: (originalLines[index] ?? '').trim() });
  });
  return findings;
}

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts)$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

/** Scans every TypeScript file under the folders; findings name files relative to `base`. */
export function scanFolders(base: string, folders: readonly string[]): NetworkFinding[] {
  return folders
    .flatMap((folder) => sourceFiles(join(base, folder)))
    .flatMap((file) => findNetworkCalls(readFileSync(file, 'utf8'), relative(base, file)));
}

const describeFinding = (f: NetworkFinding) => `${f.file}:${f.line} ${f.what}: ${f.code}`;

describe('no network code in what ships (issue 6)', () => {
  it('finds the shipped source folders and their files', () => {
    const files = SHIPPED_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)).map((file) => relative(root, file)));
    for (const folder of SHIPPED_FOLDERS) expect(files.some((file) => file.startsWith(`${folder}/`)), folder).toBe(true);
    expect(files).toContain('lib/platform/record-insertion.ts');
    expect(files).toContain('content/insert-at-caret.ts');
  });

  it('[H17-q] lib/, components/, entrypoints/ and content/ call no fetch, XHR, WebSocket, EventSource or beacon, and import nothing remote', () => {
    expect(scanFolders(root, SHIPPED_FOLDERS).map(describeFinding)).toEqual([]);
  });
});

describe('the no-network scanner', () => {
  it.each([
    { what: 'fetch', sample: "const response = await fetch('https://example.org/log');" },
    { what: 'fetch', sample: 'const send = globalThis.fetch;' },
    { what: 'fetch', sample: "await window['fetch'](url);" },
    { what: 'XMLHttpRequest', sample: 'const xhr = new XMLHttpRequest();' },
    { what: 'WebSocket', sample: "const socket = new WebSocket('wss://example.org');" },
    { what: 'EventSource', sample: "new EventSource('/events');" },
    { what: 'sendBeacon', sample: "navigator.sendBeacon('/log', body);" },
    { what: 'navigator.connection', sample: 'const kind = navigator.connection?.effectiveType;' },
    { what: 'importScripts', sample: "importScripts('https://cdn.example.org/x.js');" },
    { what: 'RTCPeerConnection', sample: 'const peer = new RTCPeerConnection();' },
    { what: 'fetch', sample: 'const label = `sent ${await fetch(url)}`;' },
    { what: 'import() of a remote URL', sample: "const mod = await import('https://cdn.example.org/mod.js');" },
    { what: 'import() of a computed address', sample: 'const mod = await import(address);' },
    { what: 'import from a remote URL', sample: "import { x } from 'https://cdn.example.org/mod.js';" },
  ])('finds $what in: $sample', ({ what, sample }) => {
    const source = `// line 1\n\n${sample}\n`;
    expect(findNetworkCalls(source, 'sample.ts')).toContainEqual({ file: 'sample.ts', line: 3, what, code: sample });
  });

  it.each([
    { why: 'a line comment', sample: '// No fetch(), XMLHttpRequest or WebSocket here.' },
    { why: 'a block comment', sample: '/* sendBeacon and EventSource are never used:\n   importScripts either. */' },
    { why: 'user-facing text', sample: "const help = 'The panel cannot fetch anything: it has no WebSocket.';" },
    { why: 'text in a template', sample: 'const help = `fetch ${count} items`;' },
    { why: 'a web address shown as text', sample: "const web = 'https://www.example.org/perinatal'; // shown, never followed" },
    { why: 'a lazy import of our own code', sample: "const screen = await import('./contact/contact-screen');" },
    { why: 'a type-level import', sample: "type Screen = typeof import('./contact/contact-screen');" },
    { why: 'an import of a package', sample: "import { z } from 'zod';" },
    { why: 'a word that contains fetch', sample: 'const prefetched = prefetchAll();' },
  ])('ignores $why', ({ sample }) => {
    expect(findNetworkCalls(sample, 'sample.ts')).toEqual([]);
  });

  it('keeps line numbers right after multi-line comments and templates', () => {
    const source = ['/* one', ' two */', 'const t = `a', 'b ${x} c', '`;', 'void fetch(u);'].join('\n');
    expect(findNetworkCalls(source, 'x.ts').map((f) => f.line)).toEqual([6]);
  });

  it('names the file and line of a call planted in a file on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmh-no-network-'));
    try {
      writeFileSync(join(dir, 'clean.ts'), "export const a = 1; // fetch is not used\n");
      writeFileSync(join(dir, 'leaky.tsx'), "export function leak() {\n  return navigator.sendBeacon('/x', 'y');\n}\n");
      expect(scanFolders(dir, ['.']).map(describeFinding)).toEqual(["leaky.tsx:2 sendBeacon: return navigator.sendBeacon('/x', 'y');"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
