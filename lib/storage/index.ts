// The storage module's public API: the only way the panel, options page and background reach
// stored data. Table names, rows and keys stay inside lib/storage. See docs/privacy.md.
//
// Panel start-up:
//   const db = await openDatabase();          // StorageError 'unavailable' | 'migration-failed' | 'newer-version'
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
// Background (start-up and an alarm): await purge(createContactStore({ db, vault }), Date.now(), retention);
//   works while locked. Settings screen: createStorageProtection({ hasUnlimitedStorage }).ensure().

export { openDatabase, DATABASE_NAME, type DatabaseOptions, type PmhDatabase } from './database';
export {
  createVault,
  checkPassphrase,
  FORGOTTEN_PASSPHRASE_WARNING,
  MIN_PASSPHRASE_LENGTH,
  MAX_PASSPHRASE_LENGTH,
  type Vault,
  type VaultOptions,
  type VaultState,
} from './vault';
export {
  unlockDelayMs,
  FREE_UNLOCK_ATTEMPTS,
  FIRST_UNLOCK_DELAY_MS,
  MAX_UNLOCK_DELAY_MS,
} from './unlock-throttle';
export { createMemoryKeyHolder, createSessionKeyHolder, type KeyHolder, type SessionArea } from './key-holder';
export {
  createIdleLock,
  idleLockMs,
  isIdle,
  DEFAULT_IDLE_LOCK_MS,
  MIN_IDLE_LOCK_MS,
  MAX_IDLE_LOCK_MS,
  type IdleLock,
  type IdleLockOptions,
  type SharedActivity,
} from './idle-lock';
export {
  createContactStore,
  type ContactStore,
  type ContactStoreOptions,
  type StoredContact,
  type ContactListing,
  type ContactEvent,
  type ListEvent,
  type SaveResult,
} from './contact-store';
export { createAutosave, type Autosave, type AutosaveOptions, type AutosaveStatus } from './autosave';
export {
  purge,
  retentionVerdict,
  draftsToWarn,
  dueForPurge,
  retentionPolicySchema,
  DEFAULT_RETENTION_POLICY,
  type RetentionPolicy,
  type RetentionVerdict,
  type RetentionRule,
  type PurgeReport,
} from './retention';
export { StorageError, isStorageError, storageErrorMessages, type StorageErrorCode } from './errors';
export {
  createStorageProtection,
  protectionMessages,
  type StorageProtection,
  type StorageProtectionService,
  type StorageManagerLike,
} from './persistence';
export { systemClock, type Clock, type Timers } from './clock';
