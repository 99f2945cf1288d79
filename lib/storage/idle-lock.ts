import { systemClock, systemTimers, type Clock, type Timers } from './clock';

// Locks the panel after a period without activity (issue 6: default 15 minutes, configurable).
// The timer only prompts a check; the decision always compares clock readings, so a laptop that
// slept through the timer still locks as soon as it wakes and anything calls check().

export const DEFAULT_IDLE_LOCK_MS = 15 * 60_000;
export const MIN_IDLE_LOCK_MS = 60_000;
export const MAX_IDLE_LOCK_MS = 60 * 60_000;
/** Activity is shared with other panels at most this often, to keep storage writes rare. */
export const SHARED_ACTIVITY_THROTTLE_MS = 15_000;

/** Pure: has the panel been idle for at least the timeout? */
export function isIdle(lastActivityAt: number, now: number, timeoutMs: number): boolean {
  return now - lastActivityAt >= timeoutMs;
}

/** Clamps a configured value into the allowed range (a typo must not disable locking). */
export function idleLockMs(configured: number | undefined): number {
  if (configured === undefined || !Number.isFinite(configured)) return DEFAULT_IDLE_LOCK_MS;
  return Math.min(MAX_IDLE_LOCK_MS, Math.max(MIN_IDLE_LOCK_MS, Math.round(configured)));
}

/**
 * Last activity shared between panels (e.g. a value in browser.storage.session), so typing in
 * one window keeps the other window's panel from locking the whole session under the practitioner.
 */
export interface SharedActivity {
  read(): Promise<number | undefined>;
  write(at: number): Promise<void>;
}

export type IdleLockOptions = {
  onIdle: () => void | Promise<void>;
  timeoutMs?: number;
  clock?: Clock;
  timers?: Timers;
  shared?: SharedActivity;
};

export interface IdleLock {
  /** Call on any practitioner input in the panel. */
  touch(): void;
  /** Locks now if idle (call on focus, visibility change, wake). Resolves true when it locked. */
  check(): Promise<boolean>;
  /** Stops watching (e.g. while already locked). touch() restarts it. */
  stop(): void;
}

export function createIdleLock(options: IdleLockOptions): IdleLock {
  const clock = options.clock ?? systemClock;
  const timers = options.timers ?? systemTimers;
  const timeoutMs = idleLockMs(options.timeoutMs);
  let lastActivity = clock();
  let lastShared = Number.NEGATIVE_INFINITY;
  let handle: unknown = null;
  let running = true;

  function schedule(delay: number) {
    if (handle !== null) timers.clearTimeout(handle);
    handle = timers.setTimeout(() => {
      handle = null;
      void check();
    }, Math.max(0, delay));
  }

  async function latestActivity(): Promise<number> {
    if (!options.shared) return lastActivity;
    try {
      const shared = await options.shared.read();
      return shared !== undefined && shared > lastActivity ? shared : lastActivity;
    } catch {
      // If the shared value cannot be read, fall back to this panel's own activity (locks sooner, never later).
      return lastActivity;
    }
  }

  async function check(): Promise<boolean> {
    if (!running) return false;
    const latest = await latestActivity();
    lastActivity = Math.max(lastActivity, latest);
    const now = clock();
    if (isIdle(lastActivity, now, timeoutMs)) {
      running = false;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      await options.onIdle();
      return true;
    }
    schedule(lastActivity + timeoutMs - now);
    return false;
  }

  function touch() {
    const now = clock();
    lastActivity = now;
    if (!running) running = true;
    if (handle === null) schedule(timeoutMs);
    if (options.shared && now - lastShared >= SHARED_ACTIVITY_THROTTLE_MS) {
      lastShared = now;
      void options.shared.write(now).catch(() => undefined);
    }
  }

  schedule(timeoutMs);

  return {
    touch,
    check,
    stop() {
      running = false;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
  };
}
