// Runs inside the record's page, injected on demand with
// `scripting.executeScript({ target, func: insertAtCaret, args: [text] })` (issue 5). The browser
// sends the function's SOURCE to the page, so it must be self-contained: no imports, nothing from
// this module's scope, every helper declared inside it. Types are erased at build time, so the
// exported types below are free to share with the panel.
//
// Why a function and not a WXT unlisted script: a function takes the summary as an argument and
// returns a structured result in one round trip, with no file to list in web_accessible_resources
// and nothing that lingers in the page afterwards.

/** Which kind of field received the text. */
export type FieldKind = 'textarea' | 'input' | 'contenteditable';

/**
 * How the text went in.
 * - `insert-text`: `document.execCommand('insertText')`, the browser's own typing path. The page
 *   sees `input` events (inputType "insertText"), rich-text editors that watch the DOM update
 *   their model, and Ctrl+Z undoes it as one step.
 * - `set-range-text`: the fallback for text fields when the browser refused insertText. The page
 *   still gets `beforeinput`/`input` events, but the browser's undo stack does not know about the
 *   change, so Ctrl+Z will NOT undo it.
 * - `paste-event`: the fallback for rich-text editors that ignore insertText: a synthetic paste
 *   that the editor handles through its own model (and its own undo history). The editor's paste
 *   rules apply, so blank lines may collapse; the panel asks the practitioner to check the text.
 */
export type InsertMethod = 'insert-text' | 'set-range-text' | 'paste-event';

export type InsertAtCaretResult =
  | {
      status: 'inserted';
      field: FieldKind;
      method: InsertMethod;
      /** True when Ctrl+Z in the record undoes the insertion. */
      undoable: boolean;
      /** The field's label as the page shows it, so the practitioner can see where it went. */
      fieldLabel: string;
      /** True when the field's content is exactly what was there with the text at the caret. */
      exact: boolean;
    }
  | {
      status: 'no-editable-focused';
      reason: 'nothing-focused' | 'not-editable' | 'unsupported-field' | 'cross-origin-frame' | 'no-caret';
    }
  | { status: 'does-not-fit'; reason: 'too-long'; maxLength: number; available: number; needed: number; fieldLabel: string }
  | { status: 'does-not-fit'; reason: 'single-line'; fieldLabel: string }
  | { status: 'read-only'; fieldLabel: string }
  | { status: 'failed'; reason: string };

export function insertAtCaret(rawText: string): InsertAtCaretResult {
  // The summary is plain text with \n line breaks; normalise stray CR so fields get one kind.
  const text = String(rawText).replace(/\r\n?/g, '\n');

  type TextControl = HTMLInputElement | HTMLTextAreaElement;

  // Elements inside an iframe belong to another realm, so `instanceof HTMLTextAreaElement` from
  // the top frame would be false: compare tag names instead.
  function isFrame(el: Element): el is HTMLIFrameElement {
    return el.localName === 'iframe' || el.localName === 'frame';
  }

  // The focused element, following focus into same-origin iframes and open shadow roots.
  function deepFocus(): { el: Element | null; doc: Document; crossOrigin: boolean } {
    let doc: Document = document;
    let el: Element | null = doc.activeElement;
    for (let depth = 0; depth < 20 && el; depth += 1) {
      if (isFrame(el)) {
        let inner: Document | null = null;
        try {
          inner = el.contentDocument;
        } catch {
          inner = null;
        }
        if (!inner) return { el, doc, crossOrigin: true };
        doc = inner;
        el = inner.activeElement;
        continue;
      }
      const shadowFocus = el.shadowRoot?.activeElement;
      if (shadowFocus) {
        el = shadowFocus;
        continue;
      }
      break;
    }
    return { el, doc, crossOrigin: false };
  }

  function textOf(id: string, doc: Document): string {
    return doc.getElementById(id)?.textContent?.trim() ?? '';
  }

  // A short name for the field, as the record labels it (accessible-name order, simplified).
  function labelOf(el: Element, doc: Document): string {
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
    const aria = clean(el.getAttribute('aria-label'));
    if (aria) return aria;
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const joined = clean(labelledBy.split(/\s+/).map((id) => textOf(id, doc)).join(' '));
      if (joined) return joined;
    }
    const labels = (el as Partial<TextControl>).labels;
    if (labels && labels.length > 0) {
      const first = clean(labels[0]?.textContent);
      if (first) return first;
    }
    const titled = clean(el.getAttribute('title') ?? el.getAttribute('placeholder'));
    if (titled) return titled;
    // Inside a rich-text editor's iframe the frame's own title names the field.
    const frame = doc.defaultView?.frameElement;
    if (frame && doc.body === el) {
      const frameTitle = clean(frame.getAttribute('title'));
      if (frameTitle) return frameTitle;
    }
    return clean(el.getAttribute('name') ?? el.id) || 'the focused field';
  }

  function isTextControl(el: Element): el is TextControl {
    if (el.localName === 'textarea') return true;
    if (el.localName !== 'input') return false;
    // Only types with a text selection take text at a caret. A summary never belongs in a password.
    const type = (el as HTMLInputElement).type;
    return ['text', 'search', 'url', 'tel', ''].includes(type);
  }

  function editingHost(el: Element, doc: Document): HTMLElement | null {
    if (doc.designMode === 'on') return doc.body;
    const html = el as HTMLElement;
    if (!html.isContentEditable) return null;
    let host: HTMLElement = html;
    while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
    return host;
  }

  // Re-applying the current selection ends the browser's open "typing" run, so Ctrl+Z removes only
  // the summary and not whatever the practitioner typed just before.
  function reapplySelection(sel: Selection): void {
    if (sel.anchorNode && sel.focusNode) {
      sel.setBaseAndExtent(sel.anchorNode, sel.anchorOffset, sel.focusNode, sel.focusOffset);
    }
  }

  function insertIntoTextControl(el: TextControl, doc: Document): InsertAtCaretResult {
    const fieldLabel = labelOf(el, doc);
    if (el.disabled || el.readOnly) return { status: 'read-only', fieldLabel };
    const field: FieldKind = el.localName === 'textarea' ? 'textarea' : 'input';
    if (field === 'input' && text.includes('\n')) return { status: 'does-not-fit', reason: 'single-line', fieldLabel };
    const before = el.value;
    const start = el.selectionStart ?? before.length;
    const end = el.selectionEnd ?? start;
    // Never let the browser cut the summary short at maxlength: say so instead, and the panel
    // offers the compact version.
    if (el.maxLength >= 0) {
      const available = el.maxLength - (before.length - (end - start));
      if (text.length > available) {
        return { status: 'does-not-fit', reason: 'too-long', maxLength: el.maxLength, available: Math.max(0, available), needed: text.length, fieldLabel };
      }
    }
    const expected = before.slice(0, start) + text + before.slice(end);
    if (doc.activeElement !== el) el.focus({ preventScroll: true });
    el.setSelectionRange(start, end, el.selectionDirection ?? 'none');
    let accepted = false;
    try {
      accepted = doc.execCommand('insertText', false, text);
    } catch {
      accepted = false;
    }
    if (accepted && el.value !== before) {
      return { status: 'inserted', field, method: 'insert-text', undoable: true, fieldLabel, exact: el.value === expected };
    }
    // Fallback: the browser would not type for us. The page still sees beforeinput/input, but
    // the browser's undo stack does not know about this change (reported as undoable: false).
    const view = doc.defaultView ?? window;
    const beforeInput = new view.InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
    if (!el.dispatchEvent(beforeInput)) return { status: 'failed', reason: 'The record page refused the text.' };
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new view.InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
    return { status: 'inserted', field, method: 'set-range-text', undoable: false, fieldLabel, exact: el.value === expected };
  }

  function insertIntoEditable(host: HTMLElement, doc: Document): InsertAtCaretResult {
    const fieldLabel = labelOf(host, doc);
    if (host.getAttribute('aria-readonly') === 'true' || host.getAttribute('aria-disabled') === 'true') {
      return { status: 'read-only', fieldLabel };
    }
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !host.contains(sel.anchorNode)) {
      return { status: 'no-editable-focused', reason: 'no-caret' };
    }
    if (doc.activeElement !== host && doc.designMode !== 'on') {
      const range = sel.getRangeAt(0).cloneRange();
      host.focus({ preventScroll: true });
      sel.removeAllRanges();
      sel.addRange(range);
    }
    reapplySelection(sel);
    const beforeHtml = host.innerHTML;
    let inputEvents = 0;
    const countInput = () => {
      inputEvents += 1;
    };
    host.addEventListener('input', countInput);
    let accepted = false;
    try {
      accepted = doc.execCommand('insertText', false, text);
    } catch {
      accepted = false;
    } finally {
      host.removeEventListener('input', countInput);
    }
    if (accepted && (inputEvents > 0 || host.innerHTML !== beforeHtml)) {
      // Rich text has no single "value" to compare; the e2e tests check the editors' models.
      return { status: 'inserted', field: 'contenteditable', method: 'insert-text', undoable: true, fieldLabel, exact: true };
    }
    // Fallback for editors that keep their own model and ignore insertText: hand them a paste,
    // which every mainstream editor routes through its model and its own undo history. A
    // synthetic paste has no default action, so if nobody handles it nothing changes.
    const view = doc.defaultView ?? window;
    try {
      const data = new view.DataTransfer();
      data.setData('text/plain', text);
      const paste = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
      const handled = !host.dispatchEvent(paste);
      if (handled && host.innerHTML !== beforeHtml) {
        return { status: 'inserted', field: 'contenteditable', method: 'paste-event', undoable: true, fieldLabel, exact: false };
      }
    } catch {
      // No DataTransfer constructor (very old browsers): nothing more to try.
    }
    return { status: 'failed', reason: 'The field did not accept the text.' };
  }

  try {
    const { el, doc, crossOrigin } = deepFocus();
    if (crossOrigin) return { status: 'no-editable-focused', reason: 'cross-origin-frame' };
    if (!el || (el === doc.body && doc.designMode !== 'on' && !(el as HTMLElement).isContentEditable) || el === doc.documentElement) {
      return { status: 'no-editable-focused', reason: 'nothing-focused' };
    }
    if (isTextControl(el)) return insertIntoTextControl(el, doc);
    if (el.localName === 'input') return { status: 'no-editable-focused', reason: 'unsupported-field' };
    const host = editingHost(el, doc);
    if (host) return insertIntoEditable(host, doc);
    return { status: 'no-editable-focused', reason: 'not-editable' };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
