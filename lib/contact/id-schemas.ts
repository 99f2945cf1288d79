import * as z from 'zod/mini';
import {
  BABY_SITUATIONS,
  CONTACT_TYPE_IDS,
  ESCALATION_LEVELS,
  INSTRUMENT_IDS,
  MAX_ID_LENGTH,
  OUTCOME_CODES,
  OUTCOME_DECISION_STATUSES,
  PATHWAY_ID_PATTERN,
  PRACTITIONER_ROLES,
  RULE_ID_PATTERN,
  SUBJECTS,
} from '../shared/ids';
import { isRealMinuteTime, MINUTE_TIME } from '../shared/minute-time';

// Schemas of the shared vocabulary (lib/shared/ids.ts lists the values once), for the contact
// model and the handover facts. Zod Mini (issue 17): these are built when a stored contact or a
// handover block is first validated on the panel's first path, where classic Zod's per-schema
// methods cost bytes and time at module load. Same checks, same messages as the classic schemas
// they replace (tests/lib/contact/mini-schemas.test.ts is the control, hazard H100).

export const practitionerRoleSchema = z.enum(PRACTITIONER_ROLES);
export const contactTypeIdSchema = z.enum(CONTACT_TYPE_IDS);
export const subjectSchema = z.enum(SUBJECTS);
export const outcomeCodeSchema = z.enum(OUTCOME_CODES);
export const outcomeDecisionStatusSchema = z.enum(OUTCOME_DECISION_STATUSES);
export const babySituationSchema = z.enum(BABY_SITUATIONS);
export const instrumentIdSchema = z.enum(INSTRUMENT_IDS);
export const escalationLevelSchema = z.enum(ESCALATION_LEVELS);

/** Pathway ids: question ids ("history.severe-mental-illness"), option ids, band ids. */
export const pathwayIdSchema = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(PATHWAY_ID_PATTERN));
/** Rule ids ("HR-POSTPARTUM-PSYCHOSIS-RISK"). */
export const ruleIdSchema = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(RULE_ID_PATTERN));

/** Minute-precision UTC times ("2026-03-02T10:00Z"): lib/shared/minute-time.ts. */
export const minuteTimeSchema = z
  .string()
  .check(
    z.regex(MINUTE_TIME, 'must be a UTC time to the minute, like 2026-03-02T10:00Z'),
    z.refine(isRealMinuteTime, 'must be a real date and time'),
  );

/** An ISO date-time with seconds ("2026-03-02T10:00:27.123Z"), as the contact model stores times. */
export const dateTimeSchema = z.string().check(z.iso.datetime());
