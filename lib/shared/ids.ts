// The shared vocabulary: ids and enums that the contact model, the pathway definition and the
// handover facts all use. This is a leaf module (it imports nothing) so that each of them can
// import it without importing one another: lib/contact/contact.ts holds the story so far, whose
// facts name instruments and escalation levels from the pathway, while the pathway reads the
// contact. Each enum is listed once, here (issue 16: the handover facts used to carry copies).
//
// Plain `as const` lists, not Zod schemas (issue 17): the pathway data and the panel's first
// screens import this module, and building schemas at module load cost a resume time and pulled a
// validator into the pathway chunk. The schemas that validate these ids are built from these lists
// where a schema needs them: lib/contact/id-schemas.ts (Zod Mini, stored contacts and handover
// facts) and lib/pathway/schema.ts (the pathway definition, checked by the meta-tests).
//
// lib/contact/contact.ts and lib/pathway/schema.ts re-export the names that belong to their model
// (only those imported through them), so `Subject` still comes from the contact model and
// `InstrumentId` from the pathway schema.

export const PRACTITIONER_ROLES = ['midwife', 'health-visitor', 'fnp-nurse'] as const;
export type PractitionerRole = (typeof PRACTITIONER_ROLES)[number];

/** Contact types (pathway reference §2.1–2.8). The pathway data says what each one asks. */
export const CONTACT_TYPE_IDS = [
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
] as const;
export type ContactTypeId = (typeof CONTACT_TYPE_IDS)[number];

/** Whom a question is asked of (or an observation is about). */
export const SUBJECTS = ['birthing-parent', 'partner'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** The stepped-care outcomes of the reference (O1–O14); their wording is data in lib/pathway/outcomes.ts. */
export const OUTCOME_CODES = ['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10', 'O11', 'O12', 'O13', 'O14'] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

/** What the practitioner did about a (recommended or chosen) outcome. */
export const OUTCOME_DECISION_STATUSES = ['done', 'offered', 'declined-by-family', 'not-appropriate'] as const;

/**
 * The baby's situation at the start of a postnatal contact (issue 11; seed 003 "Baby loss"; S23).
 * It decides which baby prompts make sense: observations of parent and baby together are not
 * applicable when the baby is not there, and after a death there are no baby prompts at all.
 */
export const BABY_SITUATIONS = ['with-parents', 'neonatal-unit', 'not-in-parents-care', 'died'] as const;
export type BabySituation = (typeof BABY_SITUATIONS)[number];

/** The screening instruments the pathway defines (lib/pathway/instruments). */
export const INSTRUMENT_IDS = ['whooley', 'gad-2', 'phq-9', 'gad-7', 'epds'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Escalation levels of the reference §3.4 matrix (tool default, confirmed locally). */
export const ESCALATION_LEVELS = ['E0', 'E1', 'E2', 'E3', 'E4', 'E5'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** Pathway ids: question ids ("history.severe-mental-illness"), option ids, band ids. At most 80 characters. */
export const PATHWAY_ID_PATTERN = /^[a-z0-9]+([.-][a-z0-9]+)*$/;
/** Rule ids ("HR-POSTPARTUM-PSYCHOSIS-RISK"). At most 80 characters. */
export const RULE_ID_PATTERN = /^[A-Z0-9]+(-[A-Z0-9]+)+$/;
/** The longest pathway id or rule id. */
export const MAX_ID_LENGTH = 80;

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
  // Pathway 2026.5.0 (H112, specialist review of H109/H110): a red-flag item, or signs of possible
  // psychosis, still marked "unsure" when the contact ends.
  'red-flag-item-unsure',
  'psychosis-signs-unsure',
  // Pathway 2026.5.0 (H117, specialist review): the direct self-harm question not asked because the
  // parent was too distressed to be asked (not a refusal).
  'self-harm-not-asked-distressed',
] as const;

/**
 * Every outstanding kind: those handed over, and two about this contact's paperwork only
 * ('flag-not-acknowledged', 'outcome-not-decided'), which never travel in a block.
 */
export const OUTSTANDING_KINDS = [...handedOverOutstandingKinds, 'flag-not-acknowledged', 'outcome-not-decided'] as const;
export type OutstandingKind = (typeof OUTSTANDING_KINDS)[number];
