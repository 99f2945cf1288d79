import type { CopyResult, InsertIntoRecordResult, RecordTarget, SiteAccessResult } from '../../lib/platform/record-insertion';
import { describeAge, type WrongFamilyGuard } from '../../lib/summary/wrong-family-guard';

// What the practitioner is told after Copy or Insert into record (issues 5, 12): every result the
// record page can give, in plain words, as a pure mapping so each one is table-tested
// (tests/components/summary/record-output-messages.test.ts). Never says "inserted" unless the
// field was read back with the summary in it, and never suggests Ctrl+Z where undo is not proven.

export type Offer =
  | { kind: 'compact'; target?: RecordTarget }
  /** After an insert that did not happen: copy straight away (the family was confirmed moments ago). */
  | { kind: 'copy' }
  | { kind: 'allow-site'; origin: string; target?: RecordTarget; retry: boolean };

export type Message = { tone: 'status' | 'alert'; text: string; offer?: Offer };

/** The summary as offered: the full text, and the short single-line version when there is one. */
export type SummaryTexts = { text: string; compactText?: string | undefined };

const pressAgain = 'then choose Insert into record again';
const useCopy = 'Use Copy and paste the summary instead.';

export function insertResultMessage(result: InsertIntoRecordResult, summary: SummaryTexts, target: RecordTarget | undefined, shortcut: string | undefined): Message {
  switch (result.status) {
    case 'inserted': {
      // Said only after the field was read back (issue 12). Undo is mentioned only where the e2e
      // tests prove one Ctrl+Z removes exactly the insertion (UNDO_PROVEN).
      const where = `Summary inserted into “${result.fieldLabel}”.`;
      const check = ' Check it in the record before you save.';
      const undo = result.undoable ? ' To take it out again, press Ctrl+Z in the record.' : ' If it is in the wrong place, delete it by hand.';
      return { tone: 'status', text: where + check + undo };
    }
    case 'not-inserted':
      return { tone: 'alert', text: notInsertedText(result), offer: { kind: 'copy' } };
    case 'does-not-fit': {
      const compact = summary.compactText;
      // Offer the short version only where it could go in: within the room left, or on one line.
      const compactFits =
        compact !== undefined && compact !== summary.text && (result.reason === 'too-long' ? compact.length <= result.available : !compact.includes('\n'));
      const why =
        result.reason === 'too-long'
          ? `The summary is too long for “${result.fieldLabel}”: it has ${result.needed} characters and the field has room for ${result.available}.`
          : `“${result.fieldLabel}” takes a single line and the summary has several.`;
      return {
        tone: 'alert',
        text: `${why} Nothing was inserted.${compactFits ? '' : ' Use a larger note field, or copy the summary instead.'}`,
        ...(compactFits ? { offer: { kind: 'compact', target } } : {}),
      };
    }
    case 'read-only':
      return { tone: 'alert', text: `“${result.fieldLabel}” cannot be edited, so nothing was inserted. Click in a note field you can type in, ${pressAgain}.` };
    case 'no-editable-focused':
      if (result.reason === 'cross-origin-frame') {
        return {
          tone: 'alert',
          text: 'Nothing was inserted: the cursor is in a part of the page that comes from another site. Right-click in the note field and choose “Insert contact summary here” instead.',
        };
      }
      if (result.reason === 'not-editable' || result.reason === 'unsupported-field') {
        return { tone: 'alert', text: `Nothing was inserted: the cursor is not in a text field. Click in the record’s note field, ${pressAgain}.` };
      }
      return { tone: 'alert', text: `Nothing was inserted: no field in the record has the cursor. Click in the record’s note field, ${pressAgain}.` };
    case 'needs-permission': {
      const menuRoute = `In the record, right-click in the note field and choose “Insert contact summary here”${shortcut ? `, or click in it and press ${shortcut}` : ''}.`;
      if (result.origin) {
        return {
          tone: 'alert',
          text: `The companion needs your permission to insert into pages on ${hostOf(result.origin)}. Nothing was inserted. ${menuRoute}`,
          offer: { kind: 'allow-site', origin: result.origin, target, retry: true },
        };
      }
      const menu = result.accessRequestShown ? ' Or allow the companion on this site from the browser’s extensions menu (the puzzle piece).' : '';
      return { tone: 'alert', text: `The companion cannot reach this page yet, so nothing was inserted. ${menuRoute}${menu}` };
    }
    case 'cannot-insert-here':
      return { tone: 'alert', text: `The summary cannot be inserted into this kind of page. ${useCopy}` };
    case 'no-record-page':
      return { tone: 'alert', text: 'Open the record in this browser window, click in its note field, then try again.' };
    case 'record-page-changed':
      return { tone: 'alert', text: `The record page was closed or changed before the summary went in. Click in the note field, ${pressAgain}.` };
    case 'failed':
      return { tone: 'alert', text: `The summary could not be inserted (${result.reason}). ${useCopy}`, offer: { kind: 'copy' } };
  }
}

// Plain words for a field that was read back and does not hold the summary as it should. Never
// suggests Ctrl+Z: in an editor that did not take the text, undo removes the practitioner's own.
function notInsertedText(result: Extract<InsertIntoRecordResult, { status: 'not-inserted' }>): string {
  const field = `“${result.fieldLabel}”`;
  switch (result.what) {
    case 'nothing':
      return `Nothing was inserted: ${field} did not take the text. ${useCopy}`;
    case 'changed':
      return `The summary did not go into ${field} as written: only part of it, or a changed version, is there. Check the note and delete what went in before you save. ${useCopy}`;
    case 'repeated':
      return `The summary went into ${field} more than once. Check the note and delete what went in before you save. ${useCopy}`;
    case 'surroundings-changed':
      return `${field} changed in a way the companion did not expect: the text around the cursor is not as it was. Check the whole note before you save. ${useCopy}`;
    case 'unverifiable':
      return `The companion could not check where the text went in ${field}. Check the note before you save: if the summary is not there exactly once, delete what went in. ${useCopy}`;
  }
}

/** The insert itself threw (the record page or the browser failed in a way it did not report). */
export function insertErrorMessage(error: unknown): Message {
  return { tone: 'alert', text: `The summary could not be inserted (${error instanceof Error ? error.message : String(error)}). Use Copy and paste it instead.` };
}

export function copyResultMessage(result: CopyResult): Message {
  return result.status === 'copied'
    ? { tone: 'status', text: 'Summary copied. Paste it into the record (Ctrl+V) and check it before you save.' }
    : { tone: 'alert', text: `The summary could not be copied (${result.reason}).` };
}

export function siteAccessMessage(answer: SiteAccessResult, origin: string, shortcut: string | undefined): Message {
  switch (answer) {
    case 'granted':
      return { tone: 'status', text: `Insert into record now works on ${hostOf(origin)} from this panel.` };
    case 'refused':
      return { tone: 'status', text: `Not allowed. ${shortcut ? `The right-click menu and ${shortcut} still work` : 'The right-click menu still works'} on ${hostOf(origin)}.` };
    case 'failed':
      return { tone: 'alert', text: 'The browser could not ask for that permission. Use the right-click menu in the record instead.' };
  }
}

export function cancelledMessage(action: 'copy' | 'insert'): Message {
  return { tone: 'status', text: action === 'copy' ? 'Not copied.' : 'Nothing was inserted.' };
}

/** Replaces whatever the last attempt said, so an old "Nothing was inserted" never sits beside a new try. */
export const INSERTING_MESSAGE: Message = { tone: 'status', text: 'Inserting the summary…' };

/** The record page may show someone else by now: ask again rather than insert into it. */
export const REQUEST_TOO_OLD_MESSAGE: Message = {
  tone: 'alert',
  text: 'That request from the record is too old. Click in the note field and press the insert shortcut again.',
};

export function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

// In the device's own time zone, as the practitioner reads the clock in the room.
/** "Friday 21 November 2025" (built from parts: ICU versions differ on the comma after the day name). */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'not known';
  const parts = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

export function formatTime(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'not known' : new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(date);
}

export function extraReasonText(guard: Extract<WrongFamilyGuard, { confirmation: 'extra' }>, hours: number): string {
  switch (guard.reason) {
    case 'older-than-limit':
      return `This contact started ${describeAge(guard.ageMs ?? 0)} ago, more than ${hours} ${hours === 1 ? 'hour' : 'hours'} ago.`;
    case 'starts-in-future':
      return 'This contact’s start time is in the future: the device clock or the contact may be wrong.';
    case 'unknown-start':
      return 'This contact’s start time is not known.';
    case 'invalid-limit':
      return 'The organisation’s time limit for this check is not set correctly, so every contact needs the extra check.';
  }
}
