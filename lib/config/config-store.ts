import type { ConfigFieldError } from './field-errors';
import { readPolicy as readPolicyFrom } from './config-in-force';
import { checkConfigDocument } from './import';
import { resolveConfig, type ConfigLayers, type ResolvedConfig } from './resolve';
import { recordRetentionInForce, RETENTION_IN_FORCE_KEY } from './retention-in-force';
import { retentionPolicyFrom } from './resolve';
import type { ConfigDocument } from './schema';
import { OPTIONS_CONFIG_KEY } from './storage-keys';

// Reads and writes the two stored sources of configuration: the options-page document in
// storage.local (configuration is not clinical data, so it is not encrypted) and the enterprise
// policy in storage.managed (read-only). Built by a factory over a small storage interface so tests
// pass fakes; `createBrowserConfigStore()` (lib/platform/browser-config-store.ts) wires the real
// browser, so this folder stays browser-free.

export { OPTIONS_CONFIG_KEY } from './storage-keys';

export type ConfigStorageArea = {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
};

export type ManagedStorageArea = { get(keys?: string | string[] | null): Promise<Record<string, unknown>> };

export type StorageChangeListener = (changes: Record<string, unknown>, areaName: string) => void;
export type StorageChangeEvent = {
  addListener(listener: StorageChangeListener): void;
  removeListener(listener: StorageChangeListener): void;
};

export type ConfigStoreDeps = {
  local: ConfigStorageArea;
  /** Absent where the browser has no managed storage. */
  managed?: ManagedStorageArea | undefined;
  onChanged?: StorageChangeEvent | undefined;
};

export type LoadedConfig = {
  /** The raw stored sources, for previews of a new options document against them. */
  layers: ConfigLayers;
  resolved: ResolvedConfig;
};

export type SaveResult = { ok: true; loaded: LoadedConfig } | { ok: false; errors: ConfigFieldError[] };

export type ConfigStore = {
  load(): Promise<LoadedConfig>;
  /** Validates, then replaces the options-page document in one write. Invalid documents are not written. */
  saveOptions(document: unknown): Promise<SaveResult>;
  /** Removes the options-page document: national defaults (and policy) apply. */
  clearOptions(): Promise<LoadedConfig>;
  /** Calls back with the new configuration whenever policy or the options document changes. Returns an unsubscribe. */
  watch(callback: (loaded: LoadedConfig) => void): () => void;
  /** Settles when the retention record of the latest load is written (or its write failed): for tests and shutdown. */
  retentionRecorded(): Promise<void>;
};

export function createConfigStore(deps: ConfigStoreDeps): ConfigStore {
  let lastRetentionRecord: Promise<void> = Promise.resolve();
  const readPolicy = () => readPolicyFrom(deps.managed);

  async function readOptions(): Promise<{ options: unknown; retentionRecord: unknown }> {
    const stored = await deps.local.get([OPTIONS_CONFIG_KEY, RETENTION_IN_FORCE_KEY]);
    return { options: stored[OPTIONS_CONFIG_KEY], retentionRecord: stored[RETENTION_IN_FORCE_KEY] };
  }

  async function load(): Promise<LoadedConfig> {
    const [policy, { options, retentionRecord }] = await Promise.all([readPolicy(), readOptions()]);
    const layers: ConfigLayers = { policy, options };
    const resolved = resolveConfig(layers);
    // For the background's purge, which reads the sources without the schema (retention-in-force.ts).
    // Not awaited: the panel's start does not wait on it, and a failed write is tried at the next load.
    lastRetentionRecord = recordRetentionInForce(deps.local, layers, retentionPolicyFrom(resolved.config), retentionRecord).then(
      () => undefined,
      () => undefined,
    );
    return { layers, resolved };
  }

  return {
    load,
    retentionRecorded: () => lastRetentionRecord,

    async saveOptions(document) {
      const checked = checkConfigDocument(document);
      if (!checked.ok) return checked;
      const toStore: ConfigDocument = checked.document;
      await deps.local.set({ [OPTIONS_CONFIG_KEY]: toStore });
      return { ok: true, loaded: await load() };
    },

    async clearOptions() {
      await deps.local.remove(OPTIONS_CONFIG_KEY);
      return load();
    },

    watch(callback) {
      const onChanged = deps.onChanged;
      if (!onChanged) return () => undefined;
      let active = true;
      const listener: StorageChangeListener = (changes, areaName) => {
        const relevant = areaName === 'managed' || (areaName === 'local' && OPTIONS_CONFIG_KEY in changes);
        if (!relevant) return;
        load().then(
          (loaded) => {
            if (active) callback(loaded);
          },
          () => undefined, // A failed read keeps the configuration already in force.
        );
      };
      onChanged.addListener(listener);
      return () => {
        active = false;
        onChanged.removeListener(listener);
      };
    },
  };
}
