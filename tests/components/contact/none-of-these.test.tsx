// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../components/side-panel-app';
import { createTestServices } from '../support/panel-services';

// Issue 13 (H89): "None of these: No to each" on the contact screen: one action stores one answer
// per item, each marked as recorded with "none of these", and Undo takes exactly those back.

afterEach(() => cleanup());

const HISTORY = [
  'history.severe-mental-illness',
  'history.specialist-treatment',
  'history.perinatal-depression-anxiety',
  'history.personality-disorder-or-trauma',
  'history.psychiatric-medication',
  'history.family-perinatal',
];

describe('[H89-d] "None of these" on the contact screen', () => {
  it('records each listed item as its own answer, says so with an Undo, and Undo clears them and goes back to the first', async () => {
    const services = await createTestServices({ unlocked: true });
    render(<SidePanelApp loadServices={async () => services} />);
    fireEvent.click(await screen.findByRole('radio', { name: /^New birth visit/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Nobody else is in the room/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Start contact' }));
    await screen.findByRole('group', { name: 'Answers' }, { timeout: 3000 });

    fireEvent.click(screen.getByRole('button', { name: /^Context and history/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^Past or present severe mental illness/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^None of these: No to each/ }));

    const stored = async () => {
      const [listing] = await services.store.list();
      return (await services.store.load(listing!.id)).contact.answers;
    };
    await waitFor(async () => {
      const answers = await stored();
      for (const id of HISTORY) expect(answers[`birthing-parent/${id}`], id).toMatchObject({ response: { kind: 'option', optionId: 'no' }, recordedWith: 'none-of-these' });
      expect(answers['birthing-parent/history.self-harm-or-suicide-attempt']).toBeUndefined();
    });
    const status = await screen.findByText(/^Mental health history: “None of these: No to each” recorded for 6/);
    await waitFor(() => expect(document.querySelector('section.question-card h2')?.textContent).toBe('Previous self-harm or suicide attempt'));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => {
      const answers = await stored();
      for (const id of HISTORY) expect(answers[`birthing-parent/${id}`], id).toBeUndefined();
    });
    await waitFor(() => expect(document.querySelector('section.question-card h2')?.textContent).toMatch(/^Past or present severe mental illness/));
    expect(status.isConnected).toBe(false);
  });
});
