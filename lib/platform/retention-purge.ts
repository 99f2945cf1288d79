import { browser } from 'wxt/browser';
import { retentionForPurge, RETENTION_IN_FORCE_KEY } from '../config/retention-in-force';
import { OPTIONS_CONFIG_KEY } from '../config/storage-keys';
import { purgeExpiredPlain } from '../storage/plain-purge';

// Forgets on schedule (issue 6): completed contacts a day after their summary went into the
// record, drafts after a week, by default. Runs when the browser starts, when the extension is
// installed or updated, and on an alarm, so a panel left closed still forgets. Purging needs no
// unlock: it deletes by the plain timestamps and never reads clinical content. It goes through
// plain IndexedDB (lib/storage/plain-purge.ts), not Dexie and the contact store, so the background
// stays small (issue 17); the periods come from the record the panel and options page keep of the
// policy in force (lib/config/retention-in-force.ts), not from the configuration schema.

export const PURGE_ALARM = 'pmh-retention-purge';
const PURGE_EVERY_MINUTES = 30;

type StorageArea = { get(keys?: string | string[] | null): Promise<Record<string, unknown>> };

async function readPolicySource(): Promise<unknown> {
  const managed = (browser.storage as unknown as { managed?: StorageArea }).managed;
  try {
    return managed ? await managed.get(null) : undefined;
  } catch {
    // No policy (Firefox without policies.json; Chrome without a managed schema): as config-store.ts.
    return undefined;
  }
}

export async function purgeExpiredContacts(now = Date.now()): Promise<number> {
  const local = browser.storage.local as unknown as StorageArea;
  const [policySource, stored] = await Promise.all([readPolicySource(), local.get([OPTIONS_CONFIG_KEY, RETENTION_IN_FORCE_KEY])]);
  const { policy } = await retentionForPurge({ policy: policySource, options: stored[OPTIONS_CONFIG_KEY] }, stored[RETENTION_IN_FORCE_KEY]);
  const report = await purgeExpiredPlain({ now, policy });
  if (report.unreadable > 0) console.warn(`Retention purge: ${report.unreadable} stored contact(s) with unreadable dates were left alone.`);
  return report.purged.length;
}

function purgeQuietly() {
  // A failed purge is retried at the next alarm; nothing else depends on it.
  purgeExpiredContacts().catch((error: unknown) => console.warn('Retention purge failed; retrying at the next alarm.', error));
}

export function registerRetentionPurge(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) purgeQuietly();
  });
  browser.runtime.onStartup.addListener(purgeQuietly);
  browser.runtime.onInstalled.addListener(purgeQuietly);
  void browser.alarms.get(PURGE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(PURGE_ALARM, { periodInMinutes: PURGE_EVERY_MINUTES, delayInMinutes: 1 });
  });
}
