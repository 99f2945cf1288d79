import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createContactStore, type ListEvent } from '../../../lib/storage/contact-store';
import { aad, openListingSnapshot, sealListing } from '../../../lib/storage/contact-codec';
import { sealJson, type Sealed } from '../../../lib/storage/crypto';
import { purgeExpiredPlain } from '../../../lib/storage/plain-purge';
import { DEFAULT_RETENTION_POLICY } from '../../../lib/storage/retention';
import { DAY, HOUR, MINUTE, T0, answer, at, openTestStore, sampleContact, text, waitFor } from './helpers';

// The listing index (issue 17): the drafts list comes from one sealed row while the store's write
// epoch says nothing listed has changed, and from every header (rewriting the row) otherwise.

/** Counts reads of every header (the slow path the index avoids). */
function countHeaderReads(db: Awaited<ReturnType<typeof openTestStore>>['db']) {
  const readHeaders = db.contacts.toArray.bind(db.contacts);
  const counter = { reads: 0 };
  db.contacts.toArray = (() => {
    counter.reads += 1;
    return readHeaders();
  }) as typeof db.contacts.toArray;
  return counter;
}

async function threeContacts() {
  const setUp = await openTestStore();
  const { store } = setUp;
  await store.create(sampleContact({ id: 'a', label: 'Visit A' }));
  await store.create(sampleContact({ id: 'b', label: 'Visit B', updatedAt: at(T0 + HOUR) }));
  await store.create(sampleContact({ id: 'c', label: 'Visit C' }));
  await store.saveChanges('c', [
    { type: 'summary-output', at: at(T0 + 2 * HOUR) },
    { type: 'complete', at: at(T0 + 2 * HOUR) },
  ]);
  return setUp;
}

describe('the listing index', () => {
  it('[H123-g] two lists that start together while the index is out of date read every header once, and list the same', async () => {
    const { store, db } = await threeContacts();
    const counter = countHeaderReads(db);
    const [first, second] = await Promise.all([store.list(), store.list()]);
    expect(counter.reads).toBe(1);
    expect(second).toEqual(first);
    expect(first.map((listing) => listing.label).sort()).toEqual(['Visit A', 'Visit B', 'Visit C']);
    // Once done, a list finds the index current: no header is read again.
    await store.list();
    expect(counter.reads).toBe(1);
  });

  it('[H104-a] lists from the index alone, exactly as from the headers, while nothing listed has changed', async () => {
    const { store, db, vault, clock } = await threeContacts();
    clock.set(T0 + 6 * DAY + 2 * HOUR);
    const fromHeaders = await store.list();
    const counter = countHeaderReads(db);
    // Another panel (a new store over the same database), as when the panel is opened again.
    const again = await createContactStore({ db, vault, clock: clock.now }).list();
    expect(counter.reads).toBe(0);
    expect(again).toEqual(fromHeaders);
    expect(again.map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
    expect(again.find((entry) => entry.id === 'a')).toMatchObject({ label: 'Visit A', warning: true, deleteAt: at(T0 + 7 * DAY) });
    expect(again.find((entry) => entry.id === 'c')).toMatchObject({ status: 'completed', retention: 'completed', summaryOutput: true });
  });

  it('[H104-b] follows every write to a header: a change, a new contact, a forget and the store purge, from any panel', async () => {
    const { store, db, vault, clock } = await threeContacts();
    await store.list();
    const other = createContactStore({ db, vault, clock: clock.now });
    await other.saveChange('a', text('label', 'Renamed A', T0 + 3 * HOUR));
    expect((await store.list())[0]).toMatchObject({ id: 'a', label: 'Renamed A', updatedAt: at(T0 + 3 * HOUR) });
    await other.create(sampleContact({ id: 'd', label: 'Visit D', updatedAt: at(T0 + 4 * HOUR) }));
    expect((await store.list()).map((entry) => entry.id)).toEqual(['d', 'a', 'c', 'b']);
    await other.forget('b');
    expect((await store.list()).map((entry) => entry.id)).toEqual(['d', 'a', 'c']);
    await other.purgeExpired((facts) => facts.id === 'c', Number.NEGATIVE_INFINITY);
    expect((await store.list()).map((entry) => entry.id)).toEqual(['d', 'a']);
    // And once current again, the next list reads no header.
    const counter = countHeaderReads(db);
    expect((await store.list()).map((entry) => entry.id)).toEqual(['d', 'a']);
    expect(counter.reads).toBe(0);
  });

  it("[H104-b] follows the background's plain purge, which works without the store", async () => {
    const { store, profile } = await threeContacts();
    await store.list();
    await purgeExpiredPlain({ now: T0 + 2 * HOUR + DAY + 1, policy: DEFAULT_RETENTION_POLICY, indexedDB: profile.indexedDB, IDBKeyRange, name: profile.name });
    expect((await store.list()).map((entry) => entry.id)).toEqual(['b', 'a']);
  });

  it('[H104-b] keeps the live list in step with another panel through the index', async () => {
    const { store, db, vault, clock } = await threeContacts();
    const events: ListEvent[] = [];
    const stop = store.watchList((event) => events.push(event));
    await waitFor(() => events.length > 0);
    await createContactStore({ db, vault, clock: clock.now }).saveChange('b', answer('q', 'o', T0 + 5 * HOUR));
    await waitFor(() => {
      const last = events.at(-1);
      return last?.kind === 'listed' && last.contacts[0]?.id === 'b' && last.contacts[0].updatedAt === at(T0 + 5 * HOUR);
    });
    stop();
  });

  it('[H104-c] rebuilds a corrupt, unreadable or missing index from the headers and loses nothing', async () => {
    const { store, db, vault, clock } = await threeContacts();
    clock.set(T0 + 6 * DAY + 2 * HOUR);
    const expected = await store.list();
    const keys = vault.keys();
    const epoch = (await db.meta.get('epoch'))!.value as number;
    const damaged: { name: string; value: unknown }[] = [
      { name: 'wrong shape, current epoch', value: await sealJson(keys.data, { v: 1, cards: {}, epoch, facts: { a: ['x'] } }, aad.listing()) },
      { name: 'sealed for another row', value: await sealListing(keys, {}, { epoch, facts: {} }).then((sealed) => ({ ...sealed, iv: new Uint8Array(12) })) },
      { name: 'not sealed at all', value: { cards: { a: [0, 'Visit A'] } } },
    ];
    for (const { name, value } of damaged) {
      await db.meta.put({ key: 'listing', value });
      expect(await createContactStore({ db, vault, clock: clock.now }).list(), name).toEqual(expected);
      // Rewritten, current, and read alone next time.
      const rebuilt = await openListingSnapshot(keys, (await db.meta.get('listing'))!.value as Sealed);
      expect(Object.keys(rebuilt.facts ?? {}).sort(), name).toEqual(['a', 'b', 'c']);
    }
    await db.meta.delete('listing');
    expect(await store.list()).toEqual(expected);
    expect(await db.contacts.count()).toBe(3);
  });

  it('[H104-c] upgrades an index written before it held the listed facts (labels only)', async () => {
    const { store, db, vault, clock } = await threeContacts();
    const expected = await store.list();
    await db.meta.put({ key: 'listing', value: await sealListing(vault.keys(), { a: [0, 'Visit A'] }) });
    const counter = countHeaderReads(db);
    expect(await createContactStore({ db, vault, clock: clock.now }).list()).toEqual(expected);
    expect(counter.reads).toBe(1);
    const snapshot = await openListingSnapshot(vault.keys(), (await db.meta.get('listing'))!.value as Sealed);
    expect(snapshot.epoch).toBe((await db.meta.get('epoch'))!.value);
  });

  it('[H104-d] holds no more than the list shows: labels, status and times, sealed, nothing readable at rest', async () => {
    const { store, db, vault } = await threeContacts();
    await store.saveChange('a', answer('epds-1', 'not-at-all', T0 + MINUTE));
    await store.list();
    const row = (await db.meta.get('listing'))!.value as Sealed;
    expect(JSON.stringify(row, (_, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v))).not.toContain('Visit');
    const snapshot = await openListingSnapshot(vault.keys(), row);
    const entries = Object.values(snapshot.facts ?? {});
    expect(entries.every((entry) => entry.length === 5)).toBe(true);
    expect(JSON.stringify(snapshot)).not.toContain('epds');
  });
});
