// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutcomeStep } from '../../../components/outcome/outcome-step';
import { PanelServicesContext } from '../../../components/panel-services';
import type { ContactChange } from '../../../lib/contact/contact-change';
import { buildContact, type ContactSpec } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import { scenarios } from '../../lib/pathway/scenarios/fixtures';
import { createTestServices } from '../support/panel-services';

afterEach(() => cleanup());

async function show(spec: ContactSpec) {
  const services = await createTestServices({ unlocked: true });
  const contact = buildContact(spec);
  const saved: ContactChange[] = [];
  render(
    <PanelServicesContext.Provider value={services}>
      <OutcomeStep contact={contact} evaluation={evaluate(pathway, contact)} save={(change) => saved.push(change)} onFinish={vi.fn()} />
    </PanelServicesContext.Provider>,
  );
  return { saved };
}

const partnerNotSeen = scenarios.find((s) => s.id.startsWith('04-'))!.spec;

describe('[H87-b] the grouped outcome card', () => {
  it('decides the partner’s routine outcomes in one tap, and each can still be decided on its own', async () => {
    const { saved } = await show(partnerNotSeen);
    const card = screen.getByText('2 outcomes, one decision').closest('li')!;
    expect(within(card).getByText(/^O4 /)).toBeTruthy();
    expect(within(card).getByText(/^O12 /)).toBeTruthy();
    fireEvent.click(within(card).getByRole('radio', { name: 'Offered' }));
    expect(saved.map((c) => c.type === 'outcome-decision' && `${c.decision.subject}/${c.decision.code}:${c.decision.status}`)).toEqual([
      'partner/O4:offered',
      'partner/O12:offered',
    ]);
    const expand = within(card).getByRole('button', { name: 'Decide each separately' });
    fireEvent.click(expand);
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    expect(within(card).getAllByRole('group', { name: /^What was done about O(4|12) for the partner/ })).toHaveLength(2);
  });

  it('opens expanded when the decisions already differ, with no shared choice selected', async () => {
    await show({
      ...partnerNotSeen,
      outcomeDecisions: [{ code: 'O4', subject: 'partner', status: 'offered', decidedAt: '2026-03-02T10:00:00.000Z' }],
    });
    const card = screen.getByText('2 outcomes, one decision').closest('li')!;
    expect(within(card).getByRole('button', { name: 'Decide them together' }).getAttribute('aria-expanded')).toBe('true');
  });

});
