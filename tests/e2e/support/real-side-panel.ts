import { afterAll, afterEach } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import preact from '@preact/preset-vite';
import { launch } from './extension';
import { launchExtension, type LaunchedExtension } from '../../../scripts/support/launch-extension';
import type { HarnessConfig } from '../fixtures/record-output-harness';

// Chrome's real side panel, driven by Playwright. The panel is not a tab, so the launching
// connection never reports it; a second connection over the DevTools port (connectOverCDP) lists
// every page target, the side panel included. The real panel matters here: it belongs to the
// record's window, so "the page beside the panel" is the record, as for a practitioner.

const profiles: string[] = [];
const connections: Browser[] = [];
/** Browsers launched for a whole spec file, closed after its last test. */
const fileBrowsers: LaunchedExtension[] = [];

afterEach(async () => {
  while (connections.length) await connections.pop()?.close().catch(() => undefined);
});

afterAll(async () => {
  while (fileBrowsers.length) await fileBrowsers.pop()?.close().catch(() => undefined);
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

export type WithRealSidePanel = {
  launched: LaunchedExtension;
  /** Waits for Chrome's side panel (opened by the extension) and returns its page. */
  sidePanel(): Promise<Page>;
};

/**
 * `forWholeFile`: one browser for every test in the spec file (call it in beforeAll), closed after
 * the file; otherwise one per test, closed after it.
 */
export async function launchWithRealSidePanel(options: { forWholeFile?: boolean } = {}): Promise<WithRealSidePanel> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pmh-e2e-'));
  profiles.push(userDataDir);
  const launchOptions = { userDataDir, args: ['--remote-debugging-port=0'] };
  let launched: LaunchedExtension;
  if (options.forWholeFile) {
    launched = await launchExtension(launchOptions);
    fileBrowsers.push(launched);
  } else {
    launched = await launch(launchOptions);
  }
  const portFile = join(userDataDir, 'DevToolsActivePort');
  for (let i = 0; i < 50 && !existsSync(portFile); i += 1) await new Promise((done) => setTimeout(done, 100));
  const port = readFileSync(portFile, 'utf8').split('\n')[0]?.trim();
  const panelUrl = launched.sidePanelUrl;
  const panelIsOpen = () =>
    launched.serviceWorker.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(filter: object): Promise<unknown[]> } } }).chrome.runtime;
      return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length > 0;
    });
  return {
    launched,
    async sidePanel() {
      const deadline = Date.now() + 20_000;
      while (!(await panelIsOpen())) {
        if (Date.now() > deadline) throw new Error('The side panel did not open within 20 s of the shortcut.');
        await new Promise((done) => setTimeout(done, 100));
      }
      // Connect only now: a CDP connection lists the page targets that exist when it attaches,
      // and is not told about a side panel that opens later.
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      connections.push(cdp);
      for (let i = 0; i < 50; i += 1) {
        for (const context of cdp.contexts()) {
          const page = context.pages().find((candidate) => candidate.url().startsWith(panelUrl));
          if (page) {
            await page.waitForLoadState('domcontentloaded');
            return page;
          }
        }
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new Error('The side panel did not open');
    },
  };
}

export type HarnessBundle = { js: string; css: string };

/** Builds the fixture that mounts RecordOutput the way the panel app does (about a second). */
export async function buildRecordOutputHarness(): Promise<HarnessBundle> {
  const output = (await build({
    configFile: false,
    // Zod's comments trip a harmless Rollup warning; real errors still throw.
    logLevel: 'error',
    plugins: [preact()],
    // As in the extension build (the @wxt-dev/webextension-polyfill module in wxt.config.ts).
    resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('tests/e2e/fixtures/record-output-harness.tsx'), formats: ['iife'], name: 'RecordOutputHarness', fileName: () => 'harness.js' },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const files = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const js = files.flatMap((file) => (file.type === 'chunk' ? [file.code] : [])).join('\n');
  const css = files.flatMap((file) => (file.type === 'asset' && file.fileName.endsWith('.css') ? [String(file.source)] : [])).join('\n');
  return { js, css };
}

/** Replaces the panel's content with the harness, showing the given summary. */
export async function mountRecordOutput(panel: Page, bundle: HarnessBundle, config: HarnessConfig): Promise<void> {
  await panel.evaluate((value) => {
    (window as unknown as { __recordOutputHarness: HarnessConfig }).__recordOutputHarness = value;
  }, config);
  // The panel's CSP allows no inline <style>; a constructed stylesheet is not inline markup.
  if (bundle.css) {
    await panel.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, bundle.css);
  }
  await panel.evaluate(bundle.js);
  await panel.getByRole('button', { name: 'Insert into record' }).waitFor();
}
