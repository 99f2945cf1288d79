import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { WhatsNewFlag } from '../lib/about/whats-new-flag';
import type { PractitionerRole } from '../lib/contact/contact';
import type { ResolvedConfig } from '../lib/config/resolve';
import type { RecordInsertion } from '../lib/platform/record-insertion';
import type { ContactStore, SharedActivity, StorageProtectionService, Vault } from '../lib/storage';

// Everything the panel's components need from outside, passed in so component tests can give
// fakes and the entrypoint gives the real browser-backed ones (lib/platform/panel-services.ts).

export type Preferences = {
  lastRole(): PractitionerRole | null;
  setLastRole(role: PractitionerRole): void;
};

/** Copy and "Insert into record": the record page's field, the clipboard and site access. */
export type RecordOutputServices = Pick<RecordInsertion, 'insertIntoRecord' | 'requestRecordSiteAccess' | 'recordSiteAccess' | 'copyToClipboard'> & {
  /** The insert shortcut as the browser has it set, for the help text. */
  insertShortcut(): Promise<string | undefined>;
  /** Start loading the insertion code (the summary is open); absent where it is always loaded (tests). */
  prefetch?(): void;
};

export type PanelServices = {
  store: ContactStore;
  vault: Vault;
  protection: StorageProtectionService;
  /** The organisation configuration in force, and a way to follow changes to it. */
  config: ResolvedConfig;
  watchConfig(listener: (config: ResolvedConfig) => void): () => void;
  preferences: Preferences;
  /** The clock: components never read Date.now() themselves, so tests can set the time. */
  now(): number;
  recordOutput: RecordOutputServices;
  newContactId(): string;
  /** The last activity in any panel of this browser session, for the idle lock. */
  sharedActivity?: SharedActivity;
  /** Which version's "what's new" note was seen (extension storage); absent in tests that do not need it. */
  whatsNew?: WhatsNewFlag;
  /** Opens the options page (organisation configuration), where the platform has one. */
  openOrganisationSettings?: () => void;
};

export const PanelServicesContext = createContext<PanelServices | null>(null);

export function usePanelServices(): PanelServices {
  const services = useContext(PanelServicesContext);
  if (!services) throw new Error('usePanelServices outside PanelServicesContext');
  return services;
}

/** Remembers the practitioner's role between contacts: a role rarely changes, so it is one tap fewer. */
export function localStoragePreferences(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): Preferences {
  const KEY = 'pmh.lastRole';
  return {
    lastRole() {
      const value = storage?.getItem(KEY);
      return value === 'midwife' || value === 'health-visitor' || value === 'fnp-nurse' ? value : null;
    },
    setLastRole(role) {
      storage?.setItem(KEY, role);
    },
  };
}
