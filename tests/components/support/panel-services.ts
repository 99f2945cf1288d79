import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { PanelServices } from '../../../components/panel-services';
import { resolveConfig, type ResolvedConfig } from '../../../lib/config/resolve';
import { createContactStore, createStorageProtection, createVault, openDatabase } from '../../../lib/storage';

// Real services over an in-memory IndexedDB, with a fast key derivation: component tests exercise
// the same store, vault and configuration code as the extension.

export const COMPONENT_TEST_PASSPHRASE = 'plum kettle harbour';

export async function createTestServices(
  options: { unlocked?: boolean; config?: ResolvedConfig; now?: () => number } = {},
): Promise<PanelServices> {
  const db = await openDatabase({ name: `test-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  const vault = createVault({ db, kdfIterations: 1_000, allowWeakIterationsForTests: true });
  if (options.unlocked) await vault.setPassphrase(COMPONENT_TEST_PASSPHRASE);
  let ids = 0;
  const config = options.config ?? resolveConfig({});
  return {
    store: createContactStore({ db, vault }),
    vault,
    protection: createStorageProtection({ storageManager: undefined }),
    config,
    watchConfig: () => () => undefined,
    preferences: { lastRole: () => 'health-visitor', setLastRole: () => undefined },
    now: options.now ?? (() => Date.parse('2026-11-21T14:00:00.000Z')),
    newContactId: () => `contact-${++ids}`,
  };
}
