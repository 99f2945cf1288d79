// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../components/side-panel-app';
import { createContact, nobodyElsePresent } from '../../lib/contact/contact';
import { applyChange } from '../../lib/contact/contact-change';
import { createWhatsNewFlag, WHATS_NEW_SEEN_KEY } from '../../lib/about/whats-new-flag';
import { acceptStorySoFar, prepareStorySoFar } from '../../lib/handover/handover-preview';
import { pathway } from '../../lib/pathway/pathway';
import { summaryText } from '../../lib/summary/summary-text';
import { secondContact } from '../lib/summary/examples';
import { createTestServices } from './support/panel-services';

// Issue 17, H102: the parts of the panel loaded on demand (components/lazy-screen.tsx) each say they
// are loading, say so if their code cannot be loaded (an update half-installed, a file missing),
// lose nothing, and load afresh on "Try again". The real loaders and the real screens, in the app:
// a part's module fails to load for as long as it is listed in `failing`. All are listed from the
// start (a part prefetched on idle in one row must not have loaded before its own row); each row
// lets its own part load before it asks to try again (About shows what's new: that row comes after).

const failing = vi.hoisted(() => new Set(['settings', 'about', 'unlock', 'set-passphrase', 'whats-new', 'outcome', 'story']));
const failWhileListed = (name: string) => async (importOriginal: () => Promise<unknown>) => {
  if (failing.has(name)) throw new Error(`Failed to fetch dynamically imported module: ${name}`);
  return importOriginal();
};
vi.mock('../../components/settings/settings-screen', (original) => failWhileListed('settings')(original));
vi.mock('../../components/about/about-screen', (original) => failWhileListed('about')(original));
vi.mock('../../components/lock/unlock-screen', (original) => failWhileListed('unlock')(original));
vi.mock('../../components/lock/set-passphrase-screen', (original) => failWhileListed('set-passphrase')(original));
vi.mock('../../components/about/whats-new', (original) => failWhileListed('whats-new')(original));
vi.mock('../../components/outcome/outcome-step', (original) => failWhileListed('outcome')(original));
vi.mock('../../components/contact/story-parts', (original) => failWhileListed('story')(original));

afterEach(() => cleanup());

const NOW = Date.parse('2026-11-21T14:00:00.000Z');
const { first } = secondContact();
const pasted = summaryText({ contact: first.contact, evaluation: first.evaluation, options: { lineWidth: 80 } });

const draft = (id: string, label: string) =>
  createContact({ id, pathwayVersion: pathway.version, label, role: 'health-visitor', contactType: 'hv-6-8-weeks', presence: nobodyElsePresent, now: '2026-11-21T13:00:00.000Z' });

type Services = Awaited<ReturnType<typeof createTestServices>>;
type Row = {
  /** Hazard id and the part, as the test's name. */
  title: string;
  part: string;
  /** The modules that fail until the row lets them load. */
  modules: string[];
  /** Sets up and opens the panel up to the part; returns the services. */
  open(): Promise<Services>;
  /** The part is on screen. */
  shown(): Promise<unknown>;
  /** What the failure leaves on screen and in the store (nothing lost). */
  kept?(services: Services): Promise<void>;
};

async function home(options: Parameters<typeof createTestServices>[0] = { unlocked: true }, extra: Partial<Services> = {}) {
  const services = { ...(await createTestServices({ now: () => NOW, ...options })), ...extra };
  render(<SidePanelApp loadServices={async () => services} />);
  return services;
}

const rows: Row[] = [
  {
    title: '[H102-a] the settings',
    part: 'settings',
    modules: ['settings'],
    async open() {
      const services = await home();
      fireEvent.click(await screen.findByRole('button', { name: 'Settings and privacy' }, { timeout: 3000 }));
      return services;
    },
    shown: () => screen.findByRole('heading', { name: 'Settings and privacy' }),
    async kept() {
      fireEvent.click(screen.getByRole('button', { name: 'Back to contacts' }));
      expect(await screen.findByRole('heading', { name: 'Start a contact' })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Settings and privacy' }));
      await screen.findByRole('alert');
    },
  },
  {
    title: "[H102-b] the list of what's new",
    part: "list of what's new",
    modules: ['whats-new'],
    async open() {
      const data: Record<string, unknown> = { [WHATS_NEW_SEEN_KEY]: '0.0.9' };
      const area = { get: async (key: string) => (key in data ? { [key]: data[key] } : {}), set: async (items: Record<string, unknown>) => void Object.assign(data, items) };
      return home({ unlocked: true }, { whatsNew: createWhatsNewFlag(area) });
    },
    shown: () => screen.findByRole('button', { name: "Dismiss what's new" }),
    async kept() {
      // The home screen itself is untouched: a contact can still be started.
      expect(screen.getByRole('button', { name: 'Start contact' })).toBeTruthy();
    },
  },
  {
    title: '[H102-c] the unlock screen',
    part: 'unlock screen',
    modules: ['unlock'],
    async open() {
      const services = await home();
      await screen.findByRole('heading', { name: 'Start a contact' }, { timeout: 3000 });
      await services.vault.lock();
      return services;
    },
    shown: () => screen.findByRole('heading', { name: 'Locked' }),
    async kept() {
      // Locked means locked while the screen's code is missing: nothing of the contacts is on screen.
      expect(screen.queryByRole('heading', { name: 'Start a contact' })).toBeNull();
    },
  },
  {
    title: '[H102-d] the passphrase screen',
    part: 'passphrase screen',
    modules: ['set-passphrase'],
    open: () => home({}),
    shown: () => screen.findByLabelText('Passphrase'),
  },
  {
    title: '[H102-e] the About screen',
    part: 'About screen',
    modules: ['about', 'whats-new'],
    async open() {
      const services = await home();
      fireEvent.click(await screen.findByRole('button', { name: 'About this extension' }, { timeout: 3000 }));
      return services;
    },
    shown: () => screen.findByRole('heading', { name: 'About this extension' }),
  },
  {
    title: '[H102-f] the outcome',
    part: 'outcome',
    modules: ['outcome'],
    async open() {
      const services = await home();
      await services.store.create(draft('visit', 'Tuesday visit'));
      fireEvent.click(await screen.findByRole('button', { name: 'Resume Tuesday visit' }, { timeout: 3000 }));
      // The question card takes its shortcuts once it has focus.
      await waitFor(() => expect(document.activeElement).toBe(document.querySelector('section.question-card h2')), { timeout: 3000 });
      fireEvent.keyDown(document.body, { key: '1' });
      await waitFor(async () => expect(Object.keys((await services.store.load('visit')).contact.answers)).toHaveLength(1));
      fireEvent.click(screen.getByRole('button', { name: /^Outcome/ }));
      return services;
    },
    shown: () => screen.findByRole('heading', { name: 'Outcome' }),
    async kept(services) {
      // The contact stays open around it, with the answer given.
      expect(screen.getByRole('button', { name: /^Back to contacts/ })).toBeTruthy();
      expect(Object.keys((await services.store.load('visit')).contact.answers)).toHaveLength(1);
    },
  },
  {
    title: '[H102-g] the story so far',
    part: 'story so far',
    modules: ['story'],
    async open() {
      const services = await home();
      const prepared = prepareStorySoFar(pasted);
      if (!prepared.ok) throw new Error(prepared.message);
      await services.store.create(applyChange(draft('storied', 'Storied visit'), acceptStorySoFar(prepared.facts, '2026-11-21T13:01:00.000Z')));
      fireEvent.click(await screen.findByRole('button', { name: 'Resume Storied visit' }, { timeout: 3000 }));
      return services;
    },
    shown: () => screen.findByText('Story so far loaded:'),
    async kept(services) {
      // The question is still asked; the story is still stored.
      expect(screen.getByRole('group', { name: 'Answers' })).toBeTruthy();
      expect((await services.store.load('storied')).contact.storySoFar).toBeDefined();
    },
  },
];

describe('[H102] a part of the panel whose code fails to load', () => {
  it.each(rows.map((row) => [row.title, row] as const))('%s says it could not be opened, loses nothing, and opens on Try again', async (_title, row) => {
    const services = await row.open();
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.textContent).toBe(`The ${row.part} could not be opened. Nothing has been lost: try again, or reload the panel.`);
    await row.kept?.(services);
    for (const module of row.modules) failing.delete(module);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await row.shown()).toBeTruthy();
  });
});
