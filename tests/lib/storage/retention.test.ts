import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_POLICY,
  draftsToWarn,
  dueForPurge,
  purge,
  retentionPolicySchema,
  retentionVerdict,
  type RetentionFacts,
} from '../../../lib/storage/retention';
import { DAY, HOUR, MINUTE, T0, answer, at, openTestStore, sampleContact } from './helpers';

const draft = (updatedAt: number): RetentionFacts => ({ id: 'd', status: 'in-progress', updatedAt });
const completed = (completedAt: number, summaryOutputAt: number | undefined): RetentionFacts => ({
  id: 'c',
  status: 'completed',
  updatedAt: Math.max(completedAt, summaryOutputAt ?? 0),
  completedAt,
  ...(summaryOutputAt !== undefined ? { summaryOutputAt } : {}),
});

describe('retention with the default policy (completed 24 h, drafts 7 days, warning in the last 24 h)', () => {
  it.each([
    ['a draft just updated', draft(T0), T0, { rule: 'draft', due: false, warn: false, deleteAt: T0 + 7 * DAY }],
    ['a draft 5 days old', draft(T0), T0 + 5 * DAY, { due: false, warn: false }],
    ['a draft one minute before its warning', draft(T0), T0 + 6 * DAY - MINUTE, { due: false, warn: false }],
    ['a draft entering its last day', draft(T0), T0 + 6 * DAY, { due: false, warn: true }],
    ['a draft one ms before deletion', draft(T0), T0 + 7 * DAY - 1, { due: false, warn: true }],
    ['a draft at 7 days', draft(T0), T0 + 7 * DAY, { due: true, warn: false }],
    ['a completed contact, summary output then closed, 23 h on', completed(T0 + HOUR, T0), T0 + 24 * HOUR, { rule: 'completed', due: false, warn: false }],
    ['a completed contact 24 h after close', completed(T0 + HOUR, T0), T0 + 25 * HOUR, { due: true }],
    ['a completed contact closed first, summary output later: counts from the output', completed(T0, T0 + 2 * HOUR), T0 + 25 * HOUR, { due: false, deleteAt: T0 + 26 * HOUR }],
    ['a contact closed without its summary output is kept like a draft', completed(T0, undefined), T0 + 2 * DAY, { rule: 'closed-without-summary', due: false, deleteAt: T0 + 7 * DAY }],
    ['... and warned about like a draft', completed(T0, undefined), T0 + 6 * DAY + HOUR, { warn: true }],
  ])('[H33-a] %s', (_name, facts, now, expected) => {
    expect(retentionVerdict(facts, now, DEFAULT_RETENTION_POLICY)).toMatchObject(expected);
  });

  it('never warns about a completed contact (it was output to the record)', () => {
    expect(retentionVerdict(completed(T0, T0), T0 + 23 * HOUR, DEFAULT_RETENTION_POLICY).warn).toBe(false);
  });

  it('[H33-b] lists due contacts and drafts to warn about', () => {
    const rows: RetentionFacts[] = [
      { id: 'fresh', status: 'in-progress', updatedAt: T0 + 6 * DAY },
      { id: 'warn', status: 'in-progress', updatedAt: T0 + 12 * HOUR },
      { id: 'old', status: 'in-progress', updatedAt: T0 },
      { id: 'done', status: 'completed', updatedAt: T0, completedAt: T0, summaryOutputAt: T0 },
    ];
    const now = T0 + 7 * DAY;
    expect(dueForPurge(rows, now, DEFAULT_RETENTION_POLICY)).toEqual(['old', 'done']);
    expect(draftsToWarn(rows, now, DEFAULT_RETENTION_POLICY)).toEqual([{ id: 'warn', deleteAt: T0 + 12 * HOUR + 7 * DAY }]);
  });
});

describe('an organisation’s retention policy', () => {
  it('applies configured periods', () => {
    const policy = { completedRetentionMs: 2 * HOUR, draftRetentionMs: 2 * DAY, draftWarningMs: 6 * HOUR };
    expect(retentionVerdict(completed(T0, T0), T0 + 2 * HOUR, policy).due).toBe(true);
    expect(retentionVerdict(draft(T0), T0 + 42 * HOUR, policy)).toMatchObject({ warn: true, due: false });
  });

  it.each([
    ['a negative completed period', { completedRetentionMs: -1 }],
    ['a draft period under 12 hours (a contact could vanish mid-visit)', { draftRetentionMs: 11 * HOUR }],
    ['a draft period over 31 days', { draftRetentionMs: 32 * DAY }],
    ['a warning that starts after deletion', { draftRetentionMs: DAY, draftWarningMs: DAY }],
  ])('[H33-d] refuses %s', (_name, patch) => {
    expect(retentionPolicySchema.safeParse({ ...DEFAULT_RETENTION_POLICY, ...patch }).success).toBe(false);
  });

  it('accepts the defaults', () => {
    expect(retentionPolicySchema.parse(DEFAULT_RETENTION_POLICY)).toEqual(DEFAULT_RETENTION_POLICY);
  });
});

describe('purging the store (controllable clock)', () => {
  const setUp = openTestStore;

  it('[H17-m] deletes what is due and nothing else, and works while locked', async () => {
    const { db, vault, store } = await setUp();
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
    await vault.lock();

    expect((await purge(store, T0 + HOUR + 24 * HOUR - 1)).purged).toEqual([]);
    expect((await purge(store, T0 + 25 * HOUR)).purged).toEqual(['done']);
    expect([...(await purge(store, T0 + HOUR + 7 * DAY)).purged].sort()).toEqual(['closed-no-summary', 'draft-old']);
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['draft-new']);
    expect(await db.contactChanges.where('[contactId+slotId]').between(['draft-old', ''], ['draft-old', '\uffff']).count()).toBe(0);
  });

  it('[H33-c] judges a draft on a change made in another panel just before the purge', async () => {
    const { store } = await setUp();
    await store.create(sampleContact());
    await store.saveChange('contact-1', answer('q', 'o', T0 + 7 * DAY - MINUTE));
    expect((await purge(store, T0 + 7 * DAY)).purged).toEqual([]);
  });

  it('[H17-v] drops quarantined copies older than the draft period', async () => {
    const { db, store } = await setUp();
    await db.quarantine.add({ contactId: 'gone', table: 'contactChanges', key: '[]', reason: 'x', quarantinedAt: T0, row: {} });
    await db.quarantine.add({ contactId: 'gone', table: 'contactChanges', key: '[]', reason: 'x', quarantinedAt: T0 + 5 * DAY, row: {} });
    await purge(store, T0 + 7 * DAY + 1);
    expect(await db.quarantine.count()).toBe(1);
  });

  it('[H33-f] refuses an invalid policy rather than deleting on a bad one', async () => {
    const { store } = await setUp();
    await expect(purge(store, T0, { ...DEFAULT_RETENTION_POLICY, draftRetentionMs: 0 })).rejects.toThrow();
  });
});
