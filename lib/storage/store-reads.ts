import type { Sealed } from './crypto';
import type { ContactBaseRow, ContactChangeRow, ContactHeaderRow, KeyringRow } from './database';

// What the panel's first paths read from the store (issue 17): the vault's keyring and unlock
// throttle, the sealed listing row and its epoch, the headers when that row must be rebuilt, and a
// resumed contact's header, base and changes. Two implementations return the same rows: Dexie's
// (PmhDatabase, database.ts) and plain IndexedDB's (raw-reader.ts), which reads before the Dexie
// chunk is loaded. tests/lib/storage/raw-reader.test.ts runs both on every case and compares.

/** meta rows of the contact store: the sealed listing index and the write epoch that guards it (contact-store.ts). */
export const LISTING_KEY = 'listing';
export const EPOCH_KEY = 'epoch';
/** The keyring's single row. */
export const KEYRING_ID = 'primary';

export type ListingIndexRead = { readonly cache: Sealed | undefined; readonly epoch: number };
export type ListingInputsRead = ListingIndexRead & { readonly headers: ContactHeaderRow[] };
export type ContactRead = {
  readonly header: ContactHeaderRow | undefined;
  readonly base: ContactBaseRow | undefined;
  readonly rows: ContactChangeRow[];
  readonly quarantined: number;
};

export interface StoreReads {
  readKeyring(): Promise<KeyringRow | undefined>;
  /** The value of a meta row, undefined when there is none. */
  readMeta(key: string): Promise<unknown>;
  /** The listing index and the epoch, in one transaction. */
  readListingIndex(): Promise<ListingIndexRead>;
  /** Every header with the listing index and the epoch, in one transaction. */
  readListingInputs(): Promise<ListingInputsRead>;
  /** A contact's header, base, change rows (in key order) and quarantined count, in one transaction. */
  readContact(contactId: string): Promise<ContactRead>;
}

/** The epoch stored in a meta row's value (0 when there is none yet). */
export function epochOf(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}
