// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../components/side-panel-app';
import { createTestServices } from '../support/panel-services';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Lets the lock's promises (reading shared activity, locking the vault) and the re-render finish. */
async function settle() {
  for (let i = 0; i < 20; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
  }
}

describe('locking when the panel is left', () => {
  it('[H17-z] locks after the organisation’s idle time, and not while another panel is in use', async () => {
    let clock = Date.parse('2026-11-21T14:00:00.000Z');
    let sharedLastActivity: number | undefined;
    const services = await createTestServices({ unlocked: true, now: () => clock });
    services.sharedActivity = { read: async () => sharedLastActivity, write: async (at) => void (sharedLastActivity = at) };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    render(<SidePanelApp loadServices={async () => services} />);
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Start a contact' })).toBeTruthy());

    // Nothing in this panel for 16 minutes, but the practitioner used another window's panel at 14.
    sharedLastActivity = clock + 14 * 60_000;
    clock += 16 * 60_000;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(16 * 60_000);
    });
    await settle();
    expect(screen.queryByRole('heading', { name: 'Locked' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Start a contact' })).toBeTruthy();

    // Then nothing anywhere for more than the default 15 minutes.
    clock += 15 * 60_000;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(16 * 60_000);
    });
    await settle();
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Locked' })).toBeTruthy());
  });
});
