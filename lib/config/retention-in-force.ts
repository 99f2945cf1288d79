import {
  DEFAULT_RETENTION_POLICY,
  RETENTION_POLICY_BOUNDS,
  retentionPolicyProblem,
  type RetentionPolicy,
} from '../storage/retention-rules';

// The retention policy for the background's purge without Zod (issue 17). Validating the
// organisation's configuration needs the whole schema (a source with any error is set aside whole,
// resolve.ts), which is most of a 79 KB background. So whoever resolves the configuration in full
// (the panel, the options page: config-store.ts load()) records the retention policy it found,
// with a fingerprint of the raw sources it came from, in storage.local. The background uses that
// record while the sources are unchanged. When they have changed since (policy pushed while no
// panel was open) or there is no record yet, it uses, field by field, the LONGEST period any
// reading of the sources could give: a purge then never deletes earlier than the panel would
// (data not yet in the record is not lost); it may keep a contact longer, encrypted, until a panel
// or the options page next opens and records the policy in force (hazard H99).

/** storage.local key of the recorded policy (not clinical: periods and a hash). */
export const RETENTION_IN_FORCE_KEY = 'pmh.retentionInForce';

const HOUR_MS = 60 * 60_000;

export type RetentionSettingsInput = { completedContactHours: number; draftDays: number };

/**
 * The retention policy lib/storage/retention.ts applies, from the organisation's hours and days.
 * The drafts list warns in the last 24 hours before a draft is deleted, or the last half of its
 * life when drafts are kept for only a day (storage requires the warning to start before deletion).
 */
export function retentionPolicyFromSettings(retention: RetentionSettingsInput): RetentionPolicy {
  const draftRetentionMs = retention.draftDays * 24 * HOUR_MS;
  return {
    completedRetentionMs: retention.completedContactHours * HOUR_MS,
    draftRetentionMs,
    draftWarningMs: Math.min(24 * HOUR_MS, draftRetentionMs / 2),
  };
}

export type RetentionInForceRecord = { fingerprint: string; policy: RetentionPolicy };

/** The raw sources as config-store.ts reads them (policy from storage.managed, options document). */
export type RawConfigLayers = { policy?: unknown; options?: unknown };

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of a JSON-like value in a key-order-independent form: same value, same fingerprint. */
export async function jsonFingerprint(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the sources in a key-order-independent form: same sources, same fingerprint. */
export function layersFingerprint(layers: RawConfigLayers): Promise<string> {
  return jsonFingerprint({ policy: layers.policy ?? null, options: layers.options ?? null });
}

function sameRecord(a: unknown, b: RetentionInForceRecord): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Writes the record when it differs from `stored` (config-store.ts calls this after each full load). */
export async function recordRetentionInForce(
  local: { set(items: Record<string, unknown>): Promise<void> },
  layers: RawConfigLayers,
  policy: RetentionPolicy,
  stored: unknown,
): Promise<void> {
  const record: RetentionInForceRecord = { fingerprint: await layersFingerprint(layers), policy: { ...policy } };
  if (!sameRecord(stored, record)) await local.set({ [RETENTION_IN_FORCE_KEY]: record });
}

function readRecord(value: unknown): RetentionInForceRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const { fingerprint, policy } = value as Record<string, unknown>;
  if (typeof fingerprint !== 'string' || typeof policy !== 'object' || policy === null) return null;
  const { completedRetentionMs, draftRetentionMs, draftWarningMs } = policy as Record<string, unknown>;
  const candidate = { completedRetentionMs, draftRetentionMs, draftWarningMs } as RetentionPolicy;
  return retentionPolicyProblem(candidate) === null ? { fingerprint, policy: candidate } : null;
}

/**
 * Field by field, the longest retention that any reading of the raw sources could put in force:
 * the national default or any whole-number value a source sets within storage's bounds. Whatever
 * the full resolution decides (a source applied, or set aside for an error anywhere in it), its
 * periods are among these, so none is longer than this.
 */
export function longestRetentionOf(layers: RawConfigLayers): RetentionPolicy {
  let completedMs = DEFAULT_RETENTION_POLICY.completedRetentionMs;
  let draftMs = DEFAULT_RETENTION_POLICY.draftRetentionMs;
  const within = (ms: number, bounds: { min: number; max: number }) => Number.isInteger(ms) && ms >= bounds.min && ms <= bounds.max;
  for (const source of [layers.policy, layers.options]) {
    const retention = typeof source === 'object' && source !== null ? (source as { retention?: unknown }).retention : undefined;
    if (typeof retention !== 'object' || retention === null) continue;
    const { completedContactHours, draftDays } = retention as Record<string, unknown>;
    if (typeof completedContactHours === 'number') {
      const ms = completedContactHours * HOUR_MS;
      if (within(ms, RETENTION_POLICY_BOUNDS.completedRetentionMs)) completedMs = Math.max(completedMs, ms);
    }
    if (typeof draftDays === 'number') {
      const ms = draftDays * 24 * HOUR_MS;
      if (within(ms, RETENTION_POLICY_BOUNDS.draftRetentionMs)) draftMs = Math.max(draftMs, ms);
    }
  }
  return { completedRetentionMs: completedMs, draftRetentionMs: draftMs, draftWarningMs: Math.min(24 * HOUR_MS, draftMs / 2) };
}

/** The policy for the background's purge: the recorded one while the sources are unchanged. */
export async function retentionForPurge(layers: RawConfigLayers, stored: unknown): Promise<{ policy: RetentionPolicy; recorded: boolean }> {
  const record = readRecord(stored);
  if (record && record.fingerprint === (await layersFingerprint(layers))) return { policy: record.policy, recorded: true };
  return { policy: longestRetentionOf(layers), recorded: false };
}
