// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AboutScreen } from '../../../components/about/about-screen';
import { EXTENSION_VERSION } from '../../../components/about/about-facts';
import { HomeScreen } from '../../../components/home/home-screen';
import { PanelServicesContext } from '../../../components/panel-services';
import { createWhatsNewFlag, WHATS_NEW_SEEN_KEY } from '../../../lib/about/whats-new-flag';
import { createTestServices } from '../support/panel-services';

afterEach(() => cleanup());

function flagArea(initial: Record<string, unknown>) {
  const data = { ...initial };
  return { data, area: { get: async (key: string) => (key in data ? { [key]: data[key] } : {}), set: async (items: Record<string, unknown>) => void Object.assign(data, items) } };
}

async function home(stored: Record<string, unknown>) {
  const { data, area } = flagArea(stored);
  const services = { ...(await createTestServices({ unlocked: true })), whatsNew: createWhatsNewFlag(area) };
  const noop = () => undefined;
  render(
    <PanelServicesContext.Provider value={services}>
      <HomeScreen onOpen={noop} onStarted={noop} onSettings={noop} onAbout={noop} />
    </PanelServicesContext.Provider>,
  );
  await screen.findByRole('heading', { name: /Start a contact/i });
  return data;
}

const NOTE = new RegExp(`^What's new in version ${EXTENSION_VERSION.replace(/\./g, '\\.')}`);

describe("what's new", () => {
  it('shows once on the home screen after the version changes, and dismissing it records the version', async () => {
    const data = await home({ [WHATS_NEW_SEEN_KEY]: '0.0.9' });
    const note = await screen.findByRole('region', { name: NOTE });
    await waitFor(() => expect(note.querySelectorAll('li').length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole('button', { name: "Dismiss what's new" }));
    expect(screen.queryByRole('region', { name: NOTE })).toBeNull();
    await waitFor(() => expect(data[WHATS_NEW_SEEN_KEY]).toBe(EXTENSION_VERSION));
  });

  it('is not shown on a first run (the version is recorded silently) nor when already seen', async () => {
    const data = await home({});
    await waitFor(() => expect(data[WHATS_NEW_SEEN_KEY]).toBe(EXTENSION_VERSION));
    expect(screen.queryByRole('region', { name: NOTE })).toBeNull();
    cleanup();
    await home({ [WHATS_NEW_SEEN_KEY]: EXTENSION_VERSION });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('region', { name: NOTE })).toBeNull();
  });

  it('opens from About at any time and closes back to its button', async () => {
    render(<AboutScreen onBack={() => undefined} />);
    const open = screen.getByRole('button', { name: "What's new" });
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const note = await screen.findByRole('region', { name: NOTE });
    await waitFor(() => expect(note.textContent).toContain('Pathway '));
    fireEvent.click(screen.getByRole('button', { name: "Close what's new" }));
    expect(screen.queryByRole('region', { name: NOTE })).toBeNull();
    expect(document.activeElement).toBe(open);
  });
});
