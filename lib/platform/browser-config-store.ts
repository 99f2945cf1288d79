import { browser } from 'wxt/browser';
import { createConfigStore, type ConfigStorageArea, type ConfigStore, type ManagedStorageArea, type StorageChangeEvent } from '../config/config-store';
import type { ResolvedConfig } from '../config/resolve';

// The configuration store over the real browser storage (storage.local and storage.managed). The
// store itself is lib/config/config-store.ts, built over a small storage interface; this is the
// only place it meets `browser.*`, so lib/config imports no WXT code (tests/meta/layering.test.ts).

/** The store over the real browser storage (or WXT's fake browser in tests). */
export function createBrowserConfigStore(): ConfigStore {
  // The WebExtension typings overload get/set with callback forms; only the promise forms are used.
  const storage = browser.storage as unknown as {
    local: ConfigStorageArea;
    managed?: ManagedStorageArea;
    onChanged?: StorageChangeEvent;
  };
  return createConfigStore({ local: storage.local, managed: storage.managed, onChanged: storage.onChanged });
}

let sharedStore: ConfigStore | undefined;
function browserStore(): ConfigStore {
  sharedStore ??= createBrowserConfigStore();
  return sharedStore;
}

/** The configuration in force now (side panel, background). */
export async function loadConfig(): Promise<ResolvedConfig> {
  return (await browserStore().load()).resolved;
}

/** Calls back with the configuration in force whenever it changes. Returns an unsubscribe. */
export function watchConfig(callback: (resolved: ResolvedConfig) => void): () => void {
  return browserStore().watch((loaded) => callback(loaded.resolved));
}
