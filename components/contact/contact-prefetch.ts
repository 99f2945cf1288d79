import type { ContactStore } from '../../lib/storage';

// Issue 17, H115: "Resume" starts reading and decrypting the contact at the click, while the contact
// screen's code is still being fetched and compiled, instead of after that code has run. On the home
// screen's path, so this file stays tiny and imports no code (types only).
//
// One read waits at a time, for one contact from one store, and it is taken once: the screen that
// opens takes it only when both match, and otherwise reads afresh. A read taken later than it was
// made is no less safe than one made at mount: the session's autosave watches the stored contact
// and moves to any newer snapshot, as it does today. A read that fails fails where it is taken,
// with the store's own error (quarantine and its messages happen in the store, as before).

type StoredRead = ReturnType<ContactStore['load']>;

let waiting: { store: ContactStore; contactId: string; read: StoredRead } | null = null;

/** Starts reading `contactId` now, for the contact screen about to open (see takePrefetchedContact). */
export function prefetchContact(store: ContactStore, contactId: string): void {
  const read = store.load(contactId);
  // Reported by the screen that takes it; a read nobody takes must not be an unhandled rejection.
  read.catch(() => undefined);
  waiting = { store, contactId, read };
}

/**
 * The read started for this contact and store, if one is waiting (taken once); anything else
 * waiting is dropped, so a read made for one contact can never be shown as another's.
 */
export function takePrefetchedContact(store: ContactStore, contactId: string): StoredRead | undefined {
  const found = waiting;
  waiting = null;
  return found && found.store === store && found.contactId === contactId ? found.read : undefined;
}
