import type { AnswerKey, ContactTypeId, Subject } from '../contact/contact';
import type { PresenceFacts } from './privacy';
import { presenceHolds } from './privacy';
import type { EffectiveResponse } from './responses';
import type { ScoredInstrument } from './scoring';
import type { Condition, ContactType, InstrumentId, SubjectRef } from './schema';
import type { PathwaySettings } from './settings';

// Evaluates a Condition for one subject. Pure: everything it reads comes through the context.
// Returns whether it holds and the stored answer keys that made it hold (for "why" in flags and
// outcomes). Hidden items have no response, so a condition can never read a hidden answer.

export interface ConditionContext {
  contactType: ContactType;
  settings: PathwaySettings;
  presence: PresenceFacts;
  effective(subject: Subject, questionId: string): EffectiveResponse | null;
  /** null when the instrument is not part of this contact for the subject (or is hidden). */
  instrument(subject: Subject, instrumentId: InstrumentId): ScoredInstrument | null;
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
      return bool(condition.statuses.includes(result ? result.status : 'not-started'));
    }
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
