import { describe, expect, it } from 'vitest';
import { launch, openSidePanel } from './support/extension';

describe('the built extension in Chromium', () => {
  it('opens the side panel and shows the practitioner the companion', async () => {
    const launched = await launch();
    const { panel } = await openSidePanel(launched);
    expect(await panel.headingText()).toBe('PMH Contact Companion');
    expect(await panel.page.getByRole('heading', { name: 'Contacts in progress' }).isVisible()).toBe(true);
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
