// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HomeScreen } from '../../../components/home/home-screen';
import { prefetchList, takePrefetchedList } from '../../../components/home/list-prefetch';
import { PanelServicesContext } from '../../../components/panel-services';
import { practitionerMessage } from '../../../components/practitioner-message';
import { createContact, nobodyElsePresent } from '../../../lib/contact/contact';
import { pathway } from '../../../lib/pathway/pathway';
import { StorageError, type ContactListing, type ContactStore } from '../../../lib/storage';

type ListEvent = Parameters<Parameters<ContactStore['watchList']>[0]>[0];
import { createTestServices } from '../support/panel-services';

// Issue 17, H123: the home screen's first list is read as soon as the panel's store is wired, and
// shown the moment it is ready. It is used only by the first home screen of the same store, once,
// and never replaces what the list's live watch has said.

afterEach(() => cleanup());

async function servicesWith(labels: readonly string[]) {
  const services = await createTestServices({ unlocked: true });
  for (const [index, label] of labels.entries()) {
    await services.store.create(
      createContact({ id: `contact-${index}`, pathwayVersion: pathway.version, label, role: 'health-visitor', contactType: 'hv-6-8-weeks', presence: nobodyElsePresent, now: '2026-11-21T13:00:00.000Z' }),
    );
  }
  return services;
}

/** The store with its live watch held back: it says `events` only when `speak` is called. */
function heldWatch(store: ContactStore) {
  const listeners: Array<(event: ListEvent) => void> = [];
  const held: ContactStore = {
    ...store,
    watchList: (listener) => {
      listeners.push(listener);
      return () => undefined;
    },
  };
  return { store: held, speak: (event: ListEvent) => listeners.forEach((listener) => listener(event)), watching: () => listeners.length };
}

function home(services: Awaited<ReturnType<typeof createTestServices>>, store: ContactStore) {
  return render(
    <PanelServicesContext.Provider value={{ ...services, store }}>
      <HomeScreen onOpen={() => undefined} onStarted={() => undefined} onSettings={() => undefined} onAbout={() => undefined} />
    </PanelServicesContext.Provider>,
  );
}

const resumeButtons = () => screen.queryAllByRole('button', { name: /^Resume / }).map((button) => button.getAttribute('aria-label'));

describe('[H123] the home screen list read before the home screen shows', () => {
  it('[H123-a] is handed only to a home screen of the same store, once; a later read replaces one waiting', async () => {
    const services = await servicesWith(['Alder visit']);
    const other = await servicesWith(['Birch visit']);

    prefetchList(services.store, services.vault);
    expect(takePrefetchedList(other.store)).toBeUndefined(); // another store's list
    expect(takePrefetchedList(services.store)).toBeUndefined(); // dropped when the other store asked

    prefetchList(other.store, other.vault);
    prefetchList(services.store, services.vault); // the later read wins
    const read = takePrefetchedList(services.store);
    expect((await read!).map((listing) => listing.label)).toEqual(['Alder visit']);
    expect(takePrefetchedList(services.store)).toBeUndefined(); // taken once
  });

  it('[H123-e] reads nothing while the vault is locked, and a lock before a home screen takes it drops it', async () => {
    const services = await servicesWith(['Alder visit']);
    let lists = 0;
    const counting: ContactStore = { ...services.store, list: () => (lists++, services.store.list()) };
    prefetchList(counting, services.vault);
    await services.vault.lock();
    expect(takePrefetchedList(counting)).toBeUndefined(); // dropped by the lock
    prefetchList(counting, services.vault); // started while locked
    expect(takePrefetchedList(counting)).toBeUndefined();
    expect(lists).toBe(1);
  });

  it('[H123-f] a later home screen (after a contact, after a lock) lists through its watch alone', async () => {
    const services = await servicesWith(['Alder visit']);
    const { store, speak } = heldWatch(services.store);
    prefetchList(store, services.vault);
    const first = home(services, store);
    await waitFor(() => expect(resumeButtons()).toEqual(['Resume Alder visit']));
    first.unmount();
    home(services, store);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(resumeButtons()).toEqual([]); // nothing until its own watch speaks
    speak({ kind: 'listed', contacts: await services.store.list() });
    await waitFor(() => expect(resumeButtons()).toEqual(['Resume Alder visit']));
  });

  it('[H123-b] is on screen before the live watch has said anything', async () => {
    const services = await servicesWith(['Alder visit', 'Birch visit']);
    const { store, speak, watching } = heldWatch(services.store);
    prefetchList(store, services.vault);
    home(services, store);
    await waitFor(() => expect(resumeButtons().sort()).toEqual(['Resume Alder visit', 'Resume Birch visit']));
    expect(watching()).toBe(1);
    // The watch, when it speaks, still wins: here a contact forgotten in another panel meanwhile.
    const newer = (await services.store.list()).filter((listing) => listing.label === 'Birch visit');
    speak({ kind: 'listed', contacts: newer });
    await waitFor(() => expect(resumeButtons()).toEqual(['Resume Birch visit']));
  });

  it('[H123-c] never replaces what the watch said, even when it arrives after it', async () => {
    const services = await servicesWith(['Alder visit', 'Birch visit']);
    const { store, speak } = heldWatch(services.store);
    let finish: (listed: readonly ContactListing[]) => void = () => undefined;
    const slow = new Promise<readonly ContactListing[]>((resolve) => (finish = resolve));
    const staleList = await services.store.list();
    const slowStore: ContactStore = { ...store, list: () => slow as Promise<ContactListing[]> };
    prefetchList(slowStore, services.vault);
    home(services, slowStore);
    const newer = staleList.filter((listing) => listing.label === 'Birch visit');
    speak({ kind: 'listed', contacts: newer });
    await waitFor(() => expect(resumeButtons()).toEqual(['Resume Birch visit']));
    finish(staleList); // the older read arrives late
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(resumeButtons()).toEqual(['Resume Birch visit']);
  });

  it('[H123-d] a read that fails says nothing itself: the watch reads again and says what went wrong, in the store\'s own words', async () => {
    const services = await servicesWith(['Alder visit']);
    const { store, speak } = heldWatch(services.store);
    const locked = new StorageError('locked');
    const failing: ContactStore = { ...store, list: () => Promise.reject(locked) };
    prefetchList(failing, services.vault);
    home(services, failing);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(resumeButtons()).toEqual([]);
    speak({ kind: 'error', error: locked });
    expect((await screen.findByRole('alert')).textContent).toBe(practitionerMessage(locked));
  });
});
