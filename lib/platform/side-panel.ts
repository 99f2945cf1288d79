import { browser } from 'wxt/browser';

// The one place that knows Chrome's `sidePanel` from Firefox's `sidebarAction`.
// Feature detection, not browser sniffing: Edge and other Chromium browsers get the Chrome path.

type ChromeSidePanel = {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  open?(options: { windowId: number }): Promise<void>;
};
type FirefoxSidebarAction = { toggle(): Promise<void>; open?(): Promise<void> };

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

/**
 * Opens the panel beside the record from a user action in the page (context-menu click, keyboard
 * command), so the practitioner sees the wrong-family check there. Call it synchronously inside
 * the event listener: Chrome's sidePanel.open and Firefox's sidebarAction.open both refuse once
 * an await has passed. Resolves false when the browser would not open it (the panel then shows
 * the request next time it opens, within a couple of minutes).
 */
export function openPanelFromUserAction(windowId: number | undefined): Promise<boolean> {
  const sidePanel = chromeSidePanel();
  if (sidePanel?.open && windowId !== undefined) {
    return sidePanel.open({ windowId }).then(
      () => true,
      () => false,
    );
  }
  const sidebarAction = firefoxSidebarAction();
  if (sidebarAction?.open) {
    return sidebarAction.open().then(
      () => true,
      () => false,
    );
  }
  return Promise.resolve(false);
}
