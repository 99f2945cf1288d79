import { LazyScreen, lazyLoader, usePrefetchWhenIdle } from './lazy-screen';
import { useEffect, useState } from 'preact/hooks';
import type { ResolvedConfig } from '../lib/config/resolve';
import { INSERT_REQUEST_TTL_MS, type RecordInsertRequest } from '../lib/platform/insert-requests';
import { prefetchContact } from './contact/contact-prefetch';
import { HomeScreen } from './home/home-screen';
import { useRecordInsertRequests } from './summary/use-record-insert-requests';
import { LockGate } from './lock/lock-gate';
import { PanelServicesContext, usePanelServices, type PanelServices } from './panel-services';
import { PanelShell } from './panel-shell';
import { markPanelInteractive, practitionerMessage } from './practitioner-message';

export type Route = { screen: 'home' } | { screen: 'settings' } | { screen: 'about' } | { screen: 'contact'; contactId: string };

export type SidePanelAppProps = {
  /** Builds the services (opens the store, reads the configuration). */
  loadServices: () => Promise<PanelServices>;
  /**
   * The services when they are already built (the panel's entry waits for them with "Opening…" on
   * screen): the first render then shows the lock gate or the home screen, not "Opening…" and a
   * frame later the screen (issue 17). loadServices is not called.
   */
  initialServices?: PanelServices;
};

export function SidePanelApp({ loadServices, initialServices }: SidePanelAppProps) {
  const [services, setServices] = useState<PanelServices | null>(initialServices ?? null);
  const [config, setConfig] = useState<ResolvedConfig | null>(initialServices?.config ?? null);
  const [startupProblem, setStartupProblem] = useState<string | null>(null);

  useEffect(() => {
    // Already built: the watch below keeps the configuration current (setting it here again could
    // put back an older one after a change the watch has already applied).
    if (initialServices) return undefined;
    let live = true;
    loadServices().then(
      (loaded) => {
        if (!live) return;
        setServices(loaded);
        setConfig(loaded.config);
      },
      (error: unknown) => {
        if (!live) return;
        setStartupProblem(practitionerMessage(error));
        markPanelInteractive();
      },
    );
    return () => {
      live = false;
    };
  }, [loadServices]);

  // The organisation's configuration can change while the panel is open (policy pushed, options saved).
  useEffect(() => services?.watchConfig(setConfig), [services]);

  return (
    <PanelShell>
      {startupProblem ? (
        <p class="error" role="alert">
          {startupProblem}
        </p>
      ) : services && config ? (
        <PanelServicesContext.Provider value={{ ...services, config }}>
          <LockGate>
            <Router />
          </LockGate>
        </PanelServicesContext.Provider>
      ) : (
        <p class="quiet" role="status">
          Opening…
        </p>
      )}
    </PanelShell>
  );
}

function Router() {
  const { openOrganisationSettings, now, store } = usePanelServices();
  const [route, setRoute] = useState<Route>({ screen: 'home' });
  // "Insert contact summary here" from the record page (context menu or keyboard command): kept
  // until the practitioner opens the contact, whose summary then asks for the usual confirmation.
  const [insertRequest, setInsertRequest] = useState<RecordInsertRequest | null>(null);
  useRecordInsertRequests(setInsertRequest);
  // A request is for the field the practitioner was in moments ago: after its time limit the record
  // page may show someone else, so it is dropped and must be asked for again.
  useEffect(() => {
    if (!insertRequest) return undefined;
    const left = insertRequest.requestedAt + INSERT_REQUEST_TTL_MS - now();
    const timer = setTimeout(() => setInsertRequest((current) => (current === insertRequest ? null : current)), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [insertRequest]);
  // Once home has listed the contacts and the panel is idle (so compiling it delays neither home's
  // start form nor its list): a practitioner clicks Resume or Start seconds later.
  const [homeListed, setHomeListed] = useState(false);
  usePrefetchWhenIdle(PREFETCH_AFTER_HOME, homeListed);
  switch (route.screen) {
    case 'home':
      return (
        <>
          {insertRequest && (
            <div class="notice" role="status">
              <p>
                The record asked for a contact summary. Resume the contact it is for: its summary is inserted only once you confirm
                it is the right family.
              </p>
              <button type="button" onClick={() => setInsertRequest(null)}>
                Dismiss
              </button>
            </div>
          )}
          <HomeScreen
            onOpen={(contactId) => {
              // The contact's code and its stored rows are fetched at once, in parallel (issue 17, H115).
              void loadContactScreen().catch(() => undefined);
              prefetchContact(store, contactId);
              setRoute({ screen: 'contact', contactId });
            }}
            onStarted={(contactId) => {
              // A new contact has nothing to insert yet: a request waiting from the record is not for it.
              setInsertRequest(null);
              setRoute({ screen: 'contact', contactId });
            }}
            onSettings={() => setRoute({ screen: 'settings' })}
            onAbout={() => setRoute({ screen: 'about' })}
            onListed={() => setHomeListed(true)}
          />
        </>
      );
    case 'about':
      return (
        <LazyScreen
          load={loadAboutScreen}
          what="About screen"
          loading="Opening…"
          failureActions={<BackToContacts onBack={() => setRoute({ screen: 'home' })} />}
          render={({ AboutScreen }) => <AboutScreen onBack={() => setRoute({ screen: 'home' })} />}
        />
      );
    case 'settings':
      return (
        <LazyScreen
          load={loadSettingsScreen}
          what="settings"
          loading="Opening…"
          failureActions={<BackToContacts onBack={() => setRoute({ screen: 'home' })} />}
          render={({ SettingsScreen }) => <SettingsScreen onBack={() => setRoute({ screen: 'home' })} openOrganisationSettings={openOrganisationSettings} />}
        />
      );
    case 'contact':
      return (
        <LazyContactScreen
          key={route.contactId}
          contactId={route.contactId}
          onLeave={() => setRoute({ screen: 'home' })}
          insertRequest={insertRequest}
          onInsertRequestDone={() => setInsertRequest(null)}
        />
      );
  }
}

// The contact screen (the pathway and its engine) is loaded only when a contact opens, so the home
// screen is ready sooner; it is fetched in the background as soon as the panel is idle. Settings and
// About are loaded when opened (issue 17): neither is on the home screen nor at a resumed question.
const loadContactScreen = lazyLoader(() => import('./contact/contact-screen'));
const loadSettingsScreen = lazyLoader(() => import('./settings/settings-screen'));
const loadAboutScreen = lazyLoader(() => import('./about/about-screen'));
const PREFETCH_AFTER_HOME = [loadContactScreen];

function BackToContacts({ onBack }: { onBack(): void }) {
  return (
    <button type="button" onClick={onBack}>
      Back to contacts
    </button>
  );
}

function LazyContactScreen(props: {
  contactId: string;
  onLeave(): void;
  insertRequest: RecordInsertRequest | null;
  onInsertRequestDone(): void;
}) {
  return (
    <LazyScreen
      load={loadContactScreen}
      what="contact"
      loading="Opening the contact…"
      failureActions={<BackToContacts onBack={props.onLeave} />}
      render={({ ContactScreen }) => <ContactScreen {...props} />}
    />
  );
}
