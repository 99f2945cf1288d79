import * as z from 'zod/mini';
import { dateTimeSchema } from './id-schemas';
import { handoverFactsSchema } from './handover-facts';
import {
  answerSchema,
  outcomeDecisionSchema,
  contactSituationSchema,
  presenceSchema,
  referralFollowUpSchema,
  safetyPlanSchema,
  shareWithSchema,
  subjectSchema,
} from './contact';

// Every edit to a contact is one small change. The panel dispatches changes; storage saves each
// one the moment it happens, keyed so that two panels editing different answers never overwrite
// each other (see changeKey), and replays them with applyChange.
//
// The schema is checked where a change is saved or read back (lib/storage); the slot and replay
// functions need no validator and live in ./apply-change.ts, so listing contacts and starting one
// do not load Zod (issue 17).
export { applyChange, applyChanges, changeKey } from './apply-change';

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
