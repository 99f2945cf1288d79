import type { Migration } from './migration';

// The first schema. Only non-clinical fields are indexed (ids, status, times); every clinical
// value, the practitioner's label included, lives in an encrypted `Sealed` field. Settings are not
// here: organisation configuration (retention, idle lock) lives in lib/config (storage.local).
export const v1: Migration = {
  version: 1,
  description: 'Initial schema: contact headers and bases, change slots, keyring, quarantine, meta.',
  stores: {
    // One header per contact: status and times for listing and retention; base contact and label sealed.
    contacts: 'id, status, updatedAt',
    // The sealed contact as created, apart from the header so listing reads only small rows.
    contactBases: 'id',
    // One row per change slot ([contactId+slotId]; slotId is an HMAC, so slot names are not visible).
    contactChanges: '[contactId+slotId]',
    // The wrapped master secret and KDF parameters (a single row, id "primary").
    keyring: 'id',
    // Records that could not be read, kept for inspection instead of being dropped.
    quarantine: '++id, contactId, quarantinedAt',
    // Internal bookkeeping: the encrypted listing cache and the forget epoch.
    meta: 'key',
  },
};
