import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrowserNotFoundError, findBrowser } from './support/find-browser';
import { startDemoServer } from './support/demo-server';
import { productionBuildEnv } from './support/production-build-env';
import { buildDemo } from './demo-editor-bundle';
import { launchExtension } from './support/launch-extension';
import { SidePanel } from '../tests/e2e/pages/side-panel';

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
  execSync('npx wxt build', { stdio: 'inherit', env: productionBuildEnv() });
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
    const outDir = resolve('.output/screenshots');
    mkdirSync(outDir, { recursive: true });
    const record = await launched.context.newPage();
    await record.setViewportSize({ width: 1000, height: 800 });
    await record.goto(demo.recordUrl);
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(launched.sidePanelUrl);
    const panel = new SidePanel(page);

    // A throwaway browser profile: the passphrase and the demo contact vanish when it closes.
    await panel.setPassphrase('demo passphrase words');
    const homeShot = resolve(outDir, 'side-panel.png');
    await page.screenshot({ path: homeShot });
    console.log(`Side panel screenshot: ${homeShot}`);

    await panel.startContact({ type: /^New birth visit/, alsoInTheRoom: ['Partner or co-parent'], label: 'Demo visit' });
    await panel.answer('Yes, happy to talk now');
    await panel.answer('No concerns raised');
    const contactShot = resolve(outDir, 'side-panel-contact.png');
    await page.screenshot({ path: contactShot });
    console.log(`Side panel during a demo contact: ${contactShot}`);

    const recordShot = resolve(outDir, 'demo-record.png');
    await record.screenshot({ path: recordShot });
    const besideShot = resolve(outDir, 'beside-the-record.png');
    await sideBySide(launched, [recordShot, contactShot], besideShot);
    console.log(`The panel beside the demo record: ${besideShot}`);
  } finally {
    await launched.close();
    await demo.close();
  }
}

/** Puts screenshots side by side in one image, as the practitioner sees the record and the panel. */
async function sideBySide(launched: Awaited<ReturnType<typeof launchExtension>>, files: string[], out: string) {
  const page = await launched.context.newPage();
  await page.setViewportSize({ width: 1400, height: 800 });
  const images = files.map((file) => `<img src="data:image/png;base64,${readFileSync(file).toString('base64')}">`).join('');
  await page.setContent(`<body style="margin:0;display:flex;background:#999;gap:2px">${images}</body>`);
  await page.screenshot({ path: out });
  await page.close();
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
