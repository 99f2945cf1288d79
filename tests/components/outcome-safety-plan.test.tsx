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

  it('[H56-g] is not shown when nothing makes it due and none was started', () => {
    show({ contactType: 'hv-6-8-weeks' });
    expect(screen.queryByRole('group', { name: /Safety plan/ })).toBeNull();
  });
});
