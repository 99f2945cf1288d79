import type { ConfigStorageArea, ManagedStorageArea, StorageChangeEvent, StorageChangeListener } from './config-store';
import type { ConfigLayers, ResolvedConfig } from './resolve';
import { jsonFingerprint, layersFingerprint, recordRetentionInForce, retentionPolicyFromSettings, RETENTION_IN_FORCE_KEY } from './retention-in-force';
import { OPTIONS_CONFIG_KEY } from './storage-keys';

// The configuration in force for the side panel, validated once per change of its inputs (issue 17).
// Validating it needs the schemas (zod, schema.ts, fields, field errors, defaults: ~30 KB gzip) that
// the home screen otherwise waits for on every open. So after a full validation the panel keeps a
// copy of the result, keyed by everything that could change it: a fingerprint of the raw sources
// exactly as read (managed policy and the options document), the extension's version, and the
// copy's format. On the next open, when the key matches and the copy is intact (a digest of its
// content matches), the copy is used without loading the schemas. Otherwise (no copy, unreadable,
// other sources, other version) the schemas are loaded with import() and the configuration is
// validated in full, exactly as config-store.ts does, messages and all (hazard H114).
//
// The copy is kept in storage.session, not storage.local: the browser empties it when the browser
// closes and whenever the extension is updated or reloaded, so a copy never outlives the code that
// validated it, even a development build whose version number did not change. The first panel of
// a browser session validates in full; later ones use the copy. Where the browser has no
// storage.session there is no copy and every open validates in full.

/** storage.session key of the validated copy (not clinical: the organisation's settings). */
export const VALIDATED_CONFIG_KEY = 'pmh.validatedConfig';
/** Bumped when the copy's shape or what resolveConfig() returns changes shape. */
const COPY_FORMAT = 1;

/** The copy's storage area: storage.session (get/set by key). */
export type CopyArea = Pick<ConfigStorageArea, 'get' | 'set'>;

/** The raw inputs as read at one moment, before any validation. */
export type ConfigInputs = {
  layers: ConfigLayers;
  /** The retention record config-store.ts keeps for the background (retention-in-force.ts). */
  retentionRecord: unknown;
  /** The stored validated copy, as read (anything, or undefined). */
  copy: unknown;
};

export type ConfigSources = {
  local: ConfigStorageArea;
  managed?: ManagedStorageArea | undefined;
  /** Where the validated copy is kept; absent where the browser has no storage.session. */
  session?: CopyArea | undefined;
  onChanged?: StorageChangeEvent | undefined;
};

/** The policy in storage.managed, or undefined when there is none (config-store.ts reads it the same way). */
export async function readPolicy(managed: ManagedStorageArea | undefined): Promise<unknown> {
  if (!managed) return undefined;
  try {
    return await managed.get(null);
  } catch {
    // Firefox rejects when no policy or managed-storage manifest exists; Chrome may reject when the
    // schema is missing. Either way there is no policy to apply.
    return undefined;
  }
}

async function readCopy(session: CopyArea | undefined): Promise<unknown> {
  if (!session) return undefined;
  try {
    return (await session.get(VALIDATED_CONFIG_KEY))[VALIDATED_CONFIG_KEY];
  } catch {
    return undefined; // An unreadable copy is no copy: full validation.
  }
}

/**
 * Reads every input at once (the panel starts this in its entry module, before its code has loaded).
 * Rejects as config-store.ts load() does when storage.local cannot be read.
 */
export async function readConfigInputs(sources: ConfigSources): Promise<ConfigInputs> {
  const [policy, stored, copy] = await Promise.all([
    readPolicy(sources.managed),
    sources.local.get([OPTIONS_CONFIG_KEY, RETENTION_IN_FORCE_KEY]),
    readCopy(sources.session),
  ]);
  return { layers: { policy, options: stored[OPTIONS_CONFIG_KEY] }, retentionRecord: stored[RETENTION_IN_FORCE_KEY], copy };
}

type ValidatedCopy = { format: number; version: string; inputs: string; digest: string; resolved: ResolvedConfig };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function looksResolved(value: unknown): value is ResolvedConfig {
  if (!isObject(value)) return false;
  const { config, sourceOf, lockedByPolicy, problems, localSettings } = value;
  return isObject(config) && isObject(sourceOf) && Array.isArray(lockedByPolicy) && Array.isArray(problems) && (localSettings === null || isObject(localSettings));
}

/**
 * The copy's configuration when it was validated from exactly these sources by this version and is
 * intact; otherwise null. Never throws: anything odd means full validation.
 */
export async function usableCopy(copy: unknown, inputsFingerprint: string, version: string): Promise<ResolvedConfig | null> {
  if (!isObject(copy)) return null;
  const { format, version: copyVersion, inputs, digest, resolved } = copy as Partial<ValidatedCopy>;
  if (format !== COPY_FORMAT || copyVersion !== version || inputs !== inputsFingerprint) return null;
  if (typeof digest !== 'string' || !looksResolved(resolved)) return null;
  try {
    return (await jsonFingerprint(resolved)) === digest ? resolved : null;
  } catch {
    return null;
  }
}

export type ConfigInForceOptions = {
  /** The extension's version: a copy made by another version is never used. */
  version: string;
  /** resolveConfig, loaded on demand with the schemas (resolve.ts). */
  loadResolver: () => Promise<(layers: ConfigLayers) => ResolvedConfig>;
  local: Pick<ConfigStorageArea, 'set'>;
  session?: CopyArea | undefined;
};

export type ConfigInForce = {
  resolved: ResolvedConfig;
  /** True when the validated copy was used (no schema loaded); for tests and the bench. */
  fromCopy: boolean;
  /** Settles when the copy and the retention record are written (or their writes failed). */
  written: Promise<void>;
};

/** The configuration in force from inputs as read: the copy when it is usable, a full validation otherwise. */
export async function configInForce(inputs: ConfigInputs, options: ConfigInForceOptions): Promise<ConfigInForce> {
  const fingerprint = await layersFingerprint(inputs.layers);
  const copied = await usableCopy(inputs.copy, fingerprint, options.version);
  const resolved = copied ?? (await options.loadResolver())(inputs.layers);
  const writes: Promise<unknown>[] = [
    // For the background's purge, as config-store.ts load() does after each load (written only when it differs).
    recordRetentionInForce(options.local, inputs.layers, retentionPolicyFromSettings(resolved.config.retention), inputs.retentionRecord),
  ];
  if (!copied && options.session) {
    const copy: ValidatedCopy = { format: COPY_FORMAT, version: options.version, inputs: fingerprint, digest: await jsonFingerprint(resolved), resolved };
    writes.push(options.session.set({ [VALIDATED_CONFIG_KEY]: copy }));
  }
  // Not awaited by the panel's start; a failed write is tried at the next open.
  const written = Promise.all(writes).then(
    () => undefined,
    () => undefined,
  );
  return { resolved, fromCopy: copied !== null, written };
}

/**
 * Calls back with the configuration in force whenever the policy or the options document changes
 * (as config-store.ts watch() does), through the same copy-or-validate path. Returns an unsubscribe.
 */
export function watchConfigInForce(sources: ConfigSources, options: ConfigInForceOptions, callback: (resolved: ResolvedConfig) => void): () => void {
  const onChanged = sources.onChanged;
  if (!onChanged) return () => undefined;
  let active = true;
  let latest = 0;
  const listener: StorageChangeListener = (changes, areaName) => {
    const relevant = areaName === 'managed' || (areaName === 'local' && OPTIONS_CONFIG_KEY in changes);
    if (!relevant) return;
    // Only the latest change applies: an earlier one finishing later (its validation loading the
    // schemas) must not put older settings back in force.
    const change = ++latest;
    readConfigInputs(sources)
      .then((inputs) => configInForce(inputs, options))
      .then(
        ({ resolved }) => {
          if (active && change === latest) callback(resolved);
        },
        () => undefined, // A failed read keeps the configuration already in force.
      );
  };
  onChanged.addListener(listener);
  return () => {
    active = false;
    onChanged.removeListener(listener);
  };
}
