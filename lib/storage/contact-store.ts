import { contactSchema, type Contact } from '../contact/contact';
import { applyChanges, changeKey, contactChangeSchema, type ContactChange } from '../contact/contact-change';
import { changeTimestamp, compareOrder, slotRule, supersedes } from './change-order';
import { systemClock, type Clock } from './clock';
import {
  openBase,
  openCard,
  openChange,
  openListingSnapshot,
  sealBase,
  sealCard,
  sealChange,
  sealListing,
  slotIdFor,
  type ListedFacts,
  type ListingCache,
  type ListingSnapshot,
} from './contact-codec';
import type { DataKeys, Sealed } from './crypto';
import type { ContactBaseRow, ContactChangeRow, ContactHeaderRow, PmhDatabase } from './database';
import { StorageError, isStorageError, toStorageError } from './errors';
import {
  DEFAULT_RETENTION_POLICY,
  retentionVerdict,
  type PurgeTarget,
  type RetentionFacts,
  type RetentionPolicy,
  type RetentionRule,
} from './retention';
import type { Vault } from './vault';
import { isoTime } from './iso-time';
import { asConnection, type StoreSource } from './store-connection';
import { EPOCH_KEY, LISTING_KEY, epochOf, type ContactRead, type ListingIndexRead, type StoreReads } from './store-reads';

// Contacts at rest. A contact is stored as a header (plain status and times, sealed label), its
// sealed base (the contact as created) and one sealed row per change slot (see changeKey): an answer, presence, a note, an
// outcome. Two panels writing different slots touch different rows, so neither can overwrite the
// other; two writes to one slot keep the later by (change time, sequence). Loading replays the
// slots over the base in that order.
//
// Reads on the panel's first paths (list, load, a watch's first read) go through the connection,
// which reads plain IndexedDB until Dexie is loaded (store-connection.ts, issue 17); every write
// and every live query awaits Dexie. This file imports no Dexie: it uses the database instance only.

export type StoredContact = {
  readonly contact: Contact;
  /** The header's sequence number when read: every committed change has seq <= this. */
  readonly seq: number;
  /** How many records of this contact are set aside in quarantine (the panel should say so). */
  readonly quarantined: number;
};

export type ContactListing = {
  readonly id: string;
  readonly status: Contact['status'];
  /** Null when the label could not be read (the contact is then `damaged`). */
  readonly label: string | null;
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly summaryOutput: boolean;
  readonly retention: RetentionRule;
  readonly deleteAt: string;
  /** Show "will be deleted on {deleteAt}" in the drafts list. */
  readonly warning: boolean;
  readonly damaged: boolean;
};

export type SaveResult = {
  /** The contact's sequence number after this save (compare with StoredContact.seq). */
  readonly seq: number;
  /** Changes not applied because the same slot already holds a later change (e.g. from another panel). */
  readonly superseded: number;
};

export type ContactEvent =
  | { readonly kind: 'stored'; readonly stored: StoredContact }
  | { readonly kind: 'forgotten' }
  | { readonly kind: 'error'; readonly error: StorageError };

export type ListEvent =
  | { readonly kind: 'listed'; readonly contacts: readonly ContactListing[] }
  | { readonly kind: 'error'; readonly error: StorageError };

export interface ContactStore extends PurgeTarget {
  create(contact: Contact): Promise<void>;
  /** Durable when it resolves (the transaction has committed). */
  saveChanges(contactId: string, changes: readonly ContactChange[]): Promise<SaveResult>;
  saveChange(contactId: string, change: ContactChange): Promise<SaveResult>;
  load(contactId: string): Promise<StoredContact>;
  /** Newest first. */
  list(): Promise<ContactListing[]>;
  /** "End contact and forget": every stored trace of the contact, in one transaction. Works while locked. */
  forget(contactId: string): Promise<void>;
  /** Live: fires now and after every committed change, from this or any other panel. */
  watchContact(contactId: string, listener: (event: ContactEvent) => void): () => void;
  watchList(listener: (event: ListEvent) => void): () => void;
}

export type ContactStoreOptions = {
  /** An open Dexie database, or the panel's connection (plain reads first, Dexie loaded later). */
  db: StoreSource;
  vault: Vault;
  clock?: Clock;
  /** The policy in force, or how to read it when listing (the organisation may change it while a panel is open). */
  retention?: RetentionPolicy | (() => RetentionPolicy);
};

/** What a listing shows of a contact besides its label: a header's plain facts. */
type ContactHeaderFacts = RetentionFacts & { readonly startedAt: number };

type DecodedChange = { readonly row: ContactChangeRow; readonly change: ContactChange };

const iso = isoTime;

function ms(isoTime: string): number {
  return Date.parse(isoTime);
}

export function createContactStore(options: ContactStoreOptions): ContactStore {
  const { vault } = options;
  const connection = asConnection(options.db);
  const clock = options.clock ?? systemClock;
  const retention = options.retention ?? DEFAULT_RETENTION_POLICY;
  const policyInForce = typeof retention === 'function' ? retention : () => retention;

  /** Dexie for a write, loading it (if it is not yet) while the caller prepares the write. */
  function database(): Promise<PmhDatabase> {
    const loading = connection.db();
    // Awaited by the caller; this only keeps a failure from being reported as unhandled meanwhile.
    loading.catch(() => undefined);
    return loading;
  }

  async function run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error);
    }
  }

  // The write epoch (meta EPOCH_KEY) is bumped by every transaction that adds, changes or removes a
  // contact header (create, saveChanges, forget, purge here; the background's plain purge; erasing
  // everything clears it), so a listing index written at epoch E is current while the epoch is E.
  // A migration that rewrites headers must delete the listing row (meta LISTING_KEY) too.
  async function readEpoch(db: PmhDatabase): Promise<number> {
    return epochOf((await db.meta.get(EPOCH_KEY))?.value);
  }

  /** Call inside a rw transaction with db.meta whenever a header is written. */
  async function bumpEpoch(db: PmhDatabase): Promise<void> {
    await db.meta.put({ key: EPOCH_KEY, value: (await readEpoch(db)) + 1 });
  }

  /**
   * Call inside a rw transaction (with db.meta and db.contacts) whenever a contact disappears.
   * The listing cache holds labels; removing it with the contact keeps "forget" complete, and the
   * epoch stops a list() that read before the forget from writing the old labels back. Returns the
   * new epoch and the ids still stored, for rebuildListingCache.
   */
  async function dropListingCache(db: PmhDatabase): Promise<{ epoch: number; remaining: string[] }> {
    const epoch = (await readEpoch(db)) + 1;
    await db.meta.delete(LISTING_KEY);
    await db.meta.put({ key: EPOCH_KEY, value: epoch });
    return { epoch, remaining: await db.contacts.toCollection().primaryKeys() };
  }

  // The labels this store last listed, so after a forget the cache can be written again at once
  // without the forgotten contacts, instead of the next listing decrypting every label.
  let listedCards: ListingCache | null = null;

  async function writeListingCache(
    cards: ListingCache,
    epoch: number,
    facts?: Record<string, ListedFacts>,
    database: Promise<PmhDatabase> = connection.db(),
  ): Promise<void> {
    database.catch(() => undefined);
    const sealed = await sealListing(vault.keys(), cards, facts ? { epoch, facts } : undefined);
    const db = await database;
    // Only if no contact was forgotten since `epoch` was read (see dropListingCache).
    await db.transaction('rw', [db.meta], async () => {
      if ((await readEpoch(db)) === epoch) await db.meta.put({ key: LISTING_KEY, value: sealed });
    });
  }

  async function rebuildListingCache({ epoch, remaining }: { epoch: number; remaining: readonly string[] }) {
    if (!listedCards) return;
    // Only contacts still stored at the forget: this panel's memory may hold a label another
    // panel has forgotten since.
    const cards: Record<string, readonly [number, string]> = {};
    for (const id of remaining) {
      const card = listedCards[id];
      if (card) cards[id] = card;
    }
    listedCards = cards;
    // Best effort: when locked or failing, the next listing rebuilds the cache itself.
    await writeListingCache(cards, epoch).catch(() => undefined);
  }

  async function deleteContactRows(db: PmhDatabase, contactId: string): Promise<void> {
    await db.contacts.delete(contactId);
    await db.contactBases.delete(contactId);
    await db.changesOf(contactId).delete();
    await db.quarantine.where('contactId').equals(contactId).delete();
  }

  // --- quarantine -------------------------------------------------------------------------

  async function quarantineChange(row: ContactChangeRow, reason: string): Promise<void> {
    const db = await connection.db();
    // A transaction so a row rewritten meanwhile by another panel (new seq) is not set aside by mistake.
    await db.transaction('rw', [db.contactChanges, db.quarantine], async () => {
      const current = await db.contactChanges.get([row.contactId, row.slotId]);
      if (!current || current.seq !== row.seq) return;
      await db.quarantine.add({
        contactId: row.contactId,
        table: 'contactChanges',
        key: JSON.stringify([row.contactId, row.slotId]),
        reason,
        quarantinedAt: clock(),
        row: current,
      });
      await db.contactChanges.delete([row.contactId, row.slotId]);
    });
  }

  async function quarantineBase(contactId: string, base: ContactBaseRow | undefined, reason: string): Promise<void> {
    // The contact stays (so the drafts list still shows it and it can be forgotten); a copy of the
    // unreadable base is set aside once, for inspection.
    const db = await connection.db();
    await db.transaction('rw', [db.quarantine], async () => {
      const already = await db.quarantine
        .where('contactId')
        .equals(contactId)
        .filter((row) => row.table === 'contactBases')
        .count();
      if (already > 0) return;
      await db.quarantine.add({
        contactId,
        table: 'contactBases',
        key: JSON.stringify(contactId),
        reason,
        quarantinedAt: clock(),
        row: base ?? null,
      });
    });
  }

  function reasonOf(error: unknown): string {
    return isStorageError(error) ? error.message : 'unreadable';
  }

  // --- decoding a contact -----------------------------------------------------------------

  type RawContact = ContactRead;

  async function decodeChanges(
    keys: DataKeys,
    rows: readonly ContactChangeRow[],
    cache?: Map<string, DecodedChange>,
  ): Promise<{ decoded: DecodedChange[]; newlyQuarantined: number }> {
    let newlyQuarantined = 0;
    const results = await Promise.all(
      rows.map(async (row): Promise<DecodedChange | null> => {
        const cacheKey = `${row.slotId}#${row.seq}`;
        const hit = cache?.get(cacheKey);
        if (hit) return hit;
        try {
          const change = await openChange(keys, row.contactId, row.slotId, row.payload);
          const decoded = { row, change };
          cache?.set(cacheKey, decoded);
          return decoded;
        } catch (error) {
          if (isStorageError(error, 'locked')) throw error;
          newlyQuarantined += 1;
          await quarantineChange(row, reasonOf(error));
          return null;
        }
      }),
    );
    const decoded = results.filter((result): result is DecodedChange => result !== null);
    decoded.sort((a, b) => compareOrder(a.row, b.row));
    return { decoded, newlyQuarantined };
  }

  // Decodes in flight, by what was read: resuming a contact loads it and starts two watches at once
  // (the session's and autosave's), which read the same rows; they share one decryption and one
  // validation instead of three (issue 17). Kept only while in flight: nothing decrypted stays here.
  const decoding = new Map<string, Promise<StoredContact>>();

  function decodeContact(
    raw: RawContact & { header: ContactHeaderRow },
    caches?: { base?: { contact: Contact }; changes: Map<string, DecodedChange> },
  ): Promise<StoredContact> {
    // The header's seq moves with every committed change; quarantine changes the row and quarantine counts.
    const read = JSON.stringify([raw.header.id, raw.header.seq, raw.rows.length, raw.quarantined, raw.base ? 1 : 0]);
    const inFlight = decoding.get(read);
    if (inFlight) return inFlight;
    const decoded = decodeContactNow(raw, caches);
    decoding.set(read, decoded);
    const done = () => {
      if (decoding.get(read) === decoded) decoding.delete(read);
    };
    decoded.then(done, done);
    return decoded;
  }

  async function decodeContactNow(
    raw: RawContact & { header: ContactHeaderRow },
    caches?: { base?: { contact: Contact }; changes: Map<string, DecodedChange> },
  ): Promise<StoredContact> {
    const keys = vault.keys();
    const { header } = raw;
    let base = caches?.base?.contact;
    if (!base) {
      try {
        if (!raw.base) throw new StorageError('corrupt-record', 'base contact missing');
        base = await openBase(keys, header.id, raw.base.base);
      } catch (error) {
        if (isStorageError(error, 'locked')) throw error;
        await quarantineBase(header.id, raw.base, reasonOf(error));
        throw new StorageError('corrupt-record', `contact unreadable: ${reasonOf(error)}`, { cause: error });
      }
      if (caches) caches.base = { contact: base };
    }
    const { decoded, newlyQuarantined } = await decodeChanges(keys, raw.rows, caches?.changes);
    return {
      contact: applyChanges(
        base,
        decoded.map((entry) => entry.change),
      ),
      seq: header.seq,
      quarantined: raw.quarantined + newlyQuarantined,
    };
  }

  // --- listing ----------------------------------------------------------------------------

  function listingOf(id: string, facts: ContactHeaderFacts, label: string | null, now: number, policy: RetentionPolicy): ContactListing {
    const verdict = retentionVerdict(facts, now, policy);
    return {
      id,
      status: facts.status,
      label,
      startedAt: iso(facts.startedAt),
      updatedAt: iso(facts.updatedAt),
      summaryOutput: facts.summaryOutputAt !== undefined,
      retention: verdict.rule,
      deleteAt: iso(verdict.deleteAt),
      warning: verdict.warn,
      damaged: label === null,
    };
  }

  /** Newest first; equal times in id order (the order IndexedDB returns headers in). */
  function newestFirst(a: { id: string; updatedAt: number }, b: { id: string; updatedAt: number }): number {
    return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }

  /** The list from a current listing index alone: no header is read and nothing is decrypted but the index. */
  function listingFromIndex(snapshot: ListingSnapshot & { facts: NonNullable<ListingSnapshot['facts']> }): ContactListing[] {
    const policy = policyInForce();
    const now = clock();
    const entries = Object.entries(snapshot.facts).map(([id, [status, startedAt, updatedAt, completedAt, summaryOutputAt]]) => ({
      id,
      updatedAt,
      facts: {
        id,
        status: status === 1 ? ('completed' as const) : ('in-progress' as const),
        startedAt,
        updatedAt,
        ...(completedAt !== null ? { completedAt } : {}),
        ...(summaryOutputAt !== null ? { summaryOutputAt } : {}),
      },
    }));
    entries.sort(newestFirst);
    listedCards = snapshot.cards;
    return entries.map((entry) => listingOf(entry.id, entry.facts, snapshot.cards[entry.id]?.[1] ?? null, now, policy));
  }

  async function buildListing(headers: readonly ContactHeaderRow[], snapshot: ListingSnapshot | null, epoch: number) {
    const keys = vault.keys();
    const policy = policyInForce();
    // The cache is derived data: if unreadable it is rebuilt, not quarantined.
    const cache: ListingCache = snapshot?.cards ?? {};
    const now = clock();
    const next: Record<string, readonly [number, string]> = {};
    // Labels from the cache where it is current; decrypt only the others (in parallel), so a
    // warm listing costs one decryption however many contacts there are.
    const labels = new Map<string, string | null>();
    const misses: ContactHeaderRow[] = [];
    for (const header of headers) {
      const cached = cache[header.id];
      if (cached && cached[0] === header.cardSeq) labels.set(header.id, cached[1]);
      else misses.push(header);
    }
    await Promise.all(
      misses.map(async (header) => {
        labels.set(header.id, await openCard(keys, header.id, header.card).catch(() => null));
      }),
    );
    const sorted = [...headers].sort(newestFirst);
    const facts: Record<string, ListedFacts> = {};
    const listings = sorted.map((header): ContactListing => {
      const label = labels.get(header.id) ?? null;
      if (label !== null) next[header.id] = [header.cardSeq, label];
      facts[header.id] = [
        header.status === 'completed' ? 1 : 0,
        header.startedAt,
        header.updatedAt,
        header.completedAt ?? null,
        header.summaryOutputAt ?? null,
      ];
      return listingOf(header.id, header, label, now, policy);
    });
    // Rewrite the index when it differs or is not current (a damaged label is in neither, so it
    // cannot loop a live query; once written at this epoch, the next read uses it as it is).
    const changed =
      snapshot?.facts === undefined ||
      snapshot.epoch !== epoch ||
      Object.keys(next).length !== Object.keys(cache).length ||
      Object.entries(next).some(([id, [seq]]) => cache[id]?.[0] !== seq);
    listedCards = next;
    if (changed) {
      if (connection.loaded()) await writeListingCache(next, epoch, facts);
      // Read before Dexie is loaded (the panel's first paths): the list shows now, and the index,
      // derived data, is written once Dexie is there, only if nothing was written since (the epoch).
      else void writeListingCache(next, epoch, facts, connection.whenLoaded()).catch(() => undefined);
    }
    return listings;
  }

  /** Opens the sealed index; null when absent or unreadable (it is then rebuilt). Throws when locked. */
  async function openIndex(sealed: Sealed | undefined): Promise<ListingSnapshot | null> {
    const keys = vault.keys();
    if (!sealed) return null;
    return openListingSnapshot(keys, sealed).catch(() => null);
  }

  /**
   * A list being rebuilt from every header, shared by callers that find the index at the same epoch
   * under the same retention policy: the panel's first list and its live watch start a few
   * milliseconds apart (H123), and with thousands of contacts each rebuild reads every header.
   */
  let rebuilding: { key: string; listing: Promise<ContactListing[]> } | null = null;

  /** The list: from the listing index while it is current, otherwise from every header (rewriting the index). */
  async function listFrom(index: ListingIndexRead): Promise<ContactListing[]> {
    const snapshot = await openIndex(index.cache);
    if (snapshot?.facts && snapshot.epoch === index.epoch) return listingFromIndex({ ...snapshot, facts: snapshot.facts });
    const key = `${index.epoch}:${JSON.stringify(policyInForce())}`;
    if (rebuilding?.key === key) return rebuilding.listing;
    const listing = (async () => {
      const inputs = await connection.read((reads) => reads.readListingInputs());
      // Read again with the headers (another panel may have written meanwhile); open it again only if it changed.
      const fresh = inputs.cache === index.cache ? snapshot : await openIndex(inputs.cache);
      return buildListing(inputs.headers, fresh, inputs.epoch);
    })();
    const entry = { key, listing };
    rebuilding = entry;
    const done = () => {
      if (rebuilding === entry) rebuilding = null;
    };
    listing.then(done, done);
    return listing;
  }

  // --- live queries -----------------------------------------------------------------------

  /**
   * Dexie's liveQuery re-reads after every committed write that touches what was read, from this
   * panel or any other page of the extension (BroadcastChannel). Reading is database-only; the
   * decryption happens after, because liveQuery cannot follow other async APIs. Also re-decodes
   * when the vault is unlocked, since nothing in the database changes then. Before Dexie is loaded
   * (the panel's first paths) the first read is a plain one, and the live query starts once Dexie is
   * there: its first read is of the database as it is then, so nothing written meanwhile is missed.
   */
  function watch<Raw, Event extends { kind: string }>(
    read: (reads: StoreReads) => Promise<Raw>,
    decode: (raw: Raw) => Promise<Event>,
    listener: (event: Event | { kind: 'error'; error: StorageError }) => void,
  ): () => void {
    let generation = 0;
    let closed = false;
    let last: { raw: Raw } | null = null;
    const process = (raw: Raw) => {
      last = { raw };
      const mine = ++generation;
      // Decoding is async: only the newest read may reach the panel, never an older one after it.
      const deliver = (event: Event | { kind: 'error'; error: StorageError }) => {
        if (!closed && mine === generation) listener(event);
      };
      decode(raw).then(deliver, (error: unknown) => deliver({ kind: 'error', error: toStorageError(error) }));
    };
    const fail = (error: unknown) => {
      if (!closed) listener({ kind: 'error', error: toStorageError(error) });
    };
    let subscription: { unsubscribe(): void } | null = null;
    let liveRead = false;
    const goLive = (db: PmhDatabase) => {
      if (closed) return;
      subscription = db.live(() => read(db)).subscribe({
        next: (raw) => {
          liveRead = true;
          process(raw);
        },
        error: fail,
      });
    };
    const loaded = connection.loaded();
    if (loaded) goLive(loaded);
    else {
      connection.read(read).then((raw) => {
        // A live read, if one came first, is at least as new.
        if (!closed && !liveRead) process(raw);
      }, fail);
      void connection.whenLoaded().then(goLive);
    }
    const stopVault = vault.subscribe((state) => {
      if (state === 'unlocked' && last) process(last.raw);
    });
    return () => {
      closed = true;
      stopVault();
      subscription?.unsubscribe();
    };
  }

  // --- the store --------------------------------------------------------------------------

  const store: ContactStore = {
    create: (contact) =>
      run(async () => {
        const parsed = contactSchema.safeParse(contact);
        if (!parsed.success) throw new StorageError('invalid-data', 'contact failed validation');
        const valid = parsed.data;
        const keys = vault.keys();
        const opening = database();
        const [base, card] = await Promise.all([sealBase(keys, valid), sealCard(keys, valid.id, valid.label)]);
        const header: ContactHeaderRow = {
          id: valid.id,
          status: valid.status,
          startedAt: ms(valid.startedAt),
          updatedAt: ms(valid.updatedAt),
          ...(valid.completedAt ? { completedAt: ms(valid.completedAt) } : {}),
          ...(valid.summaryOutputAt ? { summaryOutputAt: ms(valid.summaryOutputAt) } : {}),
          seq: 0,
          card,
          cardAt: ms(valid.updatedAt),
          cardSeq: 0,
        };
        const db = await opening;
        try {
          // Header and base together or not at all.
          await db.transaction('rw', [db.contacts, db.contactBases, db.meta], async () => {
            await db.contacts.add(header);
            await db.contactBases.add({ id: valid.id, base });
            await bumpEpoch(db);
          });
        } catch (error) {
          if ((error as { name?: string }).name === 'ConstraintError') throw new StorageError('contact-exists');
          throw error;
        }
      }),

    saveChanges: (contactId, changes) =>
      run(async () => {
        const valid = changes.map((change) => {
          const parsed = contactChangeSchema.safeParse(change);
          if (!parsed.success) throw new StorageError('invalid-data', `change of type ${String(change.type)} failed validation`);
          return parsed.data;
        });
        const keys = vault.keys();
        const opening = database();
        // Encrypt before the transaction: IndexedDB commits a transaction as soon as it waits on
        // anything else (WebCrypto included), so only database calls may happen inside it.
        const prepared = await Promise.all(
          valid.map(async (change) => {
            const slotId = await slotIdFor(keys, contactId, changeKey(change));
            const [payload, card] = await Promise.all([
              sealChange(keys, contactId, slotId, change),
              change.type === 'text' && change.field === 'label' ? sealCard(keys, contactId, change.value) : undefined,
            ]);
            return { change, slotId, at: changeTimestamp(change), payload, card };
          }),
        );
        // One transaction for the header and the slots: the existence check (a contact forgotten
        // in another window must not come back), the sequence numbers and each slot's
        // compare-and-put must be atomic, or two panels could take one seq or undo a newer answer.
        const db = await opening;
        return db.transaction('rw', [db.contacts, db.contactChanges, db.meta], async () => {
          const stored = await db.contacts.get(contactId);
          if (!stored) throw new StorageError('contact-not-found');
          // A copy: Dexie may hand out cached (frozen) objects.
          const header: ContactHeaderRow = { ...stored };
          const existing = await db.contactChanges.bulkGet(prepared.map((entry) => [contactId, entry.slotId]));
          const latest = new Map<string, { at: number; seq: number }>();
          prepared.forEach((entry, index) => {
            const row = existing[index];
            if (row && !latest.has(entry.slotId)) latest.set(entry.slotId, row);
          });
          let superseded = 0;
          const rows: ContactChangeRow[] = [];
          for (const entry of prepared) {
            const order = { at: entry.at, seq: header.seq + 1 };
            header.seq = order.seq;
            if (!supersedes(order, latest.get(entry.slotId), slotRule(entry.change))) {
              superseded += 1;
              continue;
            }
            latest.set(entry.slotId, order);
            rows.push({ contactId, slotId: entry.slotId, at: order.at, seq: order.seq, payload: entry.payload });
            header.updatedAt = Math.max(header.updatedAt, order.at);
            if (entry.change.type === 'complete') {
              header.status = 'completed';
              header.completedAt = order.at;
            } else if (entry.change.type === 'summary-output') {
              header.summaryOutputAt = order.at;
            } else if (entry.card && supersedes(order, { at: header.cardAt, seq: header.cardSeq })) {
              header.card = entry.card;
              header.cardAt = order.at;
              header.cardSeq = order.seq;
            }
          }
          await db.contactChanges.bulkPut(rows);
          await db.contacts.put(header);
          await bumpEpoch(db);
          return { seq: header.seq, superseded };
        });
      }),

    saveChange: (contactId, change) => store.saveChanges(contactId, [change]),

    load: (contactId) =>
      run(async () => {
        const raw = await connection.read((reads) => reads.readContact(contactId));
        if (!raw.header) throw new StorageError('contact-not-found');
        return decodeContact({ ...raw, header: raw.header });
      }),

    list: () => run(async () => listFrom(await connection.read((reads) => reads.readListingIndex()))),

    forget: (contactId) =>
      run(async () => {
        // All tables at once: either the whole contact is gone, or (on failure) all of it remains
        // and the panel says so; never half a contact.
        const db = await database();
        const dropped = await db.transaction(
          'rw',
          [db.contacts, db.contactBases, db.contactChanges, db.quarantine, db.meta],
          async () => {
            await deleteContactRows(db, contactId);
            return dropListingCache(db);
          },
        );
        await rebuildListingCache(dropped);
      }),

    purgeExpired: (isDue, quarantinedBefore) =>
      run(async () => {
        // One transaction, with the facts re-read inside it, so a draft edited in another panel a
        // moment ago is judged on its new time and is not deleted under the practitioner.
        const db = await database();
        const { due, dropped } = await db.transaction(
          'rw',
          [db.contacts, db.contactBases, db.contactChanges, db.quarantine, db.meta],
          async () => {
            const headers = await db.contacts.toArray();
            const ids = headers.filter((header) => isDue(header)).map((header) => header.id);
            for (const id of ids) await deleteContactRows(db, id);
            await db.quarantine.where('quarantinedAt').below(quarantinedBefore).delete();
            return { due: ids, dropped: ids.length > 0 ? await dropListingCache(db) : null };
          },
        );
        if (dropped) await rebuildListingCache(dropped);
        return due;
      }),

    watchContact(contactId, listener) {
      const caches: { base?: { contact: Contact }; changes: Map<string, DecodedChange> } = { changes: new Map() };
      return watch(
        (reads) => reads.readContact(contactId),
        async (raw): Promise<ContactEvent> =>
          raw.header
            ? { kind: 'stored', stored: await decodeContact({ ...raw, header: raw.header }, caches) }
            : { kind: 'forgotten' },
        listener,
      );
    },

    watchList(listener) {
      // Every header write bumps the epoch in the same transaction, so watching the index row and
      // the epoch sees every change to the list.
      return watch((reads) => reads.readListingIndex(), async (index): Promise<ListEvent> => ({ kind: 'listed', contacts: await listFrom(index) }), listener);
    },
  };
  return store;
}
