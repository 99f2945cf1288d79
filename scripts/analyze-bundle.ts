import preact from '@preact/preset-vite';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { build, type Rollup } from 'vite';
import { initialScripts } from './bench/initial-js';
import { productionBuildEnv } from './support/production-build-env';

// `npx vite-node scripts/analyze-bundle.ts [entry]`: which modules make up a page's JavaScript,
// grouped by package or lib/components folder, largest first (minified, before gzip). A tool for
// keeping the side panel inside its size budget; `npm run bench` reports the budget itself.
//
// `npx vite-node scripts/analyze-bundle.ts --chunks [--no-build] [--top N]` (issue 17): the real
// build, chunk by chunk. Builds the extension with source maps into .output/analyze/chrome-mv3 (never
// the shipped folder; source maps change nothing in the code), then prints for each chunk its raw
// and gzip size, whether the side panel's first paint or its modulepreload list loads it, which
// chunks import it (statically, or with import() = on demand), and its largest source modules
// (minified bytes attributed through the source map).

const root = resolve('.');

if (process.argv.includes('--chunks')) chunkReport();
else await moduleReport(resolve(process.argv[2] ?? 'entrypoints/sidepanel/main.tsx'));

async function moduleReport(entry: string) {
  const result = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [preact()],
    resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } },
    build: { write: false, minify: true, rollupOptions: { input: entry } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];

  const sizes = new Map<string, number>();
  for (const output of Array.isArray(result) ? result : [result]) {
    for (const chunk of output.output) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, module] of Object.entries(chunk.modules)) {
        const key = moduleGroup(id.replace(`${root}/`, ''));
        sizes.set(key, (sizes.get(key) ?? 0) + module.renderedLength);
      }
    }
  }
  for (const [name, bytes] of [...sizes].sort((a, b) => b[1] - a[1])) {
    console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${name}`);
  }
}

function moduleGroup(path: string): string {
  return path.replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, 'npm:$1').replace(/^((?:lib|components)\/[^/]+).*/, '$1');
}

function chunkReport() {
  const outDir = resolve('.output/analyze');
  const buildDir = join(outDir, 'chrome-mv3');
  if (!process.argv.includes('--no-build') || !existsSync(join(buildDir, 'manifest.json'))) {
    execSync('npx wxt build', { stdio: 'ignore', env: { ...productionBuildEnv(), PMH_OUT_DIR: '.output/analyze', PMH_SOURCEMAP: '1' } });
  }
  const topArg = process.argv.indexOf('--top');
  const top = topArg > 0 ? Number(process.argv[topArg + 1]) : 8;
  const files = ['background.js', ...readdirSync(join(buildDir, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  const code = new Map(files.map((file) => [file, readFileSync(join(buildDir, file), 'utf8')]));

  // Who imports whom: `from"./x.js"` / `import"./x.js"` is static, `import("./x.js")` on demand.
  const importers = new Map<string, string[]>();
  for (const [file, text] of code) {
    for (const match of text.matchAll(/(import\(\s*|from\s*|import\s*)["']\.\/([^"']+\.js)["']/g)) {
      const target = `chunks/${match[2]}`;
      const how = match[1]!.startsWith('import(') ? 'import()' : 'static';
      importers.set(target, [...(importers.get(target) ?? []), `${short(file)} (${how})`]);
    }
  }
  const firstPaint = new Set(initialScripts(buildDir, 'sidepanel.html', { preloads: false }).map((f) => relative(buildDir, f)));
  const preloaded = new Set(initialScripts(buildDir, 'sidepanel.html').map((f) => relative(buildDir, f)));

  const rows = files.map((file) => {
    const text = code.get(file)!;
    return { file, raw: text.length, gzip: gzipSync(text, { level: 9 }).length, modules: modulesOf(buildDir, file, text) };
  });
  rows.sort((a, b) => b.gzip - a.gzip);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  let firstPaintGzip = 0;
  let preloadGzip = 0;
  for (const row of rows) {
    const where = firstPaint.has(row.file) ? 'side panel first paint' : preloaded.has(row.file) ? 'side panel modulepreload' : 'on demand / other page';
    if (firstPaint.has(row.file)) firstPaintGzip += row.gzip;
    if (preloaded.has(row.file)) preloadGzip += row.gzip;
    console.log(`\n${short(row.file)}  ${kb(row.raw)} raw, ${kb(row.gzip)} gzip  [${where}]`);
    console.log(`  imported by: ${(importers.get(row.file) ?? ['(page script)']).join(', ')}`);
    for (const [name, bytes] of row.modules.slice(0, top)) console.log(`  ${kb(bytes).padStart(9)}  ${name}`);
    if (row.modules.length > top) console.log(`  ${' '.repeat(9)}  … ${row.modules.length - top} more modules`);
  }
  console.log(`\nSide panel: ${kb(firstPaintGzip)} gzip before first paint, ${kb(preloadGzip)} gzip with its modulepreload list.`);
}

function short(file: string): string {
  return file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '.js');
}

/** Minified bytes of a built file per source module (source map), largest first. */
function modulesOf(buildDir: string, file: string, text: string): [string, number][] {
  const mapFile = join(buildDir, `${file}.map`);
  if (!existsSync(mapFile)) return [];
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap);
  const lines = text.split('\n');
  const sizes = new Map<string, number>();
  let previous: { line: number; column: number; source: string } | null = null;
  const add = (source: string, bytes: number) => sizes.set(source, (sizes.get(source) ?? 0) + bytes);
  const close = (line: number, column: number) => {
    if (!previous) return;
    if (previous.line === line) add(previous.source, column - previous.column);
    else add(previous.source, lines[previous.line - 1]!.length - previous.column);
  };
  consumer.eachMapping((mapping) => {
    close(mapping.generatedLine, mapping.generatedColumn);
    // Sources are relative to the chunk (../../../lib/x.ts): keep the project path, or npm:<package>.
    const source = mapping.source ? mapping.source.replace(/^(?:\.\.\/)+/, '').replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, 'npm:$1') : '(unmapped)';
    previous = { line: mapping.generatedLine, column: mapping.generatedColumn, source };
  }, undefined, SourceMapConsumer.GENERATED_ORDER);
  if (previous) close(Number.MAX_SAFE_INTEGER, 0);
  return [...sizes].sort((a, b) => b[1] - a[1]);
}
