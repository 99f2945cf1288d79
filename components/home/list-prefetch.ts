import type { ContactListing, ContactStore } from '../../lib/storage';

// Issue 17, H123: the home screen's first list of contacts is read and decrypted as soon as the
// panel's store is wired (entrypoints/sidepanel/create-services.ts), while the home screen's code
// runs and renders, instead of after its first paint, when the list's live watch starts. The home
// screen shows it the moment it is ready, unless the watch has already said something.
//
// On the home screen's path, so this file stays tiny and imports no code (types only). One read
// waits at a time, for one store, and it is taken once, by the first home screen of that store: a
// later home screen (after a contact, after a lock) lists through its watch alone. A read that fails
// is dropped: the watch reads again and says what went wrong, with the store's own message.

let waiting: { store: ContactStore; read: Promise<readonly ContactListing[]> } | null = null;

/** Starts reading the list of contacts now, for the home screen about to show (see takePrefetchedList). */
export function prefetchList(store: ContactStore): void {
  const read = store.list();
  // A read nobody takes, or that fails, must not be an unhandled rejection: the watch reports failures.
  read.catch(() => undefined);
  waiting = { store, read };
}

/** The list read for this store, if one is waiting (taken once); anything else waiting is dropped. */
export function takePrefetchedList(store: ContactStore): Promise<readonly ContactListing[]> | undefined {
  const found = waiting;
  waiting = null;
  return found && found.store === store ? found.read : undefined;
}
