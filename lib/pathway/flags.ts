import type { Subject } from '../contact/contact';
import { levelRank } from './escalation';
import type { Flag, HiddenRiskAnswer } from './evaluation';
import { PRIVATE_FLAG_DO_NOW, PRIVATE_FLAG_DO_NOW_EMERGENCY, PRIVATE_FLAG_RECORD, PRIVATE_FLAG_TITLE } from './domestic-abuse';
import type { FlagKind, OutstandingRule, Privacy } from './schema';
import { isPrivacyWithheld, privacyOfKey, type Resolver } from './visibility';

// Flags: every flag rule, for every subject it names, checked against the visible answers. A flag
// carries its rule id, sources and the answers that triggered it. Its id is `${ruleId}/${subject}`:
// stable while the trigger holds, so acknowledgement (contact.acknowledgedFlags) survives re-evaluation.
// Flags derived from answers that may only be shown in private are withheld from the screen while
// privacy does not hold (never from the record evaluation). The engine's one neutral item does NOT
// depend on them: it is shown whenever she is not alone, so nothing observable hints at a private
// answer. A flag that stands on an answer whose question is hidden now (IR-RISK-ANSWER-WITHDRAWN…)
// lists that answer in `hiddenAnswers`, so the card and the record can say what to act on.

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

/**
 * Whether a card of this kind, for this subject, is one to acknowledge: an outstanding rule of the
 * pathway lists it as 'flag-not-acknowledged' until it is (outstanding.ts OS-FLAG-NOT-ACKNOWLEDGED,
 * whose `exceptFlagKinds` leaves out the "risk not known" prompts). The data decides, not a kind
 * named in code (H109).
 */
export function needsAcknowledgement(kind: FlagKind, subject: Subject, rules: readonly OutstandingRule[]): boolean {
  return rules.some((rule) => rule.each === 'flag-not-acknowledged' && rule.subjects.includes(subject) && !rule.exceptFlagKinds?.includes(kind));
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
      const hiddenAnswers = triggeredBy.flatMap((key) => hiddenAnswerOf(resolver, key));
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
          ...(hiddenAnswers.length ? { hiddenAnswers } : {}),
          ...(acknowledgedAt ? { acknowledgedAt } : {}),
          needsAcknowledgement: needsAcknowledgement(rule.kind, subject as Subject, resolver.pathway.outstandingRules),
          ...(privacy ? { privacy } : {}),
        },
      });
    }
  }
  // Most urgent first: by level, then by kind (a red flag before an item-level risk before a prompt
  // about something not known); ties keep definition order (stable sort).
  const flags = fired
    .filter((f) => !f.withheld)
    .map((f) => (resolver.scope === 'screen' && f.flag.privacy === 'private' ? neutralOnScreen(f.flag) : f.flag));
  flags.sort((a, b) => levelRank(b.level) - levelRank(a.level) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return { flags, withheld: fired.length - flags.length, fired };
}

const KIND_ORDER: readonly FlagKind[] = ['red-flag', 'safeguarding', 'item-risk', 'high-risk-history', 'risk-not-known'];

/**
 * A flag from the private question, as the SCREEN shows it even while she is alone: someone can walk
 * in before the panel is told (issue 10 item 9). The topic is never named on a card or banner; what
 * to do is in the outcome the practitioner opens. Its id, level, kind and triggers are unchanged, so
 * acknowledgement, the escalation level and the outcomes work as before; the record evaluation keeps
 * the specifics (marked private; lib/summary keeps them out of every output).
 */
function neutralOnScreen(flag: Flag): Flag {
  return {
    ...flag,
    title: PRIVATE_FLAG_TITLE,
    doNow: [...(flag.level === 'E5' ? PRIVATE_FLAG_DO_NOW_EMERGENCY : PRIVATE_FLAG_DO_NOW)],
    routes: [],
    record: [...PRIVATE_FLAG_RECORD],
    neutral: true,
  };
}

/** The stored answer behind a trigger whose question is hidden now (a withdrawn risk answer). */
function hiddenAnswerOf(resolver: Resolver, key: string): HiddenRiskAnswer[] {
  const slash = key.indexOf('/');
  const subject = key.slice(0, slash) as Subject;
  const questionId = key.slice(slash + 1);
  if (!resolver.hidden(subject, questionId)) return [];
  const stored = resolver.stored(subject, questionId);
  const entry = resolver.index.questions.get(questionId);
  if (stored?.kind !== 'option' || !entry) return [];
  const { question, group } = entry;
  const score = question.scored && stored.option.score !== undefined ? ` (${stored.option.score})` : '';
  return [
    { key: stored.storedKey, subject, respondent: group.respondent, questionId, text: question.text, answer: `${stored.option.label}${score}` },
  ];
}

export function strictestPrivacy(privacies: Array<Privacy | undefined>): Privacy | undefined {
  if (privacies.includes('private')) return 'private';
  if (privacies.includes('partner-absent')) return 'partner-absent';
  return undefined;
}
