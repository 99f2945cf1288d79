import type { Sealed } from './crypto';
import type { ContactBaseRow, ContactChangeRow, ContactHeaderRow, KeyringRow, MetaRow } from './database';
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

// The store's first-path reads over plain IndexedDB (issue 17): the panel shows its home screen or
// a resumed question without waiting for Dexie (~32 KB gzip) to load and compile. Reads only, from
// a database Dexie has already made at exactly this build's schema version: it never creates or
// upgrades one (store-connection.ts then takes Dexie's path, which does). Table names, key paths
// and index names are those of migrations/v1.ts as Dexie creates them (an index is named after its
// key path); tests/lib/storage/raw-reader.test.ts compares every read with Dexie's.

const TABLES = ['contacts', 'contactBases', 'contactChanges', 'keyring', 'quarantine', 'meta'] as const;

export type RawReaderOptions = {
  name: string;
  /** IndexedDB's version number for this build's schema: Dexie stores version n as n * 10. */
  nativeVersion: number;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
};

export type RawReader = StoreReads & {
  /** True once closed here, or by the browser, or because another page wants to upgrade the database. */
  readonly closed: boolean;
  close(): void;
};

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Opens the database at `nativeVersion` without creating or upgrading it. Resolves null when it is
 * missing or older (the upgrade IndexedDB offers is aborted, so nothing is created or changed),
 * newer, lacks a table, or cannot be opened (blocked, or storage unavailable): the caller then opens
 * it with Dexie, which creates, upgrades or reports the problem as it always has.
 */
export function openRawReader(options: RawReaderOptions): Promise<RawReader | null> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const KeyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(options.name, options.nativeVersion);
    } catch {
      resolve(null);
      return;
    }
    let settled = false;
    const give = (reader: RawReader | null) => {
      if (settled) return;
      settled = true;
      resolve(reader);
    };
    request.onupgradeneeded = () => {
      // Missing (old version 0) or older: abort, so a missing database is not created and an older
      // one keeps its version and rows for Dexie's migration steps.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      // AbortError after the abort above; VersionError when the database is newer. Handled here, so
      // the browser does not report it as an uncaught error.
      event.preventDefault();
      give(null);
    };
    request.onblocked = () => give(null);
    request.onsuccess = () => {
      const db = request.result;
      if (settled || TABLES.some((table) => !db.objectStoreNames.contains(table))) {
        db.close();
        give(null);
        return;
      }
      give(rawReader(db, KeyRange));
    };
  });
}

function rawReader(db: IDBDatabase, KeyRange: typeof IDBKeyRange): RawReader {
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    db.close();
  };
  // Another page (Dexie in another panel, after an update) wants a newer version: let it.
  db.onversionchange = close;
  // The browser closed the connection (storage cleared, disk error): later reads go through Dexie.
  db.onclose = () => {
    closed = true;
  };

  function stores<Name extends (typeof TABLES)[number]>(names: readonly Name[]): Record<Name, IDBObjectStore> {
    const transaction = db.transaction([...names], 'readonly');
    return Object.fromEntries(names.map((name) => [name, transaction.objectStore(name)])) as Record<Name, IDBObjectStore>;
  }

  // Every request of a read is made at once, in one transaction, so the rows read belong together.
  return {
    get closed() {
      return closed;
    },
    close,

    readKeyring() {
      return settle(stores(['keyring']).keyring.get(KEYRING_ID)) as Promise<KeyringRow | undefined>;
    },

    async readMeta(key) {
      return ((await settle(stores(['meta']).meta.get(key))) as MetaRow | undefined)?.value;
    },

    async readListingIndex(): Promise<ListingIndexRead> {
      const { meta } = stores(['meta']);
      const [cacheRow, epochRow] = (await Promise.all([settle(meta.get(LISTING_KEY)), settle(meta.get(EPOCH_KEY))])) as (MetaRow | undefined)[];
      return { cache: cacheRow?.value as Sealed | undefined, epoch: epochOf(epochRow?.value) };
    },

    async readListingInputs(): Promise<ListingInputsRead> {
      const { contacts, meta } = stores(['contacts', 'meta']);
      const [headers, cacheRow, epochRow] = await Promise.all([
        settle(contacts.getAll()) as Promise<ContactHeaderRow[]>,
        settle(meta.get(LISTING_KEY)) as Promise<MetaRow | undefined>,
        settle(meta.get(EPOCH_KEY)) as Promise<MetaRow | undefined>,
      ]);
      return { headers, cache: cacheRow?.value as Sealed | undefined, epoch: epochOf(epochRow?.value) };
    },

    async readContact(contactId): Promise<ContactRead> {
      const { contacts, contactBases, contactChanges, quarantine } = stores(['contacts', 'contactBases', 'contactChanges', 'quarantine']);
      // Change rows are keyed [contactId, slotId]: -Infinity and [[]] are Dexie's minKey and maxKey.
      const changes = KeyRange.bound([contactId, Number.NEGATIVE_INFINITY], [contactId, [[]]]);
      const [header, base, rows, quarantined] = await Promise.all([
        settle(contacts.get(contactId)) as Promise<ContactHeaderRow | undefined>,
        settle(contactBases.get(contactId)) as Promise<ContactBaseRow | undefined>,
        settle(contactChanges.getAll(changes)) as Promise<ContactChangeRow[]>,
        settle(quarantine.index('contactId').count(KeyRange.only(contactId))),
      ]);
      return { header, base, rows, quarantined };
    },
  };
}
