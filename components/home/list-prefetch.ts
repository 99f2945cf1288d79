import type { ContactListing, ContactStore, Vault } from '../../lib/storage';

// Issue 17, H123: the home screen's first list of contacts is read and decrypted as soon as the
// panel's store is wired (entrypoints/sidepanel/create-services.ts), while the home screen's code
// runs and renders, instead of after its first paint, when the list's live watch starts. The home
// screen shows it the moment it is ready, unless the watch has already said something.
//
// On the home screen's path, so this file stays tiny and imports no code (types only). It reads
// only while the vault is unlocked. One read waits at a time, for one store, and it is taken once,
// by the first home screen of that store; a lock before then drops it, so a later home screen
// (after a contact, after a lock) lists through its watch alone. A read that fails is dropped: the
// watch reads again and says what went wrong, with the store's own message.

type Waiting = { store: ContactStore; read: Promise<readonly ContactListing[]>; stop(): void };

let waiting: Waiting | null = null;

function drop(): void {
  waiting?.stop();
  waiting = null;
}

/** Starts reading the list of contacts now, for the home screen about to show (see takePrefetchedList). */
export function prefetchList(store: ContactStore, vault: Pick<Vault, 'lastKnownState' | 'subscribe'>): void {
  drop();
  if (vault.lastKnownState() !== 'unlocked') return;
  const read = store.list();
  // A read nobody takes, or that fails, must not be an unhandled rejection: the watch reports failures.
  read.catch(() => undefined);
  const entry: Waiting = { store, read, stop: () => undefined };
  entry.stop = vault.subscribe((state) => {
    if (state !== 'unlocked' && waiting === entry) drop();
  });
  waiting = entry;
}

/** The list read for this store, if one is waiting (taken once); anything else waiting is dropped. */
export function takePrefetchedList(store: ContactStore): Promise<readonly ContactListing[]> | undefined {
  const found = waiting;
  drop();
  return found && found.store === store ? found.read : undefined;
}
