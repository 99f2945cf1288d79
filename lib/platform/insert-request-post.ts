import { browser } from 'wxt/browser';

// The background's half of the insert request (issue 5; see insert-requests.ts for the panel's):
// posting a request to storage.session. No Zod here, so background.js stays small (issue 17); the
// panel validates what it reads with recordInsertRequestSchema.

export const INSERT_REQUEST_KEY = 'pmh.recordInsertRequest';

/** A request older than this is ignored: the practitioner has moved on. */
export const INSERT_REQUEST_TTL_MS = 2 * 60 * 1000;

/** A request from the record page: tab and frame numbers, never clinical text. */
export type RecordInsertRequest = {
  id: string;
  tabId: number;
  /** The frame of the right-clicked field (context menu); absent for the keyboard command. */
  frameId?: number | undefined;
  windowId?: number | undefined;
  source: 'context-menu' | 'keyboard';
  requestedAt: number;
};

/** The slice of storage.session this needs; tests pass an in-memory one. */
export type InsertRequestArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
  onChanged(listener: (newValue: unknown) => void): () => void;
};

export function browserInsertRequestArea(): InsertRequestArea | undefined {
  const session = (browser.storage as unknown as { session?: Omit<InsertRequestArea, 'onChanged'> }).session;
  if (!session) return undefined;
  return {
    get: (key) => session.get(key),
    set: (items) => session.set(items),
    remove: (key) => session.remove(key),
    onChanged(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'session' && INSERT_REQUEST_KEY in changes) listener(changes[INSERT_REQUEST_KEY]?.newValue);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

export function postInsertRequest(area: InsertRequestArea, request: RecordInsertRequest): Promise<void> {
  return area.set({ [INSERT_REQUEST_KEY]: request });
}
