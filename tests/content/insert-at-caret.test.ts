// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertAtCaret } from '../../content/insert-at-caret';

// What happy-dom can show: which field is chosen, the limits checked before anything is touched,
// and the fallbacks. happy-dom has no document.execCommand, so the browser's own typing path is
// stood in for by a fake below; the real thing (input events, Ctrl+Z, editors' models, iframes)
// is proven in real Chromium by tests/e2e/record-insertion.e2e.ts.

type ExecCommand = (command: string, showUI?: boolean, value?: string) => boolean;

/** Stands in for Chrome's insertText on text fields: replaces the selection, fires input. */
function fakeInsertText(): ExecCommand {
  return (command, _ui, value = '') => {
    const field = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
    if (command !== 'insertText' || !field || !('setRangeText' in field)) return false;
    field.setRangeText(value, field.selectionStart ?? 0, field.selectionEnd ?? 0, 'end');
    field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: value, bubbles: true }));
    return true;
  };
}

function setExecCommand(fake: ExecCommand | undefined) {
  Object.defineProperty(document, 'execCommand', { value: fake, configurable: true, writable: true });
}

afterEach(() => {
  document.body.replaceChildren();
  setExecCommand(undefined);
});

function textarea(attributes: Record<string, string> = {}, value = ''): HTMLTextAreaElement {
  document.body.insertAdjacentHTML('beforeend', '<label for="note">Contact note</label>');
  const field = document.createElement('textarea');
  field.id = 'note';
  for (const [name, attribute] of Object.entries(attributes)) field.setAttribute(name, attribute);
  field.value = value;
  document.body.append(field);
  field.focus();
  field.setSelectionRange(value.length, value.length);
  return field;
}

function input(attributes: Record<string, string> = {}, value = ''): HTMLInputElement {
  const field = document.createElement('input');
  field.setAttribute('aria-label', 'Outcome');
  for (const [name, attribute] of Object.entries(attributes)) field.setAttribute(name, attribute);
  field.value = value;
  document.body.append(field);
  field.focus();
  field.setSelectionRange(value.length, value.length);
  return field;
}

describe('inserting at the caret of a text field', () => {
  it('inserts through the browser typing path at the caret, replacing a selection, and says it can be undone', () => {
    setExecCommand(fakeInsertText());
    const field = textarea({}, 'Seen at home. Plan: tbc');
    field.setSelectionRange(20, 23);
    expect(insertAtCaret('line one\nline two')).toEqual({
      status: 'inserted',
      field: 'textarea',
      method: 'insert-text',
      undoable: true,
      fieldLabel: 'Contact note',
      exact: true,
    });
    expect(field.value).toBe('Seen at home. Plan: line one\nline two');
  });

  it('turns Windows line endings into the \\n a field stores', () => {
    setExecCommand(fakeInsertText());
    const field = textarea();
    insertAtCaret('a\r\nb\rc');
    expect(field.value).toBe('a\nb\nc');
  });

  it('falls back to setRangeText with beforeinput and input events when the browser will not type, and says Ctrl+Z cannot undo it', () => {
    const field = textarea({}, 'Seen. ');
    const events: string[] = [];
    field.addEventListener('beforeinput', (event) => events.push(`beforeinput:${(event as InputEvent).inputType}`));
    field.addEventListener('input', (event) => events.push(`input:${(event as InputEvent).inputType}`));
    expect(insertAtCaret('Summary')).toMatchObject({ status: 'inserted', method: 'set-range-text', undoable: false, exact: true });
    expect(field.value).toBe('Seen. Summary');
    expect(events).toEqual(['beforeinput:insertText', 'input:insertText']);
  });

  it('leaves the field alone when the page cancels the fallback beforeinput', () => {
    const field = textarea({}, 'Seen. ');
    field.addEventListener('beforeinput', (event) => event.preventDefault());
    expect(insertAtCaret('Summary')).toEqual({ status: 'failed', reason: 'The record page refused the text.' });
    expect(field.value).toBe('Seen. ');
  });

  it.each([
    { case: 'more than the room left', value: 'x'.repeat(95), text: 'abcdef', expected: { maxLength: 100, available: 5, needed: 6 } },
    { case: 'a full field', value: 'x'.repeat(100), text: 'a', expected: { maxLength: 100, available: 0, needed: 1 } },
  ])('[H32-c] never truncates at maxlength: $case is "does not fit" and the field is untouched', ({ value, text, expected }) => {
    setExecCommand(fakeInsertText());
    const field = textarea({ maxlength: '100' }, value);
    expect(insertAtCaret(text)).toEqual({ status: 'does-not-fit', reason: 'too-long', fieldLabel: 'Contact note', ...expected });
    expect(field.value).toBe(value);
  });

  it('counts the selected text as room, since it will be replaced', () => {
    setExecCommand(fakeInsertText());
    const field = textarea({ maxlength: '10' }, '0123456789');
    field.setSelectionRange(4, 10);
    expect(insertAtCaret('abcdef')).toMatchObject({ status: 'inserted' });
    expect(field.value).toBe('0123abcdef');
  });

  it('[H32-d] will not flatten several lines into a single-line input', () => {
    setExecCommand(fakeInsertText());
    const field = input();
    expect(insertAtCaret('one\ntwo')).toEqual({ status: 'does-not-fit', reason: 'single-line', fieldLabel: 'Outcome' });
    expect(field.value).toBe('');
  });

  it('puts one line into a search or text input', () => {
    setExecCommand(fakeInsertText());
    const field = input({ type: 'search' });
    expect(insertAtCaret('one line')).toMatchObject({ status: 'inserted', field: 'input' });
    expect(field.value).toBe('one line');
  });

  it.each([{ attribute: 'readonly' }, { attribute: 'disabled' }])('[H32-n] refuses a $attribute field', ({ attribute }) => {
    setExecCommand(fakeInsertText());
    const field = textarea({ [attribute]: '' }, 'kept');
    // A disabled field cannot hold focus; the page may still report it (or the body) as focused.
    if (attribute === 'disabled') vi.spyOn(document, 'activeElement', 'get').mockReturnValue(field);
    expect(insertAtCaret('text')).toEqual({ status: 'read-only', fieldLabel: 'Contact note' });
    expect(field.value).toBe('kept');
  });

  it('[H32-k] never puts a summary into a password field', () => {
    setExecCommand(fakeInsertText());
    input({ type: 'password' });
    expect(insertAtCaret('text')).toEqual({ status: 'no-editable-focused', reason: 'unsupported-field' });
  });

  it('says so when nothing in the page has focus', () => {
    document.body.innerHTML = '<p>Record</p>';
    expect(insertAtCaret('text')).toEqual({ status: 'no-editable-focused', reason: 'nothing-focused' });
  });

  it('says so when focus is on something that is not a text field', () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    expect(insertAtCaret('text')).toEqual({ status: 'no-editable-focused', reason: 'not-editable' });
  });

  it('follows focus into an open shadow root (web-component fields)', () => {
    setExecCommand(fakeInsertText());
    const host = document.createElement('record-note');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const field = document.createElement('textarea');
    field.setAttribute('aria-label', 'Shadow note');
    shadow.append(field);
    field.focus();
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(host);
    expect(insertAtCaret('text')).toMatchObject({ status: 'inserted', fieldLabel: 'Shadow note' });
    expect(field.value).toBe('text');
  });
});

describe('inserting into rich text', () => {
  function editable(html = ''): HTMLElement {
    const host = document.createElement('div');
    host.contentEditable = 'true';
    host.setAttribute('aria-label', 'Rich note');
    host.innerHTML = html;
    document.body.append(host);
    host.focus();
    const range = document.createRange();
    range.selectNodeContents(host);
    range.collapse(false);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    return host;
  }

  it('hands the text to an editor that ignores insertText as a paste it handles through its own model', () => {
    const host = editable('<p>Seen.</p>');
    let pasted = '';
    host.addEventListener('paste', (event) => {
      event.preventDefault();
      pasted = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      host.insertAdjacentHTML('beforeend', `<p>${pasted}</p>`);
    });
    expect(insertAtCaret('Summary line')).toEqual({
      status: 'inserted',
      field: 'contenteditable',
      method: 'paste-event',
      undoable: true,
      fieldLabel: 'Rich note',
      exact: false,
    });
    expect(pasted).toBe('Summary line');
  });

  it('reports a failure, and changes nothing, when neither typing nor paste reaches the field', () => {
    const host = editable('<p>Seen.</p>');
    expect(insertAtCaret('Summary')).toEqual({ status: 'failed', reason: 'The field did not accept the text.' });
    expect(host.innerHTML).toBe('<p>Seen.</p>');
  });

  it('refuses a rich-text field marked read-only', () => {
    const host = editable();
    host.setAttribute('aria-readonly', 'true');
    expect(insertAtCaret('Summary')).toEqual({ status: 'read-only', fieldLabel: 'Rich note' });
  });

  it('says there is no caret when the selection is outside the focused editor', () => {
    editable();
    document.getSelection()?.removeAllRanges();
    expect(insertAtCaret('Summary')).toEqual({ status: 'no-editable-focused', reason: 'no-caret' });
  });
});
