import { browser } from 'wxt/browser';
import type { SharedActivity } from '../storage/idle-lock';
import type { SessionArea } from '../storage/key-holder';

// The unlock is shared between the extension's own pages through storage.session: held in memory
// by the browser, emptied when the browser closes (so the panel locks on restart), and not
// readable by content scripts unless an extension widens its access level (we never do).

const UNLOCK_KEY = 'pmh.unlock';

type SessionStorage = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
};

function sessionStorage(): SessionStorage | undefined {
  return (browser.storage as unknown as { session?: SessionStorage }).session;
}

/** Undefined where the browser has no storage.session: each panel then unlocks on its own. */
export function browserSessionArea(): SessionArea | undefined {
  const session = sessionStorage();
  if (!session) return undefined;
  return {
    async get() {
      const value = (await session.get(UNLOCK_KEY))[UNLOCK_KEY];
      return typeof value === 'string' ? value : undefined;
    },
    set: (value) => session.set({ [UNLOCK_KEY]: value }),
    remove: () => session.remove(UNLOCK_KEY),
    onChange(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area !== 'session' || !(UNLOCK_KEY in changes)) return;
        const value = changes[UNLOCK_KEY]?.newValue;
        listener(typeof value === 'string' ? value : undefined);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

const ACTIVITY_KEY = 'pmh.lastActivity';

/**
 * The time of the practitioner's last activity in any of the extension's panels, so working in one
 * window keeps another window's panel from locking the session under them (lib/storage/idle-lock.ts).
 */
export function browserSharedActivity(): SharedActivity | undefined {
  const session = sessionStorage();
  if (!session) return undefined;
  return {
    async read() {
      const value = (await session.get(ACTIVITY_KEY))[ACTIVITY_KEY];
      return typeof value === 'number' ? value : undefined;
    },
    write: (at) => session.set({ [ACTIVITY_KEY]: at }),
  };
}
