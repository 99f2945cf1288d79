import { readConfigInputs, type ConfigInputs, type ConfigSources } from '../../lib/config/config-in-force';
import { browserConfigSources } from '../../lib/platform/config-sources';
import { browserSessionArea } from '../../lib/platform/session-area';
import { createMemoryKeyHolder, createSessionKeyHolder } from '../../lib/storage/key-holder';
import { openStoreConnection, type StoreConnection } from '../../lib/storage/store-connection';
import { createVault, type Vault } from '../../lib/storage/vault';

// The panel's reads, started by its entry module before the panel's code is fetched and compiled
// (issue 17): opening the store (plain IndexedDB, store-connection.ts), the vault's state (keyring,
// and the unlock held in storage.session) and the configuration's raw inputs (storage.managed,
// storage.local, the validated copy in storage.session). createPanelServices() awaits these very
// promises, so a failure surfaces there exactly as when it started them itself (hazard H113).
// Only light modules here: no Dexie, no schema, no Preact component.

export type EarlyReads = {
  /** The store's connection and the vault with its state read (a failed state read is left for the lock gate, as before). */
  store: Promise<{ db: StoreConnection; vault: Vault }>;
  config: Promise<ConfigInputs>;
  configSources: ConfigSources;
};

export function startEarlyReads(): EarlyReads {
  const sessionArea = browserSessionArea();
  const store = openStoreConnection().then((db) => {
    const vault = createVault({ db, keyHolder: sessionArea ? createSessionKeyHolder(sessionArea) : createMemoryKeyHolder() });
    return vault.state().then(
      () => ({ db, vault }),
      () => ({ db, vault }),
    );
  });
  const configSources = browserConfigSources();
  const config = readConfigInputs(configSources);
  // Whoever awaits these handles a failure (createPanelServices, then the app shows its message);
  // this keeps one from being reported as unhandled while the panel's code is still loading.
  store.catch(() => undefined);
  config.catch(() => undefined);
  return { store, config, configSources };
}
