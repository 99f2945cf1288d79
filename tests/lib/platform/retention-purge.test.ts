import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContact, nobodyElsePresent } from '../../../lib/contact/contact';
import { PURGE_ALARM, purgeExpiredContacts, registerRetentionPurge } from '../../../lib/platform/retention-purge';
import { createContactStore, createVault, openDatabase } from '../../../lib/storage';

const HOUR = 60 * 60_000;

async function storeWithDraft(startedAt: string) {
  const db = await openDatabase();
  const vault = createVault({ db, kdfIterations: 1_000, allowWeakIterationsForTests: true });
  await vault.setPassphrase('plum kettle harbour');
  const store = createContactStore({ db, vault });
  await store.create(
    createContact({ id: 'draft-1', pathwayVersion: 'test', label: '09:00 visit', role: 'health-visitor', contactType: 'hv-new-birth', presence: nobodyElsePresent, now: startedAt }),
  );
  db.close();
}

describe('forgetting on schedule from the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    indexedDB.deleteDatabase('pmh-contact-companion');
  });

  it('[H17-n] deletes a draft older than the organisation allows, without an unlock', async () => {
    const startedAt = '2026-11-01T09:00:00.000Z';
    await storeWithDraft(startedAt);
    expect(await purgeExpiredContacts(Date.parse(startedAt) + 6 * 24 * HOUR)).toBe(0);
    expect(await purgeExpiredContacts(Date.parse(startedAt) + 7 * 24 * HOUR + HOUR)).toBe(1);
  });

  it('[H17-o] sets an alarm so purging happens even when the panel stays closed', async () => {
    registerRetentionPurge();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const alarm = await fakeBrowser.alarms.get(PURGE_ALARM);
    expect(alarm?.periodInMinutes).toBeGreaterThan(0);
  });
});
