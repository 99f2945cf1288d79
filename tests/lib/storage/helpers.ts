import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createContact, nobodyElsePresent, type Contact } from '../../../lib/contact/contact';
import type { ContactChange } from '../../../lib/contact/contact-change';
import type { Timers } from '../../../lib/storage/clock';
import { createContactStore } from '../../../lib/storage/contact-store';
import { PmhDatabase, type DatabaseOptions } from '../../../lib/storage/database';
import { createVault, type Vault } from '../../../lib/storage/vault';
import type { StoreSource } from '../../../lib/storage/store-connection';
import type { KeyHolder } from '../../../lib/storage/key-holder';

// Shared fixtures for the storage tests: an isolated fake IndexedDB per test, a vault with a
// fast KDF (the real iteration count has its own test), a controllable clock and timers.

export const PASSPHRASE = 'correct horse battery staple';
export const TEST_ITERATIONS = 1_000;

let counter = 0;

/** A fresh, isolated IndexedDB; call `open()` again for a second "panel" on the same data. */
export function fakeBrowserProfile(options: Omit<DatabaseOptions, 'indexedDB' | 'IDBKeyRange' | 'name'> = {}) {
  const indexedDB = new IDBFactory();
  counter += 1;
  const name = `pmh-test-${counter}`;
  return {
    indexedDB,
    name,
    open: (extra: Omit<DatabaseOptions, 'indexedDB' | 'IDBKeyRange' | 'name'> = {}) =>
      new PmhDatabase({ name, indexedDB, IDBKeyRange, ...options, ...extra }),
  };
}

export function testVault(db: StoreSource, keyHolder?: KeyHolder, clock?: () => number): Vault {
  return createVault({
    db,
    kdfIterations: TEST_ITERATIONS,
    allowWeakIterationsForTests: true,
    ...(keyHolder ? { keyHolder } : {}),
    ...(clock ? { clock } : {}),
  });
}

export async function unlockedVault(db: PmhDatabase, keyHolder?: KeyHolder): Promise<Vault> {
  const vault = testVault(db, keyHolder);
  if ((await vault.state()) === 'needs-passphrase') await vault.setPassphrase(PASSPHRASE);
  else await vault.unlock(PASSPHRASE);
  return vault;
}

export const T0 = Date.parse('2025-03-10T09:00:00.000Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function testClock(start = T0) {
  let now = start;
  return {
    now: () => now,
    set: (at: number) => {
      now = at;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A fresh profile with an unlocked vault and a contact store on a controllable clock. */
export async function openTestStore() {
  const profile = fakeBrowserProfile();
  const db = profile.open();
  const vault = await unlockedVault(db);
  const clock = testClock();
  const store = createContactStore({ db, vault, clock: clock.now });
  return { profile, db, vault, clock, store };
}

/** Timers that only fire when the test says so. */
export function manualTimers() {
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  let now = 0;
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout: (handle) => {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    pendingDelays: () => [...pending.values()].map((entry) => entry.at - now),
    /** Advances virtual time and fires what is due, in order. */
    advance(ms: number) {
      now += ms;
      const due = [...pending.entries()].filter(([, entry]) => entry.at <= now).sort((a, b) => a[1].at - b[1].at);
      for (const [id, entry] of due) {
        pending.delete(id);
        entry.callback();
      }
    },
  };
}

export function sampleContact(overrides: Partial<Contact> & { id?: string } = {}): Contact {
  return {
    ...createContact({
      id: overrides.id ?? 'contact-1',
      pathwayVersion: '2025.1',
      label: '14:00 visit',
      role: 'health-visitor',
      contactType: 'hv-new-birth',
      presence: nobodyElsePresent,
      now: new Date(T0).toISOString(),
    }),
    ...overrides,
  };
}

export function at(ms: number): string {
  return new Date(ms).toISOString();
}

export function answer(
  questionId: string,
  optionId: string,
  when: number,
  subject: 'birthing-parent' | 'partner' = 'birthing-parent',
): ContactChange {
  return {
    type: 'answer',
    answer: { questionId, subject, response: { kind: 'option', optionId }, answeredAt: at(when) },
  };
}

export function text(field: 'familyWords' | 'plan' | 'nextContact' | 'label', value: string, when: number): ContactChange {
  return { type: 'text', field, value, at: at(when) };
}

/** Resolves after pending promise callbacks and Dexie's live-query notifications have run. */
export async function settle(times = 10): Promise<void> {
  for (let i = 0; i < times; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

export async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('waitFor: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
