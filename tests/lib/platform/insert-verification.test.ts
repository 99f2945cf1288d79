import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeInsertion, summaryHtml, UNDO_PROVEN, type FieldSnapshot, type Verdict } from '../../../lib/platform/insert-verification';

// Issue 12: the panel says "inserted" only when the field, read back, holds the summary exactly
// once at the caret with everything around it intact. One row per rule.

const SUMMARY = 'Summary\n\n  Whooley: no.\nPlan: universal.';
const at = (text: string, start: number | null, end: number | null = start): FieldSnapshot => ({ text, start, end });
const after = (text: string): FieldSnapshot => ({ text, start: null, end: null });

describe('[H70-a] judging what a field holds after an attempt', () => {
  it.each<{ case: string; before: FieldSnapshot; after: FieldSnapshot; expected: Verdict['kind'] }>([
    { case: 'the summary at the caret in the middle of a line', before: at('Seen at home.', 8), after: after(`Seen at ${SUMMARY}home.`), expected: 'inserted' },
    { case: 'the summary into an empty field', before: at('', 0), after: after(SUMMARY), expected: 'inserted' },
    { case: 'the summary replacing a selection', before: at('Plan: tbc', 6, 9), after: after(`Plan: ${SUMMARY}`), expected: 'inserted' },
    { case: 'a selection given backwards (focus before anchor)', before: at('Plan: tbc', 9, 6), after: after(`Plan: ${SUMMARY}`), expected: 'inserted' },
    { case: 'the summary at the end after earlier text', before: at('Seen.\n', 6), after: after(`Seen.\n${SUMMARY}`), expected: 'inserted' },
    { case: 'the indent kept as no-break spaces (how HTML keeps it)', before: at('', 0), after: after(SUMMARY.replace('  W', '\u00a0\u00a0W')), expected: 'inserted' },
    { case: 'Windows line ends in the field', before: at('', 0), after: after(SUMMARY.replace(/\n/g, '\r\n')), expected: 'inserted' },
    { case: 'the summary already there once and inserted again at the caret', before: at(`${SUMMARY}\n`, SUMMARY.length + 1), after: after(`${SUMMARY}\n${SUMMARY}`), expected: 'inserted' },
    { case: 'nothing changed (the editor redrew from its unchanged model)', before: at('Seen at home.', 8), after: after('Seen at home.'), expected: 'nothing' },
    { case: 'nothing changed, caret unknown', before: at('Seen at home.', null), after: after('Seen at home.'), expected: 'nothing' },
    { case: 'blank lines collapsed by the editor', before: at('', 0), after: after(SUMMARY.replace('\n\n', '\n')), expected: 'changed' },
    { case: 'a blank line doubled (TinyMCE with a plain <br> per empty paragraph)', before: at('', 0), after: after(SUMMARY.replace('\n\n', '\n\n\n')), expected: 'changed' },
    { case: 'only the first line went in', before: at('Seen at home.', 8), after: after('Seen at Summaryhome.'), expected: 'changed' },
    { case: 'the indent lost', before: at('', 0), after: after(SUMMARY.replace('  W', 'W')), expected: 'changed' },
    { case: 'the summary twice (the page handled the paste and the browser typed it too)', before: at('A', 1), after: after(`A${SUMMARY}${SUMMARY}`), expected: 'repeated' },
    { case: 'the summary in the wrong place (at the start, not at the caret)', before: at('Seen at home.', 8), after: after(`${SUMMARY}Seen at home.`), expected: 'surroundings-changed' },
    { case: "the practitioner's text before the caret removed", before: at('Seen at home.', 8), after: after(`${SUMMARY}home.`), expected: 'surroundings-changed' },
    { case: "the practitioner's text after the caret removed", before: at('Seen at home.', 8), after: after(`Seen at ${SUMMARY}`), expected: 'surroundings-changed' },
    { case: 'the field emptied', before: at('Seen at home.', 8), after: after(''), expected: 'surroundings-changed' },
    { case: 'a change, but the page could not say where the caret was', before: at('Seen.', null), after: after(`Seen.${SUMMARY}`), expected: 'unverifiable' },
    { case: 'a caret reading outside the text', before: at('Seen.', 9), after: after(`Seen.${SUMMARY}`), expected: 'unverifiable' },
  ])('$case: $expected', ({ before, after: now, expected }) => {
    expect(judgeInsertion(before, now, SUMMARY).kind).toBe(expected);
  });

  it('says what went in when it is not the summary', () => {
    expect(judgeInsertion(at('Seen at home.', 8), after('Seen at Summaryhome.'), SUMMARY)).toEqual({ kind: 'changed', added: 'Summary' });
  });
});

describe('[H70-d] the HTML a synthetic paste carries: one paragraph per line, blank lines as the editor writes them', () => {
  it.each([
    // First and last lines inline, so TinyMCE joins them to the text around the caret.
    { editor: 'tinymce', expected: 'A &amp; B<p><br data-mce-bogus="1"></p>&nbsp;&nbsp;x&lt;y' },
    { editor: 'ckeditor5', expected: '<p>A &amp; B</p><p>&nbsp;</p><p>&nbsp;&nbsp;x&lt;y</p>' },
    { editor: 'quill', expected: '<p>A &amp; B</p><p><br></p><p>&nbsp;&nbsp;x&lt;y</p>' },
    { editor: 'prosemirror', expected: '<p>A &amp; B</p><p></p><p>&nbsp;&nbsp;x&lt;y</p>' },
    { editor: 'contenteditable', expected: '<p>A &amp; B</p><p><br></p><p>&nbsp;&nbsp;x&lt;y</p>' },
  ] as const)('$editor', ({ editor, expected }) => {
    expect(summaryHtml('A & B\n\n  x<y', editor)).toBe(expected);
  });

  it('gives TinyMCE a single line as one paragraph (it pastes that inline), and inline ends around several', () => {
    expect(summaryHtml('one', 'tinymce')).toBe('<p>one</p>');
    expect(summaryHtml('a\nb\nc', 'tinymce')).toBe('a<p>b</p>c');
  });

  it('keeps runs of spaces and trailing spaces, and one Windows line end is one line', () => {
    expect(summaryHtml('a  b \r\nc', 'prosemirror')).toBe('<p>a&nbsp;&nbsp;b&nbsp;</p><p>c</p>');
  });
});

describe('where the panel may mention Ctrl+Z', () => {
  it('names an e2e test for every field kind and way in it lists, once each, and that test exists', () => {
    const keys = UNDO_PROVEN.map((entry) => `${entry.editor}/${entry.method}`);
    expect(new Set(keys).size).toBe(keys.length);
    const e2eDir = resolve('tests/e2e');
    const e2eSource = readdirSync(e2eDir)
      .filter((file) => file.endsWith('.e2e.ts'))
      .map((file) => readFileSync(join(e2eDir, file), 'utf8'))
      .join('\n');
    for (const entry of UNDO_PROVEN) expect(e2eSource, entry.testId).toContain(`[${entry.testId}]`);
  });
});
