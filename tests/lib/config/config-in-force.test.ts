import { describe, expect, it, vi } from 'vitest';
import {
  configInForce,
  readConfigInputs,
  VALIDATED_CONFIG_KEY,
  watchConfigInForce,
  type ConfigInForceOptions,
  type ConfigSources,
} from '../../../lib/config/config-in-force';
import { createConfigStore, OPTIONS_CONFIG_KEY, type ConfigStorageArea, type StorageChangeListener } from '../../../lib/config/config-store';
import { resolveConfig, type ConfigLayers } from '../../../lib/config/resolve';
import { RETENTION_IN_FORCE_KEY } from '../../../lib/config/retention-in-force';

// Issue 17, H114: the side panel's configuration is validated once per change of its inputs. A copy
// of the validated result is used only when it was made from exactly the sources read now, by this
// version, and is intact; anything else validates in full, as config-store.ts does.

/** A storage area that keeps what Chrome keeps: JSON. */
function jsonArea(initial: Record<string, unknown> = {}): ConfigStorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = JSON.parse(JSON.stringify(initial));
  return {
    data,
    get: async (keys) => {
      const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(data);
      return JSON.parse(JSON.stringify(Object.fromEntries(wanted.filter((key) => key in data).map((key) => [key, data[key]])))) as Record<string, unknown>;
    },
    set: async (items) => void Object.assign(data, JSON.parse(JSON.stringify(items))),
    remove: async (keys) => {
      for (const key of Array.isArray(keys) ? keys : [keys]) delete data[key];
    },
  };
}

function changeEvent() {
  const listeners = new Set<StorageChangeListener>();
  return {
    addListener: (l: StorageChangeListener) => void listeners.add(l),
    removeListener: (l: StorageChangeListener) => void listeners.delete(l),
    fire: (changes: Record<string, unknown>, area: string) => listeners.forEach((l) => l(changes, area)),
  };
}

const LOCAL_OPTIONS = { configVersion: 1, retention: { draftDays: 3 } };
const INVALID_OPTIONS = { configVersion: 1, retention: { draftDays: 'three' } };
const POLICY = { organisationName: 'Policy Trust' };

type Setup = { policy?: unknown; options?: unknown; version?: string; session?: ReturnType<typeof jsonArea> };

function setUp(setup: Setup = {}) {
  const local = jsonArea(setup.options === undefined ? {} : { [OPTIONS_CONFIG_KEY]: setup.options });
  const session = setup.session ?? jsonArea();
  let policy = setup.policy;
  const sources: ConfigSources = { local, session, managed: { get: async () => (policy === undefined ? {} : structuredClone(policy) as Record<string, unknown>) } };
  const loadResolver = vi.fn(async () => resolveConfig);
  const options: ConfigInForceOptions = { version: setup.version ?? '1.0.0', loadResolver, local, session };
  return {
    local,
    session,
    sources,
    options,
    loadResolver,
    setPolicy: (next: unknown) => {
      policy = next;
    },
    open: async () => {
      const loaded = await configInForce(await readConfigInputs(sources), options);
      await loaded.written;
      return loaded;
    },
  };
}

/** What the full validation gives for these sources, as stored (JSON). */
const expected = (layers: ConfigLayers) => JSON.parse(JSON.stringify(resolveConfig(layers))) as unknown;

describe('[H114] the validated configuration copy', () => {
  it('[H114-a] validates in full when there is no copy, keeps one, and the next open uses it without loading the schemas', async () => {
    const panel = setUp({ options: LOCAL_OPTIONS, policy: POLICY });
    const first = await panel.open();
    expect(first.fromCopy).toBe(false);
    expect(panel.loadResolver).toHaveBeenCalledTimes(1);
    expect(panel.session.data[VALIDATED_CONFIG_KEY]).toBeDefined();

    const second = await panel.open();
    expect(second.fromCopy).toBe(true);
    expect(panel.loadResolver).toHaveBeenCalledTimes(1);
    expect(second.resolved).toEqual(expected({ policy: POLICY, options: LOCAL_OPTIONS }));
    expect(second.resolved.localSettings?.differences.map((d) => d.path)).toEqual(['retention.draftDays']);
  });

  it.each([
    ['the managed policy', (panel: ReturnType<typeof setUp>) => panel.setPolicy({ organisationName: 'Another Trust' })],
    ['the policy removed', (panel: ReturnType<typeof setUp>) => panel.setPolicy(undefined)],
    ['the local settings', (panel: ReturnType<typeof setUp>) => void (panel.local.data[OPTIONS_CONFIG_KEY] = { configVersion: 1, retention: { draftDays: 5 } })],
    ['the local settings removed', (panel: ReturnType<typeof setUp>) => void delete panel.local.data[OPTIONS_CONFIG_KEY]],
    ['the local settings made invalid', (panel: ReturnType<typeof setUp>) => void (panel.local.data[OPTIONS_CONFIG_KEY] = INVALID_OPTIONS)],
  ])('[H114-b] a change of %s forces a full validation', async (_change, change) => {
    const panel = setUp({ options: LOCAL_OPTIONS, policy: POLICY });
    await panel.open();
    change(panel);
    const after = await panel.open();
    expect(after.fromCopy).toBe(false);
    expect(panel.loadResolver).toHaveBeenCalledTimes(2);
    const inputs = await readConfigInputs(panel.sources);
    expect(after.resolved).toEqual(expected(inputs.layers));
    // The copy now follows the new sources.
    expect((await panel.open()).fromCopy).toBe(true);
  });

  it('[H114-b] a copy made by another version of the extension is not used', async () => {
    const session = jsonArea();
    await setUp({ options: LOCAL_OPTIONS, version: '1.0.0', session }).open();
    const updated = setUp({ options: LOCAL_OPTIONS, version: '1.0.1', session });
    const loaded = await updated.open();
    expect(loaded.fromCopy).toBe(false);
    expect(updated.loadResolver).toHaveBeenCalledTimes(1);
  });

  const corruptions: [string, (copy: Record<string, unknown>) => unknown][] = [
    ['not an object', () => 'garbage'],
    ['null', () => null],
    ['an array', () => []],
    ['of another format', (copy) => ({ ...copy, format: 99 })],
    ['without its digest', (copy) => ({ ...copy, digest: undefined })],
    ['without its configuration', (copy) => ({ ...copy, resolved: undefined })],
    ['with a value changed after it was validated', (copy) => {
      const resolved = structuredClone(copy.resolved) as { config: { retention: { draftDays: number } } };
      resolved.config.retention.draftDays = 30;
      return { ...copy, resolved };
    }],
    ['with its problems dropped', (copy) => ({ ...copy, resolved: { ...(copy.resolved as object), problems: [] } })],
    ['with the local-settings notice missing', (copy) => ({ ...copy, resolved: { ...(copy.resolved as object), localSettings: undefined } })],
    ['with its sources fingerprint changed', (copy) => ({ ...copy, inputs: '0'.repeat(64) })],
  ];
  it.each(corruptions)('[H114-c] a copy %s falls back to full validation', async (_what, corrupt) => {
    const panel = setUp({ options: INVALID_OPTIONS });
    await panel.open();
    panel.session.data[VALIDATED_CONFIG_KEY] = corrupt(panel.session.data[VALIDATED_CONFIG_KEY] as Record<string, unknown>);
    const loaded = await panel.open();
    expect(loaded.fromCopy).toBe(false);
    expect(loaded.resolved).toEqual(expected({ options: INVALID_OPTIONS }));
  });

  it('[H114-c] an unreadable copy (storage.session failing) validates in full', async () => {
    const panel = setUp({ options: LOCAL_OPTIONS });
    panel.session.get = () => Promise.reject(new Error('session storage unavailable'));
    const loaded = await panel.open();
    expect(loaded.fromCopy).toBe(false);
    expect(loaded.resolved).toEqual(expected({ options: LOCAL_OPTIONS }));
  });

  it('[H114-d] an invalid configuration keeps its message and field errors, from a full validation and from the copy alike', async () => {
    const panel = setUp({ options: INVALID_OPTIONS });
    const full = await panel.open();
    const copied = await panel.open();
    expect(copied.fromCopy).toBe(true);
    for (const { resolved } of [full, copied]) {
      expect(resolved.problems).toEqual([
        expect.objectContaining({
          source: 'options',
          summary: 'The configuration saved on this page could not be read, so it is not in force. Import or save a corrected one.',
          errors: [expect.objectContaining({ path: 'retention.draftDays' })],
        }),
      ]);
      expect(resolved.config.retention.draftDays).toBe(resolveConfig({}).config.retention.draftDays);
    }
  });

  it.each([
    ['nothing stored', {}],
    ['local settings', { options: LOCAL_OPTIONS }],
    ['a policy', { policy: POLICY }],
    ['both', { policy: POLICY, options: LOCAL_OPTIONS }],
    ['invalid local settings', { options: INVALID_OPTIONS }],
    ['an invalid policy', { policy: { retention: { draftDays: -1 } } }],
  ] as [string, Setup][])('gives what config-store.ts gives for %s, first and from the copy', async (_state, setup) => {
    const panel = setUp(setup);
    const store = createConfigStore({ local: panel.local, managed: panel.sources.managed });
    const fromStore = JSON.parse(JSON.stringify((await store.load()).resolved)) as unknown;
    expect((await panel.open()).resolved).toEqual(fromStore);
    const again = await panel.open();
    expect(again.fromCopy).toBe(true);
    expect(again.resolved).toEqual(fromStore);
  });

  it('without storage.session keeps no copy and validates every time', async () => {
    const local = jsonArea({ [OPTIONS_CONFIG_KEY]: LOCAL_OPTIONS });
    const loadResolver = vi.fn(async () => resolveConfig);
    const sources: ConfigSources = { local };
    for (let i = 0; i < 2; i++) {
      const loaded = await configInForce(await readConfigInputs(sources), { version: '1', loadResolver, local });
      expect(loaded.fromCopy).toBe(false);
    }
    expect(loadResolver).toHaveBeenCalledTimes(2);
  });

  it('records the retention policy in force for the background, from the copy as from a full validation', async () => {
    const panel = setUp({ options: { configVersion: 1, retention: { draftDays: 2 } } });
    await panel.open();
    const recorded = panel.local.data[RETENTION_IN_FORCE_KEY];
    delete panel.local.data[RETENTION_IN_FORCE_KEY];
    expect((await panel.open()).fromCopy).toBe(true);
    expect(panel.local.data[RETENTION_IN_FORCE_KEY]).toEqual(recorded);
  });

  it('reads no policy where managed storage rejects (Firefox without a policy), and rejects when storage.local cannot be read', async () => {
    const local = jsonArea();
    await expect(readConfigInputs({ local, managed: { get: () => Promise.reject(new Error('no manifest')) } })).resolves.toMatchObject({ layers: { policy: undefined } });
    const broken = { ...local, get: () => Promise.reject(new Error('storage.local failed')) };
    await expect(readConfigInputs({ local: broken })).rejects.toThrow('storage.local failed');
  });

  it('a schema chunk that cannot be loaded fails the load rather than use anything unvalidated', async () => {
    const panel = setUp({ options: LOCAL_OPTIONS });
    panel.loadResolver.mockRejectedValueOnce(new Error('chunk missing'));
    await expect(panel.open()).rejects.toThrow('chunk missing');
    expect(panel.session.data[VALIDATED_CONFIG_KEY]).toBeUndefined();
  });
});

describe('[H114] following configuration changes in the open panel', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('[H114-f] applies a change of the local settings or the policy, validated, and ignores other keys', async () => {
    const panel = setUp({ options: LOCAL_OPTIONS });
    const onChanged = changeEvent();
    const seen: number[] = [];
    const stop = watchConfigInForce({ ...panel.sources, onChanged }, panel.options, (resolved) => seen.push(resolved.config.retention.draftDays));
    panel.local.data[OPTIONS_CONFIG_KEY] = { configVersion: 1, retention: { draftDays: 5 } };
    onChanged.fire({ other: {} }, 'local');
    onChanged.fire({ [VALIDATED_CONFIG_KEY]: {} }, 'session');
    await vi.waitFor(() => expect(seen).toEqual([]));
    onChanged.fire({ [OPTIONS_CONFIG_KEY]: {} }, 'local');
    await vi.waitFor(() => expect(seen).toEqual([5]));
    panel.setPolicy({ retention: { draftDays: 7 } });
    onChanged.fire({}, 'managed');
    await vi.waitFor(() => expect(seen).toEqual([5, 7]));
    stop();
    onChanged.fire({}, 'managed');
    await flush();
    expect(seen).toEqual([5, 7]);
  });

  it('[H114-f] applies only the latest of two quick changes, even when the earlier one finishes later', async () => {
    const panel = setUp({ options: LOCAL_OPTIONS });
    const onChanged = changeEvent();
    const seen: number[] = [];
    let releaseFirst: () => void = () => undefined;
    const firstLoad = new Promise<void>((resolve) => (releaseFirst = resolve));
    panel.loadResolver.mockImplementationOnce(async () => {
      await firstLoad;
      return resolveConfig;
    });
    watchConfigInForce({ ...panel.sources, onChanged }, panel.options, (resolved) => seen.push(resolved.config.retention.draftDays));
    panel.local.data[OPTIONS_CONFIG_KEY] = { configVersion: 1, retention: { draftDays: 5 } };
    onChanged.fire({ [OPTIONS_CONFIG_KEY]: {} }, 'local');
    await flush();
    panel.local.data[OPTIONS_CONFIG_KEY] = { configVersion: 1, retention: { draftDays: 6 } };
    onChanged.fire({ [OPTIONS_CONFIG_KEY]: {} }, 'local');
    await vi.waitFor(() => expect(seen).toEqual([6]));
    releaseFirst();
    await flush();
    await flush();
    expect(seen).toEqual([6]);
  });
});
