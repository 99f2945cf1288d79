import { systemClock, type Clock } from './clock';
import {
  MASTER_SECRET_BYTES,
  PBKDF2_DEFAULT_ITERATIONS,
  deriveDataKeys,
  deriveKeyEncryptionKey,
  newKdfParams,
  openBytes,
  openJson,
  randomBytes,
  rowAad,
  sealBytes,
  sealJson,
  wipe,
  type Bytes,
  type DataKeys,
  type KdfOptions,
  type KdfParams,
} from './crypto';
import type { KeyringRow } from './database';
import { StorageError, isStorageError } from './errors';
import { createMemoryKeyHolder, type KeyHolder } from './key-holder';
import { isCommonPassphrase } from './passphrase-guidance';
import { afterFailure, parseUnlockThrottle, unlockAllowedAt, type UnlockThrottleState } from './unlock-throttle';
import { asConnection, type StoreSource } from './store-connection';
import { KEYRING_ID } from './store-reads';

// The practitioner's passphrase and the unlocked key. Set on first use, unlocked at the start of
// a session, locked when idle, on request, or when the browser restarts.

/** Shown when the passphrase is set (issue 6: "say so plainly"). */
export const FORGOTTEN_PASSPHRASE_WARNING =
  'If you forget this passphrase, nobody can unlock what is stored in this extension: not you, not IT support, not us. ' +
  'You would lose only what is in the extension (unfinished contacts and summaries not yet copied into the record); ' +
  'the record itself is not affected. You could then clear the extension and set a new passphrase.';

export const MIN_PASSPHRASE_LENGTH = 8;
export const MAX_PASSPHRASE_LENGTH = 1024;

export type VaultState = 'needs-passphrase' | 'locked' | 'unlocked';

export type VaultOptions = {
  /** An open Dexie database, or the panel's connection (its state is read before Dexie is loaded). */
  db: StoreSource;
  keyHolder?: KeyHolder;
  clock?: Clock;
  /** PBKDF2 iterations for a new or changed passphrase (never below PBKDF2_MIN_ITERATIONS). */
  kdfIterations?: number;
} & KdfOptions;

export interface Vault {
  /** Current state; when locked, first tries to pick up an unlock held for this session. */
  state(): Promise<VaultState>;
  /**
   * The state last found by state() or set since, without reading the store (null before the first
   * check). Lets the panel show its first screen in the render that has the services.
   */
  lastKnownState(): VaultState | null;
  /** First use: sets the passphrase and leaves the vault unlocked. Show FORGOTTEN_PASSPHRASE_WARNING first. */
  setPassphrase(passphrase: string): Promise<void>;
  /**
   * Throws StorageError('wrong-passphrase') when it does not match, counting the failure, and
   * StorageError('unlock-delayed') without trying while the wait after repeated failures runs
   * (lib/storage/unlock-throttle.ts).
   */
  unlock(passphrase: string): Promise<void>;
  /** When the next unlock try is allowed (epoch ms); 0 or a past time means now. Survives reloads. */
  unlockAllowedAt(): Promise<number>;
  /** Drops the key here and in the key holder (other panels follow through the holder). */
  lock(): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  /** A forgotten passphrase: deletes every stored contact and the keyring, so a new passphrase can be set. */
  eraseEverything(): Promise<void>;
  subscribe(listener: (state: VaultState) => void): () => void;
  /** For lib/storage only: the unlocked keys, or StorageError('locked'). */
  keys(): DataKeys;
}

/** Returns a reason code, or null when the passphrase is acceptable. */
export function checkPassphrase(passphrase: string): 'weak-passphrase' | 'common-passphrase' | null {
  const length = [...normaliseForLength(passphrase)].length;
  if (passphrase.trim().length === 0) return 'weak-passphrase';
  if (length < MIN_PASSPHRASE_LENGTH || length > MAX_PASSPHRASE_LENGTH) return 'weak-passphrase';
  // The first guesses anyone tries (passphrase-guidance.ts): refused when set or changed.
  if (isCommonPassphrase(passphrase)) return 'common-passphrase';
  return null;
}

function normaliseForLength(passphrase: string): string {
  return passphrase.normalize('NFC');
}

const VERIFIER_VALUE = 'pmh-contact-companion/keyring-verifier/v1';
/** db.meta key of the wrong-passphrase count (plain: a count and a time, nothing else). */
const UNLOCK_THROTTLE_KEY = 'unlock-throttle';
const SECRET_AAD = rowAad('keyring', KEYRING_ID, 'secret');
const VERIFIER_AAD = rowAad('keyring', KEYRING_ID, 'verifier');

function sameBytes(a: Bytes, b: Bytes): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

export function createVault(options: VaultOptions): Vault {
  // Reads go through the connection (plain IndexedDB on the panel's first paths); writes await Dexie.
  const connection = asConnection(options.db);
  const holder = options.keyHolder ?? createMemoryKeyHolder();
  const clock = options.clock ?? systemClock;
  const iterations = options.kdfIterations ?? PBKDF2_DEFAULT_ITERATIONS;
  const kdfOptions: KdfOptions = options.allowWeakIterationsForTests ? { allowWeakIterationsForTests: true } : {};
  const listeners = new Set<(state: VaultState) => void>();
  let keys: DataKeys | null = null;
  /** Counts locks from any page of the session (the holder's releases), so an unlock read before one is not used after it (H124). */
  let releases = 0;
  let lastState: VaultState | null = null;

  // Validate the configured count now, so a bad configuration fails at start-up, not at first use.
  newKdfParams(iterations, kdfOptions);

  function notify(state: VaultState) {
    if (state === lastState) return;
    lastState = state;
    for (const listener of listeners) listener(state);
  }

  async function readKeyring(): Promise<KeyringRow | undefined> {
    return connection.read((reads) => reads.readKeyring());
  }

  function kdfParamsOf(row: KeyringRow): KdfParams {
    return { algorithm: row.kdf.algorithm, iterations: row.kdf.iterations, salt: row.kdf.salt };
  }

  async function keysFromSecret(secret: Bytes, row: KeyringRow): Promise<DataKeys> {
    const derived = await deriveDataKeys(secret);
    // The verifier proves the secret belongs to this keyring (e.g. not a session left over from
    // before the extension was cleared), so we never encrypt with a key nobody can unlock.
    const value = await openJson(derived.data, row.verifier, VERIFIER_AAD).catch(() => null);
    if (value !== VERIFIER_VALUE) throw new StorageError('wrong-passphrase', 'verifier mismatch');
    return derived;
  }

  async function readThrottle(): Promise<UnlockThrottleState> {
    return parseUnlockThrottle(await connection.read((reads) => reads.readMeta(UNLOCK_THROTTLE_KEY)));
  }

  /** Refuses a try while the wait runs; counts a wrong passphrase; clears the count on a right one. */
  async function throttled<T>(attempt: () => Promise<T>): Promise<T> {
    const now = clock();
    const throttle = await readThrottle();
    const allowedAt = unlockAllowedAt(throttle, now);
    if (allowedAt > now) throw new StorageError('unlock-delayed', `until ${allowedAt}`);
    try {
      const result = await attempt();
      // Only when there is a count to clear, so a plain unlock writes nothing (and need not wait for Dexie).
      if (throttle.failures > 0) await (await connection.db()).meta.delete(UNLOCK_THROTTLE_KEY);
      return result;
    } catch (error) {
      if (isStorageError(error, 'wrong-passphrase')) {
        const db = await connection.db();
        await db.transaction('rw', [db.meta], async () => {
          // Read inside the transaction (not through the connection), so two panels count both failures.
          const next = afterFailure(parseUnlockThrottle((await db.meta.get(UNLOCK_THROTTLE_KEY))?.value), clock());
          await db.meta.put({ key: UNLOCK_THROTTLE_KEY, value: next });
        });
      }
      throw error;
    }
  }

  async function unwrapSecret(passphrase: string, row: KeyringRow): Promise<Bytes> {
    const kek = await deriveKeyEncryptionKey(passphrase, kdfParamsOf(row), kdfOptions);
    try {
      return await openBytes(kek, row.wrappedSecret, SECRET_AAD);
    } catch {
      // AES-GCM authentication fails for a wrong passphrase: report that, not "corrupt".
      throw new StorageError('wrong-passphrase');
    }
  }

  async function becomeUnlocked(secret: Bytes, row: KeyringRow): Promise<void> {
    try {
      const derived = await keysFromSecret(secret, row);
      await holder.hold(secret);
      keys = derived;
    } finally {
      wipe(secret);
    }
    notify('unlocked');
  }

  /**
   * Picks up the unlock another page left in the session (H124): never written back, and used only
   * if the session still holds that same unlock once the keys are derived and no page has locked
   * since it was read (`releases` was `recalledAt`). The session is read again once the keys are
   * derived, so a lock whose change event has not reached this page yet still counts (a read, where
   * this used to write the unlock back: no slower). A secret that does not open this keyring is
   * released only while the session still holds it, so a stale read never removes a newer unlock.
   */
  async function pickUpUnlock(secret: Bytes, row: KeyringRow, recalledAt: number): Promise<boolean> {
    let now: Bytes | null = null;
    try {
      const derived = await keysFromSecret(secret, row).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      now = await holder.recall().catch(() => null);
      const unchanged = now !== null && sameBytes(now, secret) && releases === recalledAt;
      if ('error' in derived) {
        if (!isStorageError(derived.error, 'wrong-passphrase')) throw derived.error;
        if (unchanged) {
          releases += 1;
          await holder.release();
        }
        return false;
      }
      if (!unchanged) return false;
      keys = derived.value;
    } finally {
      wipe(secret);
      if (now) wipe(now);
    }
    notify('unlocked');
    return true;
  }

  async function state(): Promise<VaultState> {
    // The session's unlock is asked for alongside the keyring, not after it: both are on every
    // panel's first path (issue 17). A failure to recall it surfaces only where it did before.
    const recalledAt = releases;
    const recalling = keys ? null : holder.recall();
    recalling?.catch(() => undefined);
    const dropRecalled = () => void recalling?.then((secret) => secret && wipe(secret), () => undefined);
    const row = await readKeyring();
    if (!row) {
      keys = null;
      dropRecalled();
      notify('needs-passphrase');
      return 'needs-passphrase';
    }
    if (keys) {
      dropRecalled();
      return 'unlocked';
    }
    const held = await (recalling ?? holder.recall());
    if (held && (await pickUpUnlock(held, row, recalledAt))) return 'unlocked';
    // Another state() (after another page unlocked again) may have unlocked meanwhile.
    if (keys) return 'unlocked';
    notify('locked');
    return 'locked';
  }

  holder.onChange?.((held) => {
    if (!held) releases += 1;
    if (!held && keys) {
      keys = null;
      notify('locked');
    } else if (held && !keys) {
      void state().catch(() => undefined);
    }
  });

  return {
    state,
    lastKnownState: () => lastState,

    async setPassphrase(passphrase) {
      const problem = checkPassphrase(passphrase);
      if (problem) throw new StorageError(problem);
      const params = newKdfParams(iterations, kdfOptions);
      const kek = await deriveKeyEncryptionKey(passphrase, params, kdfOptions);
      const secret = randomBytes(MASTER_SECRET_BYTES);
      const derived = await deriveDataKeys(secret);
      const now = clock();
      const row: KeyringRow = {
        id: KEYRING_ID,
        version: 1,
        kdf: { algorithm: params.algorithm, iterations: params.iterations, salt: params.salt },
        wrappedSecret: await sealBytes(kek, secret, SECRET_AAD),
        verifier: await sealJson(derived.data, VERIFIER_VALUE, VERIFIER_AAD),
        createdAt: now,
        changedAt: now,
      };
      try {
        // `add` fails if another panel set a passphrase first: never overwrite a keyring.
        await (await connection.db()).keyring.add(row);
      } catch (error) {
        wipe(secret);
        if ((error as { name?: string }).name === 'ConstraintError') throw new StorageError('passphrase-already-set');
        throw error;
      }
      await becomeUnlocked(secret, row);
    },

    async unlock(passphrase) {
      const row = await readKeyring();
      if (!row) throw new StorageError('passphrase-not-set');
      const secret = await throttled(() => unwrapSecret(passphrase, row));
      await becomeUnlocked(secret, row);
    },

    async unlockAllowedAt() {
      return unlockAllowedAt(await readThrottle(), clock());
    },

    async lock() {
      keys = null;
      releases += 1;
      await holder.release();
      notify('locked');
    },

    async changePassphrase(current, next) {
      const problem = checkPassphrase(next);
      if (problem) throw new StorageError(problem);
      const row = await readKeyring();
      if (!row) throw new StorageError('passphrase-not-set');
      // The current passphrase is a guess like any other: the same wait applies.
      const secret = await throttled(() => unwrapSecret(current, row));
      try {
        const params = newKdfParams(iterations, kdfOptions);
        const kek = await deriveKeyEncryptionKey(next, params, kdfOptions);
        const wrappedSecret = await sealBytes(kek, secret, SECRET_AAD);
        // Only the wrapping changes: the master secret, and so every stored row, stays as it is.
        await (await connection.db()).keyring.put({
          ...row,
          kdf: { algorithm: params.algorithm, iterations: params.iterations, salt: params.salt },
          wrappedSecret,
          changedAt: clock(),
        });
      } finally {
        wipe(secret);
      }
    },

    async eraseEverything() {
      // One transaction over every table: either all of it is gone or none of it.
      const db = await connection.db();
      await db.transaction('rw', [db.contacts, db.contactBases, db.contactChanges, db.quarantine, db.meta, db.keyring], async () => {
        await Promise.all([
          db.contacts.clear(),
          db.contactBases.clear(),
          db.contactChanges.clear(),
          db.quarantine.clear(),
          db.meta.clear(),
          db.keyring.clear(),
        ]);
      });
      keys = null;
      releases += 1;
      await holder.release();
      notify('needs-passphrase');
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    keys() {
      if (!keys) throw new StorageError('locked');
      return keys;
    },
  };
}
