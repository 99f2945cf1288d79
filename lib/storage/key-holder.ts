import { fromBase64, toBase64, type Bytes } from './crypto';

// Where the unlocked master secret is kept between pages of the extension. The vault always
// works from non-extractable keys in its own memory; the holder only decides whether another
// panel, or this panel after being closed and reopened, can pick the unlock up without the
// passphrase. Nothing here ever writes to disk.

export interface KeyHolder {
  /** Keeps the master secret for this browser session. The caller wipes its own copy afterwards. */
  hold(secret: Bytes): Promise<void>;
  /** The held secret, or null when the session is locked. */
  recall(): Promise<Bytes | null>;
  /** Locks the session: the secret is dropped everywhere this holder reaches. */
  release(): Promise<void>;
  /**
   * Called when another page locks or unlocks (e.g. another window's panel), so every panel
   * follows. Optional: the memory holder has no other pages.
   */
  onChange?(listener: (held: boolean) => void): () => void;
}

/**
 * Keeps nothing outside the vault object: each panel unlocks on its own and closing the panel
 * locks it. The strictest choice, and the one used in tests.
 */
export function createMemoryKeyHolder(): KeyHolder {
  return {
    hold: async () => {},
    recall: async () => null,
    release: async () => {},
  };
}

/**
 * A string slot in browser.storage.session (memory only, cleared when the browser closes, and by
 * default readable only by the extension's own pages, not content scripts). The platform layer
 * implements it; lib/storage stays free of browser APIs.
 */
export interface SessionArea {
  get(): Promise<string | undefined>;
  set(value: string): Promise<void>;
  remove(): Promise<void>;
  onChange?(listener: (value: string | undefined) => void): () => void;
}

/**
 * Shares the unlock between the extension's pages for the browser session. The browser keeps
 * storage.session in memory and empties it on restart, which gives "locks on browser restart".
 */
export function createSessionKeyHolder(area: SessionArea): KeyHolder {
  const holder: KeyHolder = {
    hold: (secret) => area.set(toBase64(secret)),
    recall: async () => {
      const value = await area.get();
      if (!value) return null;
      try {
        return fromBase64(value);
      } catch {
        return null;
      }
    },
    release: () => area.remove(),
  };
  if (area.onChange) {
    const subscribe = area.onChange.bind(area);
    holder.onChange = (listener) => subscribe((value) => listener(Boolean(value)));
  }
  return holder;
}
