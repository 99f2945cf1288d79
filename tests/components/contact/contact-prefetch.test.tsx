// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchContact, takePrefetchedContact } from '../../../components/contact/contact-prefetch';
import { ContactScreen } from '../../../components/contact/contact-screen';
import { PanelServicesContext } from '../../../components/panel-services';
import { practitionerMessage } from '../../../components/practitioner-message';
import { SidePanelApp } from '../../../components/side-panel-app';
import { createContact, nobodyElsePresent } from '../../../lib/contact/contact';
import { pathway } from '../../../lib/pathway/pathway';
import { StorageError, type ContactStore } from '../../../lib/storage';
import { createTestServices } from '../support/panel-services';

// Issue 17, H115: "Resume" reads the contact at the click, in parallel with loading the contact
// screen's code. The read is used only for the contact and store it was made for, once; a failed
// read says what it said before.

afterEach(() => cleanup());

async function servicesWithTwoContacts() {
  const services = await createTestServices({ unlocked: true });
  for (const [id, label] of [
    ['contact-a', 'Alder visit'],
    ['contact-b', 'Birch visit'],
  ] as const) {
    await services.store.create(
      createContact({ id, pathwayVersion: pathway.version, label, role: 'health-visitor', contactType: 'hv-6-8-weeks', presence: nobodyElsePresent, now: '2026-11-21T13:00:00.000Z' }),
    );
  }
  return services;
}

function countingLoads(store: ContactStore) {
  const load = vi.fn(store.load);
  return { store: { ...store, load }, load };
}

describe('[H115] a contact read at the click on Resume', () => {
  it('[H115-a] is handed only to the screen of the same contact from the same store, once; anything else waiting is dropped', async () => {
    const services = await servicesWithTwoContacts();
    const other = await servicesWithTwoContacts();

    prefetchContact(services.store, 'contact-a');
    expect(takePrefetchedContact(services.store, 'contact-b')).toBeUndefined();
    expect(takePrefetchedContact(services.store, 'contact-a')).toBeUndefined(); // dropped when B opened

    prefetchContact(services.store, 'contact-a');
    expect(takePrefetchedContact(other.store, 'contact-a')).toBeUndefined(); // another store's contact A

    prefetchContact(services.store, 'contact-a');
    prefetchContact(services.store, 'contact-b'); // the later click wins
    expect(takePrefetchedContact(services.store, 'contact-a')).toBeUndefined();

    prefetchContact(services.store, 'contact-a');
    const read = takePrefetchedContact(services.store, 'contact-a');
    expect((await read!).contact.label).toBe('Alder visit');
    expect(takePrefetchedContact(services.store, 'contact-a')).toBeUndefined(); // taken once
  });

  it('[H115-b] never shows a contact read for another: the screen opened for A after a read of B shows A', async () => {
    const services = await servicesWithTwoContacts();
    const { store, load } = countingLoads(services.store);
    prefetchContact(store, 'contact-b');
    render(
      <PanelServicesContext.Provider value={{ ...services, store }}>
        <ContactScreen contactId="contact-a" onLeave={() => undefined} />
      </PanelServicesContext.Provider>,
    );
    expect(await screen.findByText('Alder visit', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByText('Birch visit')).toBeNull();
    expect(load.mock.calls.map(([id]) => id)).toEqual(['contact-b', 'contact-a']);
  });

  it('[H115-c] Resume starts the read at the click, and the screen uses it rather than reading again', async () => {
    const services = await servicesWithTwoContacts();
    const { store, load } = countingLoads(services.store);
    render(<SidePanelApp loadServices={async () => ({ ...services, store })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume Birch visit' }, { timeout: 3000 }));
    expect(load.mock.calls.map(([id]) => id)).toEqual(['contact-b']); // in the click, before the screen's code ran
    await screen.findByRole('group', { name: 'Answers' }, { timeout: 3000 });
    expect(screen.getByText('Birch visit')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('[H115-d] a read that fails at the click says on the contact screen what a read at mount said, with Back to contacts', async () => {
    const services = await servicesWithTwoContacts();
    const failure = new StorageError('corrupt-record', 'contact unreadable: test');
    const store: ContactStore = { ...services.store, load: () => Promise.reject(failure) };
    render(<SidePanelApp loadServices={async () => ({ ...services, store })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume Alder visit' }, { timeout: 3000 }));
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.textContent).toBe(practitionerMessage(failure));
    expect(screen.getByRole('button', { name: 'Back to contacts' })).toBeTruthy();
    cleanup();

    // The same contact opened without a read waiting (as before issue 17's change): the same words.
    render(
      <PanelServicesContext.Provider value={{ ...services, store }}>
        <ContactScreen contactId="contact-a" onLeave={() => undefined} />
      </PanelServicesContext.Provider>,
    );
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toBe(practitionerMessage(failure));
  });
});
