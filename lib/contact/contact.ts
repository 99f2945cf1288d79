import { z } from 'zod';
import {
  babySituationSchema,
  contactTypeIdSchema,
  outcomeCodeSchema,
  outcomeDecisionStatusSchema,
  practitionerRoleSchema,
  subjectSchema,
  type ContactTypeId,
  type PractitionerRole,
  type Subject,
} from '../shared/ids';
import { storySoFarSchema } from './story-so-far';

// The contact model's vocabulary is defined once in lib/shared/ids.ts (a leaf module, so that the
// story so far can use it without a module cycle) and is part of this model's public names.
export {
  babySituationSchema,
  contactTypeIdSchema,
  outcomeCodeSchema,
  subjectSchema,
  type BabySituation,
  type ContactTypeId,
  type OutcomeCode,
  type PractitionerRole,
  type Subject,
} from '../shared/ids';

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
  childrenAges: z.array(z.number().int().min(0).max(18)).max(12),
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
  z.object({ kind: z.literal('option'), optionId: z.string().min(1).max(80) }),
  /** The parent chose not to answer. Never counts as 0. */
  z.object({ kind: z.literal('declined') }),
  /** The practitioner did not ask, with a reason. Never counts as 0. */
  z.object({
    kind: z.literal('not-asked'),
    reason: notAskedReasonSchema,
    note: z.string().max(200).optional(),
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
  questionId: z.string().min(1).max(80),
  subject: subjectSchema,
  response: responseSchema,
  answeredAt: z.string().datetime(),
  /**
   * Who it came from, for questions that record it (the red-flag check, pathway 2026.4.0).
   * Optional, so answers stored before it existed still parse.
   */
  from: z.array(reportSourceSchema).min(1).max(3).optional(),
  /** A short note in the practitioner's or family's words (issue 13). Summary only: never in the handover block. */
  note: z.string().max(280).optional(),
  /**
   * How it was recorded, when not one item at a time (issue 13): 'none-of-these' = with the group's
   * one "None of these" action (lib/pathway/group-answer.ts), so the summary can say so (H89).
   * Optional: answers stored before it existed still parse, and mean "asked on its own".
   */
  recordedWith: z.literal('none-of-these').optional(),
});
export type Answer = z.infer<typeof answerSchema>;

/** Answers are keyed `${subject}/${questionId}` so each is one fact that can be saved on its own. */
export type AnswerKey = `${Subject}/${string}`;
export function answerKey(subject: Subject, questionId: string): AnswerKey {
  return `${subject}/${questionId}`;
}

/** What the practitioner did about a (recommended or chosen) outcome. */
export const outcomeDecisionSchema = z.object({
  code: outcomeCodeSchema,
  subject: subjectSchema,
  status: outcomeDecisionStatusSchema,
  /** A local service id from the organisation's configuration, when one was used. */
  serviceId: z.string().max(80).optional(),
  decidedAt: z.string().datetime(),
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
export const contactSituationSchema = z
  .object({
    babySituation: babySituationSchema.optional(),
    /** The baby's age in whole days at the start of the contact (days for the first weeks; weeks are entered as 7 days each). */
    babyAgeDays: z.number().int().min(0).max(1200).optional(),
    /** Completed weeks of pregnancy at the start of an antenatal contact. */
    gestationWeeks: z.number().int().min(4).max(44).optional(),
    /** The family's preferred language, as the practitioner records it (a language name, not free narrative). */
    language: z.string().trim().min(1).max(40).optional(),
    interpreter: interpreterSchema.optional(),
  })
  .strict();
export type ContactSituation = z.infer<typeof contactSituationSchema>;

/**
 * Whether an instrument was asked with a validated translation, keyed `${subject}/${instrumentId}`:
 * the id of one of the organisation's validated translations (configuration), or 'none' (asked in
 * English or interpreted). The product ships no translation.
 */
export const translationsUsedSchema = z.record(z.string().max(40), z.string().min(1).max(60));

/** Longest text per safety-plan field: enough for a few lines, not a record. */
export const SAFETY_PLAN_FIELD_MAX = 500;
const safetyPlanText = z.string().max(SAFETY_PLAN_FIELD_MAX);

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
  updatedAt: z.string().datetime(),
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
export const referralFollowUpSchema = z
  .object({
    received: z.enum(['yes', 'no', 'not-known']).optional(),
    seen: z.enum(['yes', 'no', 'not-known']).optional(),
    /** The date of the first appointment, when known ("2026-05-04"). */
    seenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-05-04').optional(),
    answeredAt: z.string().datetime(),
  })
  .strict();
export type ReferralFollowUp = z.infer<typeof referralFollowUpSchema>;

export const contactStatusSchema = z.enum(['in-progress', 'completed']);

export const contactSchema = z.object({
  schemaVersion: z.literal(CONTACT_SCHEMA_VERSION),
  id: z.string().min(1).max(64),
  /** The pathway version the answers were given against (see lib/pathway). */
  pathwayVersion: z.string().min(1).max(40),
  /** A short, non-identifying label the practitioner chooses, e.g. "14:00 visit". */
  label: z.string().min(1).max(40),
  role: practitionerRoleSchema,
  contactType: contactTypeIdSchema,
  startedAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  status: contactStatusSchema,
  /** When the summary was copied or inserted into the record (starts the completed-contact retention clock). */
  summaryOutputAt: z.string().datetime().optional(),
  completedAt: z.string().datetime().optional(),
  presence: presenceSchema,
  answers: z.record(z.string(), answerSchema),
  /** Red flags the practitioner has acknowledged, by flag id, with the time. */
  acknowledgedFlags: z.record(z.string(), z.string().datetime()),
  /** Outcome decisions keyed `${subject}/${code}`. */
  outcomeDecisions: z.record(z.string(), outcomeDecisionSchema),
  shareWith: shareWithSchema,
  /** "What we would like other professionals to know", in the family's own words. */
  familyWords: z.string().max(2000),
  plan: z.string().max(2000),
  nextContact: z.string().max(200),
  /**
   * The story so far (issue 5): structured facts from a previous contact's handover block that the
   * practitioner accepted into this one. Optional, so contacts stored before it existed still parse.
   * Known history becomes "confirm still true" in the engine (lib/pathway/known-facts.ts).
   */
  storySoFar: storySoFarSchema.optional(),
  /** The contact's own situation recorded at its start (issue 11). Optional: older contacts have none. */
  situation: contactSituationSchema.optional(),
  /** Validated translations used, by `${subject}/${instrumentId}` (issue 11). Optional. */
  translationsUsed: translationsUsedSchema.optional(),
  /** The safety plan made at this contact (pathway 2026.4.0). Optional: older contacts parse. */
  safetyPlan: safetyPlanSchema.optional(),
  /** Follow-up of referrals made at earlier contacts (issue 14). Optional: older contacts parse. */
  referralFollowUps: z.record(z.string().max(120), referralFollowUpSchema).optional(),
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
