import { latestVersion } from './migrations';
import { retentionPolicyProblem, retentionVerdict, type RetentionFacts, type RetentionPolicy } from './retention-rules';

// The background's retention purge (issues 6 and 17) over plain IndexedDB: the same deletions as
// ContactStore.purgeExpired, without Dexie, Zod or any schema, so background.js stays small. It
// reads only the plain header fields (status and times) and never needs the key.
// The table names, key paths and index names are those of migrations/v1.ts as Dexie creates them
// (an index is named after its key path); tests/lib/storage/plain-purge.test.ts runs this against
// a database made by openDatabase() and checks it deletes exactly what purgeExpired deletes.

const DATABASE_NAME = 'pmh-contact-companion';
const TABLES = ['contacts', 'contactBases', 'contactChanges', 'quarantine', 'meta'] as const;
/** Meta rows of contact-store.ts: the sealed listing cache and the forget epoch that guards it. */
const LISTING_KEY = 'listing';
const EPOCH_KEY = 'epoch';

export type PlainPurgeOptions = {
  now: number;
  policy: RetentionPolicy;
  /** Tests: fake-indexeddb's factory and key range, and another database name. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  name?: string;
};

export type PlainPurgeReport = {
  /** Contacts deleted. */
  readonly purged: readonly string[];
  /** Headers whose status or times could not be read: left alone, never deleted on a guess. */
  readonly unreadable: number;
  /** Why nothing was done, when nothing could be (no database yet, or one of another version). */
  readonly skipped?: 'no-database' | 'other-version';
};

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** The facts retention needs, or null when a header is not one this code can judge safely. */
export function retentionFactsOf(row: unknown): RetentionFacts | null {
  if (typeof row !== 'object' || row === null) return null;
  const { id, status, updatedAt, completedAt, summaryOutputAt } = row as Record<string, unknown>;
  const time = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
  const optionalTime = (value: unknown) => value === undefined || time(value);
  if (typeof id !== 'string' || (status !== 'in-progress' && status !== 'completed')) return null;
  if (!time(updatedAt) || !optionalTime(completedAt) || !optionalTime(summaryOutputAt)) return null;
  return {
    id,
    status,
    updatedAt: updatedAt as number,
    ...(completedAt !== undefined ? { completedAt: completedAt as number } : {}),
    ...(summaryOutputAt !== undefined ? { summaryOutputAt: summaryOutputAt as number } : {}),
  };
}

/** Opens the panel's database as it is, or resolves null when there is none (nothing to purge). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let created = false;
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      // No database yet: abort rather than create an empty one the panel would then have to upgrade.
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error('could not open the database'));
    };
    request.onblocked = () => reject(new Error('the database is being upgraded'));
  });
}

/**
 * Deletes, in one transaction with the headers read inside it, every contact past its time under
 * `policy`, and quarantined records older than a draft is kept; drops the listing cache when a
 * contact goes (as purgeExpired does), so no panel lists a forgotten label.
 */
export async function purgeExpiredPlain(options: PlainPurgeOptions): Promise<PlainPurgeReport> {
  const problem = retentionPolicyProblem(options.policy);
  if (problem) throw new Error(`retention policy out of bounds: ${problem}`);
  const factory = options.indexedDB ?? globalThis.indexedDB;
  const KeyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
  const db = await openExisting(factory, options.name ?? DATABASE_NAME);
  if (!db) return { purged: [], unreadable: 0, skipped: 'no-database' };
  try {
    // Dexie stores schema version n as n * 10. Another version (a newer release rolled back, or an
    // older database the panel has not migrated yet) has rows this code may misread: leave it.
    if (db.version !== latestVersion * 10 || TABLES.some((table) => !db.objectStoreNames.contains(table))) {
      return { purged: [], unreadable: 0, skipped: 'other-version' };
    }
    const transaction = db.transaction([...TABLES], 'readwrite', { durability: 'strict' });
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error('purge transaction aborted'));
    });
    const stores = Object.fromEntries(TABLES.map((table) => [table, transaction.objectStore(table)])) as Record<
      (typeof TABLES)[number],
      IDBObjectStore
    >;
    let unreadable = 0;
    const purged: string[] = [];
    try {
      for (const row of await settle(stores.contacts.getAll())) {
        const facts = retentionFactsOf(row);
        if (!facts) unreadable += 1;
        else if (retentionVerdict(facts, options.now, options.policy).due) purged.push(facts.id);
      }
      const deletions: Promise<unknown>[] = [];
      const track = (...requests: Promise<unknown>[]) => {
        // Settled together below; if one fails the rest are aborted with it, not left unhandled.
        for (const request of requests) request.catch(() => undefined);
        deletions.push(...requests);
      };
      for (const id of purged) {
        track(settle(stores.contacts.delete(id)), settle(stores.contactBases.delete(id)));
        // Change rows are keyed [contactId, slotId]; every slotId is a string, and arrays sort after strings.
        track(settle(stores.contactChanges.delete(KeyRange.bound([id, ''], [id, []]))));
        track(deleteAll(stores.quarantine.index('contactId'), KeyRange.only(id)));
      }
      // Quarantined copies are kept for inspection no longer than a draft would be (retention.ts).
      track(deleteAll(stores.quarantine.index('quarantinedAt'), KeyRange.upperBound(options.now - options.policy.draftRetentionMs, true)));
      if (purged.length > 0) {
        const epochRow = (await settle(stores.meta.get(EPOCH_KEY))) as { value?: unknown } | undefined;
        const epoch = typeof epochRow?.value === 'number' ? epochRow.value : 0;
        track(settle(stores.meta.delete(LISTING_KEY)), settle(stores.meta.put({ key: EPOCH_KEY, value: epoch + 1 })));
      }
      await Promise.all(deletions);
    } catch (error) {
      // Nothing half-done: every deletion above is undone together.
      try {
        transaction.abort();
      } catch {
        // already finished
      }
      await committed.catch(() => undefined);
      throw error;
    }
    await committed;
    return { purged, unreadable };
  } finally {
    db.close();
  }
}

function deleteAll(index: IDBIndex, range: IDBKeyRange): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = index.openCursor(range);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve();
      cursor.delete();
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
  });
}
