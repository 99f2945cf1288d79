// Runs inside the record's page, injected on demand with `scripting.executeScript({ target,
// func: insertAtCaret, args: [request], world: 'MAIN' })` (issues 5 and 12), and only when the
// practitioner asked to insert. The browser sends the function's SOURCE to the page, so it must be
// self-contained: no imports, nothing from this module's scope, every helper declared inside it.
// Types are erased at build time, so the type-only import below costs nothing in the page.
//
// Why the page's MAIN world: rich-text editors keep their document in their own model, reachable
// only from the page's own JavaScript (CKEditor 5 through the editable's `ckeditorInstance`,
// TinyMCE through the page's `tinymce`, Quill through the page's `Quill.find`, ProseMirror through
// the `pmViewDesc` it puts on its DOM). Reading the field back through that model is how the panel
// knows the summary really went in (issue 12). Where the browser cannot run it there (a browser
// without `world: 'MAIN'`), the same function runs in the isolated world and reads the DOM.
//
// What it does: finds the focused field, checks the limits that make inserting wrong (read-only,
// single line, too long), reads the field (`before`), then tries the ways in one after another
// (synthetic paste, beforeinput, execCommand, and for text fields setRangeText), waiting after
// each for the editor to settle (two animation frames and a short timeout, bounded), and stops at
// the first that changed the field. It returns both readings; the panel judges them
// (lib/platform/insert-verification.ts). The readings hold the field's text: they go back to the
// panel only, in memory, and are never stored.

import type { EditorKind, FieldSnapshot, InsertMethod, ReadBack } from '../lib/platform/insert-verification';

export type InsertAtCaretRequest = {
  /** The summary, plain text with \n line breaks. */
  text: string;
  /** The summary as HTML for a synthetic paste, for each kind of field (blank lines differ by editor). */
  html: Record<EditorKind, string>;
};

export type InsertAttempt = {
  status: 'attempted';
  editor: EditorKind;
  readBack: ReadBack;
  /** The field's label as the page shows it, so the practitioner can see where it went. */
  fieldLabel: string;
  /** The way in that changed the field; null when none did. */
  method: InsertMethod | null;
  tried: InsertMethod[];
  before: FieldSnapshot;
  after: FieldSnapshot;
};

export type InsertAtCaretResult =
  | InsertAttempt
  | {
      status: 'no-editable-focused';
      reason: 'nothing-focused' | 'not-editable' | 'unsupported-field' | 'cross-origin-frame' | 'no-caret';
    }
  | { status: 'does-not-fit'; reason: 'too-long'; maxLength: number; available: number; needed: number; fieldLabel: string }
  | { status: 'does-not-fit'; reason: 'single-line'; fieldLabel: string }
  | { status: 'read-only'; fieldLabel: string }
  | { status: 'failed'; reason: string };

export async function insertAtCaret(request: InsertAtCaretRequest): Promise<InsertAtCaretResult> {
  // The summary is plain text with \n line breaks; normalise stray CR so fields get one kind.
  const text = String(request.text).replace(/\r\n?/g, '\n');
  /** Upper bound on the wait for an editor to settle after one attempt. */
  const SETTLE_MAX_MS = 250;
  /** A second look, for editors that apply a paste a little later (text fields change at once). */
  const SECOND_LOOK_MS = 150;

  type TextControl = HTMLInputElement | HTMLTextAreaElement;
  type Snapshot = { text: string; start: number | null; end: number | null };
  // The slices of each editor's API used here (their own documented API where there is one).
  type CkModelNode = { is(type: string, name?: string): boolean; data?: string; getChildren?(): Iterable<CkModelNode>; childCount?: number };
  type CkPosition = { path: number[] };
  type CkEditor = {
    model: { document: { getRoot(): CkModelNode; selection: { getFirstPosition(): CkPosition | null; getLastPosition(): CkPosition | null } } };
    isReadOnly?: boolean;
  };
  type TinyEditor = {
    getBody(): HTMLElement;
    getContent(): string;
    selection: { getRng(): Range };
    undoManager?: { add(): unknown };
    mode?: { isReadOnly(): boolean };
  };
  type TinyGlobal = { get(): TinyEditor[] | undefined };
  type QuillEditor = {
    getText(): string;
    getSelection(focus?: boolean): { index: number; length: number } | null;
    isEnabled?(): boolean;
    history?: { cutoff(): void };
  };
  type QuillGlobal = { find(node: Node): unknown };
  type PmNode = { textBetween(from: number, to: number, blockSeparator?: string, leafText?: string): string; content: { size: number } };
  type PmDesc = { node?: PmNode; posFromDOM?(node: Node, offset: number, bias?: number): number };

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
      const frameTitle = clean(frame.getAttribute('aria-label') ?? frame.getAttribute('title'));
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

  /** Waits for the editor to settle: two animation frames and a little more, never longer than SETTLE_MAX_MS. */
  function settle(ms = SETTLE_MAX_MS): Promise<void> {
    return new Promise((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolve();
      };
      setTimeout(finish, ms);
      try {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(finish, 20)));
      } catch {
        // No animation frames (a hidden page): the timeout ends the wait.
      }
    });
  }

  function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
    return a.text === b.text;
  }

  // --- Reading a rich-text field as lines -------------------------------------------------------

  const BLOCK_TAGS = new Set([
    'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tr', 'td', 'th',
    'section', 'article', 'header', 'footer', 'address', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'hr', 'body',
  ]);

  function isBlock(el: Element): boolean {
    if (BLOCK_TAGS.has(el.localName)) return true;
    if (!el.isConnected) return false;
    const display = el.ownerDocument.defaultView?.getComputedStyle(el).display ?? '';
    return display !== '' && !display.startsWith('inline') && display !== 'contents' && display !== 'none';
  }

  function keepsWhitespace(node: Node): boolean {
    const parent = node.parentElement;
    if (!parent || !parent.isConnected) return false;
    const ws = parent.ownerDocument.defaultView?.getComputedStyle(parent).whiteSpace ?? '';
    return ws.startsWith('pre') || ws === 'break-spaces';
  }

  /** A <br> that only holds an empty or last line open (editors' fillers, a block's trailing <br>). */
  function isPlaceholderBr(br: Element): boolean {
    if (br.hasAttribute('data-mce-bogus') || br.hasAttribute('data-cke-filler')) return true;
    let next = br.nextSibling;
    while (next && next.nodeType === Node.TEXT_NODE && (next.textContent ?? '') === '') next = next.nextSibling;
    const parent = br.parentElement;
    return !next && !!parent && isBlock(parent);
  }

  /**
   * The text of an editable region, one line per block or line break, as a reader sees it, and
   * where the given range falls in that text.
   */
  function linearise(root: Node, range: Range | null): Snapshot {
    const lines: string[] = [];
    let current: string | null = null;
    let start: number | null = null;
    let end: number | null = null;
    const position = () => {
      let length = 0;
      for (const line of lines) length += line.length + 1;
      return current === null ? length : length + current.length;
    };
    const mark = (node: Node, offset: number) => {
      if (!range) return;
      if (start === null && node === range.startContainer && offset === range.startOffset) start = position();
      if (end === null && node === range.endContainer && offset === range.endOffset) end = position();
    };
    const walk = (node: Node, isRoot: boolean) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = node.textContent ?? '';
        if (!keepsWhitespace(node) && /^[ \t\r\n]*$/.test(data) && /\n/.test(data) && current === null) {
          mark(node, 0);
          mark(node, data.length);
          return;
        }
        const collapse = !keepsWhitespace(node);
        const shown = (s: string) => (collapse ? s.replace(/[ \t\r\n]+/g, ' ') : s);
        const base = current ?? '';
        const startsHere = range && node === range.startContainer && start === null;
        const endsHere = range && node === range.endContainer && end === null;
        if (startsHere) start = position() + shown(data.slice(0, range.startOffset)).length;
        if (endsHere) end = position() + shown(data.slice(0, range.endOffset)).length;
        current = base + shown(data);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      const el = node as Element;
      if (node.nodeType === Node.ELEMENT_NODE && el.localName === 'br') {
        if (!isPlaceholderBr(el)) {
          lines.push(current ?? '');
          current = '';
        }
        return;
      }
      const block = !isRoot && node.nodeType === Node.ELEMENT_NODE && isBlock(el);
      const linesBefore = lines.length;
      if (block && current !== null) {
        lines.push(current);
        current = null;
      }
      const children = Array.from(node.childNodes);
      children.forEach((child, index) => {
        mark(node, index);
        walk(child, false);
      });
      mark(node, children.length);
      if (block) {
        if (current !== null) {
          lines.push(current);
          current = null;
        } else if (lines.length === linesBefore) {
          lines.push('');
        }
      }
    };
    walk(root, true);
    if (current !== null) lines.push(current);
    const textOut = lines.join('\n');
    const clamp = (value: number | null) => (value === null ? null : Math.min(value, textOut.length));
    return { text: textOut, start: clamp(start), end: clamp(end) };
  }

  function selectionRange(doc: Document, host: Node): Range | null {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    return host.contains(range.startContainer) && host.contains(range.endContainer) ? range : null;
  }

  // --- Known editors, through their own API (MAIN world only) -----------------------------------

  function ckeditorOf(host: HTMLElement): CkEditor | null {
    const editor = (host as unknown as { ckeditorInstance?: CkEditor }).ckeditorInstance;
    return editor && editor.model?.document ? editor : null;
  }

  function ckeditorSnapshot(editor: CkEditor): Snapshot {
    const root = editor.model.document.getRoot();
    const lines: string[] = [];
    const blockText = (block: CkModelNode): string => {
      let out = '';
      for (const child of block.getChildren?.() ?? []) {
        if (child.is('$text') || child.is('$textProxy')) out += child.data ?? '';
        else if (child.is('element', 'softBreak')) out += '\n';
        else out += '\ufffc';
      }
      return out;
    };
    const starts: number[] = [];
    let length = 0;
    for (const block of root.getChildren?.() ?? []) {
      starts.push(length);
      const line = blockText(block);
      lines.push(line);
      length += line.length + 1;
    }
    const offsetOf = (position: CkPosition | null): number | null => {
      if (!position || position.path.length !== 2) return null;
      const [blockIndex, offset] = position.path as [number, number];
      const blockStart = starts[blockIndex];
      return blockStart === undefined ? null : blockStart + offset;
    };
    const selection = editor.model.document.selection;
    return { text: lines.join('\n'), start: offsetOf(selection.getFirstPosition()), end: offsetOf(selection.getLastPosition()) };
  }

  function tinymceOf(host: HTMLElement, doc: Document): TinyEditor | null {
    const frame = doc.defaultView?.frameElement;
    const owner = frame?.ownerDocument?.defaultView as (Window & { tinymce?: TinyGlobal }) | null | undefined;
    const global = owner?.tinymce ?? (doc.defaultView as (Window & { tinymce?: TinyGlobal }) | null)?.tinymce;
    const editors = global?.get?.();
    if (!Array.isArray(editors)) return null;
    return editors.find((editor) => editor.getBody?.() === host) ?? null;
  }

  function tinymceSnapshot(editor: TinyEditor): Snapshot {
    // The text is what TinyMCE will save (getContent), read as lines; the caret is placed in its
    // editing body, which has the same blocks.
    // An inert document: nothing in it runs or loads.
    const parsed = new DOMParser().parseFromString(editor.getContent(), 'text/html');
    const saved = linearise(parsed.body, null);
    const lines = saved.text.split('\n').map((line) => (line === '\u00a0' ? '' : line));
    let range: Range | null = null;
    try {
      range = editor.selection.getRng();
    } catch {
      range = null;
    }
    const live = linearise(editor.getBody(), range);
    return { text: lines.join('\n'), start: live.start, end: live.end };
  }

  function quillOf(host: HTMLElement): QuillEditor | null {
    const global = (window as unknown as { Quill?: QuillGlobal }).Quill;
    if (!global?.find || !host.classList.contains('ql-editor') || !host.parentElement) return null;
    const found = global.find(host.parentElement) as Partial<QuillEditor> | null;
    return found && typeof found.getText === 'function' && typeof found.getSelection === 'function' ? (found as QuillEditor) : null;
  }

  function quillSnapshot(editor: QuillEditor): Snapshot {
    // Quill's text always ends with the newline of its last line.
    const all = editor.getText();
    const textOut = all.endsWith('\n') ? all.slice(0, -1) : all;
    const selection = editor.getSelection(false);
    return selection ? { text: textOut, start: selection.index, end: selection.index + selection.length } : { text: textOut, start: null, end: null };
  }

  function prosemirrorOf(host: HTMLElement): PmDesc | null {
    // prosemirror-view keeps its view description on the editor's DOM node (`pmViewDesc`); its
    // `node` is the document the view shows. Not a documented API, so anything unexpected falls
    // back to reading the DOM.
    const desc = (host as unknown as { pmViewDesc?: PmDesc }).pmViewDesc;
    return desc && desc.node && typeof desc.node.textBetween === 'function' && typeof desc.posFromDOM === 'function' ? desc : null;
  }

  function prosemirrorSnapshot(desc: PmDesc, doc: Document, host: HTMLElement): Snapshot {
    const node = desc.node!;
    const textOut = node.textBetween(0, node.content.size, '\n', '\ufffc');
    const range = selectionRange(doc, host);
    const offsetAt = (container: Node, offset: number): number | null => {
      try {
        const pos = desc.posFromDOM!(container, offset, -1);
        return node.textBetween(0, pos, '\n', '\ufffc').length;
      } catch {
        return null;
      }
    };
    return {
      text: textOut,
      start: range ? offsetAt(range.startContainer, range.startOffset) : null,
      end: range ? offsetAt(range.endContainer, range.endOffset) : null,
    };
  }

  // --- The ways in -----------------------------------------------------------------------------

  function dispatchPaste(target: Element, doc: Document, html: string): void {
    const view = (doc.defaultView ?? window) as Window & typeof globalThis;
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    data.setData('text/html', html);
    target.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  }

  function dispatchBeforeInput(target: Element, doc: Document): void {
    const view = (doc.defaultView ?? window) as Window & typeof globalThis;
    target.dispatchEvent(new view.InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true }));
  }

  function execInsertText(doc: Document): void {
    try {
      doc.execCommand('insertText', false, text);
    } catch {
      // Refused: the reading after it shows nothing changed.
    }
  }

  async function tryInOrder(
    methods: InsertMethod[],
    apply: (method: InsertMethod) => void,
    read: () => Snapshot,
    secondLook: boolean,
  ): Promise<{ method: InsertMethod | null; tried: InsertMethod[]; after: Snapshot; before: Snapshot }> {
    const before = read();
    const tried: InsertMethod[] = [];
    let after = before;
    for (const method of methods) {
      tried.push(method);
      apply(method);
      await settle();
      after = read();
      if (sameSnapshot(after, before) && secondLook) {
        await settle(SECOND_LOOK_MS);
        after = read();
      }
      if (!sameSnapshot(after, before)) return { method, tried, after, before };
    }
    return { method: null, tried, after, before };
  }

  async function insertIntoTextControl(el: TextControl, doc: Document): Promise<InsertAtCaretResult> {
    const fieldLabel = labelOf(el, doc);
    if (el.disabled || el.readOnly) return { status: 'read-only', fieldLabel };
    const editor: EditorKind = el.localName === 'textarea' ? 'textarea' : 'input';
    if (editor === 'input' && text.includes('\n')) return { status: 'does-not-fit', reason: 'single-line', fieldLabel };
    const value = el.value;
    const start = el.selectionStart ?? value.length;
    const end = el.selectionEnd ?? start;
    // Never let the browser cut the summary short at maxlength: say so instead, and the panel
    // offers the compact version.
    if (el.maxLength >= 0) {
      const available = el.maxLength - (value.length - (end - start));
      if (text.length > available) {
        return { status: 'does-not-fit', reason: 'too-long', maxLength: el.maxLength, available: Math.max(0, available), needed: text.length, fieldLabel };
      }
    }
    if (doc.activeElement !== el) el.focus({ preventScroll: true });
    const view = (doc.defaultView ?? window) as Window & typeof globalThis;
    const outcome = await tryInOrder(
      ['paste', 'before-input', 'exec-command', 'set-range-text'],
      (method) => {
        // Setting the selection again also ends the browser's open "typing" run, so Ctrl+Z
        // removes only the summary and not what the practitioner typed just before.
        el.setSelectionRange(start, end, el.selectionDirection ?? 'none');
        if (method === 'paste') dispatchPaste(el, doc, request.html[editor]);
        else if (method === 'before-input') dispatchBeforeInput(el, doc);
        else if (method === 'exec-command') execInsertText(doc);
        else {
          // The page still sees beforeinput/input, but the browser's undo stack does not know.
          const beforeInput = new view.InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
          if (!el.dispatchEvent(beforeInput)) return;
          el.setRangeText(text, start, end, 'end');
          el.dispatchEvent(new view.InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
        }
      },
      () => ({ text: el.value, start, end }),
      false,
    );
    return { status: 'attempted', editor, readBack: 'value', fieldLabel, ...outcome };
  }

  async function insertIntoEditable(host: HTMLElement, doc: Document): Promise<InsertAtCaretResult> {
    const fieldLabel = labelOf(host, doc);
    if (host.getAttribute('aria-readonly') === 'true' || host.getAttribute('aria-disabled') === 'true') {
      return { status: 'read-only', fieldLabel };
    }
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !host.contains(sel.anchorNode)) {
      return { status: 'no-editable-focused', reason: 'no-caret' };
    }
    const saved = sel.getRangeAt(0).cloneRange();
    if (doc.activeElement !== host && doc.designMode !== 'on') {
      host.focus({ preventScroll: true });
    }
    const restoreSelection = () => {
      const now = doc.getSelection();
      if (!now) return;
      const current = now.rangeCount > 0 ? now.getRangeAt(0) : null;
      const same =
        current &&
        current.startContainer === saved.startContainer &&
        current.startOffset === saved.startOffset &&
        current.endContainer === saved.endContainer &&
        current.endOffset === saved.endOffset;
      if (!same && host.contains(saved.startContainer)) {
        now.removeAllRanges();
        now.addRange(saved);
      } else if (now.anchorNode && now.focusNode) {
        // Re-applying the selection ends the browser's open "typing" run (see above).
        now.setBaseAndExtent(now.anchorNode, now.anchorOffset, now.focusNode, now.focusOffset);
      }
    };

    let editor: EditorKind = 'contenteditable';
    let readBack: ReadBack = 'dom';
    let read: () => Snapshot = () => linearise(host, selectionRange(doc, host));
    let readOnly = false;
    let markUndoStep: () => void = () => undefined;
    const ck = ckeditorOf(host);
    const tiny = ck ? null : tinymceOf(host, doc);
    const quill = ck || tiny ? null : quillOf(host);
    const pm = ck || tiny || quill ? null : prosemirrorOf(host);
    if (ck) {
      editor = 'ckeditor5';
      readBack = 'ckeditor5-model';
      read = () => ckeditorSnapshot(ck);
      readOnly = ck.isReadOnly === true;
    } else if (tiny) {
      editor = 'tinymce';
      readBack = 'tinymce-content';
      read = () => tinymceSnapshot(tiny);
      readOnly = tiny.mode?.isReadOnly?.() === true;
      // Records what the practitioner typed as its own undo level first (TinyMCE's own call).
      markUndoStep = () => void tiny.undoManager?.add();
    } else if (quill) {
      editor = 'quill';
      readBack = 'quill-text';
      read = () => quillSnapshot(quill);
      readOnly = quill.isEnabled?.() === false;
      // Quill merges changes within a second into one undo step; cutoff() starts a new one.
      markUndoStep = () => quill.history?.cutoff();
    } else if (pm) {
      editor = 'prosemirror';
      readBack = 'prosemirror-doc';
      read = () => prosemirrorSnapshot(pm, doc, host);
    }
    if (readOnly) return { status: 'read-only', fieldLabel };

    const html = request.html[editor];
    const outcome = await tryInOrder(
      ['paste', 'before-input', 'exec-command'],
      (method) => {
        restoreSelection();
        markUndoStep();
        if (method === 'paste') dispatchPaste(host, doc, html);
        else if (method === 'before-input') dispatchBeforeInput(host, doc);
        else execInsertText(doc);
      },
      read,
      true,
    );
    markUndoStep();
    return { status: 'attempted', editor, readBack, fieldLabel, ...outcome };
  }

  try {
    const { el, doc, crossOrigin } = deepFocus();
    if (crossOrigin) return { status: 'no-editable-focused', reason: 'cross-origin-frame' };
    if (!el || (el === doc.body && doc.designMode !== 'on' && !(el as HTMLElement).isContentEditable) || el === doc.documentElement) {
      return { status: 'no-editable-focused', reason: 'nothing-focused' };
    }
    if (isTextControl(el)) return await insertIntoTextControl(el, doc);
    if (el.localName === 'input') return { status: 'no-editable-focused', reason: 'unsupported-field' };
    const host = editingHost(el, doc);
    if (host) return await insertIntoEditable(host, doc);
    return { status: 'no-editable-focused', reason: 'not-editable' };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
