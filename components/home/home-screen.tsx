import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContactListing } from '../../lib/storage';
import { formatDateTime } from '../format';
import { usePanelServices } from '../panel-services';
import { markPanelInteractive, practitionerMessage } from '../practitioner-message';

export type HomeScreenProps = { onStart(): void; onResume(contactId: string): void };

export function HomeScreen({ onStart, onResume }: HomeScreenProps) {
  const { store, vault } = usePanelServices();
  const [contacts, setContacts] = useState<readonly ContactListing[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  useEffect(
    () =>
      store.watchList((event) => {
        if (event.kind === 'listed') {
          setContacts(event.contacts);
          setProblem(null);
        } else setProblem(practitionerMessage(event.error));
        markPanelInteractive();
      }),
    [store],
  );
  useEffect(() => startButton.current?.focus(), []);

  const inProgress = contacts?.filter((c) => c.status === 'in-progress') ?? [];
  const finished = contacts?.filter((c) => c.status === 'completed') ?? [];

  return (
    <section class="screen" aria-labelledby="home-heading">
      <h2 id="home-heading" class="visually-hidden">
        Home
      </h2>
      <button ref={startButton} type="button" class="primary big" onClick={onStart}>
        Start a contact
      </button>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <h2 id="drafts-heading">Contacts in progress</h2>
      {contacts === null ? (
        <p class="quiet">Loading…</p>
      ) : inProgress.length === 0 ? (
        <p>No contacts in progress.</p>
      ) : (
        <ContactList contacts={inProgress} onResume={onResume} labelledBy="drafts-heading" />
      )}
      {finished.length > 0 && (
        <>
          <h2 id="finished-heading">Finished, kept for a short time</h2>
          <ContactList contacts={finished} onResume={onResume} labelledBy="finished-heading" />
        </>
      )}
      <p class="home-footer">
        <button type="button" class="link-like" onClick={() => void vault.lock()}>
          Lock now
        </button>
      </p>
    </section>
  );
}

function ContactList({
  contacts,
  onResume,
  labelledBy,
}: {
  contacts: readonly ContactListing[];
  onResume(id: string): void;
  labelledBy: string;
}) {
  return (
    <ul class="contact-list" aria-labelledby={labelledBy}>
      {contacts.map((contact) => (
        <li key={contact.id}>
          <div>
            <strong>{contact.label ?? 'A contact that could not be read'}</strong>
            <span class="quiet"> · started {formatDateTime(contact.startedAt)}</span>
            {contact.warning && <p class="warning">Will be deleted {formatDateTime(contact.deleteAt)}. Finish it or copy what you need.</p>}
          </div>
          {!contact.damaged && (
            <button type="button" onClick={() => onResume(contact.id)} aria-label={`Resume ${contact.label ?? 'contact'}`}>
              Resume
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
