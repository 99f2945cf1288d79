import { describe, expect, it, vi } from 'vitest';
import { createContactStore, type ContactEvent } from '../../../lib/storage/contact-store';
import type { ContactValidation } from '../../../lib/storage/contact-validation';
import { isStorageError } from '../../../lib/storage/errors';
import { T0, answer, openTestStore, sampleContact, waitFor } from './helpers';

// H105 (issue 17): the contact model's schemas (Zod) load on demand, the first time a contact is
// opened, started or changed, so that listing contacts on the home screen loads no Zod. If that
// chunk cannot be loaded (an update half-installed while the panel was open), the store must say
// so with a message that tells the practitioner what to do, set nothing aside as corrupt, and try
// again next time. (Seen failing: with the schemas loaded inside decoding's catch, the contact's
// changes were quarantined as unreadable; without the reset, the second load failed too.)

const real = (): Promise<ContactValidation> => import('../../../lib/storage/contact-validation');

/** A loader that fails its first `failures` calls, as a chunk missing after an update would. */
function failingLoader(failures: number) {
  let calls = 0;
  const load = vi.fn(async (): Promise<ContactValidation> => {
    calls += 1;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return real();
  });
  return load;
}

async function storedContact() {
  const setUp = await openTestStore();
  await setUp.store.create(sampleContact());
  await setUp.store.saveChanges('contact-1', [answer('whooley-1', 'yes', T0 + 1), answer('whooley-2', 'no', T0 + 2)]);
  return setUp;
}

describe('[H105] the contact model loaded on demand', () => {
  it('[H105-a] a contact whose schemas cannot be loaded is not set aside: the store says so, and opens it next time', async () => {
    const { db, vault } = await storedContact();
    const loadValidation = failingLoader(1);
    const store = createContactStore({ db, vault, loadValidation });
    const error = await store.load('contact-1').catch((caught: unknown) => caught);
    expect(isStorageError(error, 'store-not-loaded')).toBe(true);
    expect(error).toMatchObject({ retryable: true });
    expect(await db.quarantine.count()).toBe(0);
    expect(await db.contactChanges.count()).toBe(2);
    const loaded = await store.load('contact-1');
    expect(Object.keys(loaded.contact.answers)).toHaveLength(2);
    expect(loaded.quarantined).toBe(0);
    expect(loadValidation).toHaveBeenCalledTimes(2);
  });

  it('[H105-a] a watched contact reports the failure as an error, not as a contact with records set aside', async () => {
    const { db, vault } = await storedContact();
    const store = createContactStore({ db, vault, loadValidation: failingLoader(Number.POSITIVE_INFINITY) });
    const events: ContactEvent[] = [];
    const stop = store.watchContact('contact-1', (event) => events.push(event));
    await waitFor(() => events.length > 0);
    stop();
    expect(events[0]).toMatchObject({ kind: 'error', error: { code: 'store-not-loaded' } });
    expect(await db.quarantine.count()).toBe(0);
  });

  it('[H105-b] starting a contact or saving a change waits for the schemas, and says so when they cannot be loaded', async () => {
    const { db, vault } = await storedContact();
    const store = createContactStore({ db, vault, loadValidation: failingLoader(2) });
    await expect(store.create({ ...sampleContact(), id: 'contact-2' })).rejects.toSatisfy((e) => isStorageError(e, 'store-not-loaded'));
    await expect(store.saveChange('contact-1', answer('epds-1', 'a', T0 + 3))).rejects.toSatisfy((e) => isStorageError(e, 'store-not-loaded'));
    // Loaded now: both go through, still checked against the model.
    await store.create({ ...sampleContact(), id: 'contact-2' });
    await expect(store.create({ ...sampleContact(), id: 'contact-3', label: '' })).rejects.toSatisfy((e) => isStorageError(e, 'invalid-data'));
    await store.saveChange('contact-1', answer('epds-1', 'a', T0 + 3));
    expect(Object.keys((await store.load('contact-1')).contact.answers)).toHaveLength(3);
  });

  it('[H105-c] lists contacts without loading the schemas', async () => {
    const { db, vault } = await storedContact();
    const loadValidation = vi.fn(real);
    const store = createContactStore({ db, vault, loadValidation });
    expect((await store.list()).map((entry) => entry.label)).toEqual([sampleContact().label]);
    expect(loadValidation).not.toHaveBeenCalled();
  });
});
