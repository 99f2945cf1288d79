import type { Contact } from '../contact/contact';
import { applyChanges, changeKey, contactChangeSchema, type ContactChange } from '../contact/contact-change';
import { slotRule } from './change-order';
import { systemClock, systemTimers, type Clock, type Timers } from './clock';
import type { ContactStore, StoredContact } from './contact-store';
import { StorageError, toStorageError } from './errors';
import type { Vault, VaultState } from './vault';

// The panel's save queue for one open contact. There is no save button: every change is applied
// to the contact on screen at once and written durably straight after. If a write fails, the
// change stays in memory (and on screen) and is retried with backoff until it succeeds, the
// panel is unlocked again, or the contact is deliberately forgotten. Writes go one batch at a
// time, in order, so a later change to a slot can never be overtaken by an earlier one.

export type AutosaveStatus =
  /** Quiet: everything on screen is stored. */
  | { readonly state: 'saved'; readonly savedAt: number | null }
  /** Quiet: a write is on its way. */
  | { readonly state: 'saving'; readonly unsaved: number }
  /** Loud: show `message`; the changes are kept and saving is retried at `retryAt`. */
  | {
      readonly state: 'failed';
      readonly unsaved: number;
      readonly error: StorageError;
      readonly message: string;
      readonly retryAt: number | null;
    }
  /** The contact was forgotten (here or in another window); nothing more will be saved. */
  | { readonly state: 'forgotten' };

export type AutosaveOptions = {
  store: ContactStore;
  initial: StoredContact;
  clock?: Clock;
  timers?: Timers;
  retry?: { firstDelayMs?: number; maxDelayMs?: number };
  /** Follow writes from other panels (default true). */
  watch?: boolean;
  /** Retry at once when the vault is unlocked after a "locked" failure. */
  vault?: Pick<Vault, 'subscribe'>;
};

export interface Autosave {
  /** Applies the change on screen now and queues its durable write. Throws only for an invalid change (a bug). */
  save(change: ContactChange): void;
  contact(): Contact;
  status(): AutosaveStatus;
  /** Records set aside in quarantine for this contact (tell the practitioner to check and re-ask). */
  quarantined(): number;
  /** Fires after every change to the contact or the status. */
  subscribe(listener: (contact: Contact, status: AutosaveStatus) => void): () => void;
  hasUnsaved(): boolean;
  /** Resolves when nothing is left unsaved (or the contact was forgotten). */
  flush(): Promise<void>;
  retryNow(): void;
  /** Stops watching and retrying. Check hasUnsaved() first (e.g. warn before the panel closes). */
  dispose(): void;
}

/** `slot` is set only for slots where the latest change wins, so only those are coalesced. */
type Entry = { readonly change: ContactChange; readonly slot: string | null };

export const DEFAULT_RETRY = { firstDelayMs: 500, maxDelayMs: 30_000 } as const;

export function retryDelay(attempt: number, firstDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.max(0, attempt - 1));
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const timers = options.timers ?? systemTimers;
  const firstDelayMs = options.retry?.firstDelayMs ?? DEFAULT_RETRY.firstDelayMs;
  const maxDelayMs = options.retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  const contactId = options.initial.contact.id;

  // `base` is the stored contact as last known, `baseSeq` the header seq it reflects. The screen
  // shows base + inflight + queued. A snapshot from the database replaces base only if it is at
  // least as new as every write this panel has seen committed, so the screen never steps back.
  let base = options.initial.contact;
  let baseSeq = options.initial.seq;
  let quarantined = options.initial.quarantined;
  let queue: Entry[] = [];
  let inflight: Entry[] | null = null;
  let attempt = 0;
  let retryHandle: unknown = null;
  let status: AutosaveStatus = { state: 'saved', savedAt: null };
  let current: Contact | null = base;
  let disposed = false;
  const listeners = new Set<(contact: Contact, status: AutosaveStatus) => void>();
  let waiters: (() => void)[] = [];

  function unsaved(): number {
    return queue.length + (inflight?.length ?? 0);
  }

  function contact(): Contact {
    if (!current) current = applyChanges(base, [...(inflight ?? []), ...queue].map((entry) => entry.change));
    return current;
  }

  function emit() {
    current = null;
    const now = contact();
    for (const listener of listeners) listener(now, status);
    if (unsaved() === 0 || status.state === 'forgotten') {
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    }
  }

  function clearRetry() {
    if (retryHandle !== null) timers.clearTimeout(retryHandle);
    retryHandle = null;
  }

  function pump() {
    if (disposed || inflight || retryHandle !== null || status.state === 'forgotten') return;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    inflight = batch;
    if (status.state !== 'failed') status = { state: 'saving', unsaved: unsaved() };
    emit();
    store.saveChanges(contactId, batch.map((entry) => entry.change)).then(
      (result) => {
        // Forgotten meanwhile (e.g. in another window): the write landed just before the forget.
        if (status.state === 'forgotten') return;
        inflight = null;
        attempt = 0;
        if (result.seq > baseSeq) {
          // Not yet seen in a snapshot: project it locally; the next snapshot (seq >= result.seq)
          // corrects anything another panel wrote to the same slot later.
          base = applyChanges(base, batch.map((entry) => entry.change));
          baseSeq = result.seq;
        }
        status = queue.length > 0 ? { state: 'saving', unsaved: unsaved() } : { state: 'saved', savedAt: clock() };
        emit();
        pump();
      },
      (reason: unknown) => {
        if (status.state === 'forgotten') return;
        inflight = null;
        const error = toStorageError(reason);
        if (error.code === 'contact-not-found') {
          becomeForgotten();
          return;
        }
        // Put the failed batch back in front, except slots the practitioner has changed since:
        // the newer queued change carries the latest answer for that slot.
        const newer = new Set(queue.map((entry) => entry.slot).filter((slot) => slot !== null));
        queue = [...batch.filter((entry) => entry.slot === null || !newer.has(entry.slot)), ...queue];
        attempt += 1;
        const delay = retryDelay(attempt, firstDelayMs, maxDelayMs);
        status = {
          state: 'failed',
          unsaved: unsaved(),
          error,
          message: error.practitionerMessage,
          retryAt: disposed ? null : clock() + delay,
        };
        emit();
        if (!disposed) {
          retryHandle = timers.setTimeout(() => {
            retryHandle = null;
            pump();
          }, delay);
        }
      },
    );
  }

  function becomeForgotten() {
    clearRetry();
    queue = [];
    inflight = null;
    status = { state: 'forgotten' };
    emit();
  }

  const stopWatching =
    options.watch === false
      ? () => {}
      : store.watchContact(contactId, (event) => {
          if (disposed) return;
          if (event.kind === 'forgotten') {
            becomeForgotten();
          } else if (event.kind === 'stored' && event.stored.seq >= baseSeq) {
            base = event.stored.contact;
            baseSeq = event.stored.seq;
            quarantined = event.stored.quarantined;
            emit();
          }
          // A watch error (e.g. locked) is not a save failure: saving reports its own errors.
        });

  const stopVault = options.vault
    ? options.vault.subscribe((state: VaultState) => {
        if (state === 'unlocked' && status.state === 'failed') autosave.retryNow();
      })
    : () => {};

  const autosave: Autosave = {
    save(change) {
      const parsed = contactChangeSchema.safeParse(change);
      if (!parsed.success) throw new StorageError('invalid-data', `change of type ${String(change.type)} failed validation`);
      if (status.state === 'forgotten') throw new StorageError('contact-not-found');
      // Only the latest queued change per slot needs writing: a later one replaces the earlier.
      // Slots that keep their first change (an acknowledged flag) are never coalesced: storage
      // picks the earliest, as the contact model does.
      const slot = slotRule(parsed.data) === 'latest' ? changeKey(parsed.data) : null;
      queue = [...queue.filter((entry) => slot === null || entry.slot !== slot), { change: parsed.data, slot }];
      if (status.state === 'saved') status = { state: 'saving', unsaved: unsaved() };
      else if (status.state === 'failed') status = { ...status, unsaved: unsaved() };
      else status = { state: 'saving', unsaved: unsaved() };
      emit();
      pump();
    },
    contact,
    status: () => status,
    quarantined: () => quarantined,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hasUnsaved: () => unsaved() > 0,
    flush() {
      if (unsaved() === 0 || status.state === 'forgotten') return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    retryNow() {
      clearRetry();
      pump();
    },
    dispose() {
      disposed = true;
      clearRetry();
      stopWatching();
      stopVault();
      listeners.clear();
    },
  };
  return autosave;
}
