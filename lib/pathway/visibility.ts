import { answerKey } from '../contact/answer-key';
import type { AnswerKey, Contact, Subject } from '../contact/contact';
import { fromMinuteTime } from '../shared/minute-time';
import { storyHistoryOf } from '../contact/story-history';
import { checkCondition, type ConditionContext, type ConditionResult, type PreviousScore, type RecentResult } from './check-condition';
import type { Reason, Requirement } from './evaluation';
import { knownFactsOf, type KnownFact } from './known-facts';
import type { PathwayIndex } from './pathway-index';
import { presenceFacts, privacyHolds, type PresenceFacts } from './privacy';
import type { EffectiveResponse } from './responses';
import { scoreInstrument, type ScoredInstrument } from './scoring';
import type { Condition, ContactType, InstrumentId, ItemGroup, NotApplicableRule, Pathway, RequirementRule } from './schema';
import type { PathwaySettings } from './settings';

// Visibility, askability and requirement for one evaluation (lforms-style):
// - applies: the contact type switches the group's module on and the subject is asked it;
// - enabled (relevance): enableWhen of group and question hold. A hidden item's answer counts as no
//   answer, and hiding cascades because conditions only ever read effective (visible) answers;
// - askable now: presence (askableWhen) and privacy. Presence never discards an answer already
//   given: a partner who leaves the room keeps what they said (their item-10 answer must not vanish);
// - shown in this evaluation: privacy, for the screen; for the written record (evaluateForRecord)
//   privacy is treated as holding, so what may be shown only in private is in the evaluation,
//   marked with its `privacy` (the summary decides what each output may hold). Askability never
//   changes with the scope: it always follows who is really in the room;
// - requirement: due / suggested / optional from the group's rules, one-of alternatives and deferral.
// All memoised for this evaluation only; nothing is written to the definition or the contact.

export interface RequirementResult {
  requirement: Requirement;
  reasons: Reason[];
  deferredBecause?: Reason;
}

export interface Resolver extends ConditionContext {
  pathway: Pathway;
  index: PathwayIndex;
  contact: Contact;
  check(condition: Condition, subject: Subject): ConditionResult;
  groupApplies(group: ItemGroup, subject: Subject): boolean;
  groupEnabled(group: ItemGroup, subject: Subject): boolean;
  questionApplies(subject: Subject, questionId: string): boolean;
  enabled(subject: Subject, questionId: string): boolean;
  /** The stored response (validated), ignoring visibility. */
  stored(subject: Subject, questionId: string): EffectiveResponse | null;
  askable(group: ItemGroup, subject: Subject): boolean;
  /** Whether this group's content is in this evaluation (always, for the written record). */
  privacyHoldsFor(group: ItemGroup): boolean;
  /** Whether this group's content may be asked and shown with the people really in the room now. */
  privacyHoldsNow(group: ItemGroup): boolean;
  /** 'screen' (what may be shown now) or 'record' (everything, marked with its privacy). */
  scope: EvaluationScope;
  requirement(group: ItemGroup, subject: Subject): RequirementResult;
  /** A known fact from the story so far for this item, if any (known-facts.ts). */
  known(subject: Subject, questionId: string): KnownFact | undefined;
  /** The first notApplicableWhen rule of the group that holds for the subject, if any. */
  notApplicable(group: ItemGroup, subject: Subject): NotApplicableRule | null;
  /** The first notApplicableWhen rule of the question itself that holds for the subject, if any (H119). */
  questionNotApplicable(subject: Subject, questionId: string): NotApplicableRule | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function reasonFrom(rule: RequirementRule, keys: AnswerKey[]): Reason {
  return { ruleId: rule.id, text: rule.because, sources: [...rule.sources], triggeredBy: [...new Set(keys)] };
}

export type EvaluationScope = 'screen' | 'record';

/**
 * A memo per subject and id, for one evaluation. Two-level so that no `${subject}/${id}` string is
 * built and hashed on every lookup: these memos are read thousands of times per evaluation, which
 * runs on every answer (issue 17).
 */
class SubjectMemo<T> {
  private readonly bySubject = new Map<Subject, Map<string, T>>();
  get(subject: Subject, id: string): T | undefined {
    return this.bySubject.get(subject)?.get(id);
  }
  set(subject: Subject, id: string, value: T): void {
    let memo = this.bySubject.get(subject);
    if (!memo) this.bySubject.set(subject, (memo = new Map()));
    memo.set(id, value);
  }
}

/**
 * The contact's answers by subject and question id, read once per evaluation: an answer counts only
 * under its own key (`${subject}/${questionId}`), exactly as a lookup by that key would find it.
 */
function answersBySubject(contact: Contact): SubjectMemo<{ key: AnswerKey; answer: Contact['answers'][string] }> {
  const memo = new SubjectMemo<{ key: AnswerKey; answer: Contact['answers'][string] }>();
  for (const key of Object.keys(contact.answers)) {
    const answer = contact.answers[key];
    if (answer && key === answerKey(answer.subject, answer.questionId)) memo.set(answer.subject, answer.questionId, { key, answer });
  }
  return memo;
}

export function createResolver(
  pathway: Pathway,
  index: PathwayIndex,
  contact: Contact,
  contactType: ContactType,
  settings: PathwaySettings,
  scope: EvaluationScope = 'screen',
): Resolver {
  const presence: PresenceFacts = presenceFacts(contact.presence, settings);
  const modules = new Set(contactType.modules);
  const enabledMemo = new SubjectMemo<boolean | 'visiting'>();
  const groupEnabledMemo = new SubjectMemo<boolean | 'visiting'>();
  const instrumentMemo = new SubjectMemo<ScoredInstrument | null | 'visiting'>();
  const requirementMemo = new SubjectMemo<RequirementResult>();
  const baseRequirementMemo = new SubjectMemo<RequirementResult>();
  const effectiveMemo = new SubjectMemo<EffectiveResponse | null>();
  const answers = answersBySubject(contact);
  const knownFacts = knownFactsOf(contact, index);
  const startedMs = Date.parse(contact.startedAt);

  /**
   * Recall windows are the instruments' own (reference §1.1): an earlier COMPLETE result asked less
   * than recallWindow.days before this contact started is still current. Declined or incomplete
   * results, and results dated after this contact started, never count (the safer direction: ask).
   */
  function recentResult(subject: Subject, instrumentId: InstrumentId): RecentResult | null {
    const instrument = index.instruments.get(instrumentId);
    if (!instrument || !Number.isFinite(startedMs)) return null;
    let best: RecentResult | null = null;
    for (const fact of contact.storySoFar?.facts.screening ?? []) {
      if (fact.instrumentId !== instrumentId || fact.subject !== subject || fact.status !== 'complete') continue;
      const at = fromMinuteTime(fact.at);
      const ago = startedMs - Date.parse(at);
      if (!(ago >= 0 && ago < instrument.recallWindow.days * DAY_MS)) continue;
      if (!best || at > best.at) {
        best = { at, role: fact.role, daysAgo: Math.floor(ago / DAY_MS), recallDays: instrument.recallWindow.days };
      }
    }
    return best;
  }

  // Issue 14: the story over time, read once (version-1 blocks give their own results as history).
  const storyScores = contact.storySoFar ? storyHistoryOf(contact.storySoFar.facts).scores : [];

  function previousScore(subject: Subject, instrumentId: InstrumentId): PreviousScore | null {
    if (!Number.isFinite(startedMs)) return null;
    let best: PreviousScore | null = null;
    for (const fact of storyScores) {
      if (fact.instrumentId !== instrumentId || fact.subject !== subject) continue;
      const at = fromMinuteTime(fact.at);
      // Results dated after this contact started are not "before": never compared (wrong family or clock).
      if (!(Date.parse(at) <= startedMs)) continue;
      if (!best || at > best.at) best = { at, total: fact.total, bandId: fact.bandId };
    }
    return best;
  }

  const storyFlags = contact.storySoFar ? storyHistoryOf(contact.storySoFar.facts).flagsRaised : [];

  function flagRaisedBefore(subject: Subject, ruleId: string): boolean {
    // A flag dated after this contact started is not "before" (wrong family or clock): not counted,
    // so today's flag is still new (the safer reading for a prompt).
    return storyFlags.some((f) => f.ruleId === ruleId && f.subject === subject && Date.parse(fromMinuteTime(f.at)) <= startedMs);
  }

  // A flag rule read by a condition is checked once at a time: a rule that (wrongly) reached itself
  // through 'flag-new-since-last' reads as not holding instead of looping.
  const flagRulesInCheck = new Set<string>();
  function flagRuleHolds(subject: Subject, ruleId: string): ConditionResult {
    const rule = pathway.flagRules.find((r) => r.id === ruleId);
    if (!rule || !rule.subjects.includes(subject) || flagRulesInCheck.has(ruleId)) return { holds: false, keys: [] };
    flagRulesInCheck.add(ruleId);
    try {
      return resolver.check(rule.when, subject);
    } finally {
      flagRulesInCheck.delete(ruleId);
    }
  }

  function bandRank(subject: Subject, instrumentId: InstrumentId, bandId: string): number | null {
    const instrument = index.instruments.get(instrumentId);
    if (!instrument) return null;
    const bands = subject === 'partner' && instrument.bands.partner ? instrument.bands.partner : instrument.bands.default;
    const rank = bands.findIndex((b) => b.id === bandId);
    return rank < 0 ? null : rank;
  }

  const resolver: Resolver = {
    pathway,
    index,
    contact,
    contactType,
    settings,
    presence,
    scope,
    situation: contact.situation ?? {},
    recentResult,
    previousScore,
    storyLoaded: Boolean(contact.storySoFar),
    flagRaisedBefore,
    flagRuleHolds,
    bandRank,

    check(condition, subject) {
      return checkCondition(condition, subject, resolver);
    },

    groupApplies(group, subject) {
      return (
        modules.has(group.module) &&
        group.subjects.includes(subject) &&
        (!group.appliesWhen || resolver.check(group.appliesWhen, subject).holds)
      );
    },

    groupEnabled(group, subject) {
      const memo = groupEnabledMemo.get(subject, group.id);
      // A cycle is a definition error (the meta-tests forbid it); treat it as hidden, never throw.
      if (memo === 'visiting') return false;
      if (memo !== undefined) return memo;
      groupEnabledMemo.set(subject, group.id, 'visiting');
      const result =
        resolver.groupApplies(group, subject) &&
        resolver.notApplicable(group, subject) === null &&
        (!group.enableWhen || resolver.check(group.enableWhen, subject).holds);
      groupEnabledMemo.set(subject, group.id, result);
      return result;
    },

    questionApplies(subject, questionId) {
      const entry = index.questions.get(questionId);
      return !!entry && entry.subjects.includes(subject) && resolver.groupApplies(entry.group, subject);
    },

    enabled(subject, questionId) {
      const memo = enabledMemo.get(subject, questionId);
      if (memo === 'visiting') return false;
      if (memo !== undefined) return memo;
      enabledMemo.set(subject, questionId, 'visiting');
      const entry = index.questions.get(questionId);
      const result =
        !!entry &&
        entry.subjects.includes(subject) &&
        resolver.groupEnabled(entry.group, subject) &&
        resolver.questionNotApplicable(subject, questionId) === null &&
        (!entry.question.enableWhen || resolver.check(entry.question.enableWhen, subject).holds);
      enabledMemo.set(subject, questionId, result);
      return result;
    },

    stored(subject, questionId) {
      const found = answers.get(subject, questionId);
      if (!found) return null;
      const { key, answer } = found;
      const entry = index.questions.get(questionId);
      if (!entry || !entry.subjects.includes(subject)) return null;
      const response = answer.response;
      switch (response.kind) {
        case 'option': {
          const option = entry.question.options.find((o) => o.id === response.optionId);
          if (!option) return null;
          return {
            kind: 'option',
            option,
            answeredAt: answer.answeredAt,
            storedKey: key,
            carried: false,
            ...(answer.from && entry.question.recordsWhoReported ? { from: [...answer.from] } : {}),
          };
        }
        case 'declined':
          return { kind: 'declined', answeredAt: answer.answeredAt, storedKey: key, carried: false };
        case 'not-asked':
          return {
            kind: 'not-asked',
            reason: response.reason,
            ...(response.note !== undefined ? { note: response.note } : {}),
            answeredAt: answer.answeredAt,
            storedKey: key,
            carried: false,
          };
      }
    },

    hidden(subject, questionId) {
      const entry = index.questions.get(questionId);
      // enabled() never looks at privacy, so an item only masked while others are present is not hidden.
      return !!entry && entry.subjects.includes(subject) && !resolver.enabled(subject, questionId);
    },

    effective(subject, questionId) {
      const memo = effectiveMemo.get(subject, questionId);
      if (memo !== undefined) return memo;
      const result = effectiveUncached(subject, questionId);
      // Only cache once visibility is settled (not while a cycle guard is active).
      if (enabledMemo.get(subject, questionId) !== 'visiting') effectiveMemo.set(subject, questionId, result);
      return result;
    },

    instrument(subject, instrumentId: InstrumentId) {
      const memo = instrumentMemo.get(subject, instrumentId);
      if (memo === 'visiting') return null;
      if (memo !== undefined) return memo;
      instrumentMemo.set(subject, instrumentId, 'visiting');
      const instrument = index.instruments.get(instrumentId);
      const group = index.instrumentGroups.get(instrumentId);
      const result =
        instrument && group && resolver.groupEnabled(group, subject)
          ? scoreInstrument(
              instrument,
              subject,
              settings,
              (questionId) => resolver.enabled(subject, questionId),
              (questionId) => resolver.effective(subject, questionId),
            )
          : null;
      instrumentMemo.set(subject, instrumentId, result);
      return result;
    },

    privacyHoldsFor(group) {
      return scope === 'record' || privacyHolds(group.privacy, presence);
    },

    privacyHoldsNow(group) {
      return privacyHolds(group.privacy, presence);
    },

    askable(group, subject) {
      return resolver.privacyHoldsNow(group) && (!group.askableWhen || resolver.check(group.askableWhen, subject).holds);
    },

    requirement(group, subject) {
      const memo = requirementMemo.get(subject, group.id);
      if (memo) return memo;
      let result = baseRequirement(group, subject);
      if (group.oneOf && result.requirement !== 'optional') result = applyOneOf(group, subject, result);
      if (result.requirement === 'due' && group.defer) {
        const deferral = resolver.check(group.defer.when, subject);
        if (deferral.holds) {
          result = { requirement: 'optional', reasons: result.reasons, deferredBecause: reasonFrom(group.defer, deferral.keys) };
        }
      }
      requirementMemo.set(subject, group.id, result);
      return result;
    },

    known(subject, questionId) {
      return knownFacts.get(answerKey(subject, questionId));
    },

    notApplicable(group, subject) {
      for (const rule of group.notApplicableWhen ?? []) {
        if (resolver.check(rule.when, subject).holds) return rule;
      }
      return null;
    },

    questionNotApplicable(subject, questionId) {
      for (const rule of index.questions.get(questionId)?.question.notApplicableWhen ?? []) {
        if (resolver.check(rule.when, subject).holds) return rule;
      }
      return null;
    },
  };

  function effectiveUncached(subject: Subject, questionId: string): EffectiveResponse | null {
    if (!resolver.enabled(subject, questionId)) return null;
    const own = resolver.stored(subject, questionId);
    if (own?.kind === 'option') return own;
    // A known fact stands in until today's answer replaces it, so known history still drives the
    // rules (a past severe mental illness must not be forgotten at the next contact). Declined or
    // "not asked: already known" today is not a new answer, so the known fact still counts.
    const known = knownFacts.get(answerKey(subject, questionId));
    if (known) {
      return { kind: 'option', option: known.option, answeredAt: known.at, storedKey: known.key, carried: true, known: true };
    }
    if (own) return own;
    // The identical item in another instrument (GAD-2 → GAD-7 items 1-2): only an option answer
    // carries, and only while that item itself counts.
    const carryFrom = index.questions.get(questionId)?.question.carryFrom;
    if (!carryFrom) return null;
    const carried = resolver.effective(subject, carryFrom);
    return carried?.kind === 'option' ? { ...carried, carried: true } : null;
  }

  function firing(rules: readonly RequirementRule[], subject: Subject): Reason[] {
    const reasons: Reason[] = [];
    for (const rule of rules) {
      const result = resolver.check(rule.when, subject);
      if (result.holds) reasons.push(reasonFrom(rule, result.keys));
    }
    return reasons;
  }

  function baseRequirement(group: ItemGroup, subject: Subject): RequirementResult {
    const memo = baseRequirementMemo.get(subject, group.id);
    if (memo) return memo;
    const due = firing(group.due, subject);
    const suggested = due.length ? [] : firing(group.suggested, subject);
    const result: RequirementResult = due.length
      ? { requirement: 'due', reasons: due }
      : suggested.length
        ? { requirement: 'suggested', reasons: suggested }
        : { requirement: 'optional', reasons: [] };
    baseRequirementMemo.set(subject, group.id, result);
    return result;
  }

  function started(group: ItemGroup, subject: Subject): boolean {
    const questions = index.groupQuestions.get(group.id) ?? [];
    return questions.some((q) => resolver.effective(subject, q.id) !== null);
  }

  /**
   * Alternatives (EPDS or PHQ-9): among the alternatives at the same requirement level, the ones
   * already started stay at that level; if none is started, only the organisation's preference
   * (settings.depressionMeasure, else the first in the definition) does. The others become optional.
   */
  function applyOneOf(group: ItemGroup, subject: Subject, own: RequirementResult): RequirementResult {
    const peers = pathway.groups.filter(
      (g) =>
        g.oneOf === group.oneOf &&
        resolver.groupEnabled(g, subject) &&
        baseRequirement(g, subject).requirement === own.requirement,
    );
    if (peers.length < 2) return own;
    const startedPeers = peers.filter((g) => started(g, subject));
    if (startedPeers.includes(group)) return own;
    const preferred =
      startedPeers[0] ?? peers.find((g) => g.kind === 'instrument' && g.instrument === settings.depressionMeasure) ?? peers[0];
    if (!preferred || preferred === group) return own;
    return {
      requirement: 'optional',
      reasons: [
        {
          ruleId: `ONE-OF-${(group.oneOf ?? '').toUpperCase()}`,
          text: `An alternative to ${preferred.title}: either one completes the measure.`,
          sources: [...group.sources],
          triggeredBy: [],
        },
      ],
    };
  }

  return resolver;
}

export function isPrivacyWithheld(resolver: Resolver, key: AnswerKey): boolean {
  const questionId = key.slice(key.indexOf('/') + 1);
  const entry = resolver.index.questions.get(questionId);
  return !!entry && !resolver.privacyHoldsFor(entry.group);
}

export function privacyOfKey(resolver: Resolver, key: AnswerKey) {
  const questionId = key.slice(key.indexOf('/') + 1);
  return resolver.index.questions.get(questionId)?.group.privacy;
}
