import type { Subject } from '../contact/contact';
import { levelRank } from './escalation';
import type { Flag } from './evaluation';
import type { Privacy } from './schema';
import { isPrivacyWithheld, privacyOfKey, type Resolver } from './visibility';

// Flags: every flag rule, for every subject it names, checked against the visible answers. A flag
// carries its rule id, sources and the answers that triggered it. Its id is `${ruleId}/${subject}`:
// stable while the trigger holds, so acknowledgement (contact.acknowledgedFlags) survives re-evaluation.
// Flags derived from answers that may only be shown in private are withheld while privacy does not
// hold (counted in `withheld`, so the engine can show its one neutral item instead).

export interface FiredFlag {
  flag: Flag;
  /** Derived from an answer that may not be shown now: kept out of the output. */
  withheld: boolean;
}

export interface FlagsResult {
  /** Flags to show, most urgent first. */
  flags: Flag[];
  withheld: number;
  /** Every flag that fired, shown or withheld (for the outcomes its routes recommend). */
  fired: FiredFlag[];
}

export function evaluateFlags(resolver: Resolver): FlagsResult {
  const fired: FiredFlag[] = [];
  for (const rule of resolver.pathway.flagRules) {
    for (const subject of rule.subjects) {
      const result = resolver.check(rule.when, subject);
      if (!result.holds) continue;
      const triggeredBy = [...new Set(result.keys)];
      const withheld = triggeredBy.some((key) => isPrivacyWithheld(resolver, key));
      const privacy = strictestPrivacy(triggeredBy.map((key) => privacyOfKey(resolver, key)));
      const id = `${rule.id}/${subject}`;
      const acknowledgedAt = resolver.contact.acknowledgedFlags[id];
      fired.push({
        withheld,
        flag: {
          id,
          ruleId: rule.id,
          kind: rule.kind,
          level: rule.level,
          subject: subject as Subject,
          title: rule.title,
          doNow: [...rule.doNow],
          routes: [...rule.routes],
          record: [...rule.record],
          timeframe: rule.timeframe,
          sources: [...rule.sources],
          triggeredBy,
          ...(acknowledgedAt ? { acknowledgedAt } : {}),
          ...(privacy ? { privacy } : {}),
        },
      });
    }
  }
  // Most urgent first; ties keep definition order (stable sort).
  const flags = fired.filter((f) => !f.withheld).map((f) => f.flag);
  flags.sort((a, b) => levelRank(b.level) - levelRank(a.level));
  return { flags, withheld: fired.length - flags.length, fired };
}

export function strictestPrivacy(privacies: Array<Privacy | undefined>): Privacy | undefined {
  if (privacies.includes('private')) return 'private';
  if (privacies.includes('partner-absent')) return 'partner-absent';
  return undefined;
}
