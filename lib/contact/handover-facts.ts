import * as z from 'zod/mini';
import { handedOverOutstandingKinds } from '../shared/ids';
import {
  babySituationSchema,
  contactTypeIdSchema,
  escalationLevelSchema,
  instrumentIdSchema,
  minuteTimeSchema,
  outcomeCodeSchema,
  outcomeDecisionStatusSchema,
  pathwayIdSchema,
  practitionerRoleSchema,
  ruleIdSchema,
  subjectSchema,
} from './id-schemas';
import { MAX_FLAG_RAISED_FACTS, MAX_REFERRAL_FACTS, MAX_SCORE_FACTS } from './story-history';

// The structured facts a contact hands over to the next one (issue 5, "tell it once"): history
// answers, screening results, flags, outcomes and outstanding items, each with its date and the
// role of the practitioner who recorded it. This is the payload of the handover block at the end
// of the summary, and what a new contact keeps in `contact.storySoFar` once the practitioner has
// accepted it.
//
// On purpose the schema has NO free-text field: every value is an id from the pathway definition,
// an enum, a number or a minute-precision time. The family's own words, the plan or any note can
// therefore never travel in a block, and the block can be rendered in neutral wording from the
// pathway. Domestic-abuse (private) content is kept out by handoverFactsFrom and checked by tests.
//
// The facts are part of the contact model (a contact keeps them as its story so far, see
// story-so-far.ts), so they live beside it and use the shared vocabulary in lib/shared; lib/handover
// encodes them into a block and back, and derives them from a finished contact.

/**
 * Version 2 (issue 14) adds the story over time (`baby`, `scores`, `flagsRaised`, `referrals`,
 * `dropped`), all optional: facts of version 1 (blocks and stored contacts made before it) parse
 * unchanged and simply have no history.
 */
export const HANDOVER_FACTS_VERSION = 2;
export const handoverFactsVersionSchema = z.union([z.literal(1), z.literal(2)]);

/**
 * Outstanding kinds a block may carry. 'private-question-outstanding' is the engine's one neutral
 * item (it never names the topic); 'flag-not-acknowledged' and 'outcome-not-decided' are left out
 * because they are about this contact's paperwork, not the family. Each is one of the engine's
 * outstanding kinds: lib/handover/handover-facts-from.ts checks that at compile time.
 */
export const factOutstandingKindSchema = z.enum(handedOverOutstandingKinds);

export const historyFactSchema = z.strictObject({
  questionId: pathwayIdSchema,
  subject: subjectSchema,
  optionId: pathwayIdSchema,
  /** When it was answered, or last confirmed as still true. */
  at: minuteTimeSchema,
  role: practitionerRoleSchema,
});
export type HistoryFact = z.infer<typeof historyFactSchema>;

export const itemRiskFactSchema = z.strictObject({
  questionId: pathwayIdSchema,
  status: z.enum(['positive', 'negative', 'unknown']),
  score: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(3))),
});

export const screeningFactSchema = z.strictObject({
  instrumentId: instrumentIdSchema,
  subject: subjectSchema,
  at: minuteTimeSchema,
  role: practitionerRoleSchema,
  /** 'incomplete' and 'declined' have no total and no band: declined is never a score. */
  status: z.enum(['complete', 'incomplete', 'declined']),
  total: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(99))),
  maxTotal: z.number().check(z.int(), z.gte(1), z.lte(99)),
  bandId: z.nullable(pathwayIdSchema),
  /** The band's lower bound as used at that contact (thresholds are organisation settings). */
  bandFrom: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(99))),
  itemRisk: z.array(itemRiskFactSchema).check(z.maxLength(4)),
}).check(z.refine((s) => (s.status === 'complete') === (s.total !== null), 'only a complete result has a total'), z.refine((s) => s.total === null || s.total <= s.maxTotal, 'the total cannot exceed the maximum'), z.refine((s) => (s.bandId === null) === (s.bandFrom === null), 'a band needs its lower bound'));
export type ScreeningFact = z.infer<typeof screeningFactSchema>;

export const flagFactSchema = z.strictObject({
  ruleId: ruleIdSchema,
  subject: subjectSchema,
  level: escalationLevelSchema,
  at: minuteTimeSchema,
  acknowledged: z.boolean(),
});
export type FlagFact = z.infer<typeof flagFactSchema>;

export const outcomeFactSchema = z.strictObject({
  code: outcomeCodeSchema,
  subject: subjectSchema,
  /** 'chosen' = decided by the practitioner without a recommendation. */
  strength: z.enum(['recommend', 'consider', 'chosen']),
  decision: z.nullable(outcomeDecisionStatusSchema),
});
export type OutcomeFact = z.infer<typeof outcomeFactSchema>;

export const outstandingFactSchema = z.strictObject({
  kind: factOutstandingKindSchema,
  subject: z.nullable(subjectSchema),
  instrumentId: z.nullable(instrumentIdSchema),
});
export type OutstandingFact = z.infer<typeof outstandingFactSchema>;

/** The baby's situation as recorded at a contact (issue 11), with the time of that contact. */
export const babyFactSchema = z.strictObject({ situation: babySituationSchema, at: minuteTimeSchema });
export type BabyFact = z.infer<typeof babyFactSchema>;

/** One complete score at one contact (issue 14): the trend and change rules read these. */
export const scoreFactSchema = z.strictObject({
  instrumentId: instrumentIdSchema,
  subject: subjectSchema,
  at: minuteTimeSchema,
  role: practitionerRoleSchema,
  total: z.number().check(z.int(), z.gte(0), z.lte(99)),
  maxTotal: z.number().check(z.int(), z.gte(1), z.lte(99)),
  bandId: z.nullable(pathwayIdSchema),
  bandFrom: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(99))),
}).check(z.refine((s) => s.total <= s.maxTotal, 'the total cannot exceed the maximum'), z.refine((s) => (s.bandId === null) === (s.bandFrom === null), 'a band needs its lower bound'));
export type ScoreFact = z.infer<typeof scoreFactSchema>;

/** A red flag raised at a contact, with its date (issue 14). */
export const flagRaisedFactSchema = z.strictObject({ ruleId: ruleIdSchema, subject: subjectSchema, level: escalationLevelSchema, at: minuteTimeSchema });
export type FlagRaisedFact = z.infer<typeof flagRaisedFactSchema>;

/**
 * An outcome acted on at a contact (decision done or offered), with the date of the decision
 * (issue 14): the referral loop asks about these at later contacts.
 */
export const referralFactSchema = z.strictObject({
  code: outcomeCodeSchema,
  subject: subjectSchema,
  decision: z.enum(['done', 'offered']),
  at: minuteTimeSchema,
  role: practitionerRoleSchema,
});
export type ReferralFact = z.infer<typeof referralFactSchema>;

// Bounds of the story over time: lib/contact/story-history.ts (which applies them).
export { MAX_FLAG_RAISED_FACTS, MAX_REFERRAL_FACTS, MAX_SCORE_FACTS } from './story-history';

export const handoverSourceSchema = z.strictObject({
  contactType: contactTypeIdSchema,
  role: practitionerRoleSchema,
  /** When the contact started. */
  at: minuteTimeSchema,
  pathwayVersion: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9.+-]+$/)),
});

export const handoverFactsSchema = z.strictObject({
  v: handoverFactsVersionSchema,
  source: handoverSourceSchema,
  history: z.array(historyFactSchema).check(z.maxLength(20)),
  screening: z.array(screeningFactSchema).check(z.maxLength(20)),
  flags: z.array(flagFactSchema).check(z.maxLength(30)),
  outcomes: z.array(outcomeFactSchema).check(z.maxLength(40)),
  outstanding: z.array(outstandingFactSchema).check(z.maxLength(30)),
  // Version 2 (issue 14): the story over time. Each list includes the block's own contact.
  /** The baby's situation at the latest contact that recorded it. */
  baby: z.optional(babyFactSchema),
  /** Complete scores at this and earlier contacts, oldest first. */
  scores: z.optional(z.array(scoreFactSchema).check(z.maxLength(MAX_SCORE_FACTS))),
  /** Red flags raised at this and earlier contacts, oldest first. */
  flagsRaised: z.optional(z.array(flagRaisedFactSchema).check(z.maxLength(MAX_FLAG_RAISED_FACTS))),
  /** Outcomes done or offered at this and earlier contacts, oldest first. */
  referrals: z.optional(z.array(referralFactSchema).check(z.maxLength(MAX_REFERRAL_FACTS))),
  /** How many older entries have been dropped (oldest first) to keep the block bounded. */
  dropped: z.optional(z.number().check(z.int(), z.gte(0), z.lte(9999))),
});
export type HandoverFacts = z.infer<typeof handoverFactsSchema>;
