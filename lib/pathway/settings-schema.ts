import * as z from 'zod/mini';
import { contactTypeIdSchema } from '../contact/id-schemas';
import { settingBounds, type BoundedNumber, type PathwaySettings } from './settings';

// The schema of the organisation's pathway choices (lib/pathway/settings.ts has the bounds, the
// type and the defaults). Apart from them so that the engine, which reads the settings, imports no
// validator (issue 17); lib/config validates an organisation's configuration with it.

function bounded(bounds: BoundedNumber) {
  return z.number().check(z.int(), z.gte(bounds.min, `must be ${bounds.min} or more (${bounds.source}: ${bounds.why})`), z.lte(bounds.max, `must be ${bounds.max} or less (${bounds.source}: ${bounds.why})`));
}

export const pathwaySettingsSchema = z.object({
  epdsPossibleFrom: bounded(settingBounds.epdsPossibleFrom),
  epdsProbableFrom: bounded(settingBounds.epdsProbableFrom),
  partnerEpdsFrom: bounded(settingBounds.partnerEpdsFrom),
  childPresentFromAgeYears: bounded(settingBounds.childPresentFromAgeYears),
  whooleyGad2Contacts: z.array(contactTypeIdSchema).check(z.maxLength(13)),
  /** Off by default (reference §1.2 ⚠): PathwaySettings says why. */
  helpQuestionEnabled: z.boolean(),
  /** EPDS or PHQ-9 first (reference §2.0 E); optional, so existing settings stay valid. */
  depressionMeasure: z.optional(z.enum(['epds', 'phq-9'])),
}).check(z.refine((s) => s.epdsPossibleFrom <= s.epdsProbableFrom, {
  path: ['epdsProbableFrom'],
  message: 'EPDS "probable" threshold must not be below the "possible" threshold',
}));

// The schema's output and the engine's type are one shape (checked both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameShape: Same<z.infer<typeof pathwaySettingsSchema>, PathwaySettings> = true;
void sameShape;
