import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_IDLE_LOCK_MS,
  MAX_IDLE_LOCK_MS,
  MIN_IDLE_LOCK_MS,
  createIdleLock,
  idleLockMs,
  isIdle,
  type SharedActivity,
} from '../../../lib/storage/idle-lock';
import { MINUTE, manualTimers, settle, testClock } from './helpers';

function setUp(options: { timeoutMs?: number; shared?: SharedActivity } = {}) {
  const clock = testClock(0);
  const timers = manualTimers();
  const onIdle = vi.fn();
  const lock = createIdleLock({ onIdle, clock: clock.now, timers: timers.timers, ...options });
  // Advances the clock and the timers together, as real time would.
  const pass = async (ms: number) => {
    clock.advance(ms);
    timers.advance(ms);
    await settle();
  };
  return { clock, timers, onIdle, lock, pass };
}

describe('idle lock', () => {
  it('defaults to 15 minutes', () => {
    expect(DEFAULT_IDLE_LOCK_MS).toBe(15 * MINUTE);
  });

  it.each([
    [0, 15 * MINUTE - 1, false],
    [0, 15 * MINUTE, true],
    [5 * MINUTE, 19 * MINUTE, false],
  ])('last activity %i, now %i -> idle %s', (last, now, expected) => {
    expect(isIdle(last, now, DEFAULT_IDLE_LOCK_MS)).toBe(expected);
  });

  it.each([
    [undefined, DEFAULT_IDLE_LOCK_MS],
    [Number.NaN, DEFAULT_IDLE_LOCK_MS],
    [0, MIN_IDLE_LOCK_MS],
    [5 * MINUTE, 5 * MINUTE],
    [24 * 60 * MINUTE, MAX_IDLE_LOCK_MS],
  ])('takes a configured %s ms as %i ms', (configured, expected) => {
    expect(idleLockMs(configured)).toBe(expected);
  });

  it('[H17-i] locks after the idle time with no activity', async () => {
    const { onIdle, pass } = setUp();
    await pass(15 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    await pass(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('restarts the countdown on activity', async () => {
    const { onIdle, lock, pass } = setUp();
    await pass(10 * MINUTE);
    lock.touch();
    await pass(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    await pass(5 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('[H17-j] locks on wake when the computer slept through the timer', async () => {
    const { onIdle, lock, clock } = setUp();
    clock.advance(2 * 60 * MINUTE);
    expect(await lock.check()).toBe(true);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('uses a configured time', async () => {
    const { onIdle, pass } = setUp({ timeoutMs: 5 * MINUTE });
    await pass(5 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does not lock while the practitioner is active in another panel', async () => {
    let shared: number | undefined;
    const activity: SharedActivity = { read: async () => shared, write: async (at) => void (shared = at) };
    const { onIdle, pass } = setUp({ shared: activity });
    await pass(10 * MINUTE);
    shared = 10 * MINUTE; // typing in the other window
    await pass(5 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    await pass(10 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('stops when asked and starts again on activity', async () => {
    const { onIdle, lock, pass } = setUp();
    lock.stop();
    await pass(30 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    lock.touch();
    await pass(15 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});
