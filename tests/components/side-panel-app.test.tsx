// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '../../components/side-panel-app';
import { createContact, nobodyElsePresent } from '../../lib/contact/contact';
import { pathwaySettingsFrom, resolveConfig, summaryOptionsFrom } from '../../lib/config/resolve';
import { evaluateForRecord } from '../../lib/pathway/evaluate';
import { pathway } from '../../lib/pathway/pathway';
import { INSERT_REQUEST_KEY, type RecordInsertRequest } from '../../lib/platform/insert-requests';
import { summaryText } from '../../lib/summary/summary-text';
import { COMPONENT_TEST_PASSPHRASE, createTestServices } from './support/panel-services';

afterEach(() => cleanup());

async function startContact(typeName: RegExp, alsoInTheRoom: string[] = []) {
  const services = await createTestServices({ unlocked: true });
  render(<SidePanelApp loadServices={async () => services} />);
  fireEvent.click(await screen.findByRole('radio', { name: typeName }));
  if (alsoInTheRoom.length === 0) fireEvent.click(screen.getByRole('checkbox', { name: /^Nobody else is in the room/ }));
  for (const person of alsoInTheRoom) fireEvent.click(screen.getByRole('checkbox', { name: person }));
  fireEvent.click(screen.getByRole('button', { name: 'Start contact' }));
  await screen.findByRole('group', { name: 'Answers' }, { timeout: 3000 });
  return services;
}


/** The question card takes focus once it is ready for its shortcuts (after Preact's effects run). */
async function questionReady(text?: string | RegExp) {
  await waitFor(() => {
    const heading = document.querySelector('section.question-card h2');
    expect(document.activeElement).toBe(heading);
    if (text) expect(heading?.textContent).toMatch(text);
  });
}

describe('the side panel', () => {
  it('asks for a passphrase on first use, then offers to start a contact', async () => {
    const services = await createTestServices();
    render(<SidePanelApp loadServices={async () => services} />);
    fireEvent.input(await screen.findByLabelText('Passphrase'), { target: { value: COMPONENT_TEST_PASSPHRASE } });
    fireEvent.input(screen.getByLabelText('Type it again'), { target: { value: COMPONENT_TEST_PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: 'Set passphrase and continue' }));
    expect(await screen.findByRole('heading', { name: 'Start a contact' }, { timeout: 3000 })).toBeTruthy();
  });

  it('[H05-u] asks who is in the room before starting: nobody ticked is not taken to mean she is alone', async () => {
    const services = await createTestServices({ unlocked: true });
    render(<SidePanelApp loadServices={async () => services} />);
    fireEvent.click(await screen.findByRole('radio', { name: /^6–8 week review/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Start contact' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Say who is in the room/);
    expect(await services.store.list()).toEqual([]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Partner or co-parent' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start contact' }));
    await screen.findByRole('group', { name: 'Answers' }, { timeout: 3000 });
    expect(await services.store.list()).toHaveLength(1);
  });

  it('[H17-u] refuses a label that looks like an NHS number', async () => {
    const services = await createTestServices({ unlocked: true });
    render(<SidePanelApp loadServices={async () => services} />);
    fireEvent.click(await screen.findByRole('radio', { name: /^New birth visit/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Nobody else is in the room/ }));
    fireEvent.input(screen.getByLabelText('Label for this contact'), { target: { value: '943 476 5919' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start contact' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/looks like an NHS number/);
    expect(await services.store.list()).toEqual([]);
  });

  it('[H29-h] starts with what is due for the birthing parent and saves each answer as it is given', async () => {
    const services = await startContact(/^6–8 week review/);
    await questionReady('How have you been feeling emotionally?');
    fireEvent.keyDown(document.body, { key: '1' });
    await questionReady(/^During the past month/);
    await waitFor(async () => {
      const [listing] = await services.store.list();
      const stored = await services.store.load(listing!.id);
      expect(stored.contact.answers['birthing-parent/wellbeing.feelings']?.response).toEqual({ kind: 'option', optionId: 'no-concerns' });
    });
    expect(screen.getByRole('status', { name: '' }).textContent).toMatch(/Saved|Saving/);
  });

  it('[H05-l] hides the private question when the partner comes into the room and offers it again when they leave', async () => {
    await startContact(/^6–8 week review/);
    fireEvent.click(screen.getByRole('button', { name: /^Birthing parent/ }));
    expect(screen.getByText(/Routine enquiry about domestic abuse/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    fireEvent.click(within(document.querySelector('.contact-header') as HTMLElement).getByRole('checkbox', { name: 'Partner or co-parent' }));
    await waitFor(() => expect(screen.queryByText(/abuse/i)).toBeNull());
    expect(screen.getAllByText('Private question outstanding').length).toBeGreaterThan(0);

    fireEvent.click(within(document.querySelector('.contact-header') as HTMLElement).getByRole('checkbox', { name: 'Partner or co-parent' }));
    await waitFor(() => expect(screen.getByText(/Routine enquiry about domestic abuse/)).toBeTruthy());
  });

  it('[H01-m] interrupts with a red-flag card that takes focus, and keeps it on screen once acknowledged', async () => {
    await startContact(/^6–8 week review/);
    fireEvent.click(screen.getByRole('button', { name: /^Birthing parent/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Recent significant change in mental state/ }));
    await questionReady('Recent significant change in mental state, or emergence of new symptoms');
    // As in a browser, the clicked answer has focus.
    const yes = within(screen.getByRole('group', { name: 'Answers' })).getByRole('button', { name: /Seen or reported/ });
    yes.focus();
    fireEvent.click(yes);

    const card = await screen.findByRole('alertdialog');
    expect(card.contains(document.activeElement)).toBe(true);
    expect(card.textContent).toMatch(/Do now/);
    fireEvent.click(within(card).getByRole('button', { name: /I have read this/ }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('region', { name: 'Red flags raised in this contact' }).textContent).toMatch(/E4|E5/);
    // Acknowledged, focus goes to the question now on screen, so shortcuts act on it.
    expect(document.activeElement).toBe(document.querySelector('section.question-card h2'));
  });

  it('[H07-k] shows the summary of the contact as it is now: a change made on the summary screen is in the text at once, and the text is the stored contact\'s', async () => {
    const services = await startContact(/^6–8 week review/);
    fireEvent.click(screen.getByRole('button', { name: /^Outcome/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Finish and write the summary' }));
    const summary = () => screen.getByLabelText('Summary for the record').textContent ?? '';
    // The detailed version (issue 13: the short one is offered first) has the presence line in full.
    fireEvent.click(await screen.findByRole('radio', { name: /^Detailed/ }));
    await waitFor(() => expect(summary()).toMatch(/^Present when this summary was made: birthing parent$/m));

    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    fireEvent.click(within(document.querySelector('.contact-header') as HTMLElement).getByRole('checkbox', { name: 'Partner or co-parent' }));
    await waitFor(() => expect(summary()).toMatch(/^Present when this summary was made: birthing parent, partner$/m));

    // What is on screen (and what Copy and Insert send) is computed from the contact, not kept.
    const config = services.config.config;
    await waitFor(async () => {
      const [listing] = await services.store.list();
      const { contact } = await services.store.load(listing!.id);
      const evaluation = evaluateForRecord(pathway, contact, pathwaySettingsFrom(config));
      expect(summary()).toBe(summaryText({ contact, evaluation, config, options: { lineWidth: summaryOptionsFrom(config).lineWidth } }));
    });
  });

  describe('an insert asked for from the record page while no contact is open', () => {
    async function panelWithWaitingRequest() {
      fakeBrowser.reset();
      const request: RecordInsertRequest = { id: 'from-record', tabId: 3, source: 'keyboard', requestedAt: Date.now() };
      await fakeBrowser.storage.session.set({ [INSERT_REQUEST_KEY]: request });
      const services = await createTestServices({ unlocked: true });
      render(<SidePanelApp loadServices={async () => services} />);
      await screen.findByText(/The record asked for a contact summary/);
    }

    it('[H24-c] is dropped when a new contact is started: the new contact opens on its questions, with no summary check', async () => {
      await panelWithWaitingRequest();
      fireEvent.click(screen.getByRole('radio', { name: /^6–8 week review/ }));
      fireEvent.click(screen.getByRole('checkbox', { name: /^Nobody else is in the room/ }));
      fireEvent.click(screen.getByRole('button', { name: 'Start contact' }));
      await questionReady('How have you been feeling emotionally?');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.queryByRole('heading', { name: 'Summary' })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Back to contacts (this contact is kept)' }));
      await screen.findByRole('heading', { name: 'Start a contact' });
      expect(screen.queryByText(/The record asked for a contact summary/)).toBeNull();
    });

    it('[H24-d] can be dismissed', async () => {
      await panelWithWaitingRequest();
      fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
      await waitFor(() => expect(screen.queryByText(/The record asked for a contact summary/)).toBeNull());
    });
  });
});


describe('the drafts list and the retention policy', () => {
  it('[H33-g] warns of a draft about to be deleted as soon as the organisation shortens the period, without reopening the panel', async () => {
    // Now is 2026-11-21 14:00; the draft was last changed 2.5 days ago.
    const services = await createTestServices({ unlocked: true });
    await services.store.create(
      createContact({
        id: 'draft',
        pathwayVersion: pathway.version,
        label: 'Tuesday visit',
        role: 'health-visitor',
        contactType: 'hv-6-8-weeks',
        presence: nobodyElsePresent,
        now: '2026-11-19T02:00:00.000Z',
      }),
    );
    // Listed once beforehand, so the store writes nothing more that would list it again by chance.
    await services.store.list();
    render(<SidePanelApp loadServices={async () => services} />);
    await screen.findByRole('button', { name: 'Resume Tuesday visit' }, { timeout: 3000 });
    expect(screen.queryByText(/^Will be deleted/)).toBeNull(); // 7 days by default: 4.5 days left

    services.changeConfig(resolveConfig({ options: { configVersion: 1, organisationName: 'Example Community Trust', retention: { draftDays: 3 } } }));
    // 3 days: 12 hours left, inside the warning period.
    expect((await screen.findByText(/^Will be deleted/, {}, { timeout: 3000 })).textContent).toMatch(/Finish it or copy what you need/);
  });
});

describe('a contact started before the extension was updated', () => {
  it('[H21-c] says on screen that it was started with another pathway version', async () => {
    const services = await createTestServices({ unlocked: true });
    await services.store.create(
      createContact({
        id: 'older',
        pathwayVersion: '2025.9.0',
        label: 'Older visit',
        role: 'health-visitor',
        contactType: 'hv-6-8-weeks',
        presence: nobodyElsePresent,
        now: '2026-11-21T13:00:00.000Z',
      }),
    );
    render(<SidePanelApp loadServices={async () => services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume Older visit' }, { timeout: 3000 }));
    expect((await screen.findByText(/started with pathway 2025\.9\.0/, {}, { timeout: 3000 })).textContent).toMatch(/Check the answers/);
  });
});

describe('the outcome step', () => {
  it('offers the one-tap "universal information given" only when universal information is all that is recommended', async () => {
    const { OutcomeStep } = await import('../../components/outcome/outcome-step');
    const { buildContact } = await import('../../lib/pathway/contact-builder');
    const { evaluate } = await import('../../lib/pathway/evaluate');
    const { applyChange } = await import('../../lib/contact/contact-change');
    const { pathway } = await import('../../lib/pathway/pathway');
    const { PanelServicesContext } = await import('../../components/panel-services');
    const services = await createTestServices({ unlocked: true });
    const calm = ['no-concerns', 'no', 'none', 'warm', 'reassuring', 'no-disclosure', 'yes'];
    // Answers everything the panel asks with the reassuring option (partner involved: as given).
    const answeredCalmly = (spec: Parameters<typeof buildContact>[0], partnerInvolved: 'yes' | 'no') => {
      let contact = buildContact(spec);
      for (let guard = 0; guard < 60; guard++) {
        const next = evaluate(pathway, contact).nextQuestion;
        if (!next) break;
        // The calmest option first: a red-flag item's "Seen or reported" has id `yes`, after `no` here.
        const calmest = calm.map((id) => next.item.options.find((o) => o.id === id)).find((o) => o !== undefined);
        const optionId = next.item.questionId === 'partner.involved' ? partnerInvolved : (calmest ?? next.item.options[0]!).id;
        contact = applyChange(contact, { type: 'answer', answer: { questionId: next.item.questionId, subject: next.subject, response: { kind: 'option', optionId }, answeredAt: contact.startedAt } });
      }
      return contact;
    };
    const show = (contact: ReturnType<typeof buildContact>) => {
      cleanup();
      render(
        <PanelServicesContext.Provider value={services}>
          <OutcomeStep contact={contact} evaluation={evaluate(pathway, contact)} save={() => undefined} onFinish={() => undefined} />
        </PanelServicesContext.Provider>,
      );
    };
    // Alone, nothing of concern, everything due answered: O1 only.
    show(answeredCalmly({ contactType: 'hv-2-years' }, 'no'));
    expect(screen.queryByRole('button', { name: 'Universal information given: write the summary' })).not.toBeNull();
    // Partner involved but not seen: signposting for the partner needs its own decision.
    show(answeredCalmly({ contactType: 'hv-2-years' }, 'yes'));
    expect(screen.queryByRole('button', { name: 'Universal information given: write the summary' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Mark universal information as given \(1\)/ })).toBeTruthy();
    // Something still due: not offered.
    show(buildContact({ contactType: 'hv-2-years', answers: { 'birthing-parent': { 'wellbeing.feelings': 'no-concerns' } } }));
    expect(screen.queryByRole('button', { name: 'Universal information given: write the summary' })).toBeNull();
  });
});
