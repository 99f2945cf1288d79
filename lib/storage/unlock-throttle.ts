// A delay that grows after wrong passphrases (issue 15), so someone at the keyboard of an unlocked
// laptop cannot try passphrase after passphrase. Kept in the database with the failures counted,
// so closing and reopening the panel, or restarting the browser, does not reset it; a right
// passphrase does. It is an online control only: someone with a copy of the profile is held back
// by PBKDF2 (lib/storage/crypto.ts), not by this.
//
// The schedule: three wrong tries free (typing slips, Caps Lock), then 10 s, doubling to a cap of
// 5 minutes. At the cap a guesser gets 12 tries an hour, while a practitioner who has mistyped is
// never kept out of unsaved answers for long. Nothing is ever erased after N failures: that would
// lose answers not yet in the record, and "Erase everything" is already there for a forgotten
// passphrase.

export const FREE_UNLOCK_ATTEMPTS = 3;
export const FIRST_UNLOCK_DELAY_MS = 10_000;
export const MAX_UNLOCK_DELAY_MS = 5 * 60_000;

export type UnlockThrottleState = { failures: number; lastFailureAt: number };

export const NO_FAILURES: UnlockThrottleState = { failures: 0, lastFailureAt: 0 };

/** The wait after `failures` wrong passphrases in a row. */
export function unlockDelayMs(failures: number): number {
  if (failures <= FREE_UNLOCK_ATTEMPTS) return 0;
  const doublings = failures - FREE_UNLOCK_ATTEMPTS - 1;
  return Math.min(FIRST_UNLOCK_DELAY_MS * 2 ** Math.min(doublings, 30), MAX_UNLOCK_DELAY_MS);
}

/**
 * When the next try is allowed (epoch ms; at or before `now` means now). A last failure dated in
 * the future (the computer's clock put back) counts as if it were now, so changing the clock
 * neither skips the wait nor keeps the practitioner out for longer than one delay.
 */
export function unlockAllowedAt(state: UnlockThrottleState, now: number): number {
  const delay = unlockDelayMs(state.failures);
  if (delay === 0) return 0;
  return Math.min(state.lastFailureAt, now) + delay;
}

export function afterFailure(state: UnlockThrottleState, now: number): UnlockThrottleState {
  return { failures: state.failures + 1, lastFailureAt: now };
}

/** A stored value read back; anything malformed counts as no failures (the row is plain metadata). */
export function parseUnlockThrottle(value: unknown): UnlockThrottleState {
  if (!value || typeof value !== 'object') return NO_FAILURES;
  const { failures, lastFailureAt } = value as Record<string, unknown>;
  if (typeof failures !== 'number' || !Number.isInteger(failures) || failures < 0) return NO_FAILURES;
  if (typeof lastFailureAt !== 'number' || !Number.isFinite(lastFailureAt)) return NO_FAILURES;
  return { failures, lastFailureAt };
}
