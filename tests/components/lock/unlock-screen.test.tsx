// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitText } from '../../../components/lock/unlock-screen';
import { SidePanelApp } from '../../../components/side-panel-app';
import { COMPONENT_TEST_PASSPHRASE, createTestServices } from '../support/panel-services';

// The unlock screen's growing wait after wrong passphrases (issue 15), with a controllable clock:
// the vault and the screen read time from `now`, and the countdown's timer is faked.

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Types and submits a passphrase, and waits until the vault has answered (the button is no longer busy). */
async function tryPassphrase(passphrase: string) {
  fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: passphrase } });
  await act(async () => {
    fireEvent.submit(screen.getByLabelText('Passphrase').closest('form') as HTMLFormElement);
  });
  await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Unlocking…' })).toBeNull());
}

const unlockButton = () => screen.getByRole('button', { name: /Unlock/ }) as HTMLButtonElement;

describe('unlocking after wrong passphrases', () => {
  it('[H77-c] waits longer after each wrong passphrase past the third, counts down, and keeps the wait when the panel is reopened', async () => {
    let clock = Date.parse('2026-12-07T09:00:00.000Z');
    const services = await createTestServices({ unlocked: true, now: () => clock });
    await services.vault.lock();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const view = render(<SidePanelApp loadServices={async () => services} />);
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Locked' })).toBeTruthy());

    for (let i = 1; i <= 3; i++) {
      await tryPassphrase(`wrong guess ${i}`);
      await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('That passphrase is not right'));
      expect(screen.queryByText(/You can try again in/)).toBeNull();
    }
    await tryPassphrase('wrong guess 4');
    await vi.waitFor(() => expect(screen.getByText(/You can try again in/).textContent).toContain('10 seconds'));
    expect(screen.getByRole('alert').textContent).toContain('Too many wrong passphrases');
    expect(unlockButton().disabled).toBe(true);

    // The countdown follows the clock.
    clock += 4_000;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    await vi.waitFor(() => expect(screen.getByText(/You can try again in/).textContent).toContain('6 seconds'));

    // Closing and reopening the panel does not reset it.
    view.unmount();
    render(<SidePanelApp loadServices={async () => services} />);
    await vi.waitFor(() => expect(screen.getByText(/You can try again in/).textContent).toContain('6 seconds'));
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: COMPONENT_TEST_PASSPHRASE } });
    expect(unlockButton().disabled).toBe(true);

    // When the wait is over, a fifth wrong try doubles it.
    clock += 6_000;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    await vi.waitFor(() => expect(screen.queryByText(/You can try again in/)).toBeNull());
    await tryPassphrase('wrong guess 5');
    await vi.waitFor(() => expect(screen.getByText(/You can try again in/).textContent).toContain('20 seconds'));

    // And the right passphrase works once it is over.
    clock += 20_000;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    await vi.waitFor(() => expect(unlockButton().disabled).toBe(false));
    await tryPassphrase(COMPONENT_TEST_PASSPHRASE);
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Start a contact' })).toBeTruthy());
  });

  it.each([
    [1, '1 second'],
    [9_001, '10 seconds'],
    [60_000, '1 minute'],
    [150_000, '2 minutes 30 seconds'],
    [300_000, '5 minutes'],
  ])('says a wait of %i ms as "%s"', (ms, text) => {
    expect(waitText(ms)).toBe(text);
  });
});
