import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createConfigStore,
  OPTIONS_CONFIG_KEY,
  type ConfigStorageArea,
  type ManagedStorageArea,
  type StorageChangeListener,
} from '../../../lib/config/config-store';
import { createBrowserConfigStore, loadConfig, watchConfig } from '../../../lib/platform/browser-config-store';

function memoryArea(initial: Record<string, unknown> = {}): ConfigStorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (typeof key === 'string' ? (key in data ? { [key]: data[key] } : {}) : { ...data }),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => {
      for (const k of Array.isArray(key) ? key : [key]) delete data[k];
    },
  };
}

function changeEvent() {
  const listeners = new Set<StorageChangeListener>();
  return {
    addListener: (l: StorageChangeListener) => void listeners.add(l),
    removeListener: (l: StorageChangeListener) => void listeners.delete(l),
    fire: (changes: Record<string, unknown>, area: string) => listeners.forEach((l) => l(changes, area)),
    count: () => listeners.size,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the configuration store', () => {
  it('loads national defaults when nothing is stored and there is no managed storage', async () => {
    const store = createConfigStore({ local: memoryArea() });
    const { resolved, layers } = await store.load();
    expect(resolved.config.organisationName).toBe('');
    expect(layers).toEqual({ policy: undefined, options: undefined });
  });

  it('treats a managed storage that throws (Firefox without policy) as no policy', async () => {
    const managed: ManagedStorageArea = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    const store = createConfigStore({ local: memoryArea({ [OPTIONS_CONFIG_KEY]: { configVersion: 1, organisationName: 'Options Trust' } }), managed });
    const { resolved } = await store.load();
    expect(resolved.config.organisationName).toBe('Options Trust');
    expect(resolved.problems).toEqual([]);
  });

  it('puts policy over the options page and reports locked fields', async () => {
    const managed: ManagedStorageArea = { get: async () => ({ organisationName: 'Policy Trust' }) };
    const store = createConfigStore({ local: memoryArea({ [OPTIONS_CONFIG_KEY]: { configVersion: 1, organisationName: 'Options Trust' } }), managed });
    const { resolved } = await store.load();
    expect(resolved.config.organisationName).toBe('Policy Trust');
    expect(resolved.lockedByPolicy).toEqual(['organisationName']);
  });

  it('saves a valid document in one write under one key', async () => {
    const local = memoryArea();
    const set = vi.spyOn(local, 'set');
    const store = createConfigStore({ local });
    const result = await store.saveOptions({ configVersion: 1, organisationName: 'Trust' });
    expect(result.ok && result.loaded.resolved.config.organisationName).toBe('Trust');
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(local.data)).toEqual([OPTIONS_CONFIG_KEY]);
  });

  it('[H20-f] refuses to save an invalid document and keeps the previous one', async () => {
    const previous = { configVersion: 1, organisationName: 'Previous Trust' };
    const local = memoryArea({ [OPTIONS_CONFIG_KEY]: previous });
    const store = createConfigStore({ local });
    const result = await store.saveOptions({ configVersion: 1, summary: { lineWidth: 500 } });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ path: 'summary.lineWidth' })] });
    expect(local.data[OPTIONS_CONFIG_KEY]).toEqual(previous);
    expect((await store.load()).resolved.config.organisationName).toBe('Previous Trust');
  });

  it('keeps a stored document it cannot read, and reports it, rather than deleting it', async () => {
    const unreadable = { configVersion: 1, services: 'oops' };
    const local = memoryArea({ [OPTIONS_CONFIG_KEY]: unreadable });
    const { resolved } = await createConfigStore({ local }).load();
    expect(resolved.problems[0]?.source).toBe('options');
    expect(local.data[OPTIONS_CONFIG_KEY]).toEqual(unreadable);
  });

  it('clears the options document back to national defaults', async () => {
    const local = memoryArea({ [OPTIONS_CONFIG_KEY]: { configVersion: 1, organisationName: 'Trust' } });
    const loaded = await createConfigStore({ local }).clearOptions();
    expect(loaded.resolved.config.organisationName).toBe('');
    expect(local.data).toEqual({});
  });

  it('calls back when policy or the options document changes, and stops after unsubscribing', async () => {
    const onChanged = changeEvent();
    const local = memoryArea({ [OPTIONS_CONFIG_KEY]: { configVersion: 1, organisationName: 'Trust' } });
    const callback = vi.fn();
    const unsubscribe = createConfigStore({ local, onChanged }).watch(callback);

    onChanged.fire({ [OPTIONS_CONFIG_KEY]: {} }, 'local');
    onChanged.fire({}, 'managed');
    onChanged.fire({ somethingElse: {} }, 'local');
    onChanged.fire({ [OPTIONS_CONFIG_KEY]: {} }, 'sync');
    await flush();
    expect(callback).toHaveBeenCalledTimes(2);
    expect(callback.mock.calls[0]?.[0].resolved.config.organisationName).toBe('Trust');

    unsubscribe();
    expect(onChanged.count()).toBe(0);
  });
});

describe('the store over the browser', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads storage.managed and storage.local and watches both', async () => {
    await fakeBrowser.storage.managed.set({ organisationName: 'Policy Trust' });
    await fakeBrowser.storage.local.set({ [OPTIONS_CONFIG_KEY]: { configVersion: 1, summary: { lineWidth: 100 } } });
    const resolved = await loadConfig();
    expect(resolved.config.organisationName).toBe('Policy Trust');
    expect(resolved.config.summary.lineWidth).toBe(100);

    const seen: string[] = [];
    const unsubscribe = watchConfig((r) => seen.push(r.config.organisationName));
    await createBrowserConfigStore().saveOptions({ configVersion: 1, organisationName: 'Ignored under policy' });
    await flush();
    unsubscribe();
    expect(seen).toEqual(['Policy Trust']);
  });
});
