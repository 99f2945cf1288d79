import { describe, expect, it, vi } from 'vitest';
import { INSERT_COMMAND, INSERT_MENU_ID, INSERT_MENU_TITLE, registerInsertCommands, type InsertCommandsApi } from '../../../lib/platform/insert-commands';
import { INSERT_REQUEST_KEY, type InsertRequestArea } from '../../../lib/platform/insert-requests';

type Listener<Args extends unknown[]> = (...args: Args) => void;

function fakeApi() {
  const order: string[] = [];
  let menuClick: Listener<[{ menuItemId: string | number; frameId?: number }, { id?: number; windowId?: number }?]> = () => undefined;
  let command: Listener<[string, { id?: number; windowId?: number }?]> = () => undefined;
  const stored: Record<string, unknown>[] = [];
  const area: InsertRequestArea = {
    get: async () => ({}),
    set: async (items) => {
      order.push('post');
      stored.push(items);
    },
    remove: async () => undefined,
    onChanged: () => () => undefined,
  };
  const create = vi.fn();
  const api: InsertCommandsApi = {
    menus: { removeAll: vi.fn(async () => undefined), create, onClicked: { addListener: (listener) => (menuClick = listener) } },
    commands: { onCommand: { addListener: (listener) => (command = listener) } },
    activeTab: vi.fn(async () => ({ id: 11, windowId: 2 })),
    openPanel: vi.fn((windowId: number | undefined) => {
      order.push(`open ${windowId}`);
      return Promise.resolve(true);
    }),
    area,
    now: () => 1234,
    newId: () => 'id-1',
  };
  return { api, order, stored, create, click: (...args: Parameters<typeof menuClick>) => menuClick(...args), press: (...args: Parameters<typeof command>) => command(...args) };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the record page ways in: context menu and keyboard command', () => {
  it('adds "Insert contact summary here" to editable fields only, replacing any left from before', async () => {
    const { api, create } = fakeApi();
    registerInsertCommands(api);
    await settle();
    expect(api.menus?.removeAll).toHaveBeenCalled();
    expect(create).toHaveBeenCalledWith({ id: INSERT_MENU_ID, title: INSERT_MENU_TITLE, contexts: ['editable'] });
  });

  it('on a menu click, opens the panel first (in the gesture) and passes it the tab and the frame of the field', async () => {
    const { api, order, stored, click } = fakeApi();
    registerInsertCommands(api);
    click({ menuItemId: INSERT_MENU_ID, frameId: 5 }, { id: 3, windowId: 2 });
    // Both in the listener's own turn, the panel first: sidePanel.open needs the gesture.
    expect(order).toEqual(['open 2', 'post']);
    expect(stored).toEqual([{ [INSERT_REQUEST_KEY]: { id: 'id-1', tabId: 3, frameId: 5, windowId: 2, source: 'context-menu', requestedAt: 1234 } }]);
  });

  it("ignores other menu items and clicks without a tab", async () => {
    const { api, order, click } = fakeApi();
    registerInsertCommands(api);
    click({ menuItemId: 'something-else' }, { id: 3, windowId: 2 });
    click({ menuItemId: INSERT_MENU_ID, frameId: 0 }, undefined);
    await settle();
    expect(order).toEqual(['open undefined']);
  });

  it('on the keyboard command, opens the panel and passes the tab (the focused frame is found in the page)', async () => {
    const { api, order, stored, press } = fakeApi();
    registerInsertCommands(api);
    press(INSERT_COMMAND, { id: 4, windowId: 2 });
    expect(order).toEqual(['open 2', 'post']);
    expect(stored).toEqual([{ [INSERT_REQUEST_KEY]: { id: 'id-1', tabId: 4, windowId: 2, source: 'keyboard', requestedAt: 1234 } }]);
  });

  it('finds the active tab itself where the browser does not pass it (Firefox before 126)', async () => {
    const { api, stored, press } = fakeApi();
    registerInsertCommands(api);
    press(INSERT_COMMAND);
    await settle();
    expect(stored).toEqual([{ [INSERT_REQUEST_KEY]: { id: 'id-1', tabId: 11, windowId: 2, source: 'keyboard', requestedAt: 1234 } }]);
  });

  it('ignores other commands', async () => {
    const { api, order, press } = fakeApi();
    registerInsertCommands(api);
    press('_execute_action', { id: 4, windowId: 2 });
    await settle();
    expect(order).toEqual([]);
  });
});
