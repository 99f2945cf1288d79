import { afterEach } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension, type LaunchOptions } from '../../../scripts/support/launch-extension';
import { startDemoServer, type DemoServer } from '../../../scripts/support/demo-server';
import { SidePanel } from '../pages/side-panel';

// Per-test browser with the built extension. Everything a test opens is closed after it.
const openResources: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  while (openResources.length) await openResources.pop()?.close().catch(() => undefined);
});

export async function launch(options?: LaunchOptions): Promise<LaunchedExtension> {
  const launched = await launchExtension(options);
  openResources.push(launched);
  return launched;
}

export async function demoRecord(): Promise<DemoServer> {
  const server = await startDemoServer();
  openResources.push(server);
  return server;
}

/** Opens the side panel page as a tab at panel width; Chrome's real side panel hosts the same page. */
export async function openSidePanel(launched: LaunchedExtension): Promise<{ page: Page; panel: SidePanel }> {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(launched.sidePanelUrl);
  return { page, panel: new SidePanel(page) };
}
