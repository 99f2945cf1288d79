import { browser } from 'wxt/browser';
import { browserSharedActivity } from '../../lib/platform/session-area';
import { createConfigFeed } from '../../lib/config/config-feed';
import { configInForce, watchConfigInForce, type ConfigInForceOptions } from '../../lib/config/config-in-force';
import { retentionPolicyFromSettings } from '../../lib/config/retention-in-force';
import { createContactStore, createStorageProtection } from '../../lib/storage';
import { localStoragePreferences, type PanelServices } from '../../components/panel-services';
import { EXTENSION_VERSION } from '../../components/about/extension-version';
import { createWhatsNewFlag } from '../../lib/about/whats-new-flag';
import { insertShortcut } from '../../lib/platform/insert-commands';
import { recordInsertion } from '../../lib/platform/record-insertion-on-demand';
import { prefetchList } from '../../components/home/list-prefetch';
import type { EarlyReads } from './early-reads';

// The configuration schemas (zod and lib/config's schema, fields, field errors, defaults) load only
// when the validated copy cannot be used (lib/config/config-in-force.ts, issue 17, H114).
const loadResolver = async () => (await import('../../lib/config/resolve')).resolveConfig;

// Wires the real, browser-backed services for the side panel, from the reads its entry module
// started (early-reads.ts). Throws a StorageError when the store cannot be opened; the panel shows
// its message.
export async function createPanelServices(early: EarlyReads): Promise<PanelServices> {
  const sources = early.configSources;
  const configOptions: ConfigInForceOptions = { version: EXTENSION_VERSION, loadResolver, local: sources.local, session: sources.session };
  // The vault's state (is a passphrase set; is this session unlocked) is read as soon as the store is
  // open, alongside the configuration, so the first screen can show without waiting for both in turn.
  // The store reads through plain IndexedDB until Dexie is loaded, once the panel is idle or a write
  // asks for it (lib/storage/store-connection.ts, issue 17).
  const [{ db, vault }, loadedConfig] = await Promise.all([early.store, early.config.then((inputs) => configInForce(inputs, configOptions))]);
  performance.mark('pmh:store-opened');
  // One watch on the configuration for the panel's life: the store lists drafts against the
  // retention periods in force now, and the app re-renders with the new configuration.
  const feed = createConfigFeed(loadedConfig.resolved);
  watchConfigInForce(sources, configOptions, (resolved) => feed.publish(resolved));
  const config = feed.current();
  const store = createContactStore({ db, vault, retention: () => retentionPolicyFromSettings(feed.current().config.retention) });
  // The home screen's first list, read while the panel's first screen renders (H123, issue 17).
  prefetchList(store, vault);
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
