// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../components/side-panel-app';
import { createContact, nobodyElsePresent } from '../../../lib/contact/contact';
import { applyChange } from '../../../lib/contact/contact-change';
import { acceptStorySoFar, prepareStorySoFar } from '../../../lib/handover/handover-preview';
import { pathway } from '../../../lib/pathway/pathway';
import { summaryText } from '../../../lib/summary/summary-text';
import { secondContact } from '../../lib/summary/examples';
import { createTestServices } from '../support/panel-services';

// The story so far, the referral loop and the trend are loaded on demand (issue 17,
// components/contact/lazy-story-parts.tsx). Its own file: the loader is the panel's, loaded once per
// module graph, and these tests need it not yet loaded.

afterEach(() => cleanup());

const NOW = Date.parse('2026-11-21T14:00:00.000Z');
const { first } = secondContact();
const pasted = summaryText({ contact: first.contact, evaluation: first.evaluation, options: { lineWidth: 80 } });

const draft = (id: string, label: string) =>
  createContact({ id, pathwayVersion: pathway.version, label, role: 'health-visitor', contactType: 'hv-6-8-weeks', presence: nobodyElsePresent, now: '2026-11-21T13:00:00.000Z' });

describe('a contact with a story so far', () => {
  it('[H102-h] shows the story with its question, never the question first and the story pushed in above it later', async () => {
    const services = await createTestServices({ unlocked: true, now: () => NOW });
    const prepared = prepareStorySoFar(pasted);
    if (!prepared.ok) throw new Error(prepared.message);
    await services.store.create(applyChange(draft('storied', 'Storied visit'), acceptStorySoFar(prepared.facts, '2026-11-21T13:01:00.000Z')));
    render(<SidePanelApp loadServices={async () => services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume Storied visit' }, { timeout: 3000 }));
    await screen.findByRole('group', { name: 'Answers' }, { timeout: 3000 });
    expect(screen.getByText('Story so far loaded:')).toBeTruthy();
  });

  it('[H102-i] a contact without one offers to load it, and its code is loaded when asked', async () => {
    const services = await createTestServices({ unlocked: true, now: () => NOW });
    await services.store.create(draft('plain', 'Plain visit'));
    render(<SidePanelApp loadServices={async () => services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume Plain visit' }, { timeout: 3000 }));
    fireEvent.click(await screen.findByRole('button', { name: 'Load the story so far from a previous summary' }, { timeout: 3000 }));
    expect(await screen.findByLabelText('Paste the previous summary, or just its handover block')).toBeTruthy();
  });
});
