import type { Transaction } from 'dexie';

/**
 * One step of the database schema. Steps are listed in order in ./index.ts; each has a fixture
 * of its stored rows in tests/lib/storage/fixtures/v<version>.json and one test runs them all.
 *
 * `upgrade` runs inside IndexedDB's versionchange transaction. If it throws, the transaction
 * aborts, IndexedDB keeps the previous version with every row untouched, and opening fails with
 * StorageError('migration-failed'). Never catch inside a step to "carry on with defaults".
 *
 * Clinical values are encrypted and the key is not available while the database opens, so a step
 * can only reshape the non-clinical fields (ids, status, times, sequence numbers) and move sealed
 * values as opaque blobs. A change to the shape of decrypted content is a payload version,
 * migrated after decryption in contact-codec.ts.
 */
export type Migration = {
  readonly version: number;
  /** Dexie store declarations for this version (null deletes a table). */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void> | void;
  /** What the step does and why, for reviewers and the fixture test. */
  readonly description: string;
};
