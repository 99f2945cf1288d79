import { browser } from 'wxt/browser';
import { createBrowserConfigStore } from '../../lib/platform/browser-config-store';
import { browserSessionArea, browserSharedActivity } from '../../lib/platform/session-area';
import { createConfigFeed } from '../../lib/config/config-feed';
import { retentionPolicyFrom } from '../../lib/config/resolve';
import {
  createContactStore,
  createMemoryKeyHolder,
  createSessionKeyHolder,
  createStorageProtection,
  createVault,
  openStoreConnection,
} from '../../lib/storage';
import { localStoragePreferences, type PanelServices } from '../../components/panel-services';
import { createWhatsNewFlag } from '../../lib/about/whats-new-flag';
import { insertShortcut } from '../../lib/platform/insert-commands';
import { recordInsertion } from '../../lib/platform/record-insertion-on-demand';

// Wires the real, browser-backed services for the side panel. Throws a StorageError when the
// store cannot be opened; the panel shows its message.
export async function createPanelServices(): Promise<PanelServices> {
  const configStore = createBrowserConfigStore();
  const sessionArea = browserSessionArea();
  // The vault's state (is a passphrase set; is this session unlocked) is read as soon as the store is
  // open, alongside the configuration, so the first screen can show without waiting for both in turn.
  // The store reads through plain IndexedDB until Dexie is loaded, once the panel is idle or a write
  // asks for it (lib/storage/store-connection.ts, issue 17).
  const opening = openStoreConnection().then((db) => {
    const vault = createVault({ db, keyHolder: sessionArea ? createSessionKeyHolder(sessionArea) : createMemoryKeyHolder() });
    return vault.state().then(
      () => ({ db, vault }),
      () => ({ db, vault }),
    );
  });
  const [{ db, vault }, loadedConfig] = await Promise.all([opening, configStore.load()]);
  performance.mark('pmh:store-opened');
  // One watch on the configuration for the panel's life: the store lists drafts against the
  // retention periods in force now, and the app re-renders with the new configuration.
  const feed = createConfigFeed(loadedConfig.resolved);
  configStore.watch((loaded) => feed.publish(loaded.resolved));
  const config = feed.current();
  const store = createContactStore({ db, vault, retention: () => retentionPolicyFrom(feed.current().config) });
  const protection = createStorageProtection({
    hasUnlimitedStorage: () => browser.permissions.contains({ permissions: ['unlimitedStorage'] }),
  });
  return {
    store,
    vault,
    protection,
    config,
    watchConfig: feed.watch,
    preferences: localStoragePreferences(globalThis.localStorage),
    now: () => Date.now(),
    recordOutput: { ...recordInsertion(), insertShortcut },
    newContactId: () => crypto.randomUUID(),
    openOrganisationSettings: () => void browser.runtime.openOptionsPage(),
    whatsNew: createWhatsNewFlag(browser.storage.local),
    ...(browserSharedActivity() ? { sharedActivity: browserSharedActivity() } : {}),
  };
}
