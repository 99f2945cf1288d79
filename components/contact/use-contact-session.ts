import { useLayoutEffect, useState } from 'preact/hooks';
import type { Contact } from '../../lib/contact/contact';
import type { ContactChange } from '../../lib/contact/contact-change';
import { createAutosave, type Autosave, type AutosaveStatus } from '../../lib/storage';
import { usePanelServices } from '../panel-services';
import { practitionerMessage } from '../practitioner-message';
import { takePrefetchedContact } from './contact-prefetch';

export type ContactSession =
  | { state: 'loading' }
  | { state: 'problem'; message: string }
  | { state: 'forgotten' }
  | {
      state: 'open';
      contact: Contact;
      status: AutosaveStatus;
      quarantined: number;
      /** Applies a change on screen at once and saves it durably (no save button). */
      save(change: ContactChange): void;
      retryNow(): void;
      flush(): Promise<void>;
    };

/**
 * One open contact: loaded from the store, every change saved as it happens, and kept in step
 * with any other panel that has the same contact open.
 */
export function useContactSession(contactId: string): ContactSession {
  const { store, vault } = usePanelServices();
  const [session, setSession] = useState<ContactSession>({ state: 'loading' });

  // A layout effect: the read (often already done, started at the click on Resume: contact-prefetch.ts)
  // is taken in the same task as the first render, not a frame later.
  useLayoutEffect(() => {
    let autosave: Autosave | null = null;
    let live = true;
    const unwatchForget = store.watchContact(contactId, (event) => {
      if (event.kind === 'forgotten' && live) setSession({ state: 'forgotten' });
    });
    (takePrefetchedContact(store, contactId) ?? store.load(contactId)).then(
      (stored) => {
        if (!live) return;
        const open = createAutosave({ store, initial: stored, vault });
        autosave = open;
        const publish = (contact: Contact, status: AutosaveStatus) =>
          live &&
          setSession({
            state: 'open',
            contact,
            status,
            quarantined: open.quarantined(),
            save: (change) => open.save(change),
            retryNow: () => open.retryNow(),
            flush: () => open.flush(),
          });
        publish(open.contact(), open.status());
        open.subscribe(publish);
        window.addEventListener('beforeunload', warnIfUnsaved);
      },
      (error: unknown) => live && setSession({ state: 'problem', message: practitionerMessage(error) }),
    );
    // Closing the panel with answers not yet saved asks first (the browser shows its own wording).
    function warnIfUnsaved(event: BeforeUnloadEvent) {
      if (autosave?.hasUnsaved()) event.preventDefault();
    }
    return () => {
      live = false;
      unwatchForget();
      window.removeEventListener('beforeunload', warnIfUnsaved);
      const closing = autosave;
      // Leaving the contact: finish writing what is queued before letting go.
      if (closing) void closing.flush().finally(() => closing.dispose());
    };
  }, [contactId, store, vault]);

  return session;
}
