import { Dexie, liveQuery, type ChromeTransactionDurability, type Collection, type Observable, type Table } from 'dexie';
import type { Sealed } from './crypto';
import { StorageError, toStorageError } from './errors';
import { migrations as defaultMigrations, type Migration } from './migrations';
import {
  EPOCH_KEY,
  KEYRING_ID,
  LISTING_KEY,
  epochOf,
  type ContactRead,
  type ListingIndexRead,
  type ListingInputsRead,
  type StoreReads,
} from './store-reads';

// The database: the only place that knows table names (raw-reader.ts and plain-purge.ts repeat them
// to read and purge without Dexie, each checked against this file by its tests). Everything clinical is a `Sealed` value;
// the plain fields below are the ones storage must read without the key (listing order,
// retention, conflict resolution) and are not clinical.

export const DATABASE_NAME = 'pmh-contact-companion';

/** Times are epoch milliseconds so comparisons never depend on ISO string formatting. */
export type ContactHeaderRow = {
  id: string;
  status: 'in-progress' | 'completed';
  startedAt: number;
  updatedAt: number;
  completedAt?: number;
  summaryOutputAt?: number;
  /** Last sequence number given to a change of this contact (monotonic across panels). */
  seq: number;
  /** The listing card ({ v, label }); the label is the only clinical text the drafts list needs. */
  card: Sealed;
  cardAt: number;
  cardSeq: number;
};

/**
 * The contact as created ({ v, contact }), in its own table so listing 5,000 headers does not
 * read 5,000 full contacts. Written once, with the header, and never changed.
 */
export type ContactBaseRow = { id: string; base: Sealed };

export type ContactChangeRow = {
  contactId: string;
  /** HMAC of the change slot: same slot, same row; the slot name itself is inside `payload`. */
  slotId: string;
  /** When the change happened (its own timestamp) and its sequence: the order of replay and of last-write-wins. */
  at: number;
  seq: number;
  payload: Sealed;
};

export type KeyringRow = {
  id: 'primary';
  version: 1;
  kdf: { algorithm: 'PBKDF2-SHA256'; iterations: number; salt: Uint8Array<ArrayBuffer> };
  /** Master secret sealed with the key-encryption key. */
  wrappedSecret: Sealed;
  /** A known value sealed with the data key: proves a held key belongs to this keyring. */
  verifier: Sealed;
  createdAt: number;
  changedAt: number;
};

export type QuarantineRow = {
  id?: number;
  contactId: string;
  table: 'contactBases' | 'contactChanges';
  /** The primary key of the original row, as JSON. */
  key: string;
  /** Why it was set aside, without any clinical content. */
  reason: string;
  quarantinedAt: number;
  /** The original row exactly as it was (still encrypted). */
  row: unknown;
};

export type MetaRow = { key: string; value: unknown };

export type DatabaseOptions = {
  name?: string;
  /** Test or alternate IndexedDB implementation (e.g. `new IDBFactory()` from fake-indexeddb). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /**
   * Chromium's commit durability. 'strict' waits until the write reaches the disk, so an answer
   * survives a power cut or OS crash (a laptop battery dying mid-visit), not only a browser crash.
   * Measure with `npm run bench` before relaxing it.
   */
  durability?: ChromeTransactionDurability;
  /** Tests only: a different list of steps (e.g. one that fails on purpose). */
  migrations?: readonly Migration[];
};

/**
 * Dexie, with the store's reads (the same as raw-reader.ts gives before Dexie is loaded) and the
 * Dexie helpers the contact store needs as methods, so that code reaching the database only
 * through an instance never imports Dexie itself and stays off the panel's first path (issue 17).
 */
export class PmhDatabase extends Dexie implements StoreReads {
  contacts!: Table<ContactHeaderRow, string>;
  contactBases!: Table<ContactBaseRow, string>;
  contactChanges!: Table<ContactChangeRow, [string, string]>;
  keyring!: Table<KeyringRow, string>;
  quarantine!: Table<QuarantineRow, number>;
  meta!: Table<MetaRow, string>;

  constructor(options: DatabaseOptions = {}) {
    super(options.name ?? DATABASE_NAME, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
      chromeTransactionDurability: options.durability ?? 'strict',
    });
    registerMigrations(this, options.migrations ?? defaultMigrations);
    // liveQuery() does nothing unless Dexie sees a global IndexedDB. Browsers always have one;
    // Node (tests, the Node benchmark) does not, so lend it the implementation we were given.
    if (!Dexie.dependencies.indexedDB && options.indexedDB) {
      Dexie.dependencies.indexedDB = options.indexedDB;
      if (options.IDBKeyRange) Dexie.dependencies.IDBKeyRange = options.IDBKeyRange;
    }
  }

  /** Every change row of a contact (the primary key is [contactId, slotId]). */
  changesOf(contactId: string): Collection<ContactChangeRow, [string, string]> {
    return this.contactChanges
      .where('[contactId+slotId]')
      .between([contactId, Dexie.minKey as unknown as string], [contactId, Dexie.maxKey as unknown as string], true, true);
  }

  /**
   * Dexie's liveQuery: re-runs `query` after every committed write that touches what it read, from
   * this page or any other page of the extension.
   */
  live<T>(query: () => Promise<T>): Observable<T> {
    return liveQuery(query);
  }

  readKeyring(): Promise<KeyringRow | undefined> {
    return this.keyring.get(KEYRING_ID);
  }

  async readMeta(key: string): Promise<unknown> {
    return (await this.meta.get(key))?.value;
  }

  readListingIndex(): Promise<ListingIndexRead> {
    return this.transaction('r', [this.meta], async () => {
      const [cacheRow, epochRow] = await Promise.all([this.meta.get(LISTING_KEY), this.meta.get(EPOCH_KEY)]);
      return { cache: cacheRow?.value as Sealed | undefined, epoch: epochOf(epochRow?.value) };
    });
  }

  readListingInputs(): Promise<ListingInputsRead> {
    return this.transaction('r', [this.contacts, this.meta], async () => {
      const [headers, cacheRow, epochRow] = await Promise.all([
        this.contacts.toArray(),
        this.meta.get(LISTING_KEY),
        this.meta.get(EPOCH_KEY),
      ]);
      return { headers, cache: cacheRow?.value as Sealed | undefined, epoch: epochOf(epochRow?.value) };
    });
  }

  readContact(contactId: string): Promise<ContactRead> {
    return this.transaction('r', [this.contacts, this.contactBases, this.contactChanges, this.quarantine], async () => {
      const [header, base, rows, quarantined] = await Promise.all([
        this.contacts.get(contactId),
        this.contactBases.get(contactId),
        this.changesOf(contactId).toArray(),
        this.quarantine.where('contactId').equals(contactId).count(),
      ]);
      return { header, base, rows, quarantined };
    });
  }
}

export function registerMigrations(db: Dexie, steps: readonly Migration[]): void {
  let previous = 0;
  for (const step of steps) {
    if (step.version <= previous) throw new Error(`migration versions must increase (${step.version})`);
    previous = step.version;
    const version = db.version(step.version).stores({ ...step.stores });
    const upgrade = step.upgrade;
    if (upgrade) {
      version.upgrade(async (tx) => {
        try {
          await upgrade(tx);
        } catch (error) {
          // Rethrowing aborts the versionchange transaction: IndexedDB keeps the old version and rows.
          throw new StorageError('migration-failed', `step to v${step.version} failed`, { cause: error });
        }
      });
    }
  }
}

/** Opens (and if needed upgrades) the database; failures come back as StorageError. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<PmhDatabase> {
  let db: PmhDatabase;
  try {
    db = new PmhDatabase(options);
  } catch (error) {
    throw toStorageError(error);
  }
  try {
    await db.open();
  } catch (error) {
    db.close();
    throw toStorageError(error);
  }
  // Dexie 4 opens a database a newer release has upgraded (the extension rolled back). Refuse:
  // this code would misread the newer rows and could quarantine them. Dexie stores version n as n * 10.
  const installed = db.backendDB().version;
  if (installed > db.verno * 10) {
    db.close();
    throw new StorageError('newer-version', `installed schema ${installed / 10}, this release knows ${db.verno}`);
  }
  return db;
}
