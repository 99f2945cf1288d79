import * as z from 'zod/mini';
import { dateTimeSchema } from './id-schemas';
import { handoverFactsSchema } from './handover-facts';

/**
 * What a new contact keeps once the practitioner accepts a pasted handover block (issue 5, "tell
 * it once"): the structured facts, and when they were accepted. Stored on the contact
 * (`contact.storySoFar`); the engine reads it as known history (lib/pathway/known-facts.ts).
 */
export const storySoFarSchema = z.strictObject({
  facts: handoverFactsSchema,
  /** When the practitioner accepted it into this contact. */
  loadedAt: dateTimeSchema,
});
