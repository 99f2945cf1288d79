import * as z from 'zod/mini';
import { contactSchema, type Contact } from '../contact/contact';
import { contactChangeSchema, type ContactChange } from '../contact/contact-change';
import { PAYLOAD_VERSION } from './contact-codec';
import { StorageError } from './errors';

// The contact model's schemas at the store's boundary: a contact or a change checked before it is
// sealed, and after it is opened (decrypted, and migrated when a payload version needs it). Loaded
// with import() the first time a contact is opened, started or changed (contact-store.ts), so the
// home screen, which only lists contacts, compiles no Zod (issue 17, H105). Failure reasons name the
// part that failed, never a value or a question id, because they are kept in plain text.

const basePayloadSchema = z.object({ v: z.literal(PAYLOAD_VERSION), contact: contactSchema });
const changePayloadSchema = z.object({
  v: z.literal(PAYLOAD_VERSION),
  slot: z.string().check(z.minLength(1), z.maxLength(200)),
  change: contactChangeSchema,
});
/** A listing card as the full schemas would check it; contact-codec.ts checks it by hand (tests compare the two, H103). */
export const cardPayloadSchema = z.object({ v: z.literal(PAYLOAD_VERSION), label: contactSchema.shape.label });

function invalid(what: string, error: z.core.$ZodError): StorageError {
  const fields = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? '(root)')))].slice(0, 5);
  return new StorageError('corrupt-record', `${what} failed validation in: ${fields.join(', ')}`);
}

/** An opened base row's payload: the contact as created. */
export function basePayload(value: unknown): Contact {
  const parsed = basePayloadSchema.safeParse(value);
  if (!parsed.success) throw invalid('base contact', parsed.error);
  return parsed.data.contact;
}

/** An opened change row's payload: the change and the slot it was written to. */
export function changePayload(value: unknown): { slot: string; change: ContactChange } {
  const parsed = changePayloadSchema.safeParse(value);
  if (!parsed.success) throw invalid('change', parsed.error);
  return parsed.data;
}

/** A contact about to be stored. */
export function validContact(contact: Contact): Contact {
  const parsed = contactSchema.safeParse(contact);
  if (!parsed.success) throw new StorageError('invalid-data', 'contact failed validation');
  return parsed.data;
}

/** A change about to be stored. */
export function validChange(change: ContactChange): ContactChange {
  const parsed = contactChangeSchema.safeParse(change);
  if (!parsed.success) throw new StorageError('invalid-data', `change of type ${String(change.type)} failed validation`);
  return parsed.data;
}

export type ContactValidation = Pick<typeof import('./contact-validation'), 'basePayload' | 'changePayload' | 'validContact' | 'validChange'>;
