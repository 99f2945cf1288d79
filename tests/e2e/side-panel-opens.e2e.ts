import { describe, expect, it } from 'vitest';
import { FORGOTTEN_PASSPHRASE_WARNING } from '../../lib/storage/vault';
import { launch, openSidePanel } from './support/extension';

describe('the built extension in Chromium', () => {
  it('[H27-b] opens the side panel, asks for a passphrase first, and says plainly what forgetting it means', async () => {
    const launched = await launch();
    const { panel } = await openSidePanel(launched);
    expect(await panel.heading(1).textContent()).toBe('PMH Contact Companion');
    await panel.heading(2, 'Set a passphrase').waitFor();
    await expect.poll(() => panel.isTextShown(FORGOTTEN_PASSPHRASE_WARNING)).toBe(true);
    await panel.setPassphrase();
    await expect.poll(() => panel.heading(2, 'Start a contact').isVisible()).toBe(true);
    await expect.poll(() => panel.isTextShown('No contacts in progress.')).toBe(true);
  });

  it('makes the toolbar button open the side panel', async () => {
    const launched = await launch();
    const behavior = await launched.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> } } }).chrome;
      return api.sidePanel.getPanelBehavior();
    });
    expect(behavior.openPanelOnActionClick).toBe(true);
  });
});
