import { browser } from 'wxt/browser';
import { loadConfig } from '../config/config-store';
import { retentionPolicyFrom } from '../config/resolve';
import { purgeExpiredPlain } from '../storage/plain-purge';

// Forgets on schedule (issue 6): completed contacts a day after their summary went into the
// record, drafts after a week, by default. Runs when the browser starts, when the extension is
// installed or updated, and on an alarm, so a panel left closed still forgets. Purging needs no
// unlock: it deletes by the plain timestamps and never reads clinical content. It goes through
// plain IndexedDB (lib/storage/plain-purge.ts), not Dexie and the contact store, so the background
// stays small (issue 17).

export const PURGE_ALARM = 'pmh-retention-purge';
const PURGE_EVERY_MINUTES = 30;

export async function purgeExpiredContacts(now = Date.now()): Promise<number> {
  const config = await loadConfig();
  const report = await purgeExpiredPlain({ now, policy: retentionPolicyFrom(config.config) });
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
