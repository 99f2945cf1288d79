// The retention rules themselves (issue 6; see retention.ts for when the extension forgets), with
// no Zod: the background's purge (plain-purge.ts) needs only these and must stay small (issue 17).

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

/** Checked by retentionPolicySchema (retention.ts) wherever a policy is built from settings. */
export type RetentionPolicy = {
  /** After summary output and close. 0 purges at the next run. */
  readonly completedRetentionMs: number;
  /** After the last change of a draft. At least 12 hours so a contact cannot vanish mid-visit. */
  readonly draftRetentionMs: number;
  /** How long before a draft's deletion the drafts list warns. */
  readonly draftWarningMs: number;
};

/** The bounds retentionPolicySchema checks (retention.ts), in one place for both checks. */
export const RETENTION_POLICY_BOUNDS = {
  completedRetentionMs: { min: 0, max: 7 * DAY_MS },
  draftRetentionMs: { min: 12 * HOUR_MS, max: 31 * DAY_MS },
  draftWarningMs: { min: HOUR_MS, max: 7 * DAY_MS },
} as const;

/**
 * The same check as retentionPolicySchema without Zod, for the background's purge: null when the
 * policy is within bounds, otherwise what is wrong. A test holds the two checks to one table.
 */
export function retentionPolicyProblem(policy: RetentionPolicy): string | null {
  for (const field of ['completedRetentionMs', 'draftRetentionMs', 'draftWarningMs'] as const) {
    const value = policy[field];
    const { min, max } = RETENTION_POLICY_BOUNDS[field];
    if (!Number.isInteger(value) || value < min || value > max) return `${field} must be a whole number of ms from ${min} to ${max}`;
  }
  return policy.draftWarningMs < policy.draftRetentionMs ? null : 'the draft warning must start before the draft is deleted';
}

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

