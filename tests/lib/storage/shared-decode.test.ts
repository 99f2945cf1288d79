import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContactEvent } from '../../../lib/storage/contact-store';
import { T0, MINUTE, answer, openTestStore, sampleContact, waitFor } from './helpers';

// Resuming a contact loads it and starts two watches at once (issue 17): they share one decode of
// what they read, and each still gets the whole contact.

afterEach(() => vi.restoreAllMocks());

describe('decoding a contact for a resume', () => {
  it('decrypts each stored record once for a load and a watch started together, and keeps nothing after', async () => {
    const { store } = await openTestStore();
    await store.create(sampleContact());
    for (let i = 0; i < 3; i++) await store.saveChange('contact-1', answer(`q${i}`, 'o', T0 + (i + 1) * MINUTE));
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    const first: ContactEvent[] = [];
    const second: ContactEvent[] = [];
    const stopFirst = store.watchContact('contact-1', (event) => first.push(event));
    const loaded = await store.load('contact-1');
    await waitFor(() => first.length > 0);
    // The session's watch and the load, started together, share one decode: one base and three changes.
    expect(decrypt.mock.calls.length).toBe(4);
    const stopSecond = store.watchContact('contact-1', (event) => second.push(event));
    await waitFor(() => first.length > 0 && second.length > 0);
    expect(Object.keys(loaded.contact.answers)).toHaveLength(3);
    for (const event of [first[0], second[0]]) {
      expect(event?.kind === 'stored' && event.stored.contact).toEqual(loaded.contact);
    }
    // One base and three changes, not three times each.
    // A watch started after the load settled decodes afresh (nothing decrypted is kept in the store).
    expect(decrypt.mock.calls.length).toBe(8);
    stopFirst();
    stopSecond();
  });

  it('decodes again once something new is stored', async () => {
    const { store } = await openTestStore();
    await store.create(sampleContact());
    await store.load('contact-1');
    await store.saveChange('contact-1', answer('q', 'o', T0 + MINUTE));
    expect(Object.keys((await store.load('contact-1')).contact.answers)).toHaveLength(1);
  });
});
