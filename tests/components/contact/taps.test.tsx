// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTE_MAX, QuestionCard } from '../../../components/contact/question-card';
import { buildContact } from '../../../lib/pathway/contact-builder';
import { evaluate } from '../../../lib/pathway/evaluate';
import type { ItemView } from '../../../lib/pathway/evaluation';
import { pathway } from '../../../lib/pathway/pathway';

// Issue 13 on the question card: the short note on an answer, and the whole-measure actions.

afterEach(() => cleanup());

function item(key: string, answers: Record<string, string> = {}): ItemView {
  const evaluation = evaluate(pathway, buildContact({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': answers } }));
  const found = evaluation.sections.flatMap((s) => s.items).find((i) => i.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
}

const handlers = () => ({ onAnswer: vi.fn(), onDecline: vi.fn(), onNotAsked: vi.fn(), onClear: vi.fn(), onNext: vi.fn() });

describe('[H88-a] a short note on an answer', () => {
  it('is offered only once the item has a response, opens with the keyboard and saves as typed', () => {
    const onChange = vi.fn();
    const { rerender } = render(<QuestionCard item={item('birthing-parent/whooley.1')} {...handlers()} note={{ value: undefined, onChange }} />);
    expect(screen.queryByRole('button', { name: 'Add a note' })).toBeNull();
    rerender(<QuestionCard item={item('birthing-parent/whooley.1', { 'whooley.1': 'yes' })} {...handlers()} note={{ value: undefined, onChange }} />);
    const add = screen.getByRole('button', { name: 'Add a note' });
    expect(add.tagName).toBe('BUTTON'); // a real button: Tab and Enter reach it
    fireEvent.click(add);
    const field = screen.getByRole('textbox', { name: /^Note/ }) as HTMLTextAreaElement;
    expect(field.maxLength).toBe(NOTE_MAX);
    expect(NOTE_MAX).toBe(280);
    fireEvent.input(field, { target: { value: 'Since her father died in May' } });
    expect(onChange).toHaveBeenLastCalledWith('Since her father died in May');
    expect(screen.getByText(`${NOTE_MAX - 'Since her father died in May'.length} of 280 characters left`)).toBeTruthy();
  });

  it('shows a stored note open, and typing in it never answers the question (shortcuts ignore the field)', () => {
    const h = handlers();
    render(<QuestionCard item={item('birthing-parent/whooley.1', { 'whooley.1': 'yes' })} {...h} note={{ value: 'worse at night', onChange: vi.fn() }} />);
    const field = screen.getByRole('textbox', { name: /^Note/ }) as HTMLTextAreaElement;
    expect(field.value).toBe('worse at night');
    fireEvent.keyDown(field, { key: 'n' });
    fireEvent.keyDown(field, { key: 'd' });
    expect(h.onAnswer).not.toHaveBeenCalled();
    expect(h.onDecline).not.toHaveBeenCalled();
  });
});

describe('[H85-c] declining or not asking a whole measure in one action', () => {
  it('offers both actions on a measure item, says how many items it records, and calls them', () => {
    const onDecline = vi.fn();
    const onNotAsked = vi.fn();
    render(<QuestionCard item={item('birthing-parent/epds.1', { 'whooley.1': 'yes' })} {...handlers()} wholeMeasure={{ name: 'EPDS', remaining: 10, onDecline, onNotAsked }} />);
    expect(screen.getByText('Records it for each of the 10 EPDS items still without an answer.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Declined (whole EPDS)' }));
    expect(onDecline).toHaveBeenCalledTimes(1);
    const notAsked = screen.getByRole('button', { name: 'Not asked (whole EPDS)…' });
    expect(notAsked.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(notAsked);
    expect(notAsked.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('group', { name: 'Why was the EPDS not asked?' }).querySelector('button')!);
    expect(onNotAsked).toHaveBeenCalledTimes(1);
  });

  it('is not offered when nothing of the measure is left, nor without a measure', () => {
    render(<QuestionCard item={item('birthing-parent/epds.1')} {...handlers()} wholeMeasure={{ name: 'EPDS', remaining: 0, onDecline: vi.fn(), onNotAsked: vi.fn() }} />);
    expect(screen.queryByRole('button', { name: /whole EPDS/ })).toBeNull();
    cleanup();
    render(<QuestionCard item={item('birthing-parent/wellbeing.feelings')} {...handlers()} />);
    expect(screen.queryByRole('button', { name: /whole/ })).toBeNull();
  });
});

describe('[H89-g] "None of these" on a history checklist (issue 13)', () => {
  function historyItem(key: string): ItemView {
    const evaluation = evaluate(pathway, buildContact({ contactType: 'hv-new-birth' }));
    const found = evaluation.sections.flatMap((s) => s.items).find((i) => i.key === key);
    if (!found) throw new Error(`no item ${key}`);
    return found;
  }

  it('shows every item it answers and what it records before it is used, and never comes pre-selected', () => {
    const view = historyItem('birthing-parent/history.severe-mental-illness');
    render(<QuestionCard item={view} {...handlers()} onAllClear={vi.fn()} />);
    const button = screen.getByRole('button', { name: /^None of these: No to each/ });
    expect(button.getAttribute('aria-pressed')).toBeNull();
    expect(screen.queryAllByRole('button', { pressed: true })).toHaveLength(0);
    const hint = document.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toMatch(/^Records “no” for each of the 6 items still to answer here, each as its own answer:/);
    const listed = [...hint.querySelectorAll('li')].map((li) => li.textContent);
    expect(listed).toEqual(view.allClear!.items.map((i) => i.text));
    expect(listed.some((t) => /self-harm/i.test(t ?? ''))).toBe(false);
  });

  it('is one action by button or the 0 key, and the number keys still answer the item itself', () => {
    const h = { ...handlers(), onAllClear: vi.fn() };
    render(<QuestionCard item={historyItem('birthing-parent/history.severe-mental-illness')} {...h} />);
    fireEvent.click(screen.getByRole('button', { name: /^None of these: No to each/ }));
    fireEvent.keyDown(document.body, { key: '0' });
    expect(h.onAllClear).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(document.body, { key: '2' });
    expect(h.onAnswer).toHaveBeenCalledWith('past');
    expect(h.onAllClear).toHaveBeenCalledTimes(2);
  });

  it('is not on the previous self-harm item (a risk item, asked on its own)', () => {
    render(<QuestionCard item={historyItem('birthing-parent/history.self-harm-or-suicide-attempt')} {...handlers()} onAllClear={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /^None of these/ })).toBeNull();
    fireEvent.keyDown(document.body, { key: '0' });
  });
});
