import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPTIONS_CONFIG_KEY } from '../../lib/config/config-store';
import { resolveConfig } from '../../lib/config/resolve';
import { VALIDATED_CONFIG_KEY } from '../../lib/config/config-in-force';
import { StorageError } from '../../lib/storage/errors';
import { practitionerMessage } from '../../components/practitioner-message';
import { createPanelServices } from '../../entrypoints/sidepanel/create-services';
import { startEarlyReads } from '../../entrypoints/sidepanel/early-reads';

// Issue 17, H113: the side panel's entry module starts its reads (the store, the vault's state, the
// configuration's inputs) before the panel's code has loaded, and createPanelServices() awaits those
// very reads. A failure in any of them surfaces exactly as when the services started them: the same
// error reaches the app (which shows its message), nothing from the failed read is used, and the
// rejection is not reported as unhandled while the panel's code is still loading.

const openFailure = vi.hoisted(() => ({ error: null as unknown }));
vi.mock('../../lib/storage/store-connection', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/storage/store-connection')>();
  return {
    ...actual,
    openStoreConnection: (...args: Parameters<typeof actual.openStoreConnection>) =>
      openFailure.error ? Promise.reject(openFailure.error) : actual.openStoreConnection(...args),
  };
});

const LOCAL_OPTIONS = { configVersion: 1, retention: { draftDays: 3 } };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fakeBrowser.reset();
  openFailure.error = null;
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('[H113] the panel reads started by its entry module', () => {
  it('[H113-a] give the services the store, the vault state and the configuration in force', async () => {
    await fakeBrowser.storage.local.set({ [OPTIONS_CONFIG_KEY]: LOCAL_OPTIONS });
    const early = startEarlyReads();
    const services = await createPanelServices(early);
    expect(services.vault.lastKnownState()).toBe('needs-passphrase');
    expect(services.config).toEqual(JSON.parse(JSON.stringify(resolveConfig({ options: LOCAL_OPTIONS }))));
  });

  it('[H113-a] keep the validated copy for the next panel, which then shows the same configuration', async () => {
    await fakeBrowser.storage.local.set({ [OPTIONS_CONFIG_KEY]: LOCAL_OPTIONS });
    const first = await createPanelServices(startEarlyReads());
    await vi.waitFor(async () => expect((await fakeBrowser.storage.session.get(VALIDATED_CONFIG_KEY))[VALIDATED_CONFIG_KEY]).toBeDefined());
    const second = await createPanelServices(startEarlyReads());
    expect(second.config).toEqual(first.config);
  });

  it('[H113-b] a store that cannot be opened reaches the app as the same StorageError, with its message', async () => {
    const failure = new StorageError('store-not-loaded', 'the database code could not be loaded');
    openFailure.error = failure;
    const early = startEarlyReads();
    // The panel's code arrives later: the early failure must not be reported as unhandled meanwhile.
    await tick();
    await tick();
    const services = createPanelServices(early);
    await expect(services).rejects.toBe(failure);
  });

  it('[H113-c] a configuration that cannot be read stops the start with the general message, and nothing of it is used', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage.local unavailable'));
    const early = startEarlyReads();
    await tick();
    const error = await createPanelServices(early).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('storage.local unavailable');
    expect(practitionerMessage(error)).toMatch(/^Something went wrong in the extension/);
    expect((await fakeBrowser.storage.session.get(VALIDATED_CONFIG_KEY))[VALIDATED_CONFIG_KEY]).toBeUndefined();
  });
});
