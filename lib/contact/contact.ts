import * as z from 'zod/mini';
import {
  babySituationSchema,
  contactTypeIdSchema,
  dateTimeSchema,
  outcomeCodeSchema,
  outcomeDecisionStatusSchema,
  practitionerRoleSchema,
  subjectSchema,
} from './id-schemas';
import type { ContactTypeId, PractitionerRole } from '../shared/ids';
import { storySoFarSchema } from './story-so-far';

// The contact model's vocabulary is listed once in lib/shared/ids.ts (a leaf module, so that the
// story so far can use it without a module cycle; its schemas are in ./id-schemas.ts) and is part
// of this model's public names.
export { babySituationSchema, contactTypeIdSchema, outcomeCodeSchema, subjectSchema } from './id-schemas';
export type { BabySituation, ContactTypeId, OutcomeCode, PractitionerRole, Subject } from '../shared/ids';
export { answerKey, type AnswerKey } from './answer-key';

// Zod Mini (issue 17): a stored contact is validated when it is opened, on the way to the first
// question of a resumed contact, so these schemas are on the panel's first path. The checks are
// the classic schemas' one for one (tests/lib/contact/mini-schemas.test.ts, hazard H100).

// The contact model: the facts a practitioner records during one contact with a family.
// Only facts are stored (answers with their time, who was in the room, decisions, the family's
// words); visibility, scores, flags and outcomes are always recomputed by the pathway engine
// (lib/pathway) so that a rule change can never leave stale derived state behind.
//
// No names, dates of birth or NHS numbers: the record, not the extension, is the record.

export const CONTACT_SCHEMA_VERSION = 1;

/** Who is in the room right now. Can change at any time; the engine re-evaluates. */
export const presenceSchema = z.object({
  birthingParent: z.boolean(),
  partner: z.boolean(),
  /** A relative, friend or other adult who is not the partner. */
  otherAdults: z.boolean(),
  /** A family member or friend interpreting (never private: S20 RCGP). */
  familyInterpreter: z.boolean(),
  /** A professional interpreter (bound by confidentiality). */
  professionalInterpreter: z.boolean(),
  /** Ages in whole years of children in the room (babies are 0). */
  childrenAges: z.array(z.number().check(z.int(), z.gte(0), z.lte(18))).check(z.maxLength(12)),
  /** "An older child is present" when the practitioner does not want to enter ages. */
  olderChildPresent: z.boolean(),
});
export type Presence = z.infer<typeof presenceSchema>;

/** Why an item was not asked. Reasons are neutral so the summary can show them to anyone. */
export const notAskedReasonSchema = z.enum([
  'not-private', // never shown with a topic: "private question outstanding"
  'parent-distressed',
  'not-appropriate-now',
  'interpreter-needed',
  'out-of-time',
  'already-known',
  'other',
]);
export type NotAskedReason = z.infer<typeof notAskedReasonSchema>;

export const responseSchema = z.discriminatedUnion('kind', [
  /** An answer option; the score comes from the option definition, never from its position. */
  z.object({ kind: z.literal('option'), optionId: z.string().check(z.minLength(1), z.maxLength(80)) }),
  /** The parent chose not to answer. Never counts as 0. */
  z.object({ kind: z.literal('declined') }),
  /** The practitioner did not ask, with a reason. Never counts as 0. */
  z.object({
    kind: z.literal('not-asked'),
    reason: notAskedReasonSchema,
    note: z.optional(z.string().check(z.maxLength(200))),
  }),
]);
export type Response = z.infer<typeof responseSchema>;

/**
 * Who a report came from (reference §4.3: tag each item with who reported it): the parent herself,
 * the practitioner's own observation, or an informant (a partner or relative in the room; S7 Humber:
 * a partner or family reporting marked out-of-character change).
 */
export const reportSourceSchema = z.enum(['parent', 'practitioner', 'informant']);
export type ReportSource = z.infer<typeof reportSourceSchema>;

export const answerSchema = z.object({
  questionId: z.string().check(z.minLength(1), z.maxLength(80)),
  subject: subjectSchema,
  response: responseSchema,
  answeredAt: dateTimeSchema,
  /**
   * Who it came from, for questions that record it (the red-flag check, pathway 2026.4.0).
   * Optional, so answers stored before it existed still parse.
   */
  from: z.optional(z.array(reportSourceSchema).check(z.minLength(1), z.maxLength(3))),
  /** A short note in the practitioner's or family's words (issue 13). Summary only: never in the handover block. */
  note: z.optional(z.string().check(z.maxLength(280))),
  /**
   * How it was recorded, when not one item at a time (issue 13): 'none-of-these' = with the group's
   * one "None of these" action (lib/pathway/group-answer.ts), so the summary can say so (H89).
   * Optional: answers stored before it existed still parse, and mean "asked on its own".
   */
  recordedWith: z.optional(z.literal('none-of-these')),
});
export type Answer = z.infer<typeof answerSchema>;

/** What the practitioner did about a (recommended or chosen) outcome. */
export const outcomeDecisionSchema = z.object({
  code: outcomeCodeSchema,
  subject: subjectSchema,
  status: outcomeDecisionStatusSchema,
  /** A local service id from the organisation's configuration, when one was used. */
  serviceId: z.optional(z.string().check(z.maxLength(80))),
  decidedAt: dateTimeSchema,
});
export type OutcomeDecision = z.infer<typeof outcomeDecisionSchema>;

/** Consent to share this contact's findings (S27: record the decision and the reasons). */
export const shareWithSchema = z.object({
  gp: z.boolean(),
  midwife: z.boolean(),
  healthVisitor: z.boolean(),
  specialistTeam: z.boolean(),
  socialCare: z.boolean(),
});
export type ShareWith = z.infer<typeof shareWithSchema>;

/** Who is interpreting, as recorded at the start (S20 RCGP: never family, friends or carers for private enquiry). */
export const interpreterSchema = z.enum(['none', 'professional', 'family']);
export type Interpreter = z.infer<typeof interpreterSchema>;

/**
 * What the practitioner records about the contact itself at its start (issue 11). Every field is
 * optional: it is prompted, never required, and contacts stored before it existed have none.
 * No identifiers: the baby's age in days, never a date of birth.
 */
export const contactSituationSchema = z.strictObject({
  babySituation: z.optional(babySituationSchema),
  /** The baby's age in whole days at the start of the contact (days for the first weeks; weeks are entered as 7 days each). */
  babyAgeDays: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1200))),
  /** Completed weeks of pregnancy at the start of an antenatal contact. */
  gestationWeeks: z.optional(z.number().check(z.int(), z.gte(4), z.lte(44))),
  /** The family's preferred language, as the practitioner records it (a language name, not free narrative). */
  language: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
  interpreter: z.optional(interpreterSchema),
});
export type ContactSituation = z.infer<typeof contactSituationSchema>;

/**
 * Whether an instrument was asked with a validated translation, keyed `${subject}/${instrumentId}`:
 * the id of one of the organisation's validated translations (configuration), or 'none' (asked in
 * English or interpreted). The product ships no translation.
 */
export const translationsUsedSchema = z.record(z.string().check(z.maxLength(40)), z.string().check(z.minLength(1), z.maxLength(60)));

/** Longest text per safety-plan field: enough for a few lines, not a record. */
export const SAFETY_PLAN_FIELD_MAX = 500;
const safetyPlanText = z.string().check(z.maxLength(SAFETY_PLAN_FIELD_MAX));

/**
 * A safety plan made together with the birthing parent (SIGN, S8: warning signs, actions to keep
 * herself and the baby safe, coping strategies, people to call, professional contacts; issue 10
 * item 8). The crisis numbers come from the organisation's configured crisis routes, not from here.
 * Stored encrypted with the rest of the contact.
 */
export const safetyPlanSchema = z.object({
  madeTogether: z.boolean(),
  warningSigns: safetyPlanText,
  coping: safetyPlanText,
  people: safetyPlanText,
  professionals: safetyPlanText,
  keepingSafe: safetyPlanText,
  updatedAt: dateTimeSchema,
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;
export const SAFETY_PLAN_FIELDS = ['warningSigns', 'coping', 'people', 'professionals', 'keepingSafe'] as const;
export type SafetyPlanField = (typeof SAFETY_PLAN_FIELDS)[number];

/**
 * What the practitioner learns at a later contact about a referral made earlier (issue 14, the
 * referral loop): was it received, has she been seen (the first appointment or assessment), and
 * when. Keyed by the referral (`${subject}/${code}/${minute it was decided}`, referralKey in
 * lib/handover/referral-loop.ts). No free text.
 */
export const referralFollowUpSchema = z.strictObject({
  received: z.optional(z.enum(['yes', 'no', 'not-known'])),
  seen: z.optional(z.enum(['yes', 'no', 'not-known'])),
  /** The date of the first appointment, when known ("2026-05-04"). */
  seenOn: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-05-04'))),
  answeredAt: dateTimeSchema,
});
export type ReferralFollowUp = z.infer<typeof referralFollowUpSchema>;

export const contactStatusSchema = z.enum(['in-progress', 'completed']);

export const contactSchema = z.object({
  schemaVersion: z.literal(CONTACT_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The pathway version the answers were given against (see lib/pathway). */
  pathwayVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  /** A short, non-identifying label the practitioner chooses, e.g. "14:00 visit". */
  label: z.string().check(z.minLength(1), z.maxLength(40)),
  role: practitionerRoleSchema,
  contactType: contactTypeIdSchema,
  startedAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
  status: contactStatusSchema,
  /** When the summary was copied or inserted into the record (starts the completed-contact retention clock). */
  summaryOutputAt: z.optional(dateTimeSchema),
  completedAt: z.optional(dateTimeSchema),
  presence: presenceSchema,
  answers: z.record(z.string(), answerSchema),
  /** Red flags the practitioner has acknowledged, by flag id, with the time. */
  acknowledgedFlags: z.record(z.string(), dateTimeSchema),
  /** Outcome decisions keyed `${subject}/${code}`. */
  outcomeDecisions: z.record(z.string(), outcomeDecisionSchema),
  shareWith: shareWithSchema,
  /** "What we would like other professionals to know", in the family's own words. */
  familyWords: z.string().check(z.maxLength(2000)),
  plan: z.string().check(z.maxLength(2000)),
  nextContact: z.string().check(z.maxLength(200)),
  /**
   * The story so far (issue 5): structured facts from a previous contact's handover block that the
   * practitioner accepted into this one. Optional, so contacts stored before it existed still parse.
   * Known history becomes "confirm still true" in the engine (lib/pathway/known-facts.ts).
   */
  storySoFar: z.optional(storySoFarSchema),
  /** The contact's own situation recorded at its start (issue 11). Optional: older contacts have none. */
  situation: z.optional(contactSituationSchema),
  /** Validated translations used, by `${subject}/${instrumentId}` (issue 11). Optional. */
  translationsUsed: z.optional(translationsUsedSchema),
  /** The safety plan made at this contact (pathway 2026.4.0). Optional: older contacts parse. */
  safetyPlan: z.optional(safetyPlanSchema),
  /** Follow-up of referrals made at earlier contacts (issue 14). Optional: older contacts parse. */
  referralFollowUps: z.optional(z.record(z.string().check(z.maxLength(120)), referralFollowUpSchema)),
});
export type Contact = z.infer<typeof contactSchema>;

export const nobodyElsePresent: Presence = {
  birthingParent: true,
  partner: false,
  otherAdults: false,
  familyInterpreter: false,
  professionalInterpreter: false,
  childrenAges: [],
  olderChildPresent: false,
};

export type NewContact = {
  id: string;
  pathwayVersion: string;
  label: string;
  role: PractitionerRole;
  contactType: ContactTypeId;
  presence: Presence;
  now: string;
  situation?: ContactSituation;
};

export function createContact(input: NewContact): Contact {
  return {
    schemaVersion: CONTACT_SCHEMA_VERSION,
    id: input.id,
    pathwayVersion: input.pathwayVersion,
    label: input.label,
    role: input.role,
    contactType: input.contactType,
    startedAt: input.now,
    updatedAt: input.now,
    status: 'in-progress',
    presence: input.presence,
    answers: {},
    acknowledgedFlags: {},
    outcomeDecisions: {},
    shareWith: { gp: false, midwife: false, healthVisitor: false, specialistTeam: false, socialCare: false },
    familyWords: '',
    plan: '',
    nextContact: '',
    ...(input.situation && Object.keys(input.situation).length ? { situation: input.situation } : {}),
  };
}
