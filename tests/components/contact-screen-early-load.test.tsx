// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../components/side-panel-app';
import { createTestServices } from './support/panel-services';

// Issue 17: home starts loading the contact screen's code right after its first paint, while the
// list of contacts is still being read, so a Resume clicked as soon as it shows does not then wait
// for the screen's files (components/side-panel-app.tsx). Seen to fail when the load waited for the
// list and an idle panel, as before.

const loaded = vi.hoisted(() => ({ contactScreen: 0 }));
vi.mock('../../components/contact/contact-screen', async (importOriginal) => {
  loaded.contactScreen += 1;
  return importOriginal();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the contact screen from home', () => {
  it('starts loading before the list of contacts is shown and without waiting for an idle panel', async () => {
    vi.stubGlobal('requestIdleCallback', () => 0); // never idle
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const services = await createTestServices({ unlocked: true });
    // A list that never arrives: the read of the contacts is still under way.
    const store = { ...services.store, watchList: () => () => undefined };
    render(<SidePanelApp loadServices={async () => ({ ...services, store })} />);
    expect(await screen.findByRole('heading', { name: 'Start a contact' }, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByText('Loading contacts…')).toBeTruthy();
    await waitFor(() => expect(loaded.contactScreen).toBe(1), { timeout: 3000 });
  });
});
