import { browser } from 'wxt/browser';

// The one place that knows Chrome's `sidePanel` from Firefox's `sidebarAction`.
// Feature detection, not browser sniffing: Edge and other Chromium browsers get the Chrome path.

type ChromeSidePanel = {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
};
type FirefoxSidebarAction = { toggle(): Promise<void> };

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}

function firefoxSidebarAction(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

/** Makes the toolbar button open the panel beside the record. Call once from the background. */
export async function openPanelFromToolbarButton(): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) {
    await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebarAction = firefoxSidebarAction();
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (sidebarAction && action) {
    // Firefox only opens a sidebar from a user action, which a toolbar click is.
    action.onClicked.addListener(() => {
      void sidebarAction.toggle();
    });
  }
}
