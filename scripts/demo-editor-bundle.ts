import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

// Bundles the demo record's third-party rich-text editor (demo/src/rich-editor.js, ProseMirror)
// into demo/vendor/rich-editor.js, a plain script the static demo page can load. The bundle is
// generated, never committed (demo/.gitignore). `npx vite-node scripts/build-demo.ts` builds it;
// the end-to-end tests call ensureDemoBuilt() themselves.

export const DEMO_EDITOR_SOURCE = resolve('demo/src/rich-editor.js');
export const DEMO_VENDOR_DIR = resolve('demo/vendor');
export const DEMO_EDITOR_BUNDLE = resolve(DEMO_VENDOR_DIR, 'rich-editor.js');

export async function buildDemo(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('demo'),
    build: {
      outDir: DEMO_VENDOR_DIR,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      lib: { entry: DEMO_EDITOR_SOURCE, formats: ['iife'], name: 'DemoRichEditor', fileName: () => 'rich-editor.js' },
    },
  });
  return DEMO_EDITOR_BUNDLE;
}

/** Builds the bundle unless it exists and is newer than its source. */
export async function ensureDemoBuilt(): Promise<string> {
  if (existsSync(DEMO_EDITOR_BUNDLE) && statSync(DEMO_EDITOR_BUNDLE).mtimeMs >= statSync(DEMO_EDITOR_SOURCE).mtimeMs) {
    return DEMO_EDITOR_BUNDLE;
  }
  return buildDemo();
}
