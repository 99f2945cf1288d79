import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createConfigStore, OPTIONS_CONFIG_KEY, type ConfigStorageArea } from '../../../lib/config/config-store';
import { nationalDefaultConfig } from '../../../lib/config/defaults';
import { resolveConfig, retentionPolicyFrom } from '../../../lib/config/resolve';
import {
  layersFingerprint,
  longestRetentionOf,
  retentionForPurge,
  RETENTION_IN_FORCE_KEY,
  type RawConfigLayers,
} from '../../../lib/config/retention-in-force';
import { configBounds } from '../../../lib/config/schema';
import { createContact, nobodyElsePresent } from '../../../lib/contact/contact';
import { purgeExpiredContacts } from '../../../lib/platform/retention-purge';
import { createContactStore, createVault, openDatabase } from '../../../lib/storage';
import { DEFAULT_RETENTION_POLICY, retentionPolicyProblem } from '../../../lib/storage/retention-rules';

// The background's purge reads its retention periods without the configuration schema (issue 17):
// the policy the panel resolved while the sources are unchanged, otherwise the longest any reading
// of the sources could give, so it never deletes earlier than the panel would (H99).

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

function memoryArea(initial: Record<string, unknown> = {}): ConfigStorageArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (keys) => {
      const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(data);
      return Object.fromEntries(wanted.filter((key) => key in data).map((key) => [key, data[key]]));
    },
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => {
      for (const key of Array.isArray(keys) ? keys : [keys]) delete data[key];
    },
  };
}

describe('the retention policy the background purges by', () => {
  it('[H99-a] is the policy the panel resolved, while the sources are the ones it resolved', async () => {
    const options = { configVersion: 1, retention: { draftDays: 2, completedContactHours: 4 } };
    const policySource = { retention: { completedContactHours: 2 } };
    const local = memoryArea({ [OPTIONS_CONFIG_KEY]: options });
    const store = createConfigStore({ local, managed: { get: async () => policySource } });
    const loaded = await store.load();
    await store.retentionRecorded();
    const inForce = retentionPolicyFrom(loaded.resolved.config);
    expect(inForce).toMatchObject({ completedRetentionMs: 2 * HOUR, draftRetentionMs: 2 * DAY });
    expect(await retentionForPurge({ policy: policySource, options }, local.data[RETENTION_IN_FORCE_KEY])).toEqual({ policy: inForce, recorded: true });
  });

  it('[H99-a] is recorded again only when it changes', async () => {
    const local = memoryArea();
    let writes = 0;
    const counting = { ...local, set: async (items: Record<string, unknown>) => void (writes++, await local.set(items)) };
    const store = createConfigStore({ local: counting });
    await store.load();
    await store.retentionRecorded();
    await store.load();
    await store.retentionRecorded();
    expect(writes).toBe(1);
  });

  it('[H99-b] never purges earlier than the panel when the sources changed after the record (a source with an error elsewhere is set aside whole)', async () => {
    const local = memoryArea();
    const store = createConfigStore({ local });
    await store.load();
    await store.retentionRecorded();
    // Pushed by policy while no panel was open: shorter drafts, but an invalid field elsewhere, so
    // the panel will set the whole policy aside and keep drafts for the default 7 days.
    const pushed = { retention: { draftDays: 1 }, security: { idleLockMinutes: 9999 } };
    expect(resolveConfig({ policy: pushed }).config.retention.draftDays).toBe(7);
    const { policy, recorded } = await retentionForPurge({ policy: pushed }, local.data[RETENTION_IN_FORCE_KEY]);
    expect(recorded).toBe(false);
    expect(policy.draftRetentionMs).toBe(7 * DAY);
  });

  it('[H99-b] is, without a record, never shorter than the resolved configuration, field by field (property)', () => {
    const retentionValue = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.double(), fc.constant('3'), fc.constant(null));
    const retention = fc.record({ completedContactHours: retentionValue, draftDays: retentionValue }, { requiredKeys: [] });
    const extra = fc.oneof(fc.constant({}), fc.constant({ security: { idleLockMinutes: 9999 } }), fc.constant({ surprise: true }), fc.constant({ summary: { lineWidth: 90 } }));
    const source = fc.oneof(
      fc.constant(undefined),
      fc.tuple(retention, extra).map(([r, e]) => ({ retention: r, ...e })),
      fc.tuple(retention, extra).map(([r, e]) => ({ configVersion: 1, retention: r, ...e })),
    );
    fc.assert(
      fc.property(source, source, (policy, options) => {
        const layers: RawConfigLayers = { policy, options };
        const resolved = retentionPolicyFrom(resolveConfig(layers).config);
        const longest = longestRetentionOf(layers);
        expect(retentionPolicyProblem(longest)).toBeNull();
        expect(longest.completedRetentionMs).toBeGreaterThanOrEqual(resolved.completedRetentionMs);
        expect(longest.draftRetentionMs).toBeGreaterThanOrEqual(resolved.draftRetentionMs);
        expect(longest.draftWarningMs).toBeGreaterThanOrEqual(resolved.draftWarningMs);
      }),
      { numRuns: 500 },
    );
  });

  it('[H99-b] ignores a record that is not a policy within bounds', async () => {
    const layers = { options: { configVersion: 1, retention: { draftDays: 3 } } };
    const fingerprint = await layersFingerprint(layers);
    const bad = { fingerprint, policy: { ...DEFAULT_RETENTION_POLICY, draftRetentionMs: 0 } };
    expect(await retentionForPurge(layers, bad)).toEqual({ policy: longestRetentionOf(layers), recorded: false });
    expect(await retentionForPurge(layers, 'garbage')).toMatchObject({ recorded: false });
  });

  it('fingerprints the sources whatever the order of their keys', async () => {
    const a = await layersFingerprint({ policy: { retention: { draftDays: 2, completedContactHours: 3 } }, options: undefined });
    const b = await layersFingerprint({ policy: { retention: { completedContactHours: 3, draftDays: 2 } } });
    const c = await layersFingerprint({ policy: { retention: { completedContactHours: 3, draftDays: 3 } } });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('turns every configurable retention into a policy storage accepts, and the defaults into the default policy', () => {
    for (const completedContactHours of [configBounds.completedContactHours.min, configBounds.completedContactHours.max]) {
      for (const draftDays of [configBounds.draftDays.min, configBounds.draftDays.max]) {
        const config = { ...nationalDefaultConfig, retention: { completedContactHours, draftDays } };
        expect(retentionPolicyProblem(retentionPolicyFrom(config))).toBeNull();
      }
    }
    expect(retentionPolicyFrom(nationalDefaultConfig)).toEqual(DEFAULT_RETENTION_POLICY);
  });
});

describe('the background bundle', () => {
  // Follows relative imports from the background's entry point: none may reach Zod or Dexie, which
  // made background.js 79 KB gzip (issue 17). `npm run bench` prints its size.
  function importsOf(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(?:import|export)\s(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)) {
      const target = match[1]!;
      if (target.startsWith('.')) {
        const base = join(dirname(file), target);
        const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
        const found = candidates.find((candidate) => {
          try {
            readFileSync(candidate);
            return true;
          } catch {
            return false;
          }
        });
        if (found) importsOf(found, seen);
      } else seen.add(`npm:${target}`);
    }
    return seen;
  }

  it('[H99-c] imports neither Zod nor Dexie nor the configuration schema', () => {
    const reached = [...importsOf('entrypoints/background.ts')];
    expect(reached.filter((name) => /^npm:(zod|dexie)/.test(name))).toEqual([]);
    expect(reached.filter((name) => /lib\/config\/(schema|resolve|config-store)\.ts$/.test(name))).toEqual([]);
    expect(reached).toContain('lib/storage/plain-purge.ts');
  });
});

describe('purging from the background', () => {
  const startedAt = '2026-11-01T09:00:00.000Z';
  beforeEach(async () => {
    fakeBrowser.reset();
    indexedDB.deleteDatabase('pmh-contact-companion');
    const db = await openDatabase();
    const vault = createVault({ db, kdfIterations: 1_000, allowWeakIterationsForTests: true });
    await vault.setPassphrase('plum kettle harbour');
    await createContactStore({ db, vault }).create(
      createContact({ id: 'draft-1', pathwayVersion: 'test', label: '09:00 visit', role: 'health-visitor', contactType: 'hv-new-birth', presence: nobodyElsePresent, now: startedAt }),
    );
    db.close();
    await fakeBrowser.storage.local.set({ [OPTIONS_CONFIG_KEY]: { configVersion: 1, retention: { draftDays: 2 } } });
  });

  it('[H99-a] uses the organisation’s shorter draft period once a panel has resolved it', async () => {
    const { createBrowserConfigStore } = await import('../../../lib/platform/browser-config-store');
    const store = createBrowserConfigStore();
    await store.load();
    await store.retentionRecorded();
    expect(await purgeExpiredContacts(Date.parse(startedAt) + 2 * DAY - HOUR)).toBe(0);
    expect(await purgeExpiredContacts(Date.parse(startedAt) + 2 * DAY + HOUR)).toBe(1);
  });

  it('[H99-b] keeps to the longest reading until a panel has resolved the configuration', async () => {
    // Options say 2 days, but nothing has resolved them yet: the default 7 days is the longest reading.
    expect(await purgeExpiredContacts(Date.parse(startedAt) + 2 * DAY + HOUR)).toBe(0);
    expect(await purgeExpiredContacts(Date.parse(startedAt) + 7 * DAY + HOUR)).toBe(1);
  });
});
