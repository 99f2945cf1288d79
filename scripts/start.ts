import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrowserNotFoundError, findBrowser } from './support/find-browser';
import { startDemoServer } from './support/demo-server';
import { buildDemo } from './demo-editor-bundle';
import { launchExtension } from './support/launch-extension';

// `npm start`: build the Chrome extension, then open a Chromium-family browser with it loaded and
// the demo record page open. With no display (a server), run headless, open the side panel page
// beside the record and save screenshots under .output/ so the main job can be seen working.

async function main() {
  try {
    findBrowser();
  } catch (error) {
    if (error instanceof BrowserNotFoundError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  console.log('Building the Chrome extension…');
  execSync('npx wxt build', { stdio: 'inherit' });
  console.log(`Demo record editor: ${await buildDemo()}`);

  const demo = await startDemoServer();
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

  if (hasDisplay) {
    const launched = await launchExtension({ headless: false, viewport: null });
    const record = launched.context.pages()[0] ?? (await launched.context.newPage());
    await record.goto(demo.recordUrl);
    console.log(`Demo record page: ${demo.recordUrl}`);
    console.log('Click the PMH Contact Companion button in the toolbar (puzzle-piece menu) to open the side panel.');
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => launched.context.on('close', () => done()));
    await demo.close();
    return;
  }

  console.log('No display found: running headless and saving screenshots instead.');
  const launched = await launchExtension({ headless: true });
  try {
    const record = await launched.context.newPage();
    await record.setViewportSize({ width: 1100, height: 800 });
    await record.goto(demo.recordUrl);
    const panel = await launched.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(launched.sidePanelUrl);
    await panel.getByRole('heading', { level: 1 }).waitFor();

    const outDir = resolve('.output/screenshots');
    mkdirSync(outDir, { recursive: true });
    const panelShot = resolve(outDir, 'side-panel.png');
    const recordShot = resolve(outDir, 'demo-record.png');
    await panel.screenshot({ path: panelShot });
    await record.screenshot({ path: recordShot });
    console.log(`Side panel screenshot: ${panelShot}`);
    console.log(`Demo record screenshot: ${recordShot}`);
  } finally {
    await launched.close();
    await demo.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
