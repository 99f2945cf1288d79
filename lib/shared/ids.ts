import { z } from 'zod';

// The shared vocabulary: ids and enums that the contact model, the pathway definition and the
// handover facts all use. This is a leaf module (it imports only Zod) so that each of them can
// import it without importing one another: lib/contact/contact.ts holds the story so far, whose
// facts name instruments and escalation levels from the pathway, while the pathway reads the
// contact. Each enum is defined once, here (issue 16: the handover facts used to carry copies).
//
// lib/contact/contact.ts and lib/pathway/schema.ts re-export the names that belong to their model
// (only those imported through them), so `Subject` still comes from the contact model and
// `InstrumentId` from the pathway schema.

export const practitionerRoleSchema = z.enum(['midwife', 'health-visitor', 'fnp-nurse']);
export type PractitionerRole = z.infer<typeof practitionerRoleSchema>;

/** Contact types (pathway reference §2.1–2.8). The pathway data says what each one asks. */
export const contactTypeIdSchema = z.enum([
  'midwife-booking',
  'midwife-antenatal',
  'midwife-postnatal',
  'hv-antenatal',
  'hv-new-birth',
  'hv-6-8-weeks',
  'hv-3-4-months',
  'hv-12-months',
  'hv-2-years',
  'hv-additional',
  'fnp-pregnancy',
  'fnp-infancy',
  'fnp-toddler',
]);
export type ContactTypeId = z.infer<typeof contactTypeIdSchema>;

/** Whom a question is asked of (or an observation is about). */
export const subjectSchema = z.enum(['birthing-parent', 'partner']);
export type Subject = z.infer<typeof subjectSchema>;

/** The stepped-care outcomes of the reference (O1–O14); their wording is data in lib/pathway/outcomes.ts. */
export const outcomeCodeSchema = z.enum([
  'O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10', 'O11', 'O12', 'O13', 'O14',
]);
export type OutcomeCode = z.infer<typeof outcomeCodeSchema>;

/** What the practitioner did about a (recommended or chosen) outcome. */
export const outcomeDecisionStatusSchema = z.enum(['done', 'offered', 'declined-by-family', 'not-appropriate']);

/**
 * The baby's situation at the start of a postnatal contact (issue 11; seed 003 "Baby loss"; S23).
 * It decides which baby prompts make sense: observations of parent and baby together are not
 * applicable when the baby is not there, and after a death there are no baby prompts at all.
 */
export const babySituationSchema = z.enum(['with-parents', 'neonatal-unit', 'not-in-parents-care', 'died']);
export type BabySituation = z.infer<typeof babySituationSchema>;

/** The screening instruments the pathway defines (lib/pathway/instruments). */
export const instrumentIdSchema = z.enum(['whooley', 'gad-2', 'phq-9', 'gad-7', 'epds']);
export type InstrumentId = z.infer<typeof instrumentIdSchema>;

/** Escalation levels of the reference §3.4 matrix (tool default, confirmed locally). */
export const escalationLevelSchema = z.enum(['E0', 'E1', 'E2', 'E3', 'E4', 'E5']);
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;

/** Pathway ids: question ids ("history.severe-mental-illness"), option ids, band ids. */
export const pathwayIdSchema = z.string().max(80).regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/);
/** Rule ids ("HR-POSTPARTUM-PSYCHOSIS-RISK"). */
export const ruleIdSchema = z.string().max(80).regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/);

/**
 * Outstanding kinds a handover block carries, in block order (append only: older blocks decode as
 * before). 'private-question-outstanding' is the engine's one neutral item (it never names the topic).
 */
export const handedOverOutstandingKinds = [
  'partner-not-seen',
  'ask-partner-next-time',
  'private-question-outstanding',
  'private-time-to-talk',
  'history-incomplete',
  'measure-not-complete',
  'risk-item-not-answered',
  // Pathway 2026.4.0: a due self-harm risk enquiry not answered (declined, not asked, or not yet
  // done): risk not known, never none.
  'risk-not-known',
  // Pathway 2026.5.0 (H110): imminent danger still marked "not sure" when the contact ends.
  'imminent-danger-unsure',
] as const;

/**
 * Every outstanding kind: those handed over, and two about this contact's paperwork only
 * ('flag-not-acknowledged', 'outcome-not-decided'), which never travel in a block.
 */
export const outstandingKindSchema = z.enum([...handedOverOutstandingKinds, 'flag-not-acknowledged', 'outcome-not-decided']);
export type OutstandingKind = z.infer<typeof outstandingKindSchema>;
