import { describe, expect, it } from 'vitest';
import {
  cancelledMessage,
  copyResultMessage,
  insertErrorMessage,
  insertResultMessage,
  siteAccessMessage,
  type Message,
} from '../../../components/summary/record-output-messages';
import type { InsertIntoRecordResult } from '../../../lib/platform/record-insertion';

// Every result the record page can give, to exactly what the practitioner reads (issues 5, 12, 16).
// The false-success rows matter most: a field read back without the summary in it is never called
// "inserted", never suggests Ctrl+Z (which would remove the practitioner's own text), and offers Copy.

const SUMMARY = { text: 'Line one\nLine two', compactText: 'Short summary' };
const TARGET = { tabId: 3, frameId: 5 };
const SHORTCUT = 'Alt+Shift+V';
const copyOffer = { kind: 'copy' } as const;

const rows: Array<{ id: string; result: InsertIntoRecordResult; expected: Message }> = [
  {
    id: '[H32-j] inserted, undo proven',
    result: { status: 'inserted', editor: 'textarea', method: 'exec-command', undoable: true, fieldLabel: 'Contact note' },
    expected: { tone: 'status', text: 'Summary inserted into “Contact note”. Check it in the record before you save. To take it out again, press Ctrl+Z in the record.' },
  },
  {
    id: '[H32-j] inserted, undo not proven',
    result: { status: 'inserted', editor: 'textarea', method: 'set-range-text', undoable: false, fieldLabel: 'Contact note' },
    expected: { tone: 'status', text: 'Summary inserted into “Contact note”. Check it in the record before you save. If it is in the wrong place, delete it by hand.' },
  },
  {
    id: '[H70-c] read back: nothing went in',
    result: { status: 'not-inserted', editor: 'ckeditor5', fieldLabel: 'Note', what: 'nothing' },
    expected: { tone: 'alert', text: 'Nothing was inserted: “Note” did not take the text. Use Copy and paste the summary instead.', offer: copyOffer },
  },
  {
    id: '[H70-c] read back: changed',
    result: { status: 'not-inserted', editor: 'ckeditor5', fieldLabel: 'Note', what: 'changed' },
    expected: {
      tone: 'alert',
      text: 'The summary did not go into “Note” as written: only part of it, or a changed version, is there. Check the note and delete what went in before you save. Use Copy and paste the summary instead.',
      offer: copyOffer,
    },
  },
  {
    id: '[H70-c] read back: repeated',
    result: { status: 'not-inserted', editor: 'quill', fieldLabel: 'Note', what: 'repeated' },
    expected: {
      tone: 'alert',
      text: 'The summary went into “Note” more than once. Check the note and delete what went in before you save. Use Copy and paste the summary instead.',
      offer: copyOffer,
    },
  },
  {
    id: '[H70-c] read back: surroundings changed',
    result: { status: 'not-inserted', editor: 'tinymce', fieldLabel: 'Note', what: 'surroundings-changed' },
    expected: {
      tone: 'alert',
      text: '“Note” changed in a way the companion did not expect: the text around the cursor is not as it was. Check the whole note before you save. Use Copy and paste the summary instead.',
      offer: copyOffer,
    },
  },
  {
    id: '[H70-c] read back: unverifiable',
    result: { status: 'not-inserted', editor: 'contenteditable', fieldLabel: 'Note', what: 'unverifiable' },
    expected: {
      tone: 'alert',
      text: 'The companion could not check where the text went in “Note”. Check the note before you save: if the summary is not there exactly once, delete what went in. Use Copy and paste the summary instead.',
      offer: copyOffer,
    },
  },
  {
    id: '[H32-g] single-line field, short version fits',
    result: { status: 'does-not-fit', reason: 'single-line', fieldLabel: 'Outcome' },
    expected: { tone: 'alert', text: '“Outcome” takes a single line and the summary has several. Nothing was inserted.', offer: { kind: 'compact', target: TARGET } },
  },
  {
    id: 'too long, short version fits the room left',
    result: { status: 'does-not-fit', reason: 'too-long', maxLength: 500, available: 13, needed: 900, fieldLabel: 'Outcome' },
    expected: {
      tone: 'alert',
      text: 'The summary is too long for “Outcome”: it has 900 characters and the field has room for 13. Nothing was inserted.',
      offer: { kind: 'compact', target: TARGET },
    },
  },
  {
    id: 'too long, short version does not fit either',
    result: { status: 'does-not-fit', reason: 'too-long', maxLength: 500, available: 12, needed: 900, fieldLabel: 'Outcome' },
    expected: {
      tone: 'alert',
      text: 'The summary is too long for “Outcome”: it has 900 characters and the field has room for 12. Nothing was inserted. Use a larger note field, or copy the summary instead.',
    },
  },
  {
    id: 'read-only field',
    result: { status: 'read-only', fieldLabel: 'Outcome' },
    expected: { tone: 'alert', text: '“Outcome” cannot be edited, so nothing was inserted. Click in a note field you can type in, then choose Insert into record again.' },
  },
  ...(['nothing-focused', 'no-caret'] as const).map((reason) => ({
    id: `no field focused (${reason})`,
    result: { status: 'no-editable-focused', reason } as const,
    expected: { tone: 'alert', text: 'Nothing was inserted: no field in the record has the cursor. Click in the record’s note field, then choose Insert into record again.' } as Message,
  })),
  ...(['not-editable', 'unsupported-field'] as const).map((reason) => ({
    id: `cursor not in a text field (${reason})`,
    result: { status: 'no-editable-focused', reason } as const,
    expected: { tone: 'alert', text: 'Nothing was inserted: the cursor is not in a text field. Click in the record’s note field, then choose Insert into record again.' } as Message,
  })),
  {
    id: 'cursor in a frame from another site',
    result: { status: 'no-editable-focused', reason: 'cross-origin-frame' },
    expected: {
      tone: 'alert',
      text: 'Nothing was inserted: the cursor is in a part of the page that comes from another site. Right-click in the note field and choose “Insert contact summary here” instead.',
    },
  },
  {
    id: 'needs permission, site known',
    result: { status: 'needs-permission', origin: 'https://record.example.nhs.uk', accessRequestShown: false },
    expected: {
      tone: 'alert',
      text: 'The companion needs your permission to insert into pages on record.example.nhs.uk. Nothing was inserted. In the record, right-click in the note field and choose “Insert contact summary here”, or click in it and press Alt+Shift+V.',
      offer: { kind: 'allow-site', origin: 'https://record.example.nhs.uk', target: TARGET, retry: true },
    },
  },
  {
    id: 'needs permission, site unknown, browser offers access',
    result: { status: 'needs-permission', origin: null, accessRequestShown: true },
    expected: {
      tone: 'alert',
      text: 'The companion cannot reach this page yet, so nothing was inserted. In the record, right-click in the note field and choose “Insert contact summary here”, or click in it and press Alt+Shift+V. Or allow the companion on this site from the browser’s extensions menu (the puzzle piece).',
    },
  },
  {
    id: 'needs permission, site unknown, no access request',
    result: { status: 'needs-permission', origin: null, accessRequestShown: false },
    expected: {
      tone: 'alert',
      text: 'The companion cannot reach this page yet, so nothing was inserted. In the record, right-click in the note field and choose “Insert contact summary here”, or click in it and press Alt+Shift+V.',
    },
  },
  {
    id: 'a page no extension may insert into',
    result: { status: 'cannot-insert-here' },
    expected: { tone: 'alert', text: 'The summary cannot be inserted into this kind of page. Use Copy and paste the summary instead.' },
  },
  {
    id: 'no record page',
    result: { status: 'no-record-page' },
    expected: { tone: 'alert', text: 'Open the record in this browser window, click in its note field, then try again.' },
  },
  {
    id: 'record page changed',
    result: { status: 'record-page-changed' },
    expected: { tone: 'alert', text: 'The record page was closed or changed before the summary went in. Click in the note field, then choose Insert into record again.' },
  },
  {
    id: 'failed',
    result: { status: 'failed', reason: 'boom' },
    expected: { tone: 'alert', text: 'The summary could not be inserted (boom). Use Copy and paste the summary instead.', offer: copyOffer },
  },
];

describe('what the practitioner reads after Insert into record', () => {
  it.each(rows)('$id', ({ result, expected }) => {
    expect(insertResultMessage(result, SUMMARY, TARGET, SHORTCUT)).toEqual(expected);
  });

  it('covers every result kind the record page can give', () => {
    const kinds = new Set(rows.map((row) => row.result.status));
    expect([...kinds].sort()).toEqual(
      ['cannot-insert-here', 'does-not-fit', 'failed', 'inserted', 'needs-permission', 'no-editable-focused', 'no-record-page', 'not-inserted', 'read-only', 'record-page-changed'].sort(),
    );
  });

  it('[H70-c] never says "Summary inserted" or Ctrl+Z, and always alerts, unless the field was read back with the summary in it', () => {
    for (const { result } of rows.filter((row) => row.result.status !== 'inserted')) {
      const message = insertResultMessage(result, SUMMARY, TARGET, SHORTCUT);
      expect(message.text).not.toMatch(/Summary inserted|Ctrl\+Z/);
      expect(message.tone).toBe('alert');
    }
  });

  it('leaves the shortcut out when the browser has none set', () => {
    expect(insertResultMessage({ status: 'needs-permission', origin: null, accessRequestShown: false }, SUMMARY, TARGET, undefined).text).toBe(
      'The companion cannot reach this page yet, so nothing was inserted. In the record, right-click in the note field and choose “Insert contact summary here”.',
    );
  });

  it('offers no short version that is the same as the summary, or that has several lines for a single-line field', () => {
    const single = { status: 'does-not-fit', reason: 'single-line', fieldLabel: 'Outcome' } as const;
    expect(insertResultMessage(single, { text: 'Same', compactText: 'Same' }, TARGET, SHORTCUT).offer).toBeUndefined();
    expect(insertResultMessage(single, { text: 'Long\ntext', compactText: 'Short\ntext' }, TARGET, SHORTCUT).offer).toBeUndefined();
    expect(insertResultMessage(single, { text: 'Long\ntext' }, TARGET, SHORTCUT).offer).toBeUndefined();
  });
});

describe('what the practitioner reads after the other steps', () => {
  it.each([
    { id: 'copied', message: copyResultMessage({ status: 'copied' }), expected: { tone: 'status', text: 'Summary copied. Paste it into the record (Ctrl+V) and check it before you save.' } },
    { id: 'copy failed', message: copyResultMessage({ status: 'failed', reason: 'Document is not focused.' }), expected: { tone: 'alert', text: 'The summary could not be copied (Document is not focused.).' } },
    { id: 'insert threw', message: insertErrorMessage(new Error('tab gone')), expected: { tone: 'alert', text: 'The summary could not be inserted (tab gone). Use Copy and paste it instead.' } },
    { id: 'copy cancelled', message: cancelledMessage('copy'), expected: { tone: 'status', text: 'Not copied.' } },
    { id: 'insert cancelled', message: cancelledMessage('insert'), expected: { tone: 'status', text: 'Nothing was inserted.' } },
    { id: 'site allowed', message: siteAccessMessage('granted', 'https://record.example.nhs.uk', SHORTCUT), expected: { tone: 'status', text: 'Insert into record now works on record.example.nhs.uk from this panel.' } },
    { id: 'site refused', message: siteAccessMessage('refused', 'https://record.example.nhs.uk', SHORTCUT), expected: { tone: 'status', text: 'Not allowed. The right-click menu and Alt+Shift+V still work on record.example.nhs.uk.' } },
    { id: 'site refused, no shortcut', message: siteAccessMessage('refused', 'https://record.example.nhs.uk', undefined), expected: { tone: 'status', text: 'Not allowed. The right-click menu still works on record.example.nhs.uk.' } },
    { id: 'permission prompt failed', message: siteAccessMessage('failed', 'https://record.example.nhs.uk', SHORTCUT), expected: { tone: 'alert', text: 'The browser could not ask for that permission. Use the right-click menu in the record instead.' } },
  ] as Array<{ id: string; message: Message; expected: Message }>)('$id', ({ message, expected }) => {
    expect(message).toEqual(expected);
  });
});
