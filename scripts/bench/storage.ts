import preact from '@preact/preset-vite';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { BrowserContext } from 'playwright-core';
import type { StorageBenchmarkResult } from '../../lib/storage/benchmark';
import { startDemoServer } from '../support/demo-server';

// Bundles lib/storage's benchmark for the browser and runs it in a page of the given Chromium
// context (served from loopback), returning its figures.
export async function storageBenchmarkInChromium(context: BrowserContext, count = 5000, writes = 200): Promise<StorageBenchmarkResult> {
  const outDir = mkdtempSync(join(tmpdir(), 'pmh-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: resolve('scripts/bench/browser/storage-entry.ts'), formats: ['iife'], name: 'PmhStorageBench', fileName: () => 'storage-bench.js' },
    },
  });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>storage bench</title><script src="storage-bench.js"></script>');
  const server = await startDemoServer(outDir);
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/index.html`);
    return (await page.evaluate(
      ([c, w]) => (globalThis as unknown as { runPmhStorageBenchmark(c: number, w: number): Promise<unknown> }).runPmhStorageBenchmark(c!, w!),
      [count, writes],
    )) as StorageBenchmarkResult;
  } finally {
    await page.close();
    await server.close();
  }
}
