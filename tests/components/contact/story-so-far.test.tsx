// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorySoFar } from '../../../components/contact/story-so-far';
import { PanelServicesContext } from '../../../components/panel-services';
import { applyChange, type ContactChange } from '../../../lib/contact/contact-change';
import type { Contact } from '../../../lib/contact/contact';
import { acceptStorySoFar, prepareStorySoFar } from '../../../lib/handover/handover-preview';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { summaryText } from '../../../lib/summary/summary-text';
import { secondContact } from '../../lib/summary/examples';
import { scenarioInputs } from '../../lib/summary/support';
import { EARLIER_FLAG_ON_SCREEN, EARLIER_OUTSTANDING_ON_SCREEN } from '../../../lib/pathway/on-screen-words';
import { createTestServices } from '../support/panel-services';

afterEach(() => cleanup());

const NOW = Date.parse('2026-04-20T09:31:00.000Z');
const { first } = secondContact();
const pasted = summaryText({ contact: first.contact, evaluation: first.evaluation, options: { lineWidth: 80 } });
const newContact = () => buildContact({ contactType: 'hv-new-birth', now: '2026-04-20T09:30:00.000Z' });

async function renderStory(contact: Contact) {
  const save = vi.fn<(change: ContactChange) => void>();
  const services = await createTestServices({ now: () => NOW });
  render(
    <PanelServicesContext.Provider value={services}>
      <StorySoFar contact={contact} save={save} />
    </PanelServicesContext.Provider>,
  );
  return save;
}

describe('the story so far on the contact screen', () => {
  it('[H26-m] changes nothing until the practitioner has seen where it came from and chosen to use it', async () => {
    const save = await renderStory(newContact());
    fireEvent.click(screen.getByRole('button', { name: 'Load the story so far from a previous summary' }));
    fireEvent.input(screen.getByLabelText('Paste the previous summary, or just its handover block'), { target: { value: pasted } });
    fireEvent.click(screen.getByRole('button', { name: 'Check it' }));
    expect(screen.getByRole('status').textContent).toContain('From Health visitor: antenatal contact (from 28 weeks) on 2 Mar 2026 10:00 (Health visitor)');
    expect(save).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Use this story so far' }));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toMatchObject({ type: 'load-story-so-far' });
  });

  it('[H26-n] keeps showing where a loaded story came from, and removes it in one tap when it is the wrong family', async () => {
    const prepared = prepareStorySoFar(pasted);
    if (!prepared.ok) throw new Error(prepared.message);
    const save = await renderStory(applyChange(newContact(), acceptStorySoFar(prepared.facts, '2026-04-20T09:31:00.000Z')));
    expect(document.body.textContent).toContain('Story so far loaded: From Health visitor: antenatal contact (from 28 weeks) on 2 Mar 2026 10:00 (Health visitor)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove it (wrong family or wrong summary)' }));
    expect(save).toHaveBeenCalledWith({ type: 'clear-story-so-far', at: new Date(NOW).toISOString() });
  });

  it('[H121-d] previews an earlier card about danger to the baby or another person in neutral words, on screen (scenario 32; S27, reference §4.3)', async () => {
    const input = scenarioInputs.find((i) => i.scenario.id === '32-six-weeks-partner-imminent-danger-unsure');
    if (!input) throw new Error('scenario 32 missing');
    const summary = summaryText({ contact: input.contact, evaluation: input.evaluation, options: { lineWidth: 80 } });
    expect(summary.replace(/\n\s*/g, ' ')).toContain('Imminent danger to the partner or the baby cannot be ruled out');
    await renderStory(newContact());
    fireEvent.click(screen.getByRole('button', { name: 'Load the story so far from a previous summary' }));
    fireEvent.input(screen.getByLabelText('Paste the previous summary, or just its handover block'), { target: { value: summary } });
    fireEvent.click(screen.getByRole('button', { name: 'Check it' }));
    const shown = screen.getByRole('status').textContent ?? '';
    expect(shown).toContain(EARLIER_FLAG_ON_SCREEN);
    expect(shown).toContain(EARLIER_OUTSTANDING_ON_SCREEN);
    expect(shown).not.toMatch(/imminent danger|the baby/i);
    // The parents' own screening still reads plainly.
    expect(shown).toContain('Earlier screening');
  });
});
