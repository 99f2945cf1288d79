import { describe, expect, it, vi, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanelFromToolbarButton } from '../../../lib/platform/side-panel';

// The fake browser has no sidePanel or sidebarAction, so each test adds the one it needs.
describe('opening the panel from the toolbar button', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    delete (fakeBrowser as unknown as Record<string, unknown>).sidePanel;
    delete (fakeBrowser as unknown as Record<string, unknown>).sidebarAction;
  });

  it('asks Chrome to open the side panel on a toolbar click', async () => {
    const setPanelBehavior = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidePanel: { setPanelBehavior } });
    await openPanelFromToolbarButton();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('toggles the Firefox sidebar when the toolbar button is clicked', async () => {
    const toggle = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidebarAction: { toggle } });
    await openPanelFromToolbarButton();
    await fakeBrowser.action.onClicked.trigger({} as never);
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});
