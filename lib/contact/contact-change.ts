import * as z from 'zod/mini';
import { dateTimeSchema } from './id-schemas';
import { handoverFactsSchema } from './handover-facts';
import {
  answerKey,
  answerSchema,
  outcomeDecisionSchema,
  contactSituationSchema,
  presenceSchema,
  referralFollowUpSchema,
  safetyPlanSchema,
  shareWithSchema,
  subjectSchema,
  type Contact,
} from './contact';

// Every edit to a contact is one small change. The panel dispatches changes; storage saves each
// one the moment it happens, keyed so that two panels editing different answers never overwrite
// each other (see changeKey), and replays them with applyChange.

export const contactChangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('presence'), presence: presenceSchema, at: dateTimeSchema }),
  z.object({ type: z.literal('answer'), answer: answerSchema }),
  z.object({
    type: z.literal('clear-answer'),
    subject: subjectSchema,
    questionId: z.string().check(z.minLength(1), z.maxLength(80)),
    at: dateTimeSchema,
  }),
  z.object({ type: z.literal('acknowledge-flag'), flagId: z.string().check(z.minLength(1), z.maxLength(120)), at: dateTimeSchema }),
  z.object({ type: z.literal('outcome-decision'), decision: outcomeDecisionSchema }),
  z.object({
    type: z.literal('clear-outcome-decision'),
    subject: subjectSchema,
    code: outcomeDecisionSchema.shape.code,
    at: dateTimeSchema,
  }),
  z.object({ type: z.literal('share-with'), shareWith: shareWithSchema, at: dateTimeSchema }),
  z.object({
    type: z.literal('text'),
    field: z.enum(['familyWords', 'plan', 'nextContact', 'label']),
    value: z.string().check(z.maxLength(2000)),
    at: dateTimeSchema,
  }),
  z.object({ type: z.literal('summary-output'), at: dateTimeSchema }),
  /** Accept a previous contact's handover block into this contact (issue 5, load the story so far). */
  z.object({ type: z.literal('load-story-so-far'), facts: handoverFactsSchema, at: dateTimeSchema }),
  /** Remove it again (for example, it was the wrong family's). */
  z.object({ type: z.literal('clear-story-so-far'), at: dateTimeSchema }),
  z.object({ type: z.literal('complete'), at: dateTimeSchema }),
  /** The contact's situation (baby, age or gestation, language and interpreter), corrected during the contact. */
  z.object({ type: z.literal('situation'), situation: contactSituationSchema, at: dateTimeSchema }),
  /** Whether a validated translation was used for one instrument ('none' when not). */
  z.object({
    type: z.literal('translation'),
    subject: subjectSchema,
    instrumentId: z.string().check(z.minLength(1), z.maxLength(20)),
    translation: z.string().check(z.minLength(1), z.maxLength(60)),
    at: dateTimeSchema,
  }),
  /** The safety plan as it stands now (one slot: the latest version wins). */
  z.object({ type: z.literal('safety-plan'), plan: safetyPlanSchema, at: dateTimeSchema }),
  /** What is known now about a referral made at an earlier contact (issue 14; one slot per referral). */
  z.object({ type: z.literal('referral-follow-up'), key: z.string().check(z.minLength(1), z.maxLength(120)), followUp: referralFollowUpSchema, at: dateTimeSchema }),
]);
export type ContactChange = z.infer<typeof contactChangeSchema>;

function changeTime(change: ContactChange): string {
  switch (change.type) {
    case 'answer':
      return change.answer.answeredAt;
    case 'outcome-decision':
      return change.decision.decidedAt;
    default:
      return change.at;
  }
}

/**
 * The slot a change writes to. Two changes with the same key replace each other (last write wins);
 * changes with different keys are independent, so concurrent panels cannot lose each other's answers.
 */
export function changeKey(change: ContactChange): string {
  switch (change.type) {
    case 'answer':
      return `answer:${answerKey(change.answer.subject, change.answer.questionId)}`;
    case 'clear-answer':
      return `answer:${answerKey(change.subject, change.questionId)}`;
    case 'acknowledge-flag':
      return `flag:${change.flagId}`;
    case 'outcome-decision':
      return `outcome:${change.decision.subject}/${change.decision.code}`;
    case 'clear-outcome-decision':
      return `outcome:${change.subject}/${change.code}`;
    case 'text':
      return `text:${change.field}`;
    case 'translation':
      return `translation:${change.subject}/${change.instrumentId}`;
    case 'safety-plan':
      return 'safety-plan';
    case 'referral-follow-up':
      return `referral:${change.key}`;
    case 'load-story-so-far':
    case 'clear-story-so-far':
      // One slot: loading and clearing replace each other, so the latest decision wins.
      return 'story-so-far';
    default:
      return change.type;
  }
}

/** Pure: returns a new contact with the change applied. Never mutates its input. */
export function applyChange(contact: Contact, change: ContactChange): Contact {
  const at = changeTime(change);
  const updatedAt = at > contact.updatedAt ? at : contact.updatedAt;
  switch (change.type) {
    case 'presence':
      return { ...contact, presence: change.presence, updatedAt };
    case 'answer': {
      const key = answerKey(change.answer.subject, change.answer.questionId);
      return { ...contact, answers: { ...contact.answers, [key]: change.answer }, updatedAt };
    }
    case 'clear-answer': {
      const { [answerKey(change.subject, change.questionId)]: _cleared, ...answers } = contact.answers;
      return { ...contact, answers, updatedAt };
    }
    case 'acknowledge-flag':
      if (contact.acknowledgedFlags[change.flagId]) return contact;
      return { ...contact, acknowledgedFlags: { ...contact.acknowledgedFlags, [change.flagId]: change.at }, updatedAt };
    case 'outcome-decision': {
      const key = `${change.decision.subject}/${change.decision.code}`;
      return { ...contact, outcomeDecisions: { ...contact.outcomeDecisions, [key]: change.decision }, updatedAt };
    }
    case 'clear-outcome-decision': {
      const { [`${change.subject}/${change.code}`]: _cleared, ...outcomeDecisions } = contact.outcomeDecisions;
      return { ...contact, outcomeDecisions, updatedAt };
    }
    case 'share-with':
      return { ...contact, shareWith: change.shareWith, updatedAt };
    case 'text':
      return { ...contact, [change.field]: change.value, updatedAt };
    case 'summary-output':
      return { ...contact, summaryOutputAt: change.at, updatedAt };
    case 'load-story-so-far':
      return { ...contact, storySoFar: { facts: change.facts, loadedAt: change.at }, updatedAt };
    case 'clear-story-so-far': {
      const { storySoFar: _cleared, ...rest } = contact;
      return { ...rest, updatedAt };
    }
    case 'complete':
      return { ...contact, status: 'completed', completedAt: change.at, updatedAt };
    case 'situation':
      return { ...contact, situation: change.situation, updatedAt };
    case 'translation':
      return {
        ...contact,
        translationsUsed: { ...contact.translationsUsed, [`${change.subject}/${change.instrumentId}`]: change.translation },
        updatedAt,
      };
    case 'safety-plan':
      return { ...contact, safetyPlan: change.plan, updatedAt };
    case 'referral-follow-up':
      return { ...contact, referralFollowUps: { ...contact.referralFollowUps, [change.key]: change.followUp }, updatedAt };
  }
}

export function applyChanges(contact: Contact, changes: readonly ContactChange[]): Contact {
  return changes.reduce(applyChange, contact);
}
