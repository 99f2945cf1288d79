import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findBrowser } from './find-browser';

export const CHROME_BUILD_DIR = resolve('.output/chrome-mv3');

export type LaunchedExtension = {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  sidePanelUrl: string;
  optionsUrl: string;
  close(): Promise<void>;
};

export type LaunchOptions = {
  extensionDir?: string;
  headless?: boolean;
  /** A profile folder to reuse across launches (crash and relaunch tests); a fresh one if empty. */
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  /** Extra Chromium switches, e.g. `--remote-debugging-port=0` to reach the real side panel. */
  args?: string[];
};

/**
 * Starts Chromium with the built extension loaded. The flags keep Chromium from reaching out to
 * Google's services: this machine's network is closed, and the extension must send nothing anyway.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: findBrowser(),
    headless,
    viewport: options.viewport === undefined ? { width: 400, height: 800 } : options.viewport,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      ...(headless ? ['--disable-gpu'] : []),
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    sidePanelUrl: `chrome-extension://${extensionId}/sidepanel.html`,
    optionsUrl: `chrome-extension://${extensionId}/options.html`,
    close: () => context.close(),
  };
}
