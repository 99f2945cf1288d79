import preact from '@preact/preset-vite';
import { build, type Rollup } from 'vite';
import { resolve } from 'node:path';

// `npx vite-node scripts/analyze-bundle.ts [entry]`: which modules make up a page's JavaScript,
// grouped by package or lib/components folder, largest first (minified, before gzip). A tool for
// keeping the side panel inside its size budget; `npm run bench` reports the budget itself.

const root = resolve('.');
const entry = resolve(process.argv[2] ?? 'entrypoints/sidepanel/main.tsx');

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
      const key = id
        .replace(`${root}/`, '')
        .replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, 'npm:$1')
        .replace(/^((?:lib|components)\/[^/]+).*/, '$1');
      sizes.set(key, (sizes.get(key) ?? 0) + module.renderedLength);
    }
  }
}
for (const [name, bytes] of [...sizes].sort((a, b) => b[1] - a[1])) {
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${name}`);
}
