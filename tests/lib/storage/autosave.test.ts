import { describe, expect, it } from 'vitest';
import { applyChanges, type ContactChange } from '../../../lib/contact/contact-change';
import { createAutosave, retryDelay, type AutosaveStatus } from '../../../lib/storage/autosave';
import { createContactStore, type ContactStore, type SaveResult } from '../../../lib/storage/contact-store';
import { StorageError } from '../../../lib/storage/errors';
import {
  T0,
  answer,
  manualTimers,
  openTestStore,
  sampleContact,
  settle,
  text,
  unlockedVault,
  waitFor,
} from './helpers';

async function setUp() {
  const opened = await openTestStore();
  await opened.store.create(sampleContact());
  return { ...opened, initial: await opened.store.load('contact-1') };
}

/** Wraps a store so a test can make writes fail and see what was attempted. */
function flakyStore(inner: ContactStore) {
  const attempts: ContactChange[][] = [];
  let failWith: StorageError | null = null;
  const store: ContactStore = {
    ...inner,
    saveChanges: async (id, changes): Promise<SaveResult> => {
      attempts.push([...changes]);
      if (failWith) throw failWith;
      return inner.saveChanges(id, changes);
    },
  };
  return {
    store,
    attempts,
    fail: (error: StorageError | null) => {
      failWith = error;
    },
  };
}

describe('autosave', () => {
  it('[H23-b] shows a change at once and reports "saved" once it is durable', async () => {
    const { store, initial, clock } = await setUp();
    const autosave = createAutosave({ store, initial, watch: false, clock: clock.now });
    const statuses: AutosaveStatus['state'][] = [];
    autosave.subscribe((_, status) => statuses.push(status.state));
    autosave.save(answer('whooley-1', 'yes', T0 + 1));
    expect(autosave.contact().answers['birthing-parent/whooley-1']).toBeDefined();
    expect(autosave.status().state).toBe('saving');
    await autosave.flush();
    expect(autosave.status()).toMatchObject({ state: 'saved', savedAt: T0 });
    expect((await store.load('contact-1')).contact.answers['birthing-parent/whooley-1']).toBeDefined();
    expect(statuses[0]).toBe('saving');
    expect(statuses.at(-1)).toBe('saved');
    autosave.dispose();
  });

  it('[H29-b] keeps every change in memory when saving fails, says so loudly, and retries with backoff', async () => {
    const { store: real, initial } = await setUp();
    const flaky = flakyStore(real);
    const timers = manualTimers();
    const autosave = createAutosave({
      store: flaky.store,
      initial,
      watch: false,
      timers: timers.timers,
      retry: { firstDelayMs: 100, maxDelayMs: 400 },
    });
    flaky.fail(new StorageError('quota-exceeded'));
    autosave.save(answer('a', 'one', T0 + 1));
    await settle();
    const failed = autosave.status();
    expect(failed).toMatchObject({ state: 'failed', unsaved: 1, error: { code: 'quota-exceeded' } });
    expect(failed.state === 'failed' && failed.message).toMatch(/no room left/);
    expect(autosave.contact().answers['birthing-parent/a']).toBeDefined();
    expect(timers.pendingDelays()).toEqual([100]);

    autosave.save(answer('b', 'two', T0 + 2));
    timers.advance(100);
    await settle();
    expect(timers.pendingDelays()).toEqual([200]);
    timers.advance(200);
    await settle();
    expect(timers.pendingDelays()).toEqual([400]);

    flaky.fail(null);
    timers.advance(400);
    await autosave.flush();
    expect(autosave.status().state).toBe('saved');
    const stored = await real.load('contact-1');
    expect(Object.keys(stored.contact.answers).sort()).toEqual(['birthing-parent/a', 'birthing-parent/b']);
    autosave.dispose();
  });

  it.each([
    [1, 500],
    [2, 1000],
    [3, 2000],
    [7, 30_000],
    [20, 30_000],
  ])('waits %i attempt(s) -> %i ms before retrying (default backoff)', (attempt, delay) => {
    expect(retryDelay(attempt, 500, 30_000)).toBe(delay);
  });

  it('[H29-d] writes only the latest of several queued changes to one slot, and never an older one after a newer', async () => {
    const { store: real, initial } = await setUp();
    const flaky = flakyStore(real);
    const timers = manualTimers();
    const autosave = createAutosave({ store: flaky.store, initial, watch: false, timers: timers.timers });
    flaky.fail(new StorageError('unknown'));
    autosave.save(text('familyWords', 'W', T0 + 1));
    await settle();
    autosave.save(text('familyWords', 'We', T0 + 2));
    autosave.save(text('familyWords', 'We are', T0 + 3));
    autosave.save(answer('q', 'o', T0 + 4));
    flaky.fail(null);
    autosave.retryNow();
    await autosave.flush();
    const retried = flaky.attempts.at(-1)!;
    expect(retried.filter((change) => change.type === 'text')).toEqual([text('familyWords', 'We are', T0 + 3)]);
    expect((await real.load('contact-1')).contact.familyWords).toBe('We are');
    autosave.dispose();
  });

  it('[H29-c] retries at once when the panel is unlocked after a "locked" failure', async () => {
    const { store, initial, vault } = await setUp();
    const timers = manualTimers();
    const autosave = createAutosave({ store, initial, watch: false, timers: timers.timers, vault });
    await vault.lock();
    autosave.save(answer('q', 'o', T0 + 1));
    await waitFor(() => autosave.status().state === 'failed');
    expect(autosave.status()).toMatchObject({ error: { code: 'locked' } });
    await vault.unlock('correct horse battery staple');
    await autosave.flush();
    expect(autosave.status().state).toBe('saved');
    autosave.dispose();
  });

  it('[H29-j] stops, and says so, when the contact has been forgotten (e.g. in another window)', async () => {
    const { store, initial } = await setUp();
    const autosave = createAutosave({ store, initial });
    await store.forget('contact-1');
    await waitFor(() => autosave.status().state === 'forgotten');
    expect(() => autosave.save(answer('q', 'o', T0 + 1))).toThrow(StorageError);
    await autosave.flush();
    autosave.dispose();
  });

  it('stops when a save finds the contact gone, without retrying for ever', async () => {
    const { store, initial } = await setUp();
    const timers = manualTimers();
    const autosave = createAutosave({ store, initial, watch: false, timers: timers.timers });
    await store.forget('contact-1');
    autosave.save(answer('q', 'o', T0 + 1));
    await autosave.flush();
    expect(autosave.status().state).toBe('forgotten');
    expect(timers.pendingDelays()).toEqual([]);
    autosave.dispose();
  });

  it('rejects an invalid change at once (a programming error), leaving the contact as it was', async () => {
    const { store, initial } = await setUp();
    const autosave = createAutosave({ store, initial, watch: false });
    expect(() => autosave.save({ type: 'text', field: 'plan', value: 'x', at: 'yesterday' } as ContactChange)).toThrow(
      StorageError,
    );
    expect(autosave.contact()).toEqual(initial.contact);
    autosave.dispose();
  });

  it('[H29-i] brings in another panel’s answers while keeping its own unsaved ones on top', async () => {
    const { profile, store, initial } = await setUp();
    const otherDb = profile.open();
    const other = createContactStore({ db: otherDb, vault: await unlockedVault(otherDb) });
    const flaky = flakyStore(store);
    const timers = manualTimers();
    const autosave = createAutosave({ store: flaky.store, initial, timers: timers.timers });
    flaky.fail(new StorageError('unknown'));
    autosave.save(answer('mine', 'x', T0 + 1));
    await settle();
    await other.saveChange('contact-1', answer('theirs', 'y', T0 + 2));
    await waitFor(() => autosave.contact().answers['birthing-parent/theirs'] !== undefined);
    expect(autosave.contact().answers['birthing-parent/mine']).toBeDefined();
    flaky.fail(null);
    autosave.retryNow();
    await autosave.flush();
    await settle();
    expect(autosave.contact()).toEqual((await other.load('contact-1')).contact);
    autosave.dispose();
  });

  it('ends with the stored contact equal to the panel’s after a run of changes', async () => {
    const { store, initial } = await setUp();
    const autosave = createAutosave({ store, initial });
    const changes = [
      answer('a', '1', T0 + 1),
      answer('b', '2', T0 + 2),
      text('plan', 'Review in two weeks', T0 + 3),
      answer('a', '3', T0 + 4),
    ];
    for (const change of changes) autosave.save(change);
    await autosave.flush();
    await settle();
    expect(autosave.contact()).toEqual(applyChanges(initial.contact, changes));
    expect((await store.load('contact-1')).contact).toEqual(autosave.contact());
    autosave.dispose();
  });
});
