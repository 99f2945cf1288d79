import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SidePanel } from '../../tests/e2e/pages/side-panel';
import { startDemoServer } from '../support/demo-server';
import { launchExtension } from '../support/launch-extension';

// Store screenshots at the size both stores take (1280x800; Chrome Web Store also 640x400): the
// fictional demo record on the left and the panel on the right, as a practitioner sees them.
// Reuses npm start's headless demo (scripts/start.ts) and the e2e page objects.

export const SCREENSHOT_SIZE = { width: 1280, height: 800 } as const;
const PANEL_WIDTH = 400;

export async function storeScreenshots(outDir: string, extensionDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const demo = await startDemoServer();
  const launched = await launchExtension({ headless: true, extensionDir, viewport: null });
  const written: string[] = [];
  try {
    const record = await launched.context.newPage();
    await record.setViewportSize({ width: SCREENSHOT_SIZE.width - PANEL_WIDTH, height: SCREENSHOT_SIZE.height });
    await record.goto(demo.recordUrl);
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: PANEL_WIDTH, height: SCREENSHOT_SIZE.height });
    await page.goto(launched.sidePanelUrl);
    const panel = new SidePanel(page);
    await panel.setPassphrase('demo passphrase words');

    const shoot = async (name: string) => {
      const path = join(outDir, name);
      await besideTheRecord(launched.context.newPage.bind(launched.context), record, page, path);
      written.push(path);
    };
    await shoot('1-start-a-contact.png');
    await panel.startContact({ type: /^New birth visit/, alsoInTheRoom: ['Partner or co-parent'], label: 'Demo visit' });
    await panel.answer('Yes, happy to talk now');
    await shoot('2-during-a-contact.png');
    await panel.backToContacts();
    await panel.openAbout();
    await shoot('3-about.png');
  } finally {
    await launched.close();
    await demo.close();
  }
  return written;
}

async function besideTheRecord(newPage: () => Promise<Page>, record: Page, panel: Page, out: string): Promise<void> {
  const [left, right] = await Promise.all([record.screenshot(), panel.screenshot()]);
  const canvas = await newPage();
  await canvas.setViewportSize(SCREENSHOT_SIZE);
  const img = (png: Buffer) => `<img style="display:block" src="data:image/png;base64,${png.toString('base64')}">`;
  await canvas.setContent(`<body style="margin:0;display:flex;width:${SCREENSHOT_SIZE.width}px;height:${SCREENSHOT_SIZE.height}px;overflow:hidden">${img(left)}${img(right)}</body>`);
  await canvas.screenshot({ path: out });
  await canvas.close();
}
