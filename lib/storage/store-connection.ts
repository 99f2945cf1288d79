import type { DatabaseOptions, PmhDatabase } from './database';
import { StorageError } from './errors';
import { migrations as defaultMigrations } from './migrations';
import { openRawReader, type RawReader } from './raw-reader';
import type { StoreReads } from './store-reads';

// How the vault and the contact store reach the database (issue 17). Dexie stays the store's
// writer, schema and upgrade path, but it is ~32 KB gzip that the panel need not compile before its
// home screen or a resumed question: those read through plain IndexedDB (raw-reader.ts) while the
// Dexie chunk is loaded with import() once the first paths are done. Every write, and every live
// query, waits for Dexie; a write asked for sooner loads it at once. Nothing is written before
// Dexie is there, so what a practitioner does is written in the order it was done (autosave keeps
// it in memory and on screen meanwhile, as for any write not yet committed).

export interface StoreConnection {
  /** Runs reads: through plain IndexedDB until Dexie is loaded here, through Dexie after. */
  read<T>(work: (reads: StoreReads) => Promise<T>): Promise<T>;
  /** Dexie, open; loads it now if it is not yet (every write, live queries, quarantine). */
  db(): Promise<PmhDatabase>;
  /** Dexie once something has loaded it, without loading it now (never rejects). */
  whenLoaded(): Promise<PmhDatabase>;
  /** Dexie if already loaded and open, otherwise null. */
  loaded(): PmhDatabase | null;
}

/** What the vault and the contact store take: an open Dexie database (tests, the options page, the bench) or a connection. */
export type StoreSource = PmhDatabase | StoreConnection;

/** A database Dexie has already opened: everything goes through it. */
export function connectionTo(db: PmhDatabase): StoreConnection {
  const ready = Promise.resolve(db);
  return { read: (work) => work(db), db: () => ready, whenLoaded: () => ready, loaded: () => db };
}

export function asConnection(source: StoreSource): StoreConnection {
  return typeof (source as Partial<StoreConnection>).whenLoaded === 'function'
    ? (source as StoreConnection)
    : connectionTo(source as PmhDatabase);
}

/**
 * The first paths' reads must have been quiet this long before Dexie is loaded unasked: long enough
 * that "Resume" clicked as soon as the list shows (the bench does it at once) finds its question
 * read and on screen before Dexie compiles; nothing waits for it but a write, which loads it at once.
 */
export const QUIET_BEFORE_LOAD_MS = 1000;

export type StoreConnectionOptions = DatabaseOptions & {
  /** How Dexie's chunk is loaded (tests pass one that fails, as a half-installed update would). */
  loadDexie?: () => Promise<Pick<typeof import('./database'), 'openDatabase'>>;
  /**
   * Load Dexie unasked once the first paths' reads have been quiet for QUIET_BEFORE_LOAD_MS and the
   * page is idle (default true), so that a first write rarely waits for it. Tests set false and load
   * it themselves.
   */
  loadWhenIdle?: boolean;
};

const loadDexieChunk = () => import('./database');

/**
 * Opens the store for the panel: plain IndexedDB when the database is there at this build's
 * version, otherwise (missing, older, newer, unreadable) Dexie at once, which creates or upgrades it
 * or fails with the StorageError the panel shows, exactly as before.
 */
export async function openStoreConnection(options: StoreConnectionOptions = {}): Promise<StoreConnection> {
  const steps = options.migrations ?? defaultMigrations;
  const version = steps[steps.length - 1]?.version ?? 0;
  const raw = await openRawReader({
    name: options.name ?? 'pmh-contact-companion',
    nativeVersion: version * 10,
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  const connection = lazyConnection(raw, options);
  if (!raw) await connection.db();
  return connection;
}

function lazyConnection(raw: RawReader | null, options: StoreConnectionOptions): StoreConnection {
  const { loadDexie = loadDexieChunk, loadWhenIdle = true, ...databaseOptions } = options;
  let db: PmhDatabase | null = null;
  let loading: Promise<PmhDatabase> | null = null;
  let announce: (db: PmhDatabase) => void = () => undefined;
  const loaded = new Promise<PmhDatabase>((resolve) => {
    announce = resolve;
  });

  function load(): Promise<PmhDatabase> {
    loading ??= (async () => {
      let module: Awaited<ReturnType<typeof loadDexie>>;
      try {
        module = await loadDexie();
      } catch (error) {
        throw new StorageError('store-not-loaded', 'the database code could not be loaded', { cause: error });
      }
      const opened = await module.openDatabase(databaseOptions);
      db = opened;
      // Reads go through Dexie from now on (live queries need it); plain reads in flight finish first.
      raw?.close();
      announce(opened);
      return opened;
    })();
    // A failure is reported to whoever asked; the next write tries again (autosave retries).
    loading.catch(() => {
      loading = null;
    });
    return loading;
  }

  // --- loading Dexie unasked, once the first paths are done -------------------------------
  let reading = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  function whenQuiet() {
    if (!loadWhenIdle || loading || db) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (reading > 0 || loading || db) return;
      // With a deadline, so a panel that is never idle still loads Dexie before anyone needs it.
      const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 0));
      idle(() => {
        if (reading === 0) void load().catch(() => undefined);
        else whenQuiet();
      }, { timeout: 2000 });
    }, QUIET_BEFORE_LOAD_MS);
  }
  whenQuiet();

  async function readRaw<T>(reader: RawReader, work: (reads: StoreReads) => Promise<T>): Promise<T> {
    reading += 1;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    try {
      return await work(reader);
    } finally {
      reading -= 1;
      if (reading === 0) whenQuiet();
    }
  }

  return {
    async read(work) {
      if (db) return work(db);
      if (raw && !raw.closed) {
        try {
          return await readRaw(raw, work);
        } catch (error) {
          // Closed meanwhile (Dexie loaded here, or another page upgrading): read through Dexie.
          if (!raw.closed) throw error;
        }
      }
      return work(await load());
    },
    db: () => (db ? Promise.resolve(db) : load()),
    whenLoaded: () => loaded,
    loaded: () => db,
  };
}
