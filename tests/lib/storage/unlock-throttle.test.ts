import { describe, expect, it } from 'vitest';
import { isStorageError } from '../../../lib/storage/errors';
import {
  FIRST_UNLOCK_DELAY_MS,
  MAX_UNLOCK_DELAY_MS,
  parseUnlockThrottle,
  unlockAllowedAt,
  unlockDelayMs,
} from '../../../lib/storage/unlock-throttle';
import { PASSPHRASE, fakeBrowserProfile, testVault } from './helpers';

// The growing wait after wrong passphrases (lib/storage/unlock-throttle.ts, issue 15).

describe('unlockDelayMs', () => {
  it.each([
    [0, 0],
    [1, 0],
    [3, 0],
    [4, 10_000],
    [5, 20_000],
    [6, 40_000],
    [8, 160_000],
    [9, 300_000],
    [50, 300_000],
    [10_000, 300_000],
  ])('after %i wrong passphrases in a row, waits %i ms', (failures, ms) => {
    expect(unlockDelayMs(failures)).toBe(ms);
  });

  it('starts at 10 s and never exceeds 5 minutes', () => {
    expect(FIRST_UNLOCK_DELAY_MS).toBe(10_000);
    expect(MAX_UNLOCK_DELAY_MS).toBe(300_000);
  });
});

describe('unlockAllowedAt', () => {
  it('counts from the last failure', () => {
    expect(unlockAllowedAt({ failures: 4, lastFailureAt: 1_000 }, 2_000)).toBe(11_000);
  });

  it('a last failure dated in the future (clock put back) waits one delay from now, no longer', () => {
    expect(unlockAllowedAt({ failures: 4, lastFailureAt: 99_000_000 }, 2_000)).toBe(12_000);
  });

  it.each([undefined, null, 'x', { failures: -1, lastFailureAt: 0 }, { failures: 1.5, lastFailureAt: 0 }, { failures: 2 }])(
    'reads a malformed stored value %j as no failures',
    (value) => {
      expect(parseUnlockThrottle(value)).toEqual({ failures: 0, lastFailureAt: 0 });
    },
  );
});

describe('the vault with a controllable clock', () => {
  async function lockedVault() {
    let now = Date.parse('2026-12-07T09:00:00Z');
    const profile = fakeBrowserProfile();
    const clock = () => now;
    const first = testVault(profile.open(), undefined, clock);
    await first.setPassphrase(PASSPHRASE);
    await first.lock();
    return { profile, clock, advance: (ms: number) => (now += ms), reopen: () => testVault(profile.open(), undefined, clock) };
  }

  const wrong = (vault: { unlock(p: string): Promise<void> }) =>
    vault.unlock('not the passphrase').then(
      () => 'unlocked',
      (error: unknown) => (isStorageError(error) ? error.code : 'other'),
    );

  it('[H77-a] three wrong tries are free; the fourth starts a 10 s wait that refuses even the right passphrase', async () => {
    const { reopen, advance } = await lockedVault();
    const vault = reopen();
    for (let i = 0; i < 4; i++) expect(await wrong(vault)).toBe('wrong-passphrase');
    expect(await wrong(vault)).toBe('unlock-delayed');
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'unlock-delayed' });
    advance(9_999);
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'unlock-delayed' });
    advance(1);
    await vault.unlock(PASSPHRASE);
    expect(await vault.state()).toBe('unlocked');
  });

  it('[H77-b] the wait survives closing and reopening the panel (a new vault on the same database)', async () => {
    const { reopen, advance } = await lockedVault();
    const vault = reopen();
    const start = Date.parse('2026-12-07T09:00:00Z');
    for (let i = 0; i < 4; i++) await wrong(vault);
    expect(await vault.unlockAllowedAt()).toBe(start + 10_000);
    const reopened = reopen();
    expect(await reopened.unlockAllowedAt()).toBe(start + 10_000);
    // A try refused during the wait is not counted as a failure.
    expect(await wrong(reopened)).toBe('unlock-delayed');
    advance(10_000);
    expect(await wrong(reopened)).toBe('wrong-passphrase');
    expect(await reopen().unlockAllowedAt()).toBe(start + 10_000 + 20_000);
  });

  it('a right passphrase clears the count', async () => {
    const { reopen, advance } = await lockedVault();
    const vault = reopen();
    for (let i = 0; i < 4; i++) await wrong(vault);
    advance(10_000);
    await vault.unlock(PASSPHRASE);
    await vault.lock();
    expect(await vault.unlockAllowedAt()).toBe(0);
    for (let i = 0; i < 3; i++) expect(await wrong(vault)).toBe('wrong-passphrase');
    expect(await vault.unlockAllowedAt()).toBe(0);
  });

  it('a wrong current passphrase when changing it counts the same', async () => {
    const { reopen } = await lockedVault();
    const vault = reopen();
    for (let i = 0; i < 4; i++) await vault.changePassphrase('not it at all', 'a new passphrase').catch(() => undefined);
    await expect(vault.changePassphrase(PASSPHRASE, 'a new passphrase')).rejects.toMatchObject({ code: 'unlock-delayed' });
  });
});
