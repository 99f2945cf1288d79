import * as z from 'zod/mini';
import { contactSchema, type Contact } from '../contact/contact';
import { changeKey, contactChangeSchema, type ContactChange } from '../contact/contact-change';
import { openJson, rowAad, sealJson, slotRowId, type DataKeys, type Sealed } from './crypto';
import { StorageError } from './errors';

// Turning contacts and changes into sealed row values and back. Decoding is the boundary where a
// stored record is validated (after decryption, after any payload migration). Failure reasons
// name the part that failed, never a value or a question id, because they are kept in plain text.

/** Payload version of everything sealed below; bump it with a migration in decode*. */
export const PAYLOAD_VERSION = 1;

// Built on first use (issue 17): the home screen opens only listing cards, so the contact and
// change schemas wait until a contact is opened.
function buildPayloadSchemas() {
  return {
    base: z.object({ v: z.literal(PAYLOAD_VERSION), contact: contactSchema }),
    card: z.object({ v: z.literal(PAYLOAD_VERSION), label: contactSchema.shape.label }),
    change: z.object({
      v: z.literal(PAYLOAD_VERSION),
      slot: z.string().check(z.minLength(1), z.maxLength(200)),
      change: contactChangeSchema,
    }),
  };
}
let payloadSchemas: ReturnType<typeof buildPayloadSchemas> | undefined;
function payloads(): ReturnType<typeof buildPayloadSchemas> {
  return (payloadSchemas ??= buildPayloadSchemas());
}

export const aad = {
  base: (contactId: string) => rowAad('contacts', contactId, 'base'),
  card: (contactId: string) => rowAad('contacts', contactId, 'card'),
  change: (contactId: string, slotId: string) => rowAad('contactChanges', contactId, slotId),
  listing: () => rowAad('meta', 'listing'),
};

function invalid(what: string, error: z.core.$ZodError): StorageError {
  const fields = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? '(root)')))].slice(0, 5);
  return new StorageError('corrupt-record', `${what} failed validation in: ${fields.join(', ')}`);
}

export async function sealBase(keys: DataKeys, contact: Contact): Promise<Sealed> {
  return sealJson(keys.data, { v: PAYLOAD_VERSION, contact }, aad.base(contact.id));
}

export async function openBase(keys: DataKeys, contactId: string, sealed: Sealed): Promise<Contact> {
  const parsed = payloads().base.safeParse(await openJson(keys.data, sealed, aad.base(contactId)));
  if (!parsed.success) throw invalid('base contact', parsed.error);
  if (parsed.data.contact.id !== contactId) throw new StorageError('corrupt-record', 'base contact id mismatch');
  return parsed.data.contact;
}

export async function sealCard(keys: DataKeys, contactId: string, label: string): Promise<Sealed> {
  return sealJson(keys.data, { v: PAYLOAD_VERSION, label }, aad.card(contactId));
}

export async function openCard(keys: DataKeys, contactId: string, sealed: Sealed): Promise<string> {
  const parsed = payloads().card.safeParse(await openJson(keys.data, sealed, aad.card(contactId)));
  if (!parsed.success) throw invalid('listing card', parsed.error);
  return parsed.data.label;
}

// Slot ids are deterministic HMACs; caching them saves a WebCrypto call per answer.
const slotIdCache = new WeakMap<CryptoKey, Map<string, string>>();
const SLOT_CACHE_LIMIT = 20_000;

export async function slotIdFor(keys: DataKeys, contactId: string, slot: string): Promise<string> {
  let cache = slotIdCache.get(keys.slot);
  if (!cache) {
    cache = new Map();
    slotIdCache.set(keys.slot, cache);
  }
  const cacheKey = JSON.stringify([contactId, slot]);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const id = await slotRowId(keys.slot, contactId, slot);
  if (cache.size >= SLOT_CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, id);
  return id;
}

export async function sealChange(
  keys: DataKeys,
  contactId: string,
  slotId: string,
  change: ContactChange,
): Promise<Sealed> {
  return sealJson(keys.data, { v: PAYLOAD_VERSION, slot: changeKey(change), change }, aad.change(contactId, slotId));
}

export async function openChange(
  keys: DataKeys,
  contactId: string,
  slotId: string,
  sealed: Sealed,
): Promise<ContactChange> {
  const parsed = payloads().change.safeParse(await openJson(keys.data, sealed, aad.change(contactId, slotId)));
  if (!parsed.success) throw invalid('change', parsed.error);
  const { slot, change } = parsed.data;
  // The slot stored inside must be the one the change writes to and the one the row id names.
  if (changeKey(change) !== slot) throw new StorageError('corrupt-record', 'change does not match its slot');
  if ((await slotIdFor(keys, contactId, slot)) !== slotId) {
    throw new StorageError('corrupt-record', 'change is in the wrong row');
  }
  return change;
}

export type ListingCache = Record<string, readonly [cardSeq: number, label: string]>;

/**
 * A contact's listed facts as its header held them when the listing was written: status (0 in
 * progress, 1 completed), started, updated, completed and summary-output times (epoch ms, null when
 * unset). The same plain facts the header keeps; here they are sealed with the labels.
 */
export type ListedFacts = readonly [status: 0 | 1, startedAt: number, updatedAt: number, completedAt: number | null, summaryOutputAt: number | null];

/**
 * The listing index (issue 17): the labels (`cards`, for every contact whose label could be read)
 * and, when `facts` is present, every contact's listed facts as of the store's write epoch
 * `epoch`. While the stored epoch is still `epoch` nothing listed has changed, so the drafts list
 * is built from this one sealed row without reading 5,000 headers. Older rows have only `cards`.
 */
export type ListingSnapshot = {
  readonly cards: ListingCache;
  readonly epoch?: number;
  readonly facts?: Readonly<Record<string, ListedFacts>>;
};

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOptionalTime = (value: unknown) => value === null || isTime(value);

/**
 * Validated by hand rather than with Zod: it is derived data (rebuilt, never quarantined, when
 * wrong) and parsing 5,000 entries with Zod costs a good share of the listing budget.
 */
function asListingSnapshot(value: unknown): ListingSnapshot {
  const wrong = () => new StorageError('corrupt-record', 'listing cache has the wrong shape');
  const payload = value as { v?: unknown; cards?: unknown; epoch?: unknown; facts?: unknown } | null;
  if (!payload || payload.v !== PAYLOAD_VERSION || !payload.cards || typeof payload.cards !== 'object') throw wrong();
  const cards = payload.cards as Record<string, unknown>;
  for (const entry of Object.values(cards)) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'number' || typeof entry[1] !== 'string') throw wrong();
  }
  if (payload.facts === undefined) return { cards: cards as ListingCache };
  if (!isTime(payload.epoch) || !payload.facts || typeof payload.facts !== 'object' || Array.isArray(payload.facts)) throw wrong();
  const facts = payload.facts as Record<string, unknown>;
  for (const entry of Object.values(facts)) {
    if (
      !Array.isArray(entry) ||
      entry.length !== 5 ||
      (entry[0] !== 0 && entry[0] !== 1) ||
      !isTime(entry[1]) ||
      !isTime(entry[2]) ||
      !isOptionalTime(entry[3]) ||
      !isOptionalTime(entry[4])
    ) {
      throw wrong();
    }
  }
  return { cards: cards as ListingCache, epoch: payload.epoch, facts: facts as Record<string, ListedFacts> };
}

export async function sealListing(
  keys: DataKeys,
  cards: ListingCache,
  index?: { epoch: number; facts: Readonly<Record<string, ListedFacts>> },
): Promise<Sealed> {
  return sealJson(keys.data, { v: PAYLOAD_VERSION, cards, ...(index ? { epoch: index.epoch, facts: index.facts } : {}) }, aad.listing());
}

/** The labels only (any version of the row). */
export async function openListing(keys: DataKeys, sealed: Sealed): Promise<ListingCache> {
  return (await openListingSnapshot(keys, sealed)).cards;
}

export async function openListingSnapshot(keys: DataKeys, sealed: Sealed): Promise<ListingSnapshot> {
  return asListingSnapshot(await openJson(keys.data, sealed, aad.listing()));
}
