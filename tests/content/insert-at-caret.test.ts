// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertAtCaret } from '../../content/insert-at-caret';
import { summaryHtmlByEditor } from '../../lib/platform/insert-verification';

// What happy-dom can show: which field is chosen, the limits checked before anything is touched,
// the order of the ways in and the readings before and after. happy-dom has no document.execCommand, so the browser's own typing path is
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

/** The page function as the panel calls it. */
function run(text: string) {
  return insertAtCaret({ text, html: summaryHtmlByEditor(text) });
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
  it('tries a paste and beforeinput first, then the browser typing path, and returns the field before and after', async () => {
    setExecCommand(fakeInsertText());
    const field = textarea({}, 'Seen at home. Plan: tbc');
    field.setSelectionRange(20, 23);
    expect(await run('line one\nline two')).toEqual({
      status: 'attempted',
      editor: 'textarea',
      readBack: 'value',
      fieldLabel: 'Contact note',
      method: 'exec-command',
      tried: ['paste', 'before-input', 'exec-command'],
      before: { text: 'Seen at home. Plan: tbc', start: 20, end: 23 },
      after: { text: 'Seen at home. Plan: line one\nline two', start: 20, end: 23 },
    });
    expect(field.value).toBe('Seen at home. Plan: line one\nline two');
  });

  it('turns Windows line endings into the \\n a field stores', async () => {
    setExecCommand(fakeInsertText());
    const field = textarea();
    await run('a\r\nb\rc');
    expect(field.value).toBe('a\nb\nc');
  });

  it('falls back to setRangeText with beforeinput and input events when the browser will not type', async () => {
    const field = textarea({}, 'Seen. ');
    const events: string[] = [];
    field.addEventListener('beforeinput', (event) => events.push(`beforeinput:${(event as InputEvent).inputType}`));
    field.addEventListener('input', (event) => events.push(`input:${(event as InputEvent).inputType}`));
    expect(await run('Summary')).toMatchObject({ status: 'attempted', method: 'set-range-text', after: { text: 'Seen. Summary' } });
    expect(field.value).toBe('Seen. Summary');
    // The first beforeinput is the second way in (nobody handled it), the next the fallback's own.
    expect(events).toEqual(['beforeinput:insertText', 'beforeinput:insertText', 'input:insertText']);
  });

  it('leaves the field alone when the page cancels the fallback beforeinput', async () => {
    const field = textarea({}, 'Seen. ');
    field.addEventListener('beforeinput', (event) => event.preventDefault());
    expect(await run('Summary')).toMatchObject({ status: 'attempted', method: null, tried: ['paste', 'before-input', 'exec-command', 'set-range-text'], after: { text: 'Seen. ' } });
    expect(field.value).toBe('Seen. ');
  });

  it.each([
    { case: 'more than the room left', value: 'x'.repeat(95), text: 'abcdef', expected: { maxLength: 100, available: 5, needed: 6 } },
    { case: 'a full field', value: 'x'.repeat(100), text: 'a', expected: { maxLength: 100, available: 0, needed: 1 } },
  ])('[H32-c] never truncates at maxlength: $case is "does not fit" and the field is untouched', async ({ value, text, expected }) => {
    setExecCommand(fakeInsertText());
    const field = textarea({ maxlength: '100' }, value);
    expect(await run(text)).toEqual({ status: 'does-not-fit', reason: 'too-long', fieldLabel: 'Contact note', ...expected });
    expect(field.value).toBe(value);
  });

  it('counts the selected text as room, since it will be replaced', async () => {
    setExecCommand(fakeInsertText());
    const field = textarea({ maxlength: '10' }, '0123456789');
    field.setSelectionRange(4, 10);
    expect(await run('abcdef')).toMatchObject({ status: 'attempted', method: 'exec-command' });
    expect(field.value).toBe('0123abcdef');
  });

  it('[H32-d] will not flatten several lines into a single-line input', async () => {
    setExecCommand(fakeInsertText());
    const field = input();
    expect(await run('one\ntwo')).toEqual({ status: 'does-not-fit', reason: 'single-line', fieldLabel: 'Outcome' });
    expect(field.value).toBe('');
  });

  it('puts one line into a search or text input', async () => {
    setExecCommand(fakeInsertText());
    const field = input({ type: 'search' });
    expect(await run('one line')).toMatchObject({ status: 'attempted', editor: 'input', method: 'exec-command' });
    expect(field.value).toBe('one line');
  });

  it.each([{ attribute: 'readonly' }, { attribute: 'disabled' }])('[H32-n] refuses a $attribute field', async ({ attribute }) => {
    setExecCommand(fakeInsertText());
    const field = textarea({ [attribute]: '' }, 'kept');
    // A disabled field cannot hold focus; the page may still report it (or the body) as focused.
    if (attribute === 'disabled') vi.spyOn(document, 'activeElement', 'get').mockReturnValue(field);
    expect(await run('text')).toEqual({ status: 'read-only', fieldLabel: 'Contact note' });
    expect(field.value).toBe('kept');
  });

  it('[H32-k] never puts a summary into a password field', async () => {
    setExecCommand(fakeInsertText());
    input({ type: 'password' });
    expect(await run('text')).toEqual({ status: 'no-editable-focused', reason: 'unsupported-field' });
  });

  it('says so when nothing in the page has focus', async () => {
    document.body.innerHTML = '<p>Record</p>';
    expect(await run('text')).toEqual({ status: 'no-editable-focused', reason: 'nothing-focused' });
  });

  it('says so when focus is on something that is not a text field', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    expect(await run('text')).toEqual({ status: 'no-editable-focused', reason: 'not-editable' });
  });

  it('follows focus into an open shadow root (web-component fields)', async () => {
    setExecCommand(fakeInsertText());
    const host = document.createElement('record-note');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const field = document.createElement('textarea');
    field.setAttribute('aria-label', 'Shadow note');
    shadow.append(field);
    field.focus();
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(host);
    expect(await run('text')).toMatchObject({ status: 'attempted', fieldLabel: 'Shadow note', after: { text: 'text' } });
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

  it('hands an editor a paste first, with the text and one HTML paragraph per line, and stops when the field changes', async () => {
    const host = editable('<p>Seen.</p>');
    let pasted = { plain: '', html: '' };
    host.addEventListener('paste', (event) => {
      event.preventDefault();
      const data = (event as ClipboardEvent).clipboardData;
      pasted = { plain: data?.getData('text/plain') ?? '', html: data?.getData('text/html') ?? '' };
      host.insertAdjacentHTML('beforeend', pasted.html);
    });
    const beforeInput = vi.fn();
    host.addEventListener('beforeinput', beforeInput);
    expect(await run('Summary line\n\n  Two')).toMatchObject({
      status: 'attempted',
      editor: 'contenteditable',
      readBack: 'dom',
      fieldLabel: 'Rich note',
      method: 'paste',
      tried: ['paste'],
      before: { text: 'Seen.', start: 5, end: 5 },
      after: { text: 'Seen.\nSummary line\n\n\u00a0\u00a0Two' },
    });
    expect(pasted).toEqual({ plain: 'Summary line\n\n  Two', html: '<p>Summary line</p><p><br></p><p>&nbsp;&nbsp;Two</p>' });
    expect(beforeInput).not.toHaveBeenCalled();
  });

  it('[H70-f] tries every way in, then says nothing changed, for an editor that ignores them all (it redraws from its own model)', async () => {
    const host = editable('<p>Seen.</p>');
    // Like a model-keeping editor: whatever reaches its DOM is redrawn away on the next frame.
    host.addEventListener('paste', (event) => event.preventDefault());
    host.addEventListener('beforeinput', (event) => event.preventDefault());
    setExecCommand(() => {
      host.insertAdjacentHTML('beforeend', '<p>typed</p>');
      requestAnimationFrame(() => (host.innerHTML = '<p>Seen.</p>'));
      return true;
    });
    expect(await run('Summary')).toMatchObject({
      status: 'attempted',
      method: null,
      tried: ['paste', 'before-input', 'exec-command'],
      before: { text: 'Seen.' },
      after: { text: 'Seen.' },
    });
    expect(host.innerHTML).toBe('<p>Seen.</p>');
  });

  it('refuses a rich-text field marked read-only', async () => {
    const host = editable();
    host.setAttribute('aria-readonly', 'true');
    expect(await run('Summary')).toEqual({ status: 'read-only', fieldLabel: 'Rich note' });
  });

  it('says there is no caret when the selection is outside the focused editor', async () => {
    editable();
    document.getSelection()?.removeAllRanges();
    expect(await run('Summary')).toEqual({ status: 'no-editable-focused', reason: 'no-caret' });
  });
});
