// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutcomeStep } from '../../../components/outcome/outcome-step';
import { PanelServicesContext } from '../../../components/panel-services';
import type { ContactChange } from '../../../lib/contact/contact-change';
import { buildContact, declined, scores, type ContactSpec } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { createTestServices } from '../support/panel-services';

afterEach(() => cleanup());

async function show(spec: ContactSpec) {
  const services = await createTestServices({ unlocked: true });
  const contact = buildContact(spec);
  const saved: ContactChange[] = [];
  const onFinish = vi.fn();
  render(
    <PanelServicesContext.Provider value={services}>
      <OutcomeStep contact={contact} evaluation={evaluate(pathway, contact)} save={(change) => saved.push(change)} onFinish={onFinish} />
    </PanelServicesContext.Provider>,
  );
  return { saved, onFinish };
}

const item10Declined: ContactSpec = {
  contactType: 'hv-6-8-weeks',
  answers: { 'birthing-parent': { ...scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0]), 'epds.10': declined } },
};

describe('[H41-e] finishing with a due self-harm risk enquiry not done', () => {
  it('asks why before finishing, never offers "none", and stores the reason as the enquiry question’s own response', async () => {
    const { saved, onFinish } = await show(item10Declined);
    fireEvent.click(screen.getByRole('button', { name: 'Finish and write the summary' }));
    expect(onFinish).not.toHaveBeenCalled();
    const heading = await screen.findByRole('heading', { name: 'The self-harm risk enquiry is not done' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Self-harm risk not known: the risk enquiry has not been done yet.')).toBeTruthy();
    expect(screen.queryByRole('radio', { name: /none/i })).toBeNull();
    const record = screen.getByRole('button', { name: 'Record the reason and write the summary' }) as HTMLButtonElement;
    expect(record.disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Parent too upset to be asked' }));
    fireEvent.click(record);
    expect(saved).toEqual([
      {
        type: 'answer',
        answer: expect.objectContaining({
          questionId: 'risk-enquiry.nature',
          subject: 'birthing-parent',
          response: { kind: 'not-asked', reason: 'parent-distressed' },
        }),
      },
    ]);
    expect(onFinish).toHaveBeenCalledTimes(1);
  });

  it('"they did not want to answer" is stored as declined; "go back" returns to the step without saving', async () => {
    const { saved, onFinish } = await show(item10Declined);
    fireEvent.click(screen.getByRole('button', { name: 'Finish and write the summary' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Go back and ask it' }));
    expect(saved).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Finish and write the summary' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'They did not want to answer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record the reason and write the summary' }));
    expect(saved.map((c) => c.type === 'answer' && c.answer.response)).toEqual([{ kind: 'declined' }]);
    expect(onFinish).toHaveBeenCalledTimes(1);
  });

  it('finishes at once when no risk enquiry is due, or once a reason is already recorded', async () => {
    const none = await show({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': scores('epds', [1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) } });
    fireEvent.click(screen.getByRole('button', { name: 'Finish and write the summary' }));
    expect(none.onFinish).toHaveBeenCalledTimes(1);
    cleanup();
    const recorded = await show({ ...item10Declined, answers: { 'birthing-parent': { ...item10Declined.answers?.['birthing-parent'], 'risk-enquiry.nature': declined } } });
    fireEvent.click(screen.getByRole('button', { name: 'Finish and write the summary' }));
    expect(recorded.onFinish).toHaveBeenCalledTimes(1);
    expect(recorded.saved).toEqual([]);
  });
});
