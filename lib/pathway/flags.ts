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

export interface FlagsResult {
  flags: Flag[];
  withheld: number;
}

export function evaluateFlags(resolver: Resolver): FlagsResult {
  const flags: Flag[] = [];
  let withheld = 0;
  for (const rule of resolver.pathway.flagRules) {
    for (const subject of rule.subjects) {
      const result = resolver.check(rule.when, subject);
      if (!result.holds) continue;
      const triggeredBy = [...new Set(result.keys)];
      if (triggeredBy.some((key) => isPrivacyWithheld(resolver, key))) {
        withheld += 1;
        continue;
      }
      const privacy = strictestPrivacy(triggeredBy.map((key) => privacyOfKey(resolver, key)));
      const id = `${rule.id}/${subject}`;
      const acknowledgedAt = resolver.contact.acknowledgedFlags[id];
      flags.push({
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
      });
    }
  }
  // Most urgent first; ties keep definition order (stable sort).
  flags.sort((a, b) => levelRank(b.level) - levelRank(a.level));
  return { flags, withheld };
}

export function strictestPrivacy(privacies: Array<Privacy | undefined>): Privacy | undefined {
  if (privacies.includes('private')) return 'private';
  if (privacies.includes('partner-absent')) return 'partner-absent';
  return undefined;
}
