import * as z from 'zod/mini';
import { DEFAULT_RETENTION_POLICY, RETENTION_POLICY_BOUNDS as BOUNDS, retentionVerdict, type RetentionFacts, type RetentionPolicy } from './retention-rules';

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

export const retentionPolicySchema = z.object({
  /** After summary output and close. 0 purges at the next run. */
  completedRetentionMs: z.number().check(z.int(), z.gte(BOUNDS.completedRetentionMs.min), z.lte(BOUNDS.completedRetentionMs.max)),
  /** After the last change of a draft. At least 12 hours so a contact cannot vanish mid-visit. */
  draftRetentionMs: z.number().check(z.int(), z.gte(BOUNDS.draftRetentionMs.min), z.lte(BOUNDS.draftRetentionMs.max)),
  /** How long before a draft's deletion the drafts list warns. */
  draftWarningMs: z.number().check(z.int(), z.gte(BOUNDS.draftWarningMs.min), z.lte(BOUNDS.draftWarningMs.max)),
}).check(z.refine((policy) => policy.draftWarningMs < policy.draftRetentionMs, {
  message: 'the draft warning must start before the draft is deleted',
  path: ['draftWarningMs'],
}));

export {
  DEFAULT_RETENTION_POLICY,
  draftsToWarn,
  dueForPurge,
  retentionVerdict,
  type RetentionFacts,
  type RetentionPolicy,
  type RetentionRule,
} from './retention-rules';

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
