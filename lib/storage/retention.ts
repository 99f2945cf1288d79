import { z } from 'zod';

// When the extension forgets a contact (issue 6). The record, not the extension, is the record:
// - completed (the summary was copied or inserted AND the contact was closed): 24 hours after the
//   later of the two, by default;
// - a draft (anything else, including a contact closed without its summary being output, which the
//   record may not yet hold): 7 days after its last change, by default, with a warning in the
//   drafts list during the final 24 hours;
// - "End contact and forget": at once (ContactStore.forget).
// The decision uses only plain header fields (status and times), so purging works while locked,
// e.g. from the background on start-up and on an alarm. Periods are read at purge time, so an
// organisation that shortens them affects contacts already stored.

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

export const retentionPolicySchema = z
  .object({
    /** After summary output and close. 0 purges at the next run. */
    completedRetentionMs: z.number().int().min(0).max(7 * DAY_MS),
    /** After the last change of a draft. At least 12 hours so a contact cannot vanish mid-visit. */
    draftRetentionMs: z.number().int().min(12 * HOUR_MS).max(31 * DAY_MS),
    /** How long before a draft's deletion the drafts list warns. */
    draftWarningMs: z.number().int().min(HOUR_MS).max(7 * DAY_MS),
  })
  .refine((policy) => policy.draftWarningMs < policy.draftRetentionMs, {
    message: 'the draft warning must start before the draft is deleted',
    path: ['draftWarningMs'],
  });
export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

export const DEFAULT_RETENTION_POLICY: RetentionPolicy = {
  completedRetentionMs: DAY_MS,
  draftRetentionMs: 7 * DAY_MS,
  draftWarningMs: DAY_MS,
};

/** The non-clinical facts retention needs (a stored contact header has them all). */
export type RetentionFacts = {
  readonly id: string;
  readonly status: 'in-progress' | 'completed';
  readonly updatedAt: number;
  readonly completedAt?: number | undefined;
  readonly summaryOutputAt?: number | undefined;
};

export type RetentionRule = 'completed' | 'draft' | 'closed-without-summary';

export type RetentionVerdict = {
  readonly rule: RetentionRule;
  readonly deleteAt: number;
  readonly due: boolean;
  /** Show a warning in the drafts list ("will be deleted on …"). Never true for completed contacts. */
  readonly warn: boolean;
};

export function retentionRule(facts: RetentionFacts): RetentionRule {
  if (facts.status !== 'completed') return 'draft';
  return facts.summaryOutputAt === undefined ? 'closed-without-summary' : 'completed';
}

export function retentionVerdict(facts: RetentionFacts, now: number, policy: RetentionPolicy): RetentionVerdict {
  const rule = retentionRule(facts);
  if (rule === 'completed') {
    const endedAt = Math.max(facts.completedAt ?? facts.updatedAt, facts.summaryOutputAt ?? facts.updatedAt);
    const deleteAt = endedAt + policy.completedRetentionMs;
    return { rule, deleteAt, due: now >= deleteAt, warn: false };
  }
  const deleteAt = facts.updatedAt + policy.draftRetentionMs;
  const due = now >= deleteAt;
  return { rule, deleteAt, due, warn: !due && now >= deleteAt - policy.draftWarningMs };
}

export function dueForPurge(rows: readonly RetentionFacts[], now: number, policy: RetentionPolicy): string[] {
  return rows.filter((row) => retentionVerdict(row, now, policy).due).map((row) => row.id);
}

export function draftsToWarn(
  rows: readonly RetentionFacts[],
  now: number,
  policy: RetentionPolicy,
): { id: string; deleteAt: number }[] {
  return rows.flatMap((row) => {
    const verdict = retentionVerdict(row, now, policy);
    return verdict.warn ? [{ id: row.id, deleteAt: verdict.deleteAt }] : [];
  });
}

/** What purge needs from the store; ContactStore provides it without needing the key. */
export interface PurgeTarget {
  /**
   * In one transaction: deletes every contact the predicate picks (re-read inside the
   * transaction, so an edit made meanwhile in another panel is judged on fresh facts), and
   * quarantined records set aside before `quarantinedBefore`. Returns the deleted contact ids.
   */
  purgeExpired(isDue: (facts: RetentionFacts) => boolean, quarantinedBefore: number): Promise<string[]>;
}

export type PurgeReport = { readonly purged: readonly string[]; readonly at: number };

/** Runs on start-up and on an alarm (the background wires both). */
export async function purge(target: PurgeTarget, now: number, policy: RetentionPolicy = DEFAULT_RETENTION_POLICY): Promise<PurgeReport> {
  const valid = retentionPolicySchema.parse(policy);
  const purged = await target.purgeExpired(
    (facts) => retentionVerdict(facts, now, valid).due,
    // Quarantined copies are kept for inspection no longer than a draft would be.
    now - valid.draftRetentionMs,
  );
  return { purged, at: now };
}
