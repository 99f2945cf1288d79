import { browser } from 'wxt/browser';
import { openPanelFromUserAction } from './side-panel';
import { browserInsertRequestArea, postInsertRequest, type InsertRequestArea, type RecordInsertRequest } from './insert-request-post';

// The record page's ways in (issue 5): "Insert contact summary here" on any editable field's
// context menu (every frame), and a keyboard command. Both grant activeTab for that tab, which is
// why the extension needs no host permission. The background only passes the request on: the
// summary and the wrong-family check live in the panel, which holds the contact in memory.

export const INSERT_MENU_ID = 'pmh-insert-summary';
export const INSERT_MENU_TITLE = 'Insert contact summary here';
/** Must match the `commands` key in wxt.config.ts. */
export const INSERT_COMMAND = 'insert-summary';

type ClickedTab = { id?: number; windowId?: number };
type Listenable<Args extends unknown[]> = { addListener(listener: (...args: Args) => void): void };

export type InsertCommandsApi = {
  menus?: {
    removeAll(): Promise<void>;
    create(properties: { id: string; title: string; contexts: ['editable'] }): void;
    onClicked: Listenable<[info: { menuItemId: string | number; frameId?: number }, tab?: ClickedTab]>;
  };
  commands?: { onCommand: Listenable<[command: string, tab?: ClickedTab]> };
  activeTab(): Promise<ClickedTab | undefined>;
  /** Called synchronously in the listener: opening the panel needs the user's gesture. */
  openPanel(windowId: number | undefined): Promise<boolean>;
  area: InsertRequestArea | undefined;
  now(): number;
  newId(): string;
};

export function registerInsertCommands(api: InsertCommandsApi = browserInsertCommandsApi()): void {
  const pass = (tab: ClickedTab | undefined, frameId: number | undefined, source: RecordInsertRequest['source']) => {
    if (tab?.id === undefined || !api.area) return;
    const request: RecordInsertRequest = {
      id: api.newId(),
      tabId: tab.id,
      ...(frameId !== undefined ? { frameId } : {}),
      ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}),
      source,
      requestedAt: api.now(),
    };
    void postInsertRequest(api.area, request).catch(() => undefined);
  };

  const menus = api.menus;
  if (menus) {
    // Chrome keeps menus across service-worker restarts and Firefox does not: start clean each
    // time rather than create on install only, so neither ends up with none or a duplicate.
    void menus
      .removeAll()
      .then(() => menus.create({ id: INSERT_MENU_ID, title: INSERT_MENU_TITLE, contexts: ['editable'] }))
      .catch(() => undefined);
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== INSERT_MENU_ID) return;
      void api.openPanel(tab?.windowId);
      pass(tab, info.frameId, 'context-menu');
    });
  }

  api.commands?.onCommand.addListener((command, tab) => {
    if (command !== INSERT_COMMAND) return;
    void api.openPanel(tab?.windowId);
    // Firefox before 126 does not pass the tab to onCommand.
    if (tab?.id !== undefined) pass(tab, undefined, 'keyboard');
    else void api.activeTab().then((active) => pass(active, undefined, 'keyboard'));
  });
}

type BrowserMenus = {
  removeAll(): Promise<void>;
  create(properties: object, callback?: () => void): void;
  onClicked: NonNullable<InsertCommandsApi['menus']>['onClicked'];
};

function browserInsertCommandsApi(): InsertCommandsApi {
  // Firefox names the API `menus` and keeps `contextMenus` as an alias; Chrome has only the latter.
  const api = browser as unknown as { menus?: BrowserMenus; contextMenus?: BrowserMenus };
  const menus = api.contextMenus ?? api.menus;
  return {
    menus: menus && {
      removeAll: () => menus.removeAll(),
      // Reading lastError in the callback keeps a harmless "duplicate id" race out of the console.
      create: (properties) => menus.create(properties, () => void browser.runtime.lastError),
      onClicked: menus.onClicked,
    },
    commands: browser.commands,
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    openPanel: openPanelFromUserAction,
    area: browserInsertRequestArea(),
    now: Date.now,
    newId: () => crypto.randomUUID(),
  };
}

/** The insert command's shortcut as the browser has it now (the practitioner may have changed it). */
export async function insertShortcut(): Promise<string | undefined> {
  try {
    const commands = await browser.commands.getAll();
    const shortcut = commands.find((command) => command.name === INSERT_COMMAND)?.shortcut;
    return shortcut ? shortcut : undefined;
  } catch {
    return undefined;
  }
}
