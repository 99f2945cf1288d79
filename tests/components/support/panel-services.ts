import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { PanelServices, RecordOutputServices } from '../../../components/panel-services';
import { createConfigFeed } from '../../../lib/config/config-feed';
import { resolveConfig, retentionPolicyFrom, type ResolvedConfig } from '../../../lib/config/resolve';
import { createContactStore, createStorageProtection, createVault, openDatabase } from '../../../lib/storage';

// Real services over an in-memory IndexedDB, with a fast key derivation: component tests exercise
// the same store, vault and configuration code as the extension.

export const COMPONENT_TEST_PASSPHRASE = 'plum kettle harbour';

/** No record page and no clipboard: a component test that inserts or copies passes its own fakes. */
export const noRecordOutput: RecordOutputServices = {
  insertIntoRecord: async () => ({ status: 'no-record-page' }),
  requestRecordSiteAccess: async () => 'failed',
  recordSiteAccess: async () => null,
  copyToClipboard: async () => ({ status: 'failed', reason: 'no clipboard in component tests' }),
  insertShortcut: async () => undefined,
};

export async function createTestServices(
  options: { unlocked?: boolean; config?: ResolvedConfig; now?: () => number } = {},
): Promise<PanelServices & { changeConfig(next: ResolvedConfig): void }> {
  const now = options.now ?? (() => Date.parse('2026-11-21T14:00:00.000Z'));
  const db = await openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  const vault = createVault({ db, kdfIterations: 1_000, allowWeakIterationsForTests: true, clock: now });
  if (options.unlocked) await vault.setPassphrase(COMPONENT_TEST_PASSPHRASE);
  let ids = 0;
  // Wired as the extension wires it (entrypoints/sidepanel/create-services.ts): `changeConfig` stands
  // for options saved or a policy pushed while the panel is open.
  const feed = createConfigFeed(options.config ?? resolveConfig({}));
  return {
    store: createContactStore({ db, vault, clock: now, retention: () => retentionPolicyFrom(feed.current().config) }),
    vault,
    protection: createStorageProtection({ storageManager: undefined }),
    config: feed.current(),
    watchConfig: feed.watch,
    changeConfig: feed.publish,
    preferences: { lastRole: () => 'health-visitor', setLastRole: () => undefined },
    now,
    recordOutput: noRecordOutput,
    newContactId: () => `contact-${++ids}`,
  };
}
