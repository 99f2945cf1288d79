import { describe, expect, it, vi } from 'vitest';
import { PBKDF2_MIN_ITERATIONS } from '../../../lib/storage/crypto';
import { isStorageError } from '../../../lib/storage/errors';
import { createMemoryKeyHolder, createSessionKeyHolder, type SessionArea } from '../../../lib/storage/key-holder';
import {
  FORGOTTEN_PASSPHRASE_WARNING,
  checkPassphrase,
  createVault,
} from '../../../lib/storage/vault';
import { createContactStore } from '../../../lib/storage/contact-store';
import { PASSPHRASE, fakeBrowserProfile, sampleContact, testVault } from './helpers';

/**
 * A stand-in for browser.storage.session shared by the pages of one browser session. A browser
 * tells the other pages of a change in a later task; `eventDelayMs` makes that wait longer.
 */
function fakeSession({ eventDelayMs }: { eventDelayMs?: number } = {}) {
  let value: string | undefined;
  const listeners = new Set<(value: string | undefined) => void>();
  const tell = (next: string | undefined) => {
    const send = () => {
      for (const listener of listeners) listener(next);
    };
    if (eventDelayMs === undefined) send();
    else setTimeout(send, eventDelayMs);
  };
  const area = (): SessionArea => ({
    get: async () => value,
    set: async (next) => {
      value = next;
      tell(next);
    },
    remove: async () => {
      value = undefined;
      tell(undefined);
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  return { area, raw: () => value, restartBrowser: () => (value = undefined) };
}

describe('setting the passphrase on first use', () => {
  it('starts with no passphrase, and is unlocked once one is set', async () => {
    const vault = testVault(fakeBrowserProfile().open());
    expect(await vault.state()).toBe('needs-passphrase');
    await vault.setPassphrase(PASSPHRASE);
    expect(await vault.state()).toBe('unlocked');
  });

  it('[H27-a] says plainly what a forgotten passphrase loses', () => {
    expect(FORGOTTEN_PASSPHRASE_WARNING).toMatch(/forget/i);
    expect(FORGOTTEN_PASSPHRASE_WARNING).toMatch(/only what is in the extension/);
    expect(FORGOTTEN_PASSPHRASE_WARNING).toMatch(/record itself is not affected/);
  });

  it.each([
    ['', 'weak-passphrase'],
    ['        ', 'weak-passphrase'],
    ['short', 'weak-passphrase'],
    ['seven77', 'weak-passphrase'],
    ['eight888', null],
    ['three random words', null],
  ])('judges %j as %s', (passphrase, expected) => {
    expect(checkPassphrase(passphrase)).toBe(expected);
  });

  it('[H17-h] refuses a weak passphrase without storing anything', async () => {
    const db = fakeBrowserProfile().open();
    const vault = testVault(db);
    await expect(vault.setPassphrase('short')).rejects.toSatisfy((e) => isStorageError(e, 'weak-passphrase'));
    expect(await vault.state()).toBe('needs-passphrase');
  });

  it('[H27-e] never overwrites an existing passphrase (e.g. set meanwhile in another window)', async () => {
    const profile = fakeBrowserProfile();
    await testVault(profile.open()).setPassphrase(PASSPHRASE);
    await expect(testVault(profile.open()).setPassphrase('another passphrase')).rejects.toSatisfy((e) =>
      isStorageError(e, 'passphrase-already-set'),
    );
  });

  it('uses at least 600,000 PBKDF2 iterations unless a test explicitly allows fewer', async () => {
    const db = fakeBrowserProfile().open();
    expect(() => createVault({ db, kdfIterations: 1000 })).toThrow(/iterations/);
    const vault = createVault({ db });
    await vault.setPassphrase(PASSPHRASE);
    const row = await db.keyring.get('primary');
    expect(row?.kdf.iterations).toBeGreaterThanOrEqual(PBKDF2_MIN_ITERATIONS);
    expect(row?.kdf.salt.byteLength).toBe(16);
  }, 20_000);
});

describe('unlocking and locking', () => {
  it('[H17-g] unlocks with the right passphrase and refuses a wrong one cleanly', async () => {
    const profile = fakeBrowserProfile();
    await testVault(profile.open()).setPassphrase(PASSPHRASE);
    const vault = testVault(profile.open());
    expect(await vault.state()).toBe('locked');
    await expect(vault.unlock('wrong passphrase')).rejects.toSatisfy((e) => isStorageError(e, 'wrong-passphrase'));
    expect(await vault.state()).toBe('locked');
    expect(() => vault.keys()).toThrow(expect.objectContaining({ code: 'locked' }));
    await vault.unlock(PASSPHRASE);
    expect(await vault.state()).toBe('unlocked');
  });

  it('asks for a passphrase to be set when unlocking a profile that has none', async () => {
    const vault = testVault(fakeBrowserProfile().open());
    await expect(vault.unlock(PASSPHRASE)).rejects.toSatisfy((e) => isStorageError(e, 'passphrase-not-set'));
  });

  it('locks on request, after which nothing can be read or written', async () => {
    const db = fakeBrowserProfile().open();
    const vault = testVault(db);
    await vault.setPassphrase(PASSPHRASE);
    const store = createContactStore({ db, vault });
    await store.create(sampleContact());
    await vault.lock();
    expect(await vault.state()).toBe('locked');
    await expect(store.load('contact-1')).rejects.toSatisfy((e) => isStorageError(e, 'locked'));
    await expect(store.create(sampleContact({ id: 'c2' }))).rejects.toSatisfy((e) => isStorageError(e, 'locked'));
  });

  it('tells subscribers when the state changes', async () => {
    const vault = testVault(fakeBrowserProfile().open());
    const states: string[] = [];
    vault.subscribe((state) => states.push(state));
    await vault.state();
    await vault.setPassphrase(PASSPHRASE);
    await vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(states).toEqual(['needs-passphrase', 'unlocked', 'locked', 'unlocked']);
  });

  it('remembers the last state it found or was put in, without reading the store, for the first screen', async () => {
    const vault = testVault(fakeBrowserProfile().open());
    expect(vault.lastKnownState()).toBeNull();
    await vault.state();
    expect(vault.lastKnownState()).toBe('needs-passphrase');
    await vault.setPassphrase(PASSPHRASE);
    expect(vault.lastKnownState()).toBe('unlocked');
    await vault.lock();
    expect(vault.lastKnownState()).toBe('locked');
    await vault.unlock(PASSPHRASE);
    expect(vault.lastKnownState()).toBe('unlocked');
  });

  it('with the memory key holder, a reopened panel is locked', async () => {
    const profile = fakeBrowserProfile();
    await testVault(profile.open(), createMemoryKeyHolder()).setPassphrase(PASSPHRASE);
    expect(await testVault(profile.open(), createMemoryKeyHolder()).state()).toBe('locked');
  });
});

describe('sharing the unlock through session storage', () => {
  it('[H17-k] lets a second panel pick up the unlock, and locks again after a browser restart', async () => {
    const profile = fakeBrowserProfile();
    const session = fakeSession();
    await testVault(profile.open(), createSessionKeyHolder(session.area())).setPassphrase(PASSPHRASE);
    expect(session.raw()).toBeTypeOf('string');

    const second = testVault(profile.open(), createSessionKeyHolder(session.area()));
    expect(await second.state()).toBe('unlocked');

    session.restartBrowser();
    expect(await testVault(profile.open(), createSessionKeyHolder(session.area())).state()).toBe('locked');
  });

  it('[H17-l] locks every panel when one locks', async () => {
    const profile = fakeBrowserProfile();
    const session = fakeSession();
    const first = testVault(profile.open(), createSessionKeyHolder(session.area()));
    await first.setPassphrase(PASSPHRASE);
    const second = testVault(profile.open(), createSessionKeyHolder(session.area()));
    expect(await second.state()).toBe('unlocked');
    const onLock = vi.fn();
    second.subscribe(onLock);
    await first.lock();
    expect(session.raw()).toBeUndefined();
    expect(onLock).toHaveBeenCalledWith('locked');
    expect(second.lastKnownState()).toBe('locked');
    expect(() => second.keys()).toThrow();
  });

  it('[H124-a] a panel that picks up the session\'s unlock never writes it back', async () => {
    const profile = fakeBrowserProfile();
    const session = fakeSession();
    await testVault(profile.open(), createSessionKeyHolder(session.area())).setPassphrase(PASSPHRASE);
    const area = session.area();
    const set = vi.spyOn(area, 'set');
    expect(await testVault(profile.open(), createSessionKeyHolder(area)).state()).toBe('unlocked');
    expect(set).not.toHaveBeenCalled();
  });

  it('[H124-b] a lock in one panel while another is opening stays locked for the session', async () => {
    const profile = fakeBrowserProfile();
    const session = fakeSession();
    const first = testVault(profile.open(), createSessionKeyHolder(session.area()));
    await first.setPassphrase(PASSPHRASE);
    // The second panel has read the unlock and is deriving its keys when the first locks.
    const opening = testVault(profile.open(), createSessionKeyHolder(session.area())).state();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await first.lock();
    expect(await opening).toBe('locked'); // it does not open unlocked on an unlock read before the lock
    expect(session.raw()).toBeUndefined();
    expect(await testVault(profile.open(), createSessionKeyHolder(session.area())).state()).toBe('locked');
  });

  it('[H124-d] stays locked after a lock from another page whose change event has not reached it yet', async () => {
    const profile = fakeBrowserProfile();
    const session = fakeSession({ eventDelayMs: 200 });
    const first = testVault(profile.open(), createSessionKeyHolder(session.area()));
    await first.setPassphrase(PASSPHRASE);
    const opening = testVault(profile.open(), createSessionKeyHolder(session.area())).state();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await first.lock(); // the other panel hears of it only 200 ms later
    expect(await opening).toBe('locked');
    expect(session.raw()).toBeUndefined();
  });

  it('[H124-e] an unlock read before the data was erased and a new passphrase set never removes the new unlock', async () => {
    const profile = fakeBrowserProfile();
    const session = fakeSession();
    const earlier = testVault(profile.open(), createSessionKeyHolder(session.area()));
    await earlier.setPassphrase(PASSPHRASE);
    const stale = session.raw();
    await earlier.eraseEverything();
    await earlier.setPassphrase('a new passphrase for this browser');
    const newer = session.raw();
    expect(newer).not.toBe(stale);
    // This panel read the session just before the erase, and the keyring just after the new passphrase.
    const area = session.area();
    const staleArea: SessionArea = { ...area, get: vi.fn(area.get).mockResolvedValueOnce(stale) };
    // This panel asks for the passphrase (the safe side of a rare race); every other page keeps the new unlock.
    expect(await testVault(profile.open(), createSessionKeyHolder(staleArea)).state()).toBe('locked');
    expect(session.raw()).toBe(newer);
    expect(await testVault(profile.open(), createSessionKeyHolder(session.area())).state()).toBe('unlocked');
  });

  it('[H124-c] reads the session\'s unlock alongside the keyring, and a first use with no keyring still needs a passphrase', async () => {
    const profile = fakeBrowserProfile();
    const session = fakeSession();
    const area = session.area();
    const get = vi.spyOn(area, 'get');
    const vault = testVault(profile.open(), createSessionKeyHolder(area));
    const state = vault.state();
    expect(get).toHaveBeenCalledTimes(1); // asked for at once, before the keyring has been read
    expect(await state).toBe('needs-passphrase');
    // A session that cannot be read fails the panel's start only where it did before: with a keyring.
    const broken: SessionArea = { ...area, get: () => Promise.reject(new Error('session unavailable')) };
    expect(await testVault(fakeBrowserProfile().open(), createSessionKeyHolder(broken)).state()).toBe('needs-passphrase');
    await vault.setPassphrase(PASSPHRASE);
    await expect(testVault(profile.open(), createSessionKeyHolder(broken)).state()).rejects.toThrow('session unavailable');
  });

  it('ignores a held key that does not belong to this keyring', async () => {
    const profile = fakeBrowserProfile();
    const session = fakeSession();
    await testVault(profile.open(), createSessionKeyHolder(session.area())).setPassphrase(PASSPHRASE);
    const other = fakeBrowserProfile();
    await testVault(other.open()).setPassphrase('a different passphrase');
    const vault = testVault(other.open(), createSessionKeyHolder(session.area()));
    expect(await vault.state()).toBe('locked');
    expect(session.raw()).toBeUndefined();
  });
});

describe('changing the passphrase', () => {
  it('[H27-d] re-wraps the key only: stored contacts still open with the new passphrase, not the old', async () => {
    const profile = fakeBrowserProfile();
    const db = profile.open();
    const vault = testVault(db);
    await vault.setPassphrase(PASSPHRASE);
    const store = createContactStore({ db, vault });
    await store.create(sampleContact());
    const before = await db.contacts.get('contact-1');

    await expect(vault.changePassphrase('not the current one', 'new passphrase here')).rejects.toSatisfy((e) =>
      isStorageError(e, 'wrong-passphrase'),
    );
    await vault.changePassphrase(PASSPHRASE, 'new passphrase here');
    expect(await db.contacts.get('contact-1')).toEqual(before);

    const reopened = testVault(profile.open());
    await expect(reopened.unlock(PASSPHRASE)).rejects.toSatisfy((e) => isStorageError(e, 'wrong-passphrase'));
    await reopened.unlock('new passphrase here');
    const loaded = await createContactStore({ db: profile.open(), vault: reopened }).load('contact-1');
    expect(loaded.contact.label).toBe('14:00 visit');
  });
});

describe('a forgotten passphrase', () => {
  it('[H27-c] can erase everything so a new passphrase can be set', async () => {
    const db = fakeBrowserProfile().open();
    const vault = testVault(db);
    await vault.setPassphrase(PASSPHRASE);
    await createContactStore({ db, vault }).create(sampleContact());
    await vault.lock();

    await vault.eraseEverything();
    expect(await vault.state()).toBe('needs-passphrase');
    expect(await db.contacts.count()).toBe(0);
    expect(await db.keyring.count()).toBe(0);
    await vault.setPassphrase('a brand new passphrase');
    expect(await createContactStore({ db, vault }).list()).toEqual([]);
  });
});
