import { describe, expect, it } from 'vitest';
import { applyChanges, type ContactChange } from '../../../lib/contact/contact-change';
import { createContactStore, type ContactEvent, type ListEvent } from '../../../lib/storage/contact-store';
import { openListing } from '../../../lib/storage/contact-codec';
import { sealJson, type Sealed } from '../../../lib/storage/crypto';
import { isStorageError } from '../../../lib/storage/errors';
import {
  DAY,
  HOUR,
  MINUTE,
  T0,
  answer,
  at,
  openTestStore,
  sampleContact,
  settle,
  text,
  unlockedVault,
  waitFor,
} from './helpers';

const setUp = openTestStore;

describe('creating and loading a contact', () => {
  it('loads what was created', async () => {
    const { store } = await setUp();
    const contact = sampleContact();
    await store.create(contact);
    expect(await store.load(contact.id)).toEqual({ contact, seq: 0, quarantined: 0 });
  });

  it('loads every saved change replayed over the base, in time order', async () => {
    const { store } = await setUp();
    const contact = sampleContact();
    await store.create(contact);
    const changes: ContactChange[] = [
      answer('whooley-1', 'yes', T0 + 1000),
      answer('whooley-2', 'no', T0 + 2000, 'partner'),
      text('familyWords', 'Please ask about sleep', T0 + 3000),
      { type: 'acknowledge-flag', flagId: 'flag-a', at: at(T0 + 4000) },
      { type: 'clear-answer', subject: 'partner', questionId: 'whooley-2', at: at(T0 + 5000) },
    ];
    for (const change of changes) await store.saveChange(contact.id, change);
    const loaded = await store.load(contact.id);
    expect(loaded.contact).toEqual(applyChanges(contact, changes));
    expect(loaded.seq).toBe(5);
  });

  it('refuses to create the same contact twice', async () => {
    const { store } = await setUp();
    await store.create(sampleContact());
    await expect(store.create(sampleContact())).rejects.toSatisfy((e) => isStorageError(e, 'contact-exists'));
  });

  it('[H22-i] refuses a contact or a change that does not match the model', async () => {
    const { store } = await setUp();
    await expect(store.create({ ...sampleContact(), label: '' })).rejects.toSatisfy((e) =>
      isStorageError(e, 'invalid-data'),
    );
    await store.create(sampleContact());
    const bad = { type: 'answer', answer: { questionId: '' } } as unknown as ContactChange;
    await expect(store.saveChange('contact-1', bad)).rejects.toSatisfy((e) => isStorageError(e, 'invalid-data'));
  });

  it('reports a contact that is not stored', async () => {
    const { store } = await setUp();
    await expect(store.load('nope')).rejects.toSatisfy((e) => isStorageError(e, 'contact-not-found'));
  });

  it('keeps optional fields another version of the model may add to the base', async () => {
    const { store } = await setUp();
    const contact = { ...sampleContact(), summaryOutputAt: at(T0 + 5) };
    await store.create(contact);
    expect((await store.load(contact.id)).contact.summaryOutputAt).toBe(at(T0 + 5));
  });
});

describe('two writes to one slot', () => {
  it('[H29-g] keeps the later answer even when the earlier one is written last (a delayed retry)', async () => {
    const { store } = await setUp();
    await store.create(sampleContact());
    await store.saveChange('contact-1', answer('epds-1', 'later', T0 + 2000));
    const result = await store.saveChange('contact-1', answer('epds-1', 'earlier', T0 + 1000));
    expect(result.superseded).toBe(1);
    expect((await store.load('contact-1')).contact.answers['birthing-parent/epds-1']?.response).toEqual({
      kind: 'option',
      optionId: 'later',
    });
  });

  it('breaks a tie in the same millisecond by commit order (the last write wins)', async () => {
    const { store } = await setUp();
    await store.create(sampleContact());
    await store.saveChange('contact-1', answer('epds-1', 'first', T0 + 1000));
    await store.saveChange('contact-1', answer('epds-1', 'second', T0 + 1000));
    expect((await store.load('contact-1')).contact.answers['birthing-parent/epds-1']?.response).toMatchObject({
      optionId: 'second',
    });
  });

  it('[H01-o] keeps the first acknowledgement of a red flag, as the contact model does', async () => {
    const { store } = await setUp();
    await store.create(sampleContact());
    const first: ContactChange = { type: 'acknowledge-flag', flagId: 'f', at: at(T0 + 1000) };
    const again: ContactChange = { type: 'acknowledge-flag', flagId: 'f', at: at(T0 + 9000) };
    await store.saveChange('contact-1', first);
    await store.saveChange('contact-1', again);
    const loaded = await store.load('contact-1');
    expect(loaded.contact.acknowledgedFlags).toEqual({ f: at(T0 + 1000) });
    expect(loaded.contact).toEqual(applyChanges(sampleContact(), [first, again]));
  });

  it('writes a batch atomically and reports the new sequence', async () => {
    const { store, db } = await setUp();
    await store.create(sampleContact());
    const result = await store.saveChanges('contact-1', [
      answer('a', 'x', T0 + 1),
      answer('b', 'y', T0 + 2),
      answer('a', 'z', T0 + 3),
    ]);
    expect(result).toEqual({ seq: 3, superseded: 0 });
    expect(await db.contactChanges.count()).toBe(2);
    expect((await store.load('contact-1')).contact.answers['birthing-parent/a']?.response).toMatchObject({
      optionId: 'z',
    });
  });
});

describe('the header fields used by the drafts list and retention', () => {
  it('follow the changes: updated time, label, summary output and completion', async () => {
    const { store, db } = await setUp();
    await store.create(sampleContact());
    await store.saveChange('contact-1', answer('q', 'o', T0 + MINUTE));
    await store.saveChange('contact-1', text('label', 'Afternoon visit', T0 + 2 * MINUTE));
    await store.saveChange('contact-1', { type: 'summary-output', at: at(T0 + 3 * MINUTE) });
    await store.saveChange('contact-1', { type: 'complete', at: at(T0 + 4 * MINUTE) });
    const header = await db.contacts.get('contact-1');
    expect(header).toMatchObject({
      status: 'completed',
      updatedAt: T0 + 4 * MINUTE,
      summaryOutputAt: T0 + 3 * MINUTE,
      completedAt: T0 + 4 * MINUTE,
    });
    const [listing] = await store.list();
    expect(listing).toMatchObject({ label: 'Afternoon visit', status: 'completed', retention: 'completed' });
  });

  it('does not take an older label change over a newer one', async () => {
    const { store } = await setUp();
    await store.create(sampleContact());
    await store.saveChange('contact-1', text('label', 'Newer', T0 + 2000));
    await store.saveChange('contact-1', text('label', 'Older', T0 + 1000));
    expect((await store.list())[0]?.label).toBe('Newer');
    expect((await store.load('contact-1')).contact.label).toBe('Newer');
  });
});

describe('listing contacts', () => {
  it('[H33-e] lists newest first with retention dates and a warning in the last day of a draft', async () => {
    const { store, clock } = await setUp();
    await store.create(sampleContact({ id: 'old' }));
    await store.create(sampleContact({ id: 'new', label: 'Later visit', startedAt: at(T0 + HOUR), updatedAt: at(T0 + HOUR) }));
    clock.set(T0 + 6 * DAY + 30 * MINUTE);
    const listed = await store.list();
    expect(listed.map((entry) => entry.id)).toEqual(['new', 'old']);
    expect(listed[1]).toMatchObject({
      label: '14:00 visit',
      retention: 'draft',
      deleteAt: at(T0 + 7 * DAY),
      warning: true,
      damaged: false,
    });
    expect(listed[0]).toMatchObject({ warning: false, deleteAt: at(T0 + HOUR + 7 * DAY) });
  });

  it('keeps an encrypted listing cache that follows label changes and drops a forgotten contact at once', async () => {
    const { store, db, vault } = await setUp();
    await store.create(sampleContact({ id: 'a' }));
    await store.create(sampleContact({ id: 'b', label: 'B visit' }));
    await store.list();
    expect(await db.meta.get('listing')).toBeDefined();
    await store.saveChange('a', text('label', 'Renamed', T0 + 10));
    expect((await store.list()).find((entry) => entry.id === 'a')?.label).toBe('Renamed');
    await store.forget('b');
    // Rewritten straight away without "b" (so the next listing stays fast), not left holding its label.
    const cached = await db.meta.get('listing');
    expect(Object.keys(await openListing(vault.keys(), cached!.value as Sealed))).toEqual(['a']);
    expect((await store.list()).map((entry) => entry.id)).toEqual(['a']);
  });

  it('never writes back a label another panel forgot after this panel listed', async () => {
    const { store, db, vault, clock } = await setUp();
    for (const id of ['a', 'b', 'c']) await store.create(sampleContact({ id }));
    await store.list();
    await createContactStore({ db, vault, clock: clock.now }).forget('b');
    await store.forget('c');
    const cached = await db.meta.get('listing');
    expect(Object.keys(await openListing(vault.keys(), cached!.value as Sealed))).toEqual(['a']);
  });

  it('drops the cache entirely when forgetting from a store that has not listed (e.g. the background)', async () => {
    const { store, db, vault, clock } = await setUp();
    await store.create(sampleContact({ id: 'a' }));
    await store.list();
    await createContactStore({ db, vault, clock: clock.now }).forget('a');
    expect(await db.meta.get('listing')).toBeUndefined();
  });

  it('does not write a cache holding a contact forgotten while the list was being built', async () => {
    const { store, db, vault, clock } = await setUp();
    await store.create(sampleContact({ id: 'a' }));
    await store.create(sampleContact({ id: 'b' }));
    // A second panel forgets "b" between this panel's read of the headers and its cache write.
    const other = createContactStore({ db, vault, clock: clock.now });
    const readHeaders = db.contacts.toArray.bind(db.contacts);
    let headersRead!: () => void;
    const read = new Promise<void>((resolve) => (headersRead = resolve));
    db.contacts.toArray = (() => readHeaders().finally(headersRead)) as typeof db.contacts.toArray;
    const listing = store.list();
    await read;
    await other.forget('b');
    // The racing listing read both contacts before the forget...
    expect((await listing).map((entry) => entry.id).sort()).toEqual(['a', 'b']);
    // ...but did not write "b"'s label back into the cache the forget removed.
    expect(await db.meta.get('listing')).toBeUndefined();
    expect((await store.list()).map((entry) => entry.id)).toEqual(['a']);
    const cards = await openListing(vault.keys(), (await db.meta.get('listing'))!.value as Sealed);
    expect(Object.keys(cards)).toEqual(['a']);
  });
});

describe('forgetting a contact', () => {
  it('[H17-p] deletes the contact, every change and every quarantined copy at once', async () => {
    const { store, db } = await setUp();
    await store.create(sampleContact({ id: 'keep' }));
    await store.create(sampleContact({ id: 'gone' }));
    await store.saveChanges('gone', [answer('a', 'x', T0 + 1), answer('b', 'y', T0 + 2)]);
    await store.saveChanges('keep', [answer('a', 'x', T0 + 1)]);
    await db.quarantine.add({ contactId: 'gone', table: 'contactChanges', key: '[]', reason: 'test', quarantinedAt: T0, row: {} });
    await store.forget('gone');
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['keep']);
    expect(await db.contactBases.toCollection().primaryKeys()).toEqual(['keep']);
    expect((await db.contactChanges.toArray()).map((row) => row.contactId)).toEqual(['keep']);
    expect(await db.quarantine.count()).toBe(0);
  });

  it('works while locked', async () => {
    const { store, vault, db } = await setUp();
    await store.create(sampleContact());
    await vault.lock();
    await store.forget('contact-1');
    expect(await db.contacts.count()).toBe(0);
  });

  it('is not undone by a late save from another panel', async () => {
    const { store } = await setUp();
    await store.create(sampleContact());
    await store.forget('contact-1');
    await expect(store.saveChange('contact-1', answer('q', 'o', T0 + 1))).rejects.toSatisfy((e) =>
      isStorageError(e, 'contact-not-found'),
    );
    expect(await store.list()).toEqual([]);
  });
});

describe('a record that cannot be read', () => {
  it('[H22-b] is set aside in quarantine with a reason, and the rest of the contact still loads', async () => {
    const { store, db } = await setUp();
    await store.create(sampleContact());
    await store.saveChanges('contact-1', [answer('good', 'yes', T0 + 1), answer('bad', 'no', T0 + 2)]);
    const rows = await db.contactChanges.toArray();
    const victim = rows[0]!;
    const damaged = { ...victim, payload: { ...victim.payload, ct: victim.payload.ct.map((b, i) => (i === 0 ? b ^ 1 : b)) } };
    await db.contactChanges.put(damaged);

    const loaded = await store.load('contact-1');
    expect(Object.keys(loaded.contact.answers)).toHaveLength(1);
    expect(loaded.quarantined).toBe(1);

    const [kept] = await db.quarantine.toArray();
    expect(kept).toMatchObject({ contactId: 'contact-1', table: 'contactChanges' });
    expect(kept?.reason).toMatch(/decryption failed/);
    expect(kept?.row).toEqual(damaged);
    expect(await db.contactChanges.count()).toBe(1);
    expect((await store.load('contact-1')).quarantined).toBe(1);
  });

  it('[H22-c] quarantines a ciphertext copied into another slot of the same contact', async () => {
    const { store, db } = await setUp();
    await store.create(sampleContact());
    await store.saveChanges('contact-1', [answer('a', 'yes', T0 + 1), answer('b', 'no', T0 + 2)]);
    const [first, second] = await db.contactChanges.toArray();
    await db.contactChanges.put({ ...second!, payload: first!.payload });
    const loaded = await store.load('contact-1');
    expect(Object.keys(loaded.contact.answers)).toHaveLength(1);
    expect(loaded.quarantined).toBe(1);
  });

  it('[H22-d] quarantines a well-encrypted change that fails validation, naming only the field', async () => {
    const { store, db, vault } = await setUp();
    await store.create(sampleContact());
    await store.saveChange('contact-1', answer('a', 'secret-option', T0 + 1));
    const [row] = await db.contactChanges.toArray();
    const { aad } = await import('../../../lib/storage/contact-codec');
    const payload = await sealJson(
      vault.keys().data,
      { v: 1, slot: 'answer:birthing-parent/a', change: { type: 'answer', answer: { questionId: 'a' } } },
      aad.change('contact-1', row!.slotId),
    );
    await db.contactChanges.put({ ...row!, payload });
    expect((await store.load('contact-1')).quarantined).toBe(1);
    const [kept] = await db.quarantine.toArray();
    expect(kept?.reason).toMatch(/failed validation/);
    expect(kept?.reason).not.toMatch(/secret-option/);
  });

  it('[H22-h] reports an unreadable contact, keeps it listed (so it can be forgotten) and sets a copy aside once', async () => {
    const { store, db } = await setUp();
    await store.create(sampleContact());
    const base = (await db.contactBases.get('contact-1'))!;
    await db.contactBases.put({ ...base, base: { ...base.base, iv: new Uint8Array(12) } });
    await expect(store.load('contact-1')).rejects.toSatisfy((e) => isStorageError(e, 'corrupt-record'));
    await expect(store.load('contact-1')).rejects.toSatisfy((e) => isStorageError(e, 'corrupt-record'));
    expect(await db.quarantine.count()).toBe(1);
    expect((await db.quarantine.toArray())[0]).toMatchObject({ table: 'contactBases', contactId: 'contact-1' });
    expect((await store.list()).map((entry) => entry.id)).toEqual(['contact-1']);
    await store.forget('contact-1');
    expect(await db.quarantine.count()).toBe(0);
    expect(await db.contactBases.count()).toBe(0);
  });

  it('reports a contact whose base is missing as unreadable', async () => {
    const { store, db } = await setUp();
    await store.create(sampleContact());
    await db.contactBases.delete('contact-1');
    await expect(store.load('contact-1')).rejects.toSatisfy((e) => isStorageError(e, 'corrupt-record'));
  });

  it('shows a contact whose label cannot be read as damaged in the list', async () => {
    const { store, db } = await setUp();
    await store.create(sampleContact());
    const header = (await db.contacts.get('contact-1'))!;
    await db.contacts.put({ ...header, card: { ...header.card, iv: new Uint8Array(12) }, cardSeq: 1 });
    expect((await store.list())[0]).toMatchObject({ id: 'contact-1', label: null, damaged: true });
  });
});

describe('two panels on one contact', () => {
  it('sees the other panel’s writes through the live query, and forgetting', async () => {
    const { profile, store } = await setUp();
    await store.create(sampleContact());
    const otherDb = profile.open();
    const otherStore = createContactStore({ db: otherDb, vault: await unlockedVault(otherDb) });
    const events: ContactEvent[] = [];
    const stop = otherStore.watchContact('contact-1', (event) => events.push(event));
    await waitFor(() => events.length > 0);
    await store.saveChange('contact-1', answer('q', 'from-panel-one', T0 + 1));
    await waitFor(() => {
      const last = events.at(-1);
      return last?.kind === 'stored' && last.stored.seq === 1;
    });
    const last = events.at(-1);
    expect(last?.kind === 'stored' && last.stored.contact.answers['birthing-parent/q']?.response).toMatchObject({
      optionId: 'from-panel-one',
    });
    await store.forget('contact-1');
    await waitFor(() => events.at(-1)?.kind === 'forgotten');
    stop();
  });

  it('keeps the drafts list live across panels', async () => {
    const { profile, store } = await setUp();
    const otherDb = profile.open();
    const otherStore = createContactStore({ db: otherDb, vault: await unlockedVault(otherDb) });
    const events: ListEvent[] = [];
    const stop = otherStore.watchList((event) => events.push(event));
    await waitFor(() => events.length > 0);
    await store.create(sampleContact({ id: 'x', label: 'New one' }));
    await waitFor(() => {
      const last = events.at(-1);
      return last?.kind === 'listed' && last.contacts.some((entry) => entry.label === 'New one');
    });
    stop();
    await settle();
  });

  it('reports "locked" to a watcher rather than failing silently, and delivers the contact on unlock', async () => {
    const { store, vault } = await setUp();
    await store.create(sampleContact());
    await vault.lock();
    const events: ContactEvent[] = [];
    const stop = store.watchContact('contact-1', (event) => events.push(event));
    await waitFor(() => events.length > 0);
    expect(events[0]).toMatchObject({ kind: 'error', error: { code: 'locked' } });
    // Unlocking changes nothing in the database, yet the watcher delivers the contact.
    await vault.unlock('correct horse battery staple');
    await waitFor(() => events.at(-1)?.kind === 'stored');
    stop();
  });
});
