// Issue 12: the panel says "inserted" only when it has read the field back and found the summary
// there exactly once, at the caret, with the practitioner's text around it intact. The page-side
// function (content/insert-at-caret.ts) tries one way in after another and returns what the
// field held before and after, read by the page's own means; this module judges that, and builds
// the HTML a synthetic paste carries. Pure and browser-free: tested table by table in
// tests/lib/platform/insert-verification.test.ts.

/** The kind of field, as the page function recognises it. Known editors are read through their own API. */
export type EditorKind = 'textarea' | 'input' | 'contenteditable' | 'ckeditor5' | 'tinymce' | 'quill' | 'prosemirror';
export const EDITOR_KINDS = ['textarea', 'input', 'contenteditable', 'ckeditor5', 'tinymce', 'quill', 'prosemirror'] as const satisfies readonly EditorKind[];

/**
 * The ways in, tried in this order until one changes the field:
 * - `paste`: a synthetic paste whose DataTransfer holds text/plain and a matching text/html, one
 *   paragraph per line. Editors with their own model route it through that model and its undo
 *   history; a plain field ignores it (a synthetic paste has no default action).
 * - `before-input`: a cancelable `beforeinput` of type insertText, which editors built on the
 *   Input Events spec handle themselves; nothing else happens if none does.
 * - `exec-command`: `document.execCommand('insertText')`, the browser's own typing path, with
 *   `input` events and the browser's own undo.
 * - `set-range-text`: text fields only, when the browser refuses to type: `setRangeText` with
 *   beforeinput/input events. The browser's undo stack does not know about it.
 */
export type InsertMethod = 'paste' | 'before-input' | 'exec-command' | 'set-range-text';
export const INSERT_METHODS = ['paste', 'before-input', 'exec-command', 'set-range-text'] as const satisfies readonly InsertMethod[];

/** How the field was read back. */
export type ReadBack = 'value' | 'dom' | 'ckeditor5-model' | 'tinymce-content' | 'quill-text' | 'prosemirror-doc';
export const READ_BACKS = ['value', 'dom', 'ckeditor5-model', 'tinymce-content', 'quill-text', 'prosemirror-doc'] as const satisfies readonly ReadBack[];

/**
 * The field's text, one line per paragraph (or per line break), and the selection in that text.
 * `start`/`end` are null when the page could not place the caret in the text it read.
 */
export type FieldSnapshot = { text: string; start: number | null; end: number | null };

export type Verdict =
  /** The summary is there once, at the caret (replacing any selection), everything else intact. */
  | { kind: 'inserted' }
  /** The field holds exactly what it held before. */
  | { kind: 'nothing' }
  /** The text around the caret is intact, but what went in is not the summary (cut short, re-laid out, changed). */
  | { kind: 'changed'; added: string }
  /** The summary went in more than once. */
  | { kind: 'repeated' }
  /** Text outside the caret changed: the practitioner's own text is not as it was. */
  | { kind: 'surroundings-changed' }
  /** The page could not say where the caret was, so the place cannot be checked. */
  | { kind: 'unverifiable' };

/**
 * Characters that display the same and that editors swap for each other on the way in: a no-break
 * space is how HTML keeps a run of spaces or an indent, and editors store it either way; Windows
 * line ends are one line end.
 */
export function normaliseForComparison(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** Judges one attempt: the field before and after, and the text that was meant to go in. */
export function judgeInsertion(before: FieldSnapshot, after: FieldSnapshot, summary: string): Verdict {
  const was = normaliseForComparison(before.text);
  const now = normaliseForComparison(after.text);
  const text = normaliseForComparison(summary);
  if (now === was) return { kind: 'nothing' };
  if (before.start === null || before.end === null) return { kind: 'unverifiable' };
  const start = Math.min(before.start, before.end);
  const end = Math.max(before.start, before.end);
  if (start < 0 || end > was.length) return { kind: 'unverifiable' };
  const head = was.slice(0, start);
  const tail = was.slice(end);
  if (now === head + text + tail) return { kind: 'inserted' };
  if (now.length < head.length + tail.length || !now.startsWith(head) || !now.endsWith(tail)) return { kind: 'surroundings-changed' };
  const added = now.slice(head.length, now.length - tail.length);
  // More copies than the summary itself brings (a summary may quote nothing of itself, but be safe).
  if (occurrences(added, text) > 1) return { kind: 'repeated' };
  return { kind: 'changed', added };
}

/** How an editor writes an empty paragraph in its own HTML, so a blank line pastes as one of its own. */
export const EMPTY_PARAGRAPH: Record<EditorKind, string> = {
  // TinyMCE pads empty blocks with a "bogus" <br> that getContent() leaves out; a plain <br>
  // would be kept and add a line break per blank line (issue 12).
  tinymce: '<p><br data-mce-bogus="1"></p>',
  // CKEditor 5's data format writes an empty paragraph as <p>&nbsp;</p> and reads it back as empty.
  ckeditor5: '<p>&nbsp;</p>',
  // Quill's own empty line.
  quill: '<p><br></p>',
  // ProseMirror parses an empty <p> as an empty paragraph.
  prosemirror: '<p></p>',
  // A browser's own empty block in a contenteditable.
  contenteditable: '<p><br></p>',
  textarea: '<p><br></p>',
  input: '<p><br></p>',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Keeps spaces that HTML would collapse: leading and trailing spaces and runs of two or more
 * become no-break spaces (the summary indents sub-lines with two spaces).
 */
function keepSpaces(line: string): string {
  return line.replace(/^ +| +$| {2,}/g, (run) => '\u00a0'.repeat(run.length));
}

function inlineHtml(line: string): string {
  return escapeHtml(keepSpaces(line)).replace(/\u00a0/g, '&nbsp;');
}

/**
 * The summary as HTML: one paragraph per line, blank lines as the editor's own empty paragraph.
 * For TinyMCE the first and last lines go as inline text around the paragraphs: given whole
 * blocks, TinyMCE splits the paragraph at the caret and leaves the practitioner's text on either
 * side in paragraphs of its own (trimming the space before the caret); given inline ends, its
 * parser joins them to the text around the caret, as for typed text (seen in TinyMCE 8).
 */
export function summaryHtml(summary: string, editor: EditorKind): string {
  const lines = normaliseLineEnds(summary).split('\n');
  const paragraph = (line: string) => (line === '' ? EMPTY_PARAGRAPH[editor] : `<p>${inlineHtml(line)}</p>`);
  if (editor === 'tinymce' && lines.length >= 2) {
    return inlineHtml(lines[0] ?? '') + lines.slice(1, -1).map(paragraph).join('') + inlineHtml(lines[lines.length - 1] ?? '');
  }
  return lines.map(paragraph).join('');
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** The HTML for every kind of field, passed to the page function (it finds out which kind it has). */
export function summaryHtmlByEditor(summary: string): Record<EditorKind, string> {
  return Object.fromEntries(EDITOR_KINDS.map((kind) => [kind, summaryHtml(summary, kind)])) as Record<EditorKind, string>;
}

/**
 * Field kinds and ways in for which the end-to-end tests prove that ONE Ctrl+Z in the record
 * removes exactly the insertion and nothing of the practitioner's text (tests/e2e/record-insertion.e2e.ts,
 * test ids in brackets). The panel mentions undo only for these; anywhere else it says to delete
 * the text by hand if it is in the wrong place.
 */
export const UNDO_PROVEN: ReadonlyArray<{ editor: EditorKind; method: InsertMethod; testId: string }> = [
  { editor: 'textarea', method: 'exec-command', testId: 'H07-j' },
  { editor: 'input', method: 'exec-command', testId: 'H70-e' },
  { editor: 'contenteditable', method: 'exec-command', testId: 'H32-m' },
  { editor: 'prosemirror', method: 'paste', testId: 'H70-e' },
  { editor: 'ckeditor5', method: 'paste', testId: 'H70-e' },
  { editor: 'tinymce', method: 'paste', testId: 'H70-e' },
  { editor: 'quill', method: 'paste', testId: 'H70-e' },
];

export function undoProven(editor: EditorKind, method: InsertMethod): boolean {
  return UNDO_PROVEN.some((entry) => entry.editor === editor && entry.method === method);
}
