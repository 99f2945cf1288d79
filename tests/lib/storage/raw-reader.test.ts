import { IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContactStore, type ContactStore } from '../../../lib/storage/contact-store';
import { openDatabase, type PmhDatabase } from '../../../lib/storage/database';
import { migrations, type Migration } from '../../../lib/storage/migrations';
import { openRawReader } from '../../../lib/storage/raw-reader';
import { QUIET_BEFORE_LOAD_MS, openStoreConnection, type StoreConnection } from '../../../lib/storage/store-connection';
import type { StoreReads } from '../../../lib/storage/store-reads';
import type { Vault } from '../../../lib/storage/vault';
import { readFixture } from './fixture-file';
import { DAY, HOUR, PASSPHRASE, T0, answer, at, fakeBrowserProfile, sampleContact, testClock, testVault, text, unlockedVault } from './helpers';

// Issue 17 (H101): the panel's first paths read plain IndexedDB (raw-reader.ts) and Dexie is
// loaded later (store-connection.ts). The raw reader must return exactly what Dexie returns, and
// the store must list and load exactly the same through either, in every state the store can be in.

type Profile = ReturnType<typeof fakeBrowserProfile>;
type Setup = { profile: Profile; db: PmhDatabase; vault: Vault; store: ContactStore; clock: ReturnType<typeof testClock> };

const opened: { close(): void }[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

async function dexieStore(): Promise<Setup> {
  const profile = fakeBrowserProfile();
  const db = await openDatabase({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange });
  opened.push(db);
  const vault = await unlockedVault(db);
  const clock = testClock();
  return { profile, db, vault, clock, store: createContactStore({ db, vault, clock: clock.now }) };
}

/** The panel's way in: plain reads, Dexie not loaded until the test asks. */
async function panelConnection(profile: Profile, extra: Partial<Parameters<typeof openStoreConnection>[0]> = {}): Promise<StoreConnection> {
  const connection = await openStoreConnection({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, loadWhenIdle: false, ...extra });
  opened.push({ close: () => connection.loaded()?.close() });
  return connection;
}

async function rawReads(profile: Profile): Promise<StoreReads & { close(): void }> {
  const reader = await openRawReader({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, nativeVersion: migrations.at(-1)!.version * 10 });
  expect(reader, 'the raw reader opens a database Dexie made at this version').not.toBeNull();
  opened.push(reader!);
  return reader!;
}

async function withThreeContacts(setup: Setup) {
  await setup.store.create(sampleContact({ id: 'a', label: 'Visit A' }));
  await setup.store.create(sampleContact({ id: 'b', label: 'Visit B', updatedAt: at(T0 + HOUR) }));
  await setup.store.create(sampleContact({ id: 'c', label: 'Visit C' }));
  await setup.store.saveChanges('c', [
    { type: 'summary-output', at: at(T0 + 2 * HOUR) },
    { type: 'complete', at: at(T0 + 2 * HOUR) },
  ]);
}

/** Counts plain reads of every header (the slow path the listing index avoids). */
function countHeaderReads() {
  const getAll = IDBObjectStore.prototype.getAll;
  const counter = { reads: 0 };
  vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'contacts') counter.reads += 1;
    return getAll.apply(this, args);
  });
  return counter;
}

const cases: [string, (setup: Setup) => Promise<void>][] = [
  ['an empty store (passphrase set, no contact)', async () => {}],
  ['one contact, never listed', async ({ store }) => store.create(sampleContact({ id: 'a', label: 'Visit A' }))],
  [
    'the listing row current (listed since the last write)',
    async (setup) => {
      await withThreeContacts(setup);
      await setup.store.list();
    },
  ],
  [
    'the counter changed since the listing row was written (it must be rebuilt from the headers)',
    async (setup) => {
      await withThreeContacts(setup);
      await setup.store.list();
      await setup.store.saveChange('a', text('label', 'Renamed A', T0 + 3 * HOUR));
    },
  ],
  [
    'a corrupt listing row (unreadable: rebuilt, never trusted)',
    async (setup) => {
      await withThreeContacts(setup);
      await setup.store.list();
      await setup.db.meta.put({ key: 'listing', value: { v: 1, iv: new Uint8Array(12), ct: new Uint8Array([1, 2, 3]) } });
    },
  ],
  [
    'a contact resumed with changes (answers, a text, a later answer to the same slot)',
    async (setup) => {
      await setup.store.create(sampleContact({ id: 'a', label: 'Visit A' }));
      await setup.store.saveChanges('a', [answer('whooley.low-mood', 'yes', T0 + 60_000), text('familyWords', 'tired', T0 + 120_000)]);
      await setup.store.saveChange('a', answer('whooley.low-mood', 'no', T0 + 180_000));
      await setup.store.saveChange('a', answer('whooley.anhedonia', 'no', T0 + 240_000, 'partner'));
    },
  ],
  [
    'a contact with a change row set aside in quarantine',
    async (setup) => {
      await setup.store.create(sampleContact({ id: 'a', label: 'Visit A' }));
      await setup.store.saveChange('a', answer('whooley.low-mood', 'yes', T0 + 60_000));
      const [row] = await setup.db.contactChanges.toArray();
      await setup.db.contactChanges.put({ ...row!, payload: { ...row!.payload, ct: new Uint8Array([9, 9, 9]) } });
      await setup.store.load('a').catch(() => undefined);
    },
  ],
  [
    'wrong passphrases counted (the unlock screen reads the wait)',
    async ({ db }) => {
      // Another panel's tries: this setup's vault stays unlocked.
      const other = testVault(db);
      await other.unlock('not the passphrase').catch(() => undefined);
      await other.unlock('nor this one').catch(() => undefined);
    },
  ],
];

describe('[H101-a] the raw reader returns what Dexie returns', () => {
  it.each(cases)('row by row, in %s', async (_name, arrange) => {
    const setup = await dexieStore();
    await arrange(setup);
    const raw = await rawReads(setup.profile);
    const { db } = setup;
    expect(await raw.readKeyring()).toEqual(await db.readKeyring());
    expect(await raw.readMeta('unlock-throttle')).toEqual(await db.readMeta('unlock-throttle'));
    expect(await raw.readMeta('no-such-row')).toBeUndefined();
    expect(await raw.readListingIndex()).toEqual(await db.readListingIndex());
    expect(await raw.readListingInputs()).toEqual(await db.readListingInputs());
    for (const id of [...(await db.contacts.toCollection().primaryKeys()), 'no-such-contact']) {
      expect(await raw.readContact(id), id).toEqual(await db.readContact(id));
    }
  });

  it.each(cases)('lists and loads the same through the panel connection as through Dexie, in %s', async (_name, arrange) => {
    const setup = await dexieStore();
    await arrange(setup);
    setup.clock.set(T0 + 6 * DAY + 2 * HOUR);
    const connection = await panelConnection(setup.profile);
    const panelStore = createContactStore({ db: connection, vault: setup.vault, clock: setup.clock.now });
    // The panel first (it writes nothing while Dexie is not loaded), then Dexie's store.
    const listed = await panelStore.list();
    const ids = (await setup.db.contacts.toCollection().primaryKeys()).sort();
    const loaded = await Promise.all(ids.map((id) => panelStore.load(id)));
    expect(connection.loaded(), 'Dexie not loaded by reads').toBeNull();
    expect(listed).toEqual(await setup.store.list());
    expect(loaded).toEqual(await Promise.all(ids.map((id) => setup.store.load(id))));
    await expect(panelStore.load('no-such-contact')).rejects.toMatchObject({ code: 'contact-not-found' });
  });

  it('reads every contact of the v1 fixture as Dexie does', async () => {
    const fixture = readFixture(1);
    const profile = fakeBrowserProfile();
    const seeding = profile.open();
    await seeding.open();
    await seeding.transaction('rw', seeding.tables, async () => {
      for (const [name, rows] of Object.entries(fixture.tables)) await seeding.table(name).bulkAdd(rows);
    });
    seeding.close();
    const db = await openDatabase({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange });
    opened.push(db);
    const vault = testVault(db);
    await vault.unlock(fixture.passphrase);
    const connection = await panelConnection(profile);
    const panelStore = createContactStore({ db: connection, vault });
    for (const [id, expected] of Object.entries(fixture.expected.contacts)) {
      expect((await panelStore.load(id)).contact).toEqual(expected);
    }
    expect(await panelStore.list()).toEqual(await createContactStore({ db, vault }).list());
    expect(connection.loaded()).toBeNull();
  });

  it('lists from the listing row alone while the counter is unchanged, and rebuilds it once Dexie is there when it has moved (H104)', async () => {
    const setup = await dexieStore();
    await withThreeContacts(setup);
    await setup.store.list();
    const counter = countHeaderReads();
    const current = await panelConnection(setup.profile);
    await createContactStore({ db: current, vault: setup.vault, clock: setup.clock.now }).list();
    expect(counter.reads).toBe(0);

    await setup.store.saveChange('a', text('label', 'Renamed A', T0 + 3 * HOUR));
    const stale = await panelConnection(setup.profile);
    const panelStore = createContactStore({ db: stale, vault: setup.vault, clock: setup.clock.now });
    expect((await panelStore.list())[0]).toMatchObject({ id: 'a', label: 'Renamed A' });
    expect(counter.reads).toBe(1);
    // Derived data: written once Dexie is loaded, not before (the list did not wait for it).
    const before = await setup.db.readListingIndex();
    await stale.db();
    await vi.waitFor(async () => expect((await setup.db.readListingIndex()).cache).not.toEqual(before.cache));
    await createContactStore({ db: await panelConnection(setup.profile), vault: setup.vault, clock: setup.clock.now }).list();
    expect(counter.reads).toBe(1);
  });

  it('refuses to list or load while locked, through either path', async () => {
    const setup = await dexieStore();
    await withThreeContacts(setup);
    const connection = await panelConnection(setup.profile);
    const locked = testVault(setup.db);
    const panelStore = createContactStore({ db: connection, vault: locked });
    await expect(panelStore.list()).rejects.toMatchObject({ code: 'locked' });
    await expect(panelStore.load('a')).rejects.toMatchObject({ code: 'locked' });
    await expect(createContactStore({ db: setup.db, vault: locked }).list()).rejects.toMatchObject({ code: 'locked' });
  });
});

describe('[H101-b] opening: plain reads only from a database at this version', () => {
  const v1 = migrations[0]!;
  const v2: Migration = {
    version: 2,
    description: 'Example: a second step that indexes startedAt.',
    stores: { ...v1.stores, contacts: 'id, status, updatedAt, startedAt' },
    upgrade: async (tx) => {
      await tx.table('meta').put({ key: 'migrated-to-2', value: true });
    },
  };

  async function nativeVersion(profile: Profile): Promise<number | null> {
    const names = (await profile.indexedDB.databases()).filter((entry) => entry.name === profile.name);
    return names[0]?.version ?? null;
  }

  it('creates nothing when there is no database, and then Dexie creates it as before', async () => {
    const profile = fakeBrowserProfile();
    expect(await openRawReader({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, nativeVersion: 10 })).toBeNull();
    expect(await nativeVersion(profile)).toBeNull();
    const connection = await panelConnection(profile);
    expect(connection.loaded()?.verno).toBe(1);
    expect(await nativeVersion(profile)).toBe(10);
    const vault = testVault(connection.loaded()!);
    expect(await vault.state()).toBe('needs-passphrase');
  });

  it('leaves an older database as it is, and then Dexie upgrades it step by step', async () => {
    const profile = fakeBrowserProfile();
    const old = await openDatabase({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, migrations: [v1] });
    const vault = await unlockedVault(old);
    await createContactStore({ db: old, vault }).create(sampleContact({ id: 'a' }));
    old.close();
    expect(await openRawReader({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, nativeVersion: 20 })).toBeNull();
    expect(await nativeVersion(profile)).toBe(10);
    const connection = await panelConnection(profile, { migrations: [v1, v2] });
    const db = connection.loaded()!;
    expect(db.verno).toBe(2);
    expect(await db.meta.get('migrated-to-2')).toEqual({ key: 'migrated-to-2', value: true });
    expect((await createContactStore({ db: connection, vault: await unlockedVault(db) }).load('a')).contact.id).toBe('a');
  });

  it('leaves a newer database untouched and reports it as before (newer-version)', async () => {
    const profile = fakeBrowserProfile();
    const newer = profile.open({ migrations: [v1, v2] });
    await newer.open();
    newer.close();
    expect(await openRawReader({ name: profile.name, indexedDB: profile.indexedDB, IDBKeyRange, nativeVersion: 10 })).toBeNull();
    await expect(panelConnection(profile)).rejects.toMatchObject({ code: 'newer-version' });
    expect(await nativeVersion(profile)).toBe(20);
  });

  it('closes its connection when another page upgrades the database, and reads go through Dexie', async () => {
    const setup = await dexieStore();
    await setup.store.create(sampleContact({ id: 'a', label: 'Visit A' }));
    const reader = await openRawReader({ name: setup.profile.name, indexedDB: setup.profile.indexedDB, IDBKeyRange, nativeVersion: 10 });
    opened.push(reader!);
    setup.db.close();
    // Another page, after an update, opens at a newer version: it is not blocked by the raw reader.
    const upgraded = await openDatabase({ name: setup.profile.name, indexedDB: setup.profile.indexedDB, IDBKeyRange, migrations: [v1, v2] });
    opened.push(upgraded);
    expect(reader!.closed).toBe(true);
    expect(upgraded.verno).toBe(2);
  });
});

describe('[H101-c] writes wait for Dexie, in order, and say so if it cannot load', () => {
  it('loads Dexie for the first write, and commits writes asked for while it loads in the order they were asked', async () => {
    const setup = await dexieStore();
    await setup.store.create(sampleContact({ id: 'a', label: 'Visit A' }));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const loadDexie = vi.fn(async () => {
      await gate;
      return import('../../../lib/storage/database');
    });
    const connection = await panelConnection(setup.profile, { loadDexie });
    const panelStore = createContactStore({ db: connection, vault: setup.vault, clock: setup.clock.now });
    const first = panelStore.saveChange('a', answer('whooley.low-mood', 'yes', T0 + 60_000));
    const second = panelStore.saveChange('a', answer('whooley.low-mood', 'no', T0 + 60_000));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loadDexie).toHaveBeenCalledTimes(1);
    expect(connection.loaded()).toBeNull();
    release();
    const results = [await first, await second];
    expect(results.map((result) => result.seq)).toEqual([1, 2]);
    const answers = Object.values((await setup.store.load('a')).contact.answers);
    expect(answers.map((entry) => entry.response)).toEqual([{ kind: 'option', optionId: 'no' }]);
    expect(loadDexie).toHaveBeenCalledTimes(1);
  });

  it('gives the store a clear, retryable message when the Dexie chunk fails to load, and the next write loads it', async () => {
    const setup = await dexieStore();
    await setup.store.create(sampleContact({ id: 'a', label: 'Visit A' }));
    let fail = true;
    const connection = await panelConnection(setup.profile, {
      loadDexie: async () => {
        if (fail) throw new TypeError('Failed to fetch dynamically imported module');
        return import('../../../lib/storage/database');
      },
    });
    const panelStore = createContactStore({ db: connection, vault: setup.vault, clock: setup.clock.now });
    const error = await panelStore.saveChange('a', answer('whooley.low-mood', 'yes', T0 + 60_000)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'store-not-loaded', retryable: true });
    expect((error as { practitionerMessage: string }).practitionerMessage).toMatch(/still on screen/);
    // Reads still work meanwhile.
    expect((await panelStore.load('a')).contact.answers).toEqual({});
    fail = false;
    await panelStore.saveChange('a', answer('whooley.low-mood', 'yes', T0 + 60_000));
    expect(Object.keys((await setup.store.load('a')).contact.answers)).toHaveLength(1);
  });

  it('fails to open with the same message when the database needs Dexie at once (first run) and its chunk cannot load', async () => {
    const profile = fakeBrowserProfile();
    const failing = async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    };
    await expect(panelConnection(profile, { loadDexie: failing })).rejects.toMatchObject({ code: 'store-not-loaded' });
    expect(await profile.indexedDB.databases()).toEqual([]);
  });

  it('unlocks without loading Dexie when there is no failure count to clear, and loads it to count a wrong passphrase', async () => {
    const setup = await dexieStore();
    const connection = await panelConnection(setup.profile);
    const vault = testVault(connection);
    expect(await vault.state()).toBe('locked');
    await vault.unlock(PASSPHRASE);
    expect(connection.loaded()).toBeNull();
    await vault.lock();
    await expect(vault.unlock('wrong passphrase here')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(connection.loaded()).not.toBeNull();
    expect(await setup.db.readMeta('unlock-throttle')).toMatchObject({ failures: 1 });
  });
});

describe('[H101-d] watches start from a plain read and go live once Dexie is loaded', () => {
  it('sees a write made by another panel before Dexie was loaded here, and every write after', async () => {
    const setup = await dexieStore();
    await setup.store.create(sampleContact({ id: 'a', label: 'Visit A' }));
    const connection = await panelConnection(setup.profile);
    const panelStore = createContactStore({ db: connection, vault: setup.vault, clock: setup.clock.now });
    const labels: (string | null)[][] = [];
    const stop = panelStore.watchList((event) => {
      if (event.kind === 'listed') labels.push(event.contacts.map((entry) => entry.label));
    });
    const answersSeen: number[] = [];
    const stopContact = panelStore.watchContact('a', (event) => {
      if (event.kind === 'stored') answersSeen.push(Object.keys(event.stored.contact.answers).length);
    });
    await vi.waitFor(() => expect(labels).toEqual([['Visit A']]));
    await vi.waitFor(() => expect(answersSeen).toEqual([0]));
    // Another panel writes while this one has not loaded Dexie: nothing live yet.
    await setup.store.saveChange('a', text('label', 'Renamed A', T0 + HOUR));
    await setup.store.saveChange('a', answer('whooley.low-mood', 'yes', T0 + HOUR));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(labels.at(-1)).toEqual(['Visit A']);
    await connection.db();
    await vi.waitFor(() => expect(labels.at(-1)).toEqual(['Renamed A']));
    await vi.waitFor(() => expect(answersSeen.at(-1)).toBe(1));
    await setup.store.create(sampleContact({ id: 'b', label: 'Visit B', updatedAt: at(T0 + 2 * HOUR) }));
    await vi.waitFor(() => expect(labels.at(-1)).toEqual(['Visit B', 'Renamed A']));
    stop();
    stopContact();
  });

  it('loads Dexie unasked once the first reads have been quiet and the page is idle', async () => {
    const setup = await dexieStore();
    await setup.store.create(sampleContact({ id: 'a', label: 'Visit A' }));
    const loadDexie = vi.fn(() => import('../../../lib/storage/database'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const connection = await panelConnection(setup.profile, { loadWhenIdle: true, loadDexie });
      const panelStore = createContactStore({ db: connection, vault: setup.vault, clock: setup.clock.now });
      await vi.advanceTimersByTimeAsync(QUIET_BEFORE_LOAD_MS - 100);
      await panelStore.load('a');
      await vi.advanceTimersByTimeAsync(QUIET_BEFORE_LOAD_MS - 100);
      expect(loadDexie, 'a read starts the quiet period again').not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(200);
      expect(loadDexie).toHaveBeenCalledTimes(1);
      await vi.waitFor(() => expect(connection.loaded()).not.toBeNull());
    } finally {
      vi.useRealTimers();
    }
  });
});
