import { launchExtension, type LaunchedExtension } from '../support/launch-extension';
import { setUpPassphrase } from './contact-interactions';
import { floorUrl, makeBenchBuild, writeFloorMarkup } from './floor';
import { capturePanelMarkup, leaveContactInProgress } from './resume-contact';

/**
 * A browser with a copy of `buildDir` and the bench's floor in it, ready to time both (issue 17): a
 * passphrase set once, so later loads open unlocked (the session holds the key) on the home screen
 * with its list of contacts, the panel's everyday start; one contact left in progress to resume; and
 * the floor showing the panel's own markup of both screens. The caller closes `launched`.
 */
export async function launchPanelAndFloor(buildDir: string): Promise<{ launched: LaunchedExtension; floor: string }> {
  const benchDir = makeBenchBuild(buildDir);
  const launched = await launchExtension({ headless: true, extensionDir: benchDir });
  try {
    await setUpPassphrase(launched);
    await leaveContactInProgress(launched);
    writeFloorMarkup(benchDir, await capturePanelMarkup(launched));
  } catch (error) {
    await launched.close();
    throw error;
  }
  return { launched, floor: floorUrl(launched.extensionId) };
}
