import * as z from 'zod/mini';
import { outcomeCodeSchema } from '../contact/id-schemas';
import type { BoundedNumber } from '../pathway/settings';
import { CONFIG_VERSION, configBounds } from './bounds';
import { pathwaySettingsSchema } from '../pathway/settings-schema';

// The organisation configuration (issue 7): the trust's name, its local services and crisis routes,
// and the choices it may make within documented bounds. Three shapes share one set of field schemas:
//
// - `organisationConfigSchema`: the complete, effective configuration the extension runs on.
// - `configDocumentSchema`: a file a trust imports or exports, and what the options page stores.
//   Every section is optional (missing values come from the national defaults), but unknown keys are
//   rejected with their path so that a typo ("phnoe") is caught instead of silently ignored.
// - `managedConfigSchema`: the same document as set by enterprise policy (storage.managed); Chrome
//   cannot be asked to supply `configVersion`, so it is optional there.
//
// Pathway thresholds reuse the engine's own schema (lib/pathway/settings-schema.ts, with the bounds
// of lib/pathway/settings.ts); the other knobs are local choices with the bounds in `configBounds`
// in bounds.ts, each with its reason.

export { CONFIG_VERSION, configBounds };

/**
 * A copy of `schema` with a description, as classic Zod's `.describe()` made: the managed schema
 * for enterprise policy (lib/config/managed-schema.ts) shows it. Zod Mini has no `.describe()`.
 */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

function boundedWholeNumber(bounds: BoundedNumber) {
  return z.number().check(z.int('must be a whole number'), z.gte(bounds.min, `must be ${bounds.min} or more (${bounds.why})`), z.lte(bounds.max, `must be ${bounds.max} or less (${bounds.why})`));
}

// Control characters are never meaningful in a service directory and could hide text in a summary.
// eslint-disable-next-line no-control-regex -- deliberately matches control characters
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- deliberately matches control characters
const CONTROL_CHARACTERS_EXCEPT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** One line of text, length-bounded. */
function line(max: number, min = 0) {
  return z.string().check(z.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`), z.maxLength(max, `must be ${max} characters or fewer`), z.refine((v) => !CONTROL_CHARACTERS.test(v), 'must be on one line (no line breaks or control characters)'));
}

/** Several lines of text, length-bounded. */
function paragraph(max: number, min = 0) {
  return z.string().check(z.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`), z.maxLength(max, `must be ${max} characters or fewer`), z.refine((v) => !CONTROL_CHARACTERS_EXCEPT_NEWLINE.test(v), 'must not contain control characters'));
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** National routes use this prefix, so a local id can never be mistaken for one. */
export const NATIONAL_ID_PREFIX = 'national-';

const idSchema = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(60, 'must be 60 characters or fewer'), z.regex(SLUG, 'must be lower-case letters, digits and single hyphens, e.g. "talking-therapies-north"'), z.refine((v) => !v.startsWith(NATIONAL_ID_PREFIX), `must not start with "${NATIONAL_ID_PREFIX}" (kept for national routes)`));

// Digits, spaces, +, brackets and hyphens, with at least three digits ("111", "01632 960123").
const PHONE = /^[0-9 +()-]*$/;
const phoneSchema = z.string().check(z.maxLength(40, 'must be 40 characters or fewer'), z.refine((v) => v === '' || (PHONE.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 3), 'must be a phone number: digits, spaces, +, brackets and hyphens only (put extensions or options in the notes)'));

// Shown as text only: the extension never makes a web address clickable and never contacts it.
const webAddressSchema = line(200).check(z.refine((v) => !/\s/.test(v), 'must be a web address without spaces, e.g. "www.example.org/perinatal"'));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const emailSchema = line(120).check(z.refine((v) => v === '' || EMAIL.test(v), 'must be an email address such as "team@example.org", or empty'));

/** Whom a service is for. "Family" includes the baby and other carers. */
export const serviceAudienceSchema = z.enum(['birthing-parent', 'partner', 'both-parents', 'family']);
export type ServiceAudience = z.infer<typeof serviceAudienceSchema>;

/** How a family reaches the service. Omit it when the source does not say. */
export const referralRouteSchema = z.enum(['self-referral', 'professional-referral', 'self-or-professional-referral']);

function unique<T>(label: string) {
  return (values: readonly T[], ctx: z.core.$RefinementCtx) => {
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index) {
        ctx.addIssue({ code: 'custom', path: [index], message: `lists ${String(value)} more than once (${label} must be unique)` });
      }
    });
  };
}

export const localServiceSchema = z.strictObject({
  id: described(idSchema, 'Short unique id, e.g. "talking-therapies". Recorded with an outcome decision.'),
  name: described(line(120, 1), 'The name practitioners and families know the service by.'),
  outcomes: described(z.array(outcomeCodeSchema).check(z.minLength(1, 'must list at least one outcome code (O1-O14)'), z.maxLength(14), z.superRefine(unique('outcome codes'))), 'Outcome codes O1-O14 this service serves.'),
  forWhom: described(serviceAudienceSchema, 'birthing-parent, partner, both-parents or family.'),
  referral: described(z.optional(referralRouteSchema), 'self-referral, professional-referral or self-or-professional-referral; omit when not known.'),
  phone: described(z._default(phoneSchema, ''), 'Phone number as text; empty when not known.'),
  web: described(z._default(webAddressSchema, ''), 'Web address, shown as text (never a link).'),
  email: described(z._default(emailSchema, ''), 'Email address; empty when not known.'),
  hours: described(z._default(line(200), ''), 'Opening hours as text; empty when not known.'),
  notes: described(z._default(paragraph(1000), ''), 'Eligibility, what to say, what to send.'),
});
export type LocalService = z.infer<typeof localServiceSchema>;

/** Escalation levels from pathway reference §3.4 that a crisis route serves. */
export const crisisLevelSchema = z.enum(['E4', 'E5']);
export type CrisisLevel = z.infer<typeof crisisLevelSchema>;

/**
 * Whom a crisis route is for (issue 10 item 6): partners are adults for adult services, so a
 * perinatal crisis line that sees the birthing parent only is never shown on a partner's card, and an
 * adult crisis line for other adults is not offered as the birthing parent's route. Optional, default
 * 'anyone' (configurations written before it keep working unchanged).
 */
export const crisisAudienceSchema = z.enum(['anyone', 'birthing-parent', 'other-adults']);
export type CrisisAudience = z.infer<typeof crisisAudienceSchema>;

export const crisisRouteSchema = z.strictObject({
  id: described(idSchema, 'Short unique id, e.g. "crisis-team".'),
  name: described(line(120, 1), 'e.g. "Mental health crisis line".'),
  phone: described(z._default(phoneSchema, ''), 'Phone number as text.'),
  web: described(z._default(webAddressSchema, ''), 'Web address, shown as text.'),
  hours: described(z._default(line(200), ''), 'When the route is open, e.g. "24 hours" or "Out of hours".'),
  whenToUse: described(paragraph(400, 1), 'When a practitioner should use this route.'),
  levels: described(z._default(z.array(crisisLevelSchema).check(z.minLength(1, 'must list E4, E5 or both'), z.maxLength(2), z.superRefine(unique('levels'))), ['E4', 'E5']), 'E4 (urgent, same day) and/or E5 (emergency).'),
  forWhom: described(z._default(crisisAudienceSchema, 'anyone'), 'anyone (default), birthing-parent (e.g. a perinatal crisis line) or other-adults (e.g. the adult crisis team, for a partner).'),
});
export type CrisisRoute = z.infer<typeof crisisRouteSchema>;

const servicesSchema = z.array(localServiceSchema).check(z.maxLength(100, 'must list 100 services or fewer'));
const crisisRoutesSchema = z.array(crisisRouteSchema).check(z.maxLength(20, 'must list 20 crisis routes or fewer'));
const organisationNameSchema = line(120);

// The pathway section reuses the engine's own field schemas (and so its bounds and messages), all
// of them, so a setting the engine adds is configurable at once (a test checks the options page and
// precedence know every one).
const pathwayShape = pathwaySettingsSchema.shape;
const pathwaySectionSchema = z.strictObject({
  ...pathwayShape,
  whooleyGad2Contacts: pathwayShape.whooleyGad2Contacts.check(z.superRefine(unique('contact types'))),
});

export const retentionSchema = z.strictObject({
  completedContactHours: boundedWholeNumber(configBounds.completedContactHours),
  draftDays: boundedWholeNumber(configBounds.draftDays),
});

export const securitySchema = z.strictObject({
  idleLockMinutes: boundedWholeNumber(configBounds.idleLockMinutes),
  confirmFamilyAfterHours: boundedWholeNumber(configBounds.confirmFamilyAfterHours),
});

export const summarySchema = z.strictObject({
  lineWidth: boundedWholeNumber(configBounds.summaryLineWidth),
  compactLimitChars: boundedWholeNumber(configBounds.compactLimitChars),
  /**
   * The version shown first, copied and inserted unless the practitioner picks the other (issue 13).
   * Optional: configurations written before it existed mean the national default, 'short'.
   */
  defaultVersion: described(z.optional(z.enum(['short', 'detailed'])), "Which summary version the panel offers first: 'short' (the national default: headline, risk, outcomes and what is outstanding) or 'detailed' (every answer)."),
});

type IdLists = { services?: readonly { id: string }[] | undefined; crisisRoutes?: readonly { id: string }[] | undefined };

/** Ids identify a service in recorded decisions, so they must be unique across both lists. */
function uniqueIds(doc: IdLists, ctx: z.core.$RefinementCtx): void {
  const seen = new Map<string, string>();
  const check = (list: 'services' | 'crisisRoutes', items: readonly { id: string }[] | undefined) => {
    items?.forEach((item, index) => {
      const where = `${list}[${index}]`;
      const first = seen.get(item.id);
      if (first) {
        ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `"${item.id}" is already used by ${first}; ids must be unique` });
      } else {
        seen.set(item.id, where);
      }
    });
  };
  check('services', doc.services);
  check('crisisRoutes', doc.crisisRoutes);
}

const configVersionSchema = z.literal(CONFIG_VERSION, {
  error: (issue) =>
    issue.input === undefined
      ? `is required: add "configVersion": ${CONFIG_VERSION}`
      : `must be ${CONFIG_VERSION}: this extension reads configuration version ${CONFIG_VERSION} only`,
});

/** The complete configuration the extension runs on (national defaults filled in). */
export const organisationConfigSchema = z.strictObject({
  configVersion: configVersionSchema,
  organisationName: organisationNameSchema,
  services: servicesSchema,
  crisisRoutes: crisisRoutesSchema,
  pathway: pathwaySettingsSchema,
  retention: retentionSchema,
  security: securitySchema,
  summary: summarySchema,
}).check(z.superRefine(uniqueIds));
export type OrganisationConfig = z.infer<typeof organisationConfigSchema>;

function documentShape() {
  return {
    organisationName: described(z.optional(organisationNameSchema), 'Shown in the panel and the options page.'),
    services: described(z.optional(servicesSchema), 'Local services directory. Replaces the whole list from a lower source.'),
    crisisRoutes: described(z.optional(crisisRoutesSchema), 'Local crisis and out-of-hours routes for red-flag cards (E4/E5).'),
    pathway: described(z.optional(z.partial(pathwaySectionSchema)), 'Pathway choices within documented safe bounds.'),
    retention: described(z.optional(z.partial(retentionSchema)), 'How long contacts are kept on this device.'),
    security: described(z.optional(z.partial(securitySchema)), 'Idle lock and wrong-family guard.'),
    summary: described(z.optional(z.partial(summarySchema)), 'Layout of the summary pasted into the record.'),
  };
}

/** A configuration file (import, export, options page). Missing sections mean "use the default". */
export const configDocumentSchema = z.strictObject({ configVersion: configVersionSchema, ...documentShape() }).check(z.superRefine(uniqueIds));
export type ConfigDocument = z.infer<typeof configDocumentSchema>;
/** What a file may contain before defaults are applied (e.g. a service without `notes`). */

/** The configuration as set by enterprise policy. `configVersion` may be left out there. */
export const managedConfigSchema = z.strictObject({
  configVersion: described(z.optional(configVersionSchema), `Configuration format version; ${CONFIG_VERSION}.`),
  ...documentShape(),
}).check(z.superRefine(uniqueIds));
export type ManagedConfig = z.infer<typeof managedConfigSchema>;
