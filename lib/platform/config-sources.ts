import { browser } from 'wxt/browser';
import type { ConfigSources, CopyArea } from '../config/config-in-force';
import type { ConfigStorageArea, ManagedStorageArea, StorageChangeEvent } from '../config/config-store';

// The side panel's configuration sources over the real browser storage, with no schema (issue 17):
// storage.managed (policy), storage.local (options document, retention record) and storage.session
// (the validated copy, lib/config/config-in-force.ts). The options page and the background keep the
// full store (browser-config-store.ts).

/** The sources over the real browser storage (or WXT's fake browser in tests). */
export function browserConfigSources(): ConfigSources {
  // The WebExtension typings overload get/set with callback forms; only the promise forms are used.
  const storage = browser.storage as unknown as {
    local: ConfigStorageArea;
    managed?: ManagedStorageArea;
    session?: CopyArea;
    onChanged?: StorageChangeEvent;
  };
  return { local: storage.local, managed: storage.managed, session: storage.session, onChanged: storage.onChanged };
}
