// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmInline } from '../../components/confirm-inline';
import { StorageError } from '../../lib/storage';

afterEach(() => cleanup());

function renderConfirm(onConfirm: () => Promise<void>) {
  render(<ConfirmInline label="End contact and forget" question="Forget this contact now?" confirmLabel="Forget it now" danger onConfirm={onConfirm} />);
  fireEvent.click(screen.getByRole('button', { name: 'End contact and forget' }));
}

describe('asking once more before a destructive action', () => {
  it('focuses the safe choice, and returns focus to the button when cancelled', async () => {
    renderConfirm(vi.fn().mockResolvedValue(undefined));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('End contact and forget'));
  });

  it('says what went wrong when the action fails, instead of failing silently', async () => {
    renderConfirm(vi.fn().mockRejectedValue(new StorageError('unavailable')));
    fireEvent.click(screen.getByRole('button', { name: 'Forget it now' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not letting the extension save/);
  });
});
