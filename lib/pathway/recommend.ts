import type { OutcomeCode, Subject } from '../contact/contact';
import { OUTCOME_CODES } from '../shared/ids';
import { levelRank } from './escalation';
import type { Reason, RecommendedOutcome } from './evaluation';
import { strictestPrivacy, type FiredFlag } from './flags';
import type { EscalationLevel, RecommendationStrength } from './schema';
import { isPrivacyWithheld, privacyOfKey, type Resolver } from './visibility';

// Recommended outcomes on the stepped-care ladder. Rules fire independently, and every flag
// recommends its routes (reference §2.0: red flags and risk items → §3.4 escalation routes), so the
// ladder and the decisions to record include what an action card asks for. Recommendations
// for the same subject and outcome are merged, keeping every reason (rule id, sources, text,
// triggering answers), the highest level and the strongest strength. A reason derived from a
// private answer is withheld from the screen while privacy does not hold; an outcome with no
// remaining reason is withheld entirely (`withheld` counts them; nothing observable depends on it).

/** O1-O14 in order: the contact model's one list (issue 16: outcome codes listed once). */
const CODE_ORDER: readonly OutcomeCode[] = OUTCOME_CODES;

export interface RecommendResult {
  outcomes: RecommendedOutcome[];
  withheld: number;
}

interface Draft {
  code: OutcomeCode;
  subject: Subject;
  level: EscalationLevel;
  strength: RecommendationStrength;
  reasons: Reason[];
  privacies: Array<ReturnType<typeof privacyOfKey>>;
}

export function recommendOutcomes(resolver: Resolver, fired: readonly FiredFlag[]): RecommendResult {
  const drafts = new Map<string, Draft>();
  let withheld = 0;
  const add = (subject: Subject, code: OutcomeCode, strength: RecommendationStrength, level: EscalationLevel, reason: Reason) => {
    const id = `${subject}/${code}`;
    const privacies = reason.triggeredBy.map((key) => privacyOfKey(resolver, key));
    const reasonPrivacy = strictestPrivacy(privacies);
    // Each reason keeps its own level and strength, so a reader that must leave a reason out (the
    // summary drops private reasons) can recompute the outcome's level and strength from the rest.
    reason = { ...reason, level, strength, ...(reasonPrivacy ? { privacy: reasonPrivacy } : {}) };
    const draft = drafts.get(id);
    if (!draft) {
      drafts.set(id, { code, subject, level, strength, reasons: [reason], privacies });
      return;
    }
    if (levelRank(level) > levelRank(draft.level)) draft.level = level;
    if (strength === 'recommend') draft.strength = 'recommend';
    if (!draft.reasons.some((r) => r.ruleId === reason.ruleId)) draft.reasons.push(reason);
    draft.privacies.push(...privacies);
  };
  for (const rule of resolver.pathway.recommendationRules) {
    for (const subject of rule.subjects) {
      const result = resolver.check(rule.when, subject);
      if (!result.holds) continue;
      const triggeredBy = [...new Set(result.keys)];
      if (triggeredBy.some((key) => isPrivacyWithheld(resolver, key))) {
        withheld += 1;
        continue;
      }
      const reason: Reason = { ruleId: rule.id, text: rule.because, sources: [...rule.sources], triggeredBy };
      for (const { code, strength } of rule.outcomes) add(subject, code, strength, rule.level, reason);
    }
  }
  for (const { flag, withheld: flagWithheld } of fired) {
    if (!flag.routes.length) continue;
    if (flagWithheld) {
      withheld += 1;
      continue;
    }
    const reason: Reason = { ruleId: flag.ruleId, text: flag.title, sources: [...flag.sources], triggeredBy: [...flag.triggeredBy] };
    for (const code of flag.routes) add(flag.subject, code, 'recommend', flag.level, reason);
  }
  const catalogue = new Map(resolver.pathway.outcomes.map((o) => [o.code, o]));
  const outcomes: RecommendedOutcome[] = [...drafts.entries()].map(([id, draft]) => {
    const outcome = catalogue.get(draft.code);
    const decision = resolver.contact.outcomeDecisions[id];
    const privacy = strictestPrivacy(draft.privacies);
    return {
      id,
      code: draft.code,
      subject: draft.subject,
      title: outcome?.title ?? draft.code,
      route: outcome?.route ?? '',
      level: draft.level,
      strength: draft.strength,
      reasons: draft.reasons,
      ...(decision ? { decision } : {}),
      ...(privacy ? { privacy } : {}),
    };
  });
  outcomes.sort(
    (a, b) =>
      levelRank(b.level) - levelRank(a.level) ||
      (a.subject === b.subject ? 0 : a.subject === 'birthing-parent' ? -1 : 1) ||
      CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code),
  );
  return { outcomes, withheld };
}

/**
 * Outcomes the rules give the same decision for (issue 13: fewer taps at the outcome step), decided
 * together with one choice: same person, same level and strength, the very same reasons (the same
 * rules fired, with the same sources), and routine (E2 or below). Urgent and emergency routes (E3 and
 * above) are never grouped: each is decided on its own, so "done" cannot be recorded for a crisis
 * route in passing (hazard H87). Derived from the engine's output only; no outcome id is read.
 * A group of one is a single outcome. Order follows `outcomes` (most urgent first).
 */
export interface OutcomeGroup {
  /** Stable: the ids of its outcomes joined. */
  id: string;
  outcomes: RecommendedOutcome[];
}

const GROUPABLE_UP_TO: EscalationLevel = 'E2';

function groupSignature(outcome: RecommendedOutcome): string | null {
  if (levelRank(outcome.level) > levelRank(GROUPABLE_UP_TO)) return null;
  const reasons = outcome.reasons.map((r) => `${r.ruleId}:${[...r.sources].sort().join(',')}`).sort();
  return [outcome.subject, outcome.level, outcome.strength, outcome.privacy ?? '', ...reasons].join('|');
}

export function groupOutcomes(outcomes: readonly RecommendedOutcome[]): OutcomeGroup[] {
  const groups: OutcomeGroup[] = [];
  const bySignature = new Map<string, OutcomeGroup>();
  for (const outcome of outcomes) {
    const signature = groupSignature(outcome);
    const existing = signature === null ? undefined : bySignature.get(signature);
    if (existing) {
      existing.outcomes.push(outcome);
      existing.id = existing.outcomes.map((o) => o.id).join('+');
      continue;
    }
    const group: OutcomeGroup = { id: outcome.id, outcomes: [outcome] };
    groups.push(group);
    if (signature !== null) bySignature.set(signature, group);
  }
  return groups;
}
