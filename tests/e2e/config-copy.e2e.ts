import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpPassphrase } from '../../scripts/bench/contact-interactions';
import { scriptsBeforeInteractive } from '../../scripts/bench/panel-timing';
import { CHROME_BUILD_DIR } from '../../scripts/support/launch-extension';
import { launch, openSidePanel } from './support/extension';

// Issue 17 (H114): the side panel validates its configuration once per change of its inputs. The
// first panel of a browser session validates in full (the schemas load with import()) and keeps a
// copy in storage.session; the next compiles no configuration schema before its home screen, until
// the settings change.

const OPTIONS_CONFIG_KEY = 'organisationConfig';

/** The chunk with the configuration's validation: the one holding the options document's set-aside message. */
const schemaChunk = () => {
  const found = readdirSync(join(CHROME_BUILD_DIR, 'chunks'))
    .map((name) => `chunks/${name}`)
    .filter((file) => readFileSync(join(CHROME_BUILD_DIR, file), 'utf8').includes('The configuration saved on this page could not be read'));
  expect(found, 'exactly one chunk validates the configuration').toHaveLength(1);
  return found[0]!;
};

describe('the validated configuration copy in the built panel', () => {
  it('[H114-g] a later panel compiles no configuration schema before home; changed settings are validated in full and shown', async () => {
    const launched = await launch();
    await setUpPassphrase(launched);
    const schema = schemaChunk();
    // The panel that set the passphrase validated in full and kept the copy.
    expect(await scriptsBeforeInteractive(launched)).not.toContain(schema);

    // Settings saved on this device (as the options page saves them): the next panel validates them.
    const { page } = await openSidePanel(launched);
    await page.evaluate(
      async ({ key, value }) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ [key]: value }),
      { key: OPTIONS_CONFIG_KEY, value: { configVersion: 1, retention: { draftDays: 3 } } },
    );
    await page.close();
    expect(await scriptsBeforeInteractive(launched)).toContain(schema);
    const { panel } = await openSidePanel(launched);
    await panel.heading(3, "Local settings in force, not your organisation's").waitFor();
    // And its copy serves the panel after it.
    expect(await scriptsBeforeInteractive(launched)).not.toContain(schema);
  });
});
