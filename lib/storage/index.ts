// The storage module's public API: the only way the panel, options page and background reach
// stored data. Table names, rows and keys stay inside lib/storage. See docs/privacy.md.
//
// Panel start-up (entrypoints/sidepanel/early-reads.ts, which imports these from their own files so
// the entry module stays small: store-connection.ts, key-holder.ts, vault.ts):
//   const db = await openStoreConnection();   // StorageError 'unavailable' | 'migration-failed' | 'newer-version'
//     (plain IndexedDB reads first; Dexie is loaded when idle or by the first write: store-connection.ts)
//   const keyHolder = createSessionKeyHolder(sessionArea);   // sessionArea: browser.storage.session adapter
//   const vault = createVault({ db, keyHolder });
//   switch (await vault.state()) {
//     case 'needs-passphrase': show FORGOTTEN_PASSPHRASE_WARNING, then vault.setPassphrase(p)
//     case 'locked': vault.unlock(p)          // StorageError 'wrong-passphrase'
//   }
//   vault.subscribe(state => ...)             // 'locked' from idle, another panel, or the lock button
//   const idle = createIdleLock({ timeoutMs, onIdle: () => vault.lock(), shared });  // idle.touch() on input
//   const store = createContactStore({ db, vault, retention });
//   store.watchList(event => ...)             // drafts list: label, deleteAt, warning, damaged
//   await store.create(createContact(...));
//   const autosave = createAutosave({ store, initial: await store.load(id), vault });
//   autosave.save(change); autosave.subscribe((contact, status) => ...)   // status: saved | saving | failed | forgotten
//   "End contact and forget": autosave.dispose(); await store.forget(id);
// Background (start-up and an alarm): lib/platform/retention-purge.ts purges from plain headers,
//   works while locked. Settings screen: createStorageProtection({ hasUnlimitedStorage }).ensure().

import type { DatabaseOptions, PmhDatabase } from './database';

/**
 * Opens (and if needed upgrades) the database with Dexie. Dexie is imported here when called, not
 * by this module, so that importing the storage API does not put Dexie on the panel's first path.
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<PmhDatabase> {
  const { openDatabase: open } = await import('./database');
  return open(options);
}
export {
  createVault,
  checkPassphrase,
  FORGOTTEN_PASSPHRASE_WARNING,
  MIN_PASSPHRASE_LENGTH,
  type Vault,
  type VaultState,
} from './vault';
export { createIdleLock, type SharedActivity } from './idle-lock';
export { createContactStore, type ContactStore, type ContactListing } from './contact-store';
export { createAutosave, type Autosave, type AutosaveStatus } from './autosave';
export { StorageError, isStorageError, storageErrorMessages } from './errors';
export { createStorageProtection, type StorageProtection, type StorageProtectionService } from './persistence';
