// The wrong-family guard (issue 5): before the summary leaves the panel (copy or insert), the
// practitioner sees which contact it belongs to and confirms. A contact that started longer ago
// than the organisation's limit needs a second, explicit confirmation, because an old contact
// left open is the likeliest way to put one family's summary into another family's record.

/** Clock differences between devices of a few minutes are normal; beyond this a start time "in the future" is suspect. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const HOUR_MS = 60 * 60 * 1000;

export type ExtraConfirmationReason =
  /** Started more than the configured number of hours ago. */
  | 'older-than-limit'
  /** Starts in the future by more than the tolerance: the device clock or the data is wrong. */
  | 'starts-in-future'
  /** The start time or the current time is not a valid time. */
  | 'unknown-start'
  /** The configured limit is not a usable number of hours: fail safe. */
  | 'invalid-limit';

export type WrongFamilyGuard =
  | { confirmation: 'single'; ageMs: number }
  | { confirmation: 'extra'; reason: ExtraConfirmationReason; ageMs: number | null };

function toTime(value: Date | string | number): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  return Date.parse(value);
}

/**
 * What the practitioner must confirm before copying or inserting a contact's summary.
 * Older than the limit means strictly older: a contact exactly `extraConfirmAfterHours` old needs
 * only the single confirmation.
 */
export function wrongFamilyGuard(
  contactStartedAt: Date | string | number,
  now: Date | string | number,
  extraConfirmAfterHours: number,
): WrongFamilyGuard {
  const started = toTime(contactStartedAt);
  const current = toTime(now);
  if (!Number.isFinite(started) || !Number.isFinite(current)) return { confirmation: 'extra', reason: 'unknown-start', ageMs: null };
  const ageMs = current - started;
  if (!Number.isFinite(extraConfirmAfterHours) || extraConfirmAfterHours < 0) {
    return { confirmation: 'extra', reason: 'invalid-limit', ageMs };
  }
  if (ageMs < -FUTURE_TOLERANCE_MS) return { confirmation: 'extra', reason: 'starts-in-future', ageMs };
  if (ageMs > extraConfirmAfterHours * HOUR_MS) return { confirmation: 'extra', reason: 'older-than-limit', ageMs };
  return { confirmation: 'single', ageMs };
}

/** "45 minutes", "1 hour", "27 hours", "3 days": how long ago, in words for the dialog. */
export function describeAge(ageMs: number): string {
  const minutes = Math.floor(Math.max(0, ageMs) / 60000);
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return hours === 1 ? '1 hour' : `${hours} hours`;
  const days = Math.floor(hours / 24);
  return `${days} days`;
}
