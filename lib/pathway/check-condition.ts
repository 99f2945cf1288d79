import type { AnswerKey, ContactSituation, ContactTypeId, PractitionerRole, Subject } from '../contact/contact';
import type { PresenceFacts } from './privacy';
import { presenceHolds } from './privacy';
import type { EffectiveResponse } from './responses';
import type { ScoredInstrument } from './scoring';
import type { Condition, ContactType, InstrumentId, SubjectRef } from './schema';
import type { PathwaySettings } from './settings';

// Evaluates a Condition for one subject. Pure: everything it reads comes through the context.
// Returns whether it holds and the stored answer keys that made it hold (for "why" in flags and
// outcomes, and for the summary's rule of which record an outcome belongs to). Hidden items have no
// effective response, so an ordinary condition can never read a hidden answer. The stored-answer
// kinds ('stored-…', paired with 'hidden') are the one deliberate exception: a risk answer already
// given must not vanish when a later change hides its question (reference §1.7 item 10, §2.10.3).

export interface ConditionContext {
  contactType: ContactType;
  settings: PathwaySettings;
  presence: PresenceFacts;
  effective(subject: Subject, questionId: string): EffectiveResponse | null;
  /** The stored response (validated against the definition), whether or not the item is shown now. */
  stored(subject: Subject, questionId: string): EffectiveResponse | null;
  /** Asked of this subject, but hidden by relevance (enableWhen, a consent gate) or not in this contact; never by privacy. */
  hidden(subject: Subject, questionId: string): boolean;
  /** null when the instrument is not part of this contact for the subject (or is hidden). */
  instrument(subject: Subject, instrumentId: InstrumentId): ScoredInstrument | null;
  /** The contact's situation recorded at its start (baby, age, gestation, language); {} when none. */
  situation: ContactSituation;
  /**
   * A complete result of the instrument for the subject in the story so far, asked within the
   * instrument's recall window before this contact started; null otherwise.
   */
  recentResult(subject: Subject, instrumentId: InstrumentId): RecentResult | null;
  /**
   * The latest complete score of the instrument for the subject in the story so far (handover
   * history, issue 14), dated before this contact started; null when there is none.
   */
  previousScore(subject: Subject, instrumentId: InstrumentId): PreviousScore | null;
  /** Whether a story so far (an earlier handover) is loaded into this contact (issue 14). */
  storyLoaded: boolean;
  /** Whether the flag rule was raised for the subject at an earlier contact in the story so far (issue 14). */
  flagRaisedBefore(subject: Subject, ruleId: string): boolean;
  /** Whether the flag rule's own condition holds today for the subject (FALSE for an unknown rule or subject). */
  flagRuleHolds(subject: Subject, ruleId: string): ConditionResult;
  /** The position of a band in the instrument's band order for the subject (0 = lowest); null if unknown. */
  bandRank(subject: Subject, instrumentId: InstrumentId, bandId: string): number | null;
  /**
   * What the evaluated items show, for OUTSTANDING RULES only (issue 16): set by evaluate.ts once
   * every item is known. Absent everywhere else, where 'due-unanswered' and 'privacy-masked' never
   * hold (a meta-test keeps them out of every other rule: they read what every other rule decides).
   */
  evaluated?: EvaluatedItems;
}

/** The evaluated items, as outstanding rules read them. */
export interface EvaluatedItems {
  /** Keys of the subject's due items of the group with no response today and no known fact. */
  dueUnanswered(subject: Subject, groupId: string): AnswerKey[];
  /** Content with display privacy is part of this contact but may not be shown with the people in the room now. */
  privacyMasked: boolean;
}

/** An earlier complete score from the story so far (issue 14). */
export interface PreviousScore {
  /** ISO time it was asked. */
  at: string;
  total: number;
  bandId: string | null;
}

/** An earlier result still inside its recall window (from the handover block, with date and role). */
export interface RecentResult {
  /** ISO time it was asked. */
  at: string;
  role: PractitionerRole;
  /** Whole days between then and the start of this contact. */
  daysAgo: number;
  recallDays: number;
}

export interface ConditionResult {
  holds: boolean;
  keys: AnswerKey[];
}

const FALSE: ConditionResult = { holds: false, keys: [] };
const TRUE: ConditionResult = { holds: true, keys: [] };

function target(ref: SubjectRef | undefined, self: Subject): Subject {
  return !ref || ref === 'self' ? self : ref;
}

function bool(holds: boolean): ConditionResult {
  return holds ? TRUE : FALSE;
}

export function checkCondition(condition: Condition, subject: Subject, ctx: ConditionContext): ConditionResult {
  switch (condition.kind) {
    case 'always':
      return TRUE;
    case 'answer-is': {
      const response = ctx.effective(target(condition.of, subject), condition.question);
      return response?.kind === 'option' && condition.options.includes(response.option.id)
        ? { holds: true, keys: [response.storedKey] }
        : FALSE;
    }
    case 'responded': {
      const response = ctx.effective(target(condition.of, subject), condition.question);
      return response ? { holds: true, keys: [response.storedKey] } : FALSE;
    }
    case 'not-asked-because': {
      const response = ctx.effective(target(condition.of, subject), condition.question);
      return response?.kind === 'not-asked' && condition.reasons.includes(response.reason) ? { holds: true, keys: [response.storedKey] } : FALSE;
    }
    case 'response-missing': {
      const response = ctx.effective(target(condition.of, subject), condition.question);
      return response && response.kind !== 'option' ? { holds: true, keys: [response.storedKey] } : FALSE;
    }
    case 'item-score-at-least': {
      const response = ctx.effective(target(condition.of, subject), condition.question);
      return response?.kind === 'option' && (response.option.score ?? -1) >= condition.min
        ? { holds: true, keys: [response.storedKey] }
        : FALSE;
    }
    case 'instrument-positive': {
      const result = ctx.instrument(target(condition.of, subject), condition.instrument);
      return result?.positive === true ? { holds: true, keys: [...result.contributingKeys] } : FALSE;
    }
    case 'instrument-band': {
      const result = ctx.instrument(target(condition.of, subject), condition.instrument);
      const band = result ? (result.band ?? result.bandAtLeast) : null;
      return result && band && condition.bands.includes(band.id)
        ? { holds: true, keys: [...result.answeredKeys] }
        : FALSE;
    }
    case 'instrument-status': {
      const result = ctx.instrument(target(condition.of, subject), condition.instrument);
      if (!condition.statuses.includes(result ? result.status : 'not-started')) return FALSE;
      // The instrument's own responses are what made it hold: without them an outcome from this
      // rule could not be attributed, and the summary could not tell whose record it belongs to.
      return { holds: true, keys: result ? [...result.respondedKeys] : [] };
    }
    case 'stored-answer-is': {
      const response = ctx.stored(target(condition.of, subject), condition.question);
      return response?.kind === 'option' && condition.options.includes(response.option.id)
        ? { holds: true, keys: [response.storedKey] }
        : FALSE;
    }
    case 'stored-score-at-least': {
      const response = ctx.stored(target(condition.of, subject), condition.question);
      return response?.kind === 'option' && (response.option.score ?? -1) >= condition.min
        ? { holds: true, keys: [response.storedKey] }
        : FALSE;
    }
    case 'stored-responded': {
      const response = ctx.stored(target(condition.of, subject), condition.question);
      return response ? { holds: true, keys: [response.storedKey] } : FALSE;
    }
    case 'hidden':
      return bool(ctx.hidden(target(condition.of, subject), condition.question));
    case 'presence':
      return bool(presenceHolds(condition.is, ctx.presence));
    case 'contact-type':
      return bool(condition.in.includes(ctx.contactType.id));
    case 'phase':
      return bool(ctx.contactType.phase === condition.is);
    case 'first-contact':
      return bool(ctx.contactType.firstContactHistory);
    case 'screening-scheduled':
      return bool((ctx.settings.whooleyGad2Contacts as readonly ContactTypeId[]).includes(ctx.contactType.id));
    case 'setting-on':
      return bool(ctx.settings[condition.setting]);
    case 'depression-measure-is':
      return bool((ctx.settings.depressionMeasure ?? 'epds') === condition.measure);
    case 'subject-is':
      return bool(subject === condition.subject);
    case 'baby-situation':
      return bool(condition.in.includes(ctx.situation.babySituation ?? 'with-parents'));
    case 'baby-age-days': {
      const age = ctx.situation.babyAgeDays;
      return bool(age !== undefined && age >= (condition.min ?? 0) && (condition.below === undefined || age < condition.below));
    }
    case 'interpreter-is':
      return bool(condition.in.includes(ctx.situation.interpreter ?? 'none'));
    case 'asked-within-recall':
      return bool(ctx.recentResult(target(condition.of, subject), condition.instrument) !== null);
    case 'score-rise-since-last': {
      const who = target(condition.of, subject);
      const today = ctx.instrument(who, condition.instrument);
      const before = ctx.previousScore(who, condition.instrument);
      return today?.status === 'complete' && today.total !== null && before && today.total - before.total >= condition.min
        ? { holds: true, keys: [...today.answeredKeys] }
        : FALSE;
    }
    case 'band-rise-since-last': {
      const who = target(condition.of, subject);
      const today = ctx.instrument(who, condition.instrument);
      const before = ctx.previousScore(who, condition.instrument);
      if (today?.status !== 'complete' || !today.band || !before?.bandId) return FALSE;
      const now = ctx.bandRank(who, condition.instrument, today.band.id);
      const then = ctx.bandRank(who, condition.instrument, before.bandId);
      // A band this pathway does not know (another version) cannot be compared: no claim either way.
      return now !== null && then !== null && now > then ? { holds: true, keys: [...today.answeredKeys] } : FALSE;
    }
    case 'flag-new-since-last': {
      // Without an earlier contact there is no "since last time": nothing is new, nothing prompted.
      if (!ctx.storyLoaded) return FALSE;
      const who = target(condition.of, subject);
      const keys: AnswerKey[] = [];
      let holds = false;
      for (const ruleId of condition.rules) {
        if (ctx.flagRaisedBefore(who, ruleId)) continue;
        const today = ctx.flagRuleHolds(who, ruleId);
        if (!today.holds) continue;
        holds = true;
        keys.push(...today.keys);
      }
      return holds ? { holds, keys } : FALSE;
    }
    case 'due-unanswered': {
      const keys = ctx.evaluated?.dueUnanswered(subject, condition.group) ?? [];
      return keys.length ? { holds: true, keys: [...keys] } : FALSE;
    }
    case 'privacy-masked':
      return bool(ctx.evaluated?.privacyMasked === true);
    case 'all': {
      const keys: AnswerKey[] = [];
      for (const part of condition.conditions) {
        const result = checkCondition(part, subject, ctx);
        if (!result.holds) return FALSE;
        keys.push(...result.keys);
      }
      return { holds: true, keys };
    }
    case 'any': {
      const keys: AnswerKey[] = [];
      let holds = false;
      for (const part of condition.conditions) {
        const result = checkCondition(part, subject, ctx);
        if (result.holds) {
          holds = true;
          keys.push(...result.keys);
        }
      }
      return holds ? { holds, keys } : FALSE;
    }
    case 'not':
      return bool(!checkCondition(condition.condition, subject, ctx).holds);
  }
}
