import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

// The JavaScript a page needs before it can first render: the entry script, everything it
// statically imports (transitively) and any modulepreload links. Dynamic import() is excluded:
// it loads later, on demand.

const staticImport = /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

function resolveFromPage(pageDir: string, ref: string, fromFile?: string): string {
  if (ref.startsWith('/')) return join(pageDir, ref);
  return join(fromFile ? dirname(fromFile) : pageDir, ref);
}

export function initialScripts(buildDir: string, page: string, options: { preloads?: boolean } = {}): string[] {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const refs = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...(options.preloads === false ? [] : [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)),
  ];
  return staticClosure(buildDir, refs.map((ref) => resolveFromPage(buildDir, ref)));
}

/** The files given and every file they statically import, transitively (absolute paths). */
export function staticClosure(buildDir: string, files: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(staticImport)) {
      queue.push(resolveFromPage(buildDir, match[1]!, file));
    }
  }
  return [...seen].map((file) => posix.normalize(file));
}

export function initialJsSize(buildDir: string, page: string, options: { preloads?: boolean } = {}): { files: string[]; raw: number; gzip: number } {
  return filesSize(buildDir, initialScripts(buildDir, page, options));
}

/** Raw and gzip (level 9) bytes of built files, given as absolute paths or paths inside buildDir. */
export function filesSize(buildDir: string, paths: readonly string[]): { files: string[]; raw: number; gzip: number } {
  const files = paths.map((path) => (path.startsWith('/') && existsSync(path) ? path : join(buildDir, path)));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}
