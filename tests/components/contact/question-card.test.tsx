// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionCard } from '../../../components/contact/question-card';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import type { ItemView } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';

afterEach(() => cleanup());

function item(contactType: Parameters<typeof buildContact>[0]['contactType'], key: string, answers = {}): ItemView {
  const evaluation = evaluate(pathway, buildContact({ contactType, answers }));
  const found = evaluation.sections.flatMap((s) => s.items).find((i) => i.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
}

function renderCard(view: ItemView) {
  const handlers = { onAnswer: vi.fn(), onDecline: vi.fn(), onNotAsked: vi.fn(), onClear: vi.fn(), onNext: vi.fn() };
  render(<QuestionCard item={view} {...handlers} />);
  return handlers;
}

describe('the question card', () => {
  it('shows the instrument wording exactly, with its recall window', () => {
    renderCard(item('hv-6-8-weeks', 'birthing-parent/whooley.1'));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'During the past month, have you often been bothered by feeling down, depressed or hopeless?',
    );
    expect(screen.getByRole('button', { name: 'Yes' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'No' })).toBeTruthy();
  });

  it('[H25-e] takes focus on the question so it is announced and the shortcuts apply', () => {
    renderCard(item('hv-6-8-weeks', 'birthing-parent/whooley.1'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it.each([
    ['1', 'yes'],
    ['2', 'no'],
    ['y', 'yes'],
    ['n', 'no'],
  ])('answers with the %s key', (key, optionId) => {
    const handlers = renderCard(item('hv-6-8-weeks', 'birthing-parent/whooley.1'));
    fireEvent.keyDown(document.body, { key });
    expect(handlers.onAnswer).toHaveBeenCalledWith(optionId);
  });

  it('[H03-h] records "declined" with D, never as a score', () => {
    const handlers = renderCard(item('hv-6-8-weeks', 'birthing-parent/gad-2.1'));
    fireEvent.keyDown(document.body, { key: 'd' });
    expect(handlers.onDecline).toHaveBeenCalledTimes(1);
    expect(handlers.onAnswer).not.toHaveBeenCalled();
  });

  it('[H25-g] ignores a held-down key repeating: only a fresh press answers', () => {
    const handlers = renderCard(item('hv-6-8-weeks', 'birthing-parent/whooley.1'));
    fireEvent.keyDown(document.body, { key: '1', repeat: true });
    expect(handlers.onAnswer).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: '1' });
    expect(handlers.onAnswer).toHaveBeenCalledTimes(1);
  });

  it('[H25-b] ignores digits beyond the options and shortcuts typed with a modifier', () => {
    const handlers = renderCard(item('hv-6-8-weeks', 'birthing-parent/whooley.1'));
    fireEvent.keyDown(document.body, { key: '3' });
    fireEvent.keyDown(document.body, { key: '1', ctrlKey: true });
    expect(handlers.onAnswer).not.toHaveBeenCalled();
  });

  it('[H05-t] offers "not asked" with a reason that does not name a topic', () => {
    const handlers = renderCard(item('hv-6-8-weeks', 'birthing-parent/gad-2.1'));
    fireEvent.click(screen.getByRole('button', { name: 'Not asked…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not the right moment to ask' }));
    expect(handlers.onNotAsked).toHaveBeenCalledWith('not-private');
  });

  it('[H25-c] goes on with Enter only once the question has a response', () => {
    const unanswered = renderCard(item('hv-6-8-weeks', 'birthing-parent/whooley.1'));
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(unanswered.onNext).not.toHaveBeenCalled();
    cleanup();
    const answered = renderCard(item('hv-6-8-weeks', 'birthing-parent/whooley.1', { 'birthing-parent': { 'whooley.1': 'no' } }));
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(answered.onNext).toHaveBeenCalledTimes(1);
  });

  it('[H25-d] shows which answer was given', () => {
    renderCard(item('hv-6-8-weeks', 'birthing-parent/whooley.1', { 'birthing-parent': { 'whooley.1': 'no' } }));
    expect(screen.getByRole('button', { name: 'No' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('[H25-a] answers the new question with a key pressed straight after the question changes, before the panel has settled', () => {
    // Preact runs effects after paint; a key in that gap must already act on the question on
    // screen. Rendered without act() the second time, so effects are still pending at the key press.
    const root = document.body.appendChild(document.createElement('div'));
    const first = { onAnswer: vi.fn(), onDecline: vi.fn(), onNotAsked: vi.fn(), onClear: vi.fn(), onNext: vi.fn() };
    const second = { onAnswer: vi.fn(), onDecline: vi.fn(), onNotAsked: vi.fn(), onClear: vi.fn(), onNext: vi.fn() };
    act(() => preactRender(<QuestionCard item={item('hv-6-8-weeks', 'birthing-parent/whooley.1')} {...first} />, root));
    preactRender(<QuestionCard item={item('hv-6-8-weeks', 'birthing-parent/gad-2.1')} {...second} />, root);
    expect(root.querySelector('h2')?.textContent).toMatch(/nervous, anxious or on edge/);
    fireEvent.keyDown(document.body, { key: '1' });
    expect(first.onAnswer).not.toHaveBeenCalled();
    expect(second.onAnswer).toHaveBeenCalledWith(item('hv-6-8-weeks', 'birthing-parent/gad-2.1').options[0]!.id);
    act(() => preactRender(null, root));
    root.remove();
  });
});


describe('results so far', () => {
  it('shows each completed measure with its total, band and any item-level risk answer', async () => {
    const { ResultsSoFar } = await import('../../../components/contact/instrument-score');
    const { scores } = await import('../../../lib/pathway/contact-builder');
    const contact = buildContact({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'whooley.1': 'yes', ...scores('gad-2', [1, 0]), ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]) } },
    });
    const evaluation = evaluate(pathway, contact);
    render(<ResultsSoFar results={evaluation.instruments.filter((r) => r.subject === 'birthing-parent')} />);
    const text = screen.getByRole('region', { name: 'Results so far' }).textContent ?? '';
    expect(text).toMatch(/GAD-2 1 of 6/);
    expect(text).toMatch(/EPDS 1 of 30/);
    expect(text).toMatch(/item 10: Hardly ever/);
    expect(text).not.toMatch(/Whooley/); // incomplete: no total is shown
  });
});

describe('the red-flag check on the question card (issue 10 item 4)', () => {
  function renderCheck(view: ItemView) {
    const handlers = { onAnswer: vi.fn(), onChangeFrom: vi.fn(), onAllClear: vi.fn(), onDecline: vi.fn(), onNotAsked: vi.fn(), onClear: vi.fn(), onNext: vi.fn() };
    render(<QuestionCard item={view} {...handlers} />);
    return handlers;
  }

  it('[H50-f] records "none of these seen" for the rest in one action, by button or the 0 key', () => {
    const view = item('hv-new-birth', 'birthing-parent/red-flags.mental-state-change');
    const handlers = renderCheck(view);
    fireEvent.click(screen.getByRole('button', { name: /^None of these seen or reported/ }));
    expect(handlers.onAllClear).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/^Records “not seen” or “no” for each of the 8 items/)).toBeTruthy();
    fireEvent.keyDown(document.body, { key: '0' });
    expect(handlers.onAllClear).toHaveBeenCalledTimes(2);
    expect(handlers.onAnswer).not.toHaveBeenCalled();
  });

  it('[H50-g] asks who it came from (her, your observation, a partner or relative) and stores it with the answer', () => {
    const handlers = renderCheck(item('hv-new-birth', 'birthing-parent/red-flags.severe-sleep'));
    const who = screen.getByRole('group', { name: 'Who it came from' });
    const boxes = [...who.querySelectorAll('input')] as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, true, false]);
    fireEvent.click(boxes[1]!);
    fireEvent.click(boxes[2]!);
    fireEvent.click(screen.getByRole('button', { name: /Seen or reported/ }));
    expect(handlers.onAnswer).toHaveBeenCalledWith('yes', ['parent', 'informant']);
    fireEvent.keyDown(document.body, { key: '3' });
    expect(handlers.onAnswer).toHaveBeenLastCalledWith('unsure', ['parent', 'informant']);
  });

  it('[H50-h] changes who it came from on an answered item without moving on', () => {
    const answered = item('hv-new-birth', 'birthing-parent/red-flags.severe-sleep', { 'birthing-parent': { 'red-flags.severe-sleep': { kind: 'option', optionId: 'yes', from: ['parent'] } } });
    const handlers = renderCheck(answered);
    const boxes = [...screen.getByRole('group', { name: 'Who it came from' }).querySelectorAll('input')] as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false, false]);
    fireEvent.click(boxes[1]!);
    expect(handlers.onChangeFrom).toHaveBeenCalledWith('yes', ['parent', 'practitioner']);
    expect(handlers.onNext).not.toHaveBeenCalled();
  });

  it('[H52-d] says when the item is already raised by another answer', () => {
    renderCheck(item('hv-6-8-weeks', 'birthing-parent/red-flags.incompetence-estrangement', { 'birthing-parent': { 'relationship.observation': 'estranged' } }));
    expect(screen.getByRole('note').textContent).toMatch(/Already raised.*Parent and baby together/);
    expect(screen.queryByRole('button', { name: /^None of these seen/ })).toBeNull();
  });

  it('does not ask who it came from on other questions', () => {
    renderCheck(item('hv-6-8-weeks', 'birthing-parent/whooley.1'));
    expect(screen.queryByRole('group', { name: 'Who it came from' })).toBeNull();
  });
});
