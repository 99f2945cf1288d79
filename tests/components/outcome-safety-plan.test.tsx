// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafetyPlanForm } from '../../components/outcome/safety-plan-form';
import { buildContact, type ContactSpec } from '../../lib/pathway/contact-builder';
import { evaluate } from '../../lib/pathway/evaluate';
import { pathway } from '../../lib/pathway/pathway';

afterEach(() => cleanup());

function show(spec: ContactSpec) {
  const contact = buildContact(spec);
  const save = vi.fn();
  render(<SafetyPlanForm contact={contact} evaluation={evaluate(pathway, contact)} save={save} at={() => '2026-03-02T10:30:00.000Z'} />);
  return save;
}

describe('the safety plan form', () => {
  it('[H56-g] appears when a self-harm risk makes it due, and saves the whole plan with each edit', () => {
    const save = show({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': { 'red-flags.harm-self-thoughts': 'yes' } } });
    expect(screen.getByRole('group', { name: 'Safety plan, made together with her' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Warning signs'), { target: { value: 'Stops eating' } });
    expect(save).toHaveBeenLastCalledWith({
      type: 'safety-plan',
      plan: { madeTogether: false, warningSigns: 'Stops eating', coping: '', people: '', professionals: '', keepingSafe: '', updatedAt: '2026-03-02T10:30:00.000Z' },
      at: '2026-03-02T10:30:00.000Z',
    });
  });

  // Specialist review of H119, should-fix 10: the form on screen said "the baby" after a death.
  it.each([
    ['died', 'Keeping herself and any children in her care safe', 'How she keeps herself safe, and anyone in her care.', 'COPY-BABY-DIED; specialist review of H119'],
    ['with-parents', 'Keeping herself and the baby safe', 'How she keeps herself and the baby safe, and who can help with the baby.', 'tool rule'],
    [undefined, 'Keeping herself and the baby safe', 'How she keeps herself and the baby safe, and who can help with the baby.', 'not recorded: default'],
  ] as const)('[H119-f] baby %s: the "keeping safe" field reads "%s" / "%s" (%s)', (babySituation, heading, hint, _source) => {
    show({
      contactType: 'hv-6-8-weeks',
      ...(babySituation ? { situation: { babySituation } } : {}),
      answers: { 'birthing-parent': { 'red-flags.harm-self-thoughts': 'yes' } },
    });
    const field = screen.getByLabelText(heading);
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe(hint);
    if (babySituation === 'died') expect(screen.getByRole('group', { name: /Safety plan/ }).textContent).not.toMatch(/baby/i);
  });

  it('[H56-g] is not shown when nothing makes it due and none was started', () => {
    show({ contactType: 'hv-6-8-weeks' });
    expect(screen.queryByRole('group', { name: /Safety plan/ })).toBeNull();
  });
});
