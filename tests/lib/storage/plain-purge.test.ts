import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../../lib/storage/database';
import { purgeExpiredPlain, retentionFactsOf } from '../../../lib/storage/plain-purge';
import { DEFAULT_RETENTION_POLICY, retentionPolicySchema } from '../../../lib/storage/retention';
import { RETENTION_POLICY_BOUNDS, retentionPolicyProblem, type RetentionPolicy } from '../../../lib/storage/retention-rules';
import { DAY, HOUR, MINUTE, T0, answer, at, openTestStore, sampleContact } from './helpers';

// The background's purge over plain IndexedDB (issue 17) must delete exactly what the contact
// store's purge deletes (tests/lib/storage/retention.test.ts, H17-m, H33-c, H17-v, H33-f), on a
// database made by the real openDatabase/Dexie code, and must never delete on a guess.

async function storeWithFourContacts() {
  const setUp = await openTestStore();
  const { store } = setUp;
  await store.create(sampleContact({ id: 'draft-old' }));
  await store.create(sampleContact({ id: 'draft-new' }));
  await store.create(sampleContact({ id: 'done' }));
  await store.create(sampleContact({ id: 'closed-no-summary' }));
  await store.saveChange('draft-old', answer('q', 'o', T0 + MINUTE));
  await store.saveChange('draft-new', answer('q', 'o', T0 + 6 * DAY));
  await store.saveChanges('done', [
    { type: 'summary-output', at: at(T0 + HOUR) },
    { type: 'complete', at: at(T0 + HOUR) },
  ]);
  await store.saveChange('closed-no-summary', { type: 'complete', at: at(T0 + HOUR) });
  return setUp;
}

describe('the background purge over plain IndexedDB', () => {
  it('[H98-a] deletes what is due and nothing else, with every change row and quarantined copy, while locked', async () => {
    const { profile, db, vault, store } = await storeWithFourContacts();
    await db.quarantine.add({ contactId: 'draft-old', table: 'contactChanges', key: '[]', reason: 'x', quarantinedAt: T0 + 6 * DAY + 23 * HOUR, row: {} });
    await vault.lock();
    const purge = (now: number) => purgeExpiredPlain({ now, policy: DEFAULT_RETENTION_POLICY, indexedDB: profile.indexedDB, IDBKeyRange, name: profile.name });

    expect((await purge(T0 + HOUR + 24 * HOUR - 1)).purged).toEqual([]);
    expect((await purge(T0 + 25 * HOUR)).purged).toEqual(['done']);
    expect([...(await purge(T0 + HOUR + 7 * DAY)).purged].sort()).toEqual(['closed-no-summary', 'draft-old']);

    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['draft-new']);
    expect(await db.contactBases.toCollection().primaryKeys()).toEqual(['draft-new']);
    expect(await db.contactChanges.where('[contactId+slotId]').between(['draft-old', ''], ['draft-old', '\uffff']).count()).toBe(0);
    expect(await db.contactChanges.where('[contactId+slotId]').between(['draft-new', ''], ['draft-new', '\uffff']).count()).toBe(1);
    expect(await db.quarantine.where('contactId').equals('draft-old').count()).toBe(0);
    // What is kept still opens, answers and all.
    await vault.unlock('correct horse battery staple');
    expect((await store.load('draft-new')).contact.answers).toMatchObject({ 'birthing-parent/q': { response: { optionId: 'o' } } });
  });

  it('[H98-b] judges a draft on its latest change, including one made in another panel just before', async () => {
    const { profile, store } = await openTestStore();
    await store.create(sampleContact());
    await store.saveChange('contact-1', answer('q', 'o', T0 + 7 * DAY - MINUTE));
    const report = await purgeExpiredPlain({ now: T0 + 7 * DAY, policy: DEFAULT_RETENTION_POLICY, indexedDB: profile.indexedDB, IDBKeyRange, name: profile.name });
    expect(report.purged).toEqual([]);
  });

  it('[H98-c] drops quarantined copies older than the draft period and keeps newer ones', async () => {
    const { profile, db } = await openTestStore();
    await db.quarantine.add({ contactId: 'gone', table: 'contactChanges', key: '[]', reason: 'x', quarantinedAt: T0, row: {} });
    await db.quarantine.add({ contactId: 'gone', table: 'contactChanges', key: '[]', reason: 'x', quarantinedAt: T0 + 5 * DAY, row: {} });
    await purgeExpiredPlain({ now: T0 + 7 * DAY + 1, policy: DEFAULT_RETENTION_POLICY, indexedDB: profile.indexedDB, IDBKeyRange, name: profile.name });
    expect(await db.quarantine.count()).toBe(1);
  });

  it('[H98-d] leaves a header whose status or dates cannot be read, counts it, and still purges the rest', async () => {
    const { profile, db, store } = await storeWithFourContacts();
    const header = await db.contacts.get('draft-new');
    await db.contacts.put({ ...header!, id: 'corrupt-dates', updatedAt: 'yesterday' as unknown as number });
    await db.contacts.put({ ...header!, id: 'corrupt-status', status: 'finished' as 'completed', updatedAt: T0 });
    await db.contacts.put({ ...header!, id: 'corrupt-completed', status: 'completed', updatedAt: T0, completedAt: Number.NaN, summaryOutputAt: T0 });
    const report = await purgeExpiredPlain({ now: T0 + 60 * DAY, policy: DEFAULT_RETENTION_POLICY, indexedDB: profile.indexedDB, IDBKeyRange, name: profile.name });
    expect([...report.purged].sort()).toEqual(['closed-no-summary', 'done', 'draft-new', 'draft-old']);
    expect(report.unreadable).toBe(3);
    expect([...(await db.contacts.toCollection().primaryKeys())].sort()).toEqual(['corrupt-completed', 'corrupt-dates', 'corrupt-status']);
    // The store's own purge also never deletes them (it judges the same facts).
    expect(await store.purgeExpired(() => false, Number.NEGATIVE_INFINITY)).toEqual([]);
  });

  it.each([
    ['not an object', 'x'],
    ['no id', { status: 'in-progress', updatedAt: T0 }],
    ['an unknown status', { id: 'a', status: 'done', updatedAt: T0 }],
    ['an updatedAt that is text', { id: 'a', status: 'in-progress', updatedAt: '2025-03-10' }],
    ['an infinite updatedAt', { id: 'a', status: 'in-progress', updatedAt: Number.POSITIVE_INFINITY }],
    ['a summaryOutputAt that is null', { id: 'a', status: 'completed', updatedAt: T0, summaryOutputAt: null }],
  ])('[H98-d] reads no retention facts from a header with %s', (_name, row) => {
    expect(retentionFactsOf(row)).toBeNull();
  });

  it('[H98-e] drops the listing cache and moves the forget epoch on when it deletes, so no panel lists a forgotten label', async () => {
    const { profile, db, store } = await storeWithFourContacts();
    await store.list(); // writes the sealed listing cache
    expect(await db.meta.get('listing')).toBeDefined();
    const epochBefore = ((await db.meta.get('epoch'))?.value as number | undefined) ?? 0;
    await purgeExpiredPlain({ now: T0 + 25 * HOUR, policy: DEFAULT_RETENTION_POLICY, indexedDB: profile.indexedDB, IDBKeyRange, name: profile.name });
    expect(await db.meta.get('listing')).toBeUndefined();
    expect((await db.meta.get('epoch'))?.value).toBe(epochBefore + 1);
    expect((await store.list()).map((listing) => listing.id).sort()).toEqual(['closed-no-summary', 'draft-new', 'draft-old']);
  });

  it('[H98-f] creates no database where there is none, and leaves a database of another version alone', async () => {
    const indexedDB = new IDBFactory();
    expect(await purgeExpiredPlain({ now: T0, policy: DEFAULT_RETENTION_POLICY, indexedDB, IDBKeyRange, name: 'nothing-here' })).toMatchObject({ skipped: 'no-database' });
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain('nothing-here');

    const { profile, db } = await storeWithFourContacts();
    db.close();
    await new Promise<void>((resolve, reject) => {
      const request = profile.indexedDB.open(profile.name, 990); // as a later release would leave it
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const report = await purgeExpiredPlain({ now: T0 + 60 * DAY, policy: DEFAULT_RETENTION_POLICY, indexedDB: profile.indexedDB, IDBKeyRange, name: profile.name });
    expect(report).toMatchObject({ purged: [], skipped: 'other-version' });
  });

  it('[H98-g] refuses a policy out of bounds rather than deleting on it', async () => {
    const { profile } = await openTestStore();
    await expect(
      purgeExpiredPlain({ now: T0, policy: { ...DEFAULT_RETENTION_POLICY, draftRetentionMs: 0 }, indexedDB: profile.indexedDB, IDBKeyRange, name: profile.name }),
    ).rejects.toThrow(/draftRetentionMs/);
  });

  it('opens the database the panel uses', async () => {
    // plain-purge.ts keeps its own copy of the name so that it need not import Dexie.
    const source = await import('node:fs').then((fs) => fs.readFileSync('lib/storage/plain-purge.ts', 'utf8'));
    expect(source).toContain(`const DATABASE_NAME = '${DATABASE_NAME}';`);
    expect(source).not.toMatch(/from ['"](dexie|zod)/);
  });
});

describe('the retention policy check without Zod agrees with the schema', () => {
  const { completedRetentionMs: completed, draftRetentionMs: draft, draftWarningMs: warning } = RETENTION_POLICY_BOUNDS;
  it.each<[string, Partial<RetentionPolicy>]>([
    ['the defaults', {}],
    ['completed at its minimum', { completedRetentionMs: completed.min }],
    ['completed below its minimum', { completedRetentionMs: completed.min - 1 }],
    ['completed at its maximum', { completedRetentionMs: completed.max }],
    ['completed above its maximum', { completedRetentionMs: completed.max + 1 }],
    ['completed not a whole number', { completedRetentionMs: 1.5 }],
    ['draft at its minimum', { draftRetentionMs: draft.min, draftWarningMs: HOUR }],
    ['draft below its minimum', { draftRetentionMs: draft.min - 1, draftWarningMs: HOUR }],
    ['draft at its maximum', { draftRetentionMs: draft.max }],
    ['draft above its maximum', { draftRetentionMs: draft.max + 1 }],
    ['warning at its minimum', { draftWarningMs: warning.min }],
    ['warning below its minimum', { draftWarningMs: warning.min - 1 }],
    ['warning above its maximum', { draftRetentionMs: draft.max, draftWarningMs: warning.max + 1 }],
    ['warning equal to the draft period', { draftRetentionMs: DAY, draftWarningMs: DAY }],
    ['a period that is not a number', { draftRetentionMs: Number.NaN }],
  ])('[H98-g] %s', (_name, patch) => {
    const policy = { ...DEFAULT_RETENTION_POLICY, ...patch };
    expect(retentionPolicyProblem(policy) === null).toBe(retentionPolicySchema.safeParse(policy).success);
  });
});
