import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ContactListing } from '../../lib/storage';
import { formatDateTime } from '../format';
import { usePanelServices } from '../panel-services';
import { markContactsListed, markPanelInteractive, practitionerMessage } from '../practitioner-message';
import { StartContactForm } from '../start/start-contact-form';
import { ConfirmInline } from '../confirm-inline';
import { LocalSettingsNotice } from '../local-settings-notice';
import { whatsNewDue } from '../../lib/about/changelog';
import { EXTENSION_VERSION } from '../about/extension-version';
import { LazyScreen, lazyLoader } from '../lazy-screen';
import { takePrefetchedList } from './list-prefetch';

// "What's new" shows once after an update: its code is loaded only then (issue 17).
const loadWhatsNew = lazyLoader(() => import('../about/whats-new'));

export type HomeScreenProps = {
  /** Resume a contact already stored. */
  onOpen(contactId: string): void;
  /** A new contact has just been started. */
  onStarted(contactId: string): void;
  onSettings(): void;
  onAbout(): void;
  /** The list of contacts is on screen (or has said why not). */
  onListed?(): void;
};

/** Start a contact straight away, or resume one in progress. */
export function HomeScreen({ onOpen, onStarted, onSettings, onAbout, onListed }: HomeScreenProps) {
  const { store, vault, config, whatsNew } = usePanelServices();
  const [showWhatsNew, setShowWhatsNew] = useState(false);
  // A new retention policy (options saved, or pushed by policy) lists the drafts again against it.
  const retentionInForce = `${config.config.retention.draftDays}d/${config.config.retention.completedContactHours}h`;
  const [contacts, setContacts] = useState<readonly ContactListing[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // The start form takes input as soon as it is in the page; the list of contacts follows. Marked
  // when the form is committed to the page, before the browser paints it, as the bench's floor marks
  // its own (scripts/bench/floor/floor.js); an effect would mark it a frame later (issue 17).
  useLayoutEffect(() => markPanelInteractive(), []);
  // Once after an update (a first run records the version silently); a storage failure only means no note.
  useEffect(() => {
    if (!whatsNew) return;
    let live = true;
    whatsNew.seenVersion().then((seen) => {
      const due = whatsNewDue(seen, EXTENSION_VERSION);
      if (due === 'record-silently') void whatsNew.markSeen(EXTENSION_VERSION).catch(() => undefined);
      if (due === 'show' && live) setShowWhatsNew(true);
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [whatsNew]);
  // The first list, if the panel read it while this screen's code ran (list-prefetch.ts, H123): shown
  // as soon as it is ready, before the watch below has started (effects run after the first paint),
  // and never once the watch has said anything, so it can only be replaced by something newer.
  const watchSpoke = useRef(false);
  const [prefetched] = useState(() => takePrefetchedList(store));
  useLayoutEffect(() => {
    let live = true;
    prefetched?.then(
      (listed) => {
        if (!live || watchSpoke.current) return;
        setContacts(listed);
        markContactsListed();
        onListed?.();
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [prefetched]);
  useEffect(
    () =>
      store.watchList((event) => {
        watchSpoke.current = true;
        if (event.kind === 'listed') {
          setContacts(event.contacts);
          setProblem(null);
        } else setProblem(practitionerMessage(event.error));
        markContactsListed();
        onListed?.();
      }),
    [store, retentionInForce],
  );

  const inProgress = contacts?.filter((c) => c.status === 'in-progress') ?? [];
  const finished = contacts?.filter((c) => c.status === 'completed') ?? [];

  return (
    <>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {showWhatsNew && (
        <LazyScreen
          load={loadWhatsNew}
          what="list of what's new"
          loading="Loading what's new…"
          render={({ WhatsNew }) => (
            <WhatsNew
              dismissLabel="Dismiss what's new"
              onDismiss={() => {
                setShowWhatsNew(false);
                void whatsNew?.markSeen(EXTENSION_VERSION).catch(() => undefined);
              }}
            />
          )}
        />
      )}
      {inProgress.length > 0 && (
        <section class="screen" aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Contacts in progress</h2>
          <ContactList contacts={inProgress} onOpen={onOpen} labelledBy="drafts-heading" />
        </section>
      )}
      <StartContactForm onStarted={onStarted} />
      {contacts === null ? (
        <p class="quiet" role="status">
          Loading contacts…
        </p>
      ) : (
        inProgress.length === 0 && <p class="quiet">No contacts in progress.</p>
      )}
      {finished.length > 0 && (
        <section class="screen" aria-labelledby="finished-heading">
          <h2 id="finished-heading">Finished, kept for a short time</h2>
          <ContactList contacts={finished} onOpen={onOpen} labelledBy="finished-heading" />
        </section>
      )}
      <LocalSettingsNotice resolved={config} id="home-local-settings" />
      <p class="home-footer">
        <button type="button" class="link-like" onClick={() => void vault.lock()}>
          Lock now
        </button>
        <button type="button" class="link-like" onClick={onSettings}>
          Settings and privacy
        </button>
        <button type="button" class="link-like" onClick={onAbout}>
          About this extension
        </button>
      </p>
    </>
  );
}

function ContactList({ contacts, onOpen, labelledBy }: { contacts: readonly ContactListing[]; onOpen(id: string): void; labelledBy: string }) {
  const { store } = usePanelServices();
  return (
    <ul class="contact-list" aria-labelledby={labelledBy}>
      {contacts.map((contact) => (
        <li key={contact.id}>
          <div>
            <strong>{contact.label ?? 'A contact that could not be read'}</strong>
            <span class="quiet"> · started {formatDateTime(contact.startedAt)}</span>
            {contact.warning && <p class="warning">Will be deleted {formatDateTime(contact.deleteAt)}. Finish it or copy what you need.</p>}
          </div>
          {contact.damaged ? (
            <div class="button-row">
              <button type="button" onClick={() => onOpen(contact.id)}>
                Try to open it
              </button>
              <ConfirmInline
                label="Forget it"
                question="Forget this contact? Whatever of it could still be read will be deleted from the extension."
                confirmLabel="Forget it now"
                danger
                onConfirm={() => store.forget(contact.id)}
              />
            </div>
          ) : (
            <button type="button" onClick={() => onOpen(contact.id)} aria-label={`Resume ${contact.label ?? 'contact'}`}>
              Resume
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
