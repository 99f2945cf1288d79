// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../components/side-panel-app';
import { resolveConfig } from '../../lib/config/resolve';
import { createTestServices } from './support/panel-services';

// Issue 17: the panel's entry renders the app once its services are built (entrypoints/sidepanel/panel.tsx),
// so the first render shows the screen, not "Opening…" and the screen a frame later.

afterEach(() => cleanup());

describe('[H113] the side panel started with its services already built', () => {
  it('[H113-e] shows the start form in its first render and does not build the services again', async () => {
    const services = await createTestServices({ unlocked: true });
    const loadServices = vi.fn(async () => services);
    render(<SidePanelApp loadServices={loadServices} initialServices={services} />);
    expect(screen.getByRole('heading', { name: 'Start a contact' })).toBeTruthy();
    expect(screen.queryByText('Opening…')).toBeNull();
    expect(loadServices).not.toHaveBeenCalled();
  });

  it('[H113-e] shows a configuration change made after the services were built (the watch, not the first copy)', async () => {
    const services = await createTestServices({ unlocked: true });
    services.changeConfig(resolveConfig({ options: { configVersion: 1, retention: { draftDays: 3 } } }));
    render(<SidePanelApp loadServices={async () => services} initialServices={services} />);
    const notice = { name: "Local settings in force, not your organisation's" };
    expect(await screen.findByRole('heading', notice)).toBeTruthy();
    // And it stays: nothing puts the configuration the services were built with back over it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByRole('heading', notice)).toBeTruthy();
  });
});
