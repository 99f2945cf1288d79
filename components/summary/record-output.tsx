import { useEffect, useLayoutEffect, useId, useRef, useState } from 'preact/hooks';
import { insertShortcut } from '../../lib/platform/insert-commands';
import { INSERT_REQUEST_TTL_MS, type RecordInsertRequest } from '../../lib/platform/insert-requests';
import { recordInsertion, type InsertIntoRecordResult, type RecordInsertion, type RecordTarget } from '../../lib/platform/record-insertion';
import { describeAge, wrongFamilyGuard, type WrongFamilyGuard } from '../../lib/summary/wrong-family-guard';
import './record-output.css';

// Copy and "Insert into record" for the summary screen (issue 5), each behind the wrong-family
// guard: the practitioner sees the contact's label, date and time and confirms; an old contact
// needs a second, explicit confirmation. Also handles an insert asked for from the record page
// (context menu or keyboard command), which arrives as `insertRequest`.

export type RecordOutputServices = Pick<RecordInsertion, 'insertIntoRecord' | 'requestRecordSiteAccess' | 'recordSiteAccess' | 'copyToClipboard'> & {
  /** The insert shortcut as the browser has it set, for the help text. */
  insertShortcut(): Promise<string | undefined>;
};

export type RecordOutputProps = {
  /** The summary exactly as it should arrive in the record. */
  text: string;
  /** A shorter, single-line version for fields with a character limit, when there is one. */
  compactText?: string;
  /** The practitioner's label for the contact ("14:00 visit"). */
  contactLabel: string;
  contactStartedAt: string | Date;
  now: Date;
  /** Organisation setting: a contact older than this needs the extra confirmation. */
  extraConfirmAfterHours: number;
  /** An insert asked for from the record page; the guard opens for it at once. */
  insertRequest?: RecordInsertRequest | null;
  /** Called when that request has been dealt with (inserted, refused or cancelled). */
  onInsertRequestDone?: (request: RecordInsertRequest) => void;
  /** Defaults to the real browser; component tests pass fakes. */
  services?: RecordOutputServices;
  /** Called once the summary has gone into the clipboard or the record (starts the retention clock). */
  onOutput?: (how: 'copied' | 'inserted') => void;
};

type Action = 'copy' | 'insert';
type Pending = { action: Action; target?: RecordTarget; request?: RecordInsertRequest };
type Offer =
  | { kind: 'compact'; target?: RecordTarget }
  /** After an insert that did not happen: copy straight away (the family was confirmed moments ago). */
  | { kind: 'copy' }
  | { kind: 'allow-site'; origin: string; target?: RecordTarget; retry: boolean };
type Message = { tone: 'status' | 'alert'; text: string; offer?: Offer };

let browserServices: RecordOutputServices | undefined;
function defaultServices(): RecordOutputServices {
  browserServices ??= { ...recordInsertion(), insertShortcut };
  return browserServices;
}

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

// In the device's own time zone, as the practitioner reads the clock in the room.
/** "Friday 21 November 2025" (built from parts: ICU versions differ on the comma after the day name). */
function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'not known';
  const parts = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

function formatTime(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'not known' : new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(date);
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

function extraReasonText(guard: Extract<WrongFamilyGuard, { confirmation: 'extra' }>, hours: number): string {
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

const pressAgain = 'then choose Insert into record again';

function insertMessage(result: InsertIntoRecordResult, props: RecordOutputProps, target: RecordTarget | undefined, shortcut: string | undefined): Message {
  const useCopy = 'Use Copy and paste the summary instead.';
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
      const compact = props.compactText;
      // Offer the short version only where it could go in: within the room left, or on one line.
      const compactFits =
        compact !== undefined && compact !== props.text && (result.reason === 'too-long' ? compact.length <= result.available : !compact.includes('\n'));
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
  const instead = 'Use Copy and paste the summary instead.';
  switch (result.what) {
    case 'nothing':
      return `Nothing was inserted: ${field} did not take the text. ${instead}`;
    case 'changed':
      return `The summary did not go into ${field} as written: only part of it, or a changed version, is there. Check the note and delete what went in before you save. ${instead}`;
    case 'repeated':
      return `The summary went into ${field} more than once. Check the note and delete what went in before you save. ${instead}`;
    case 'surroundings-changed':
      return `${field} changed in a way the companion did not expect: the text around the cursor is not as it was. Check the whole note before you save. ${instead}`;
    case 'unverifiable':
      return `The companion could not check where the text went in ${field}. Check the note before you save: if the summary is not there exactly once, delete what went in. ${instead}`;
  }
}

export function RecordOutput(props: RecordOutputProps) {
  const { text, contactLabel, extraConfirmAfterHours, insertRequest, onInsertRequestDone } = props;
  const ids = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const insertButton = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [checked, setChecked] = useState(false);
  const [checkError, setCheckError] = useState(false);
  // Not a disabled attribute: disabling the button that has focus would drop keyboard focus.
  const busy = useRef(false);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const handledRequest = useRef<string | null>(null);
  const services = props.services ?? defaultServices();

  useEffect(() => {
    let live = true;
    void services
      .insertShortcut()
      .then((value) => live && setShortcut(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services]);

  const startedAt = toDate(props.contactStartedAt);
  const guard = wrongFamilyGuard(startedAt, props.now, extraConfirmAfterHours);

  function open(next: Pending) {
    if (busy.current) return;
    setPending(next);
    setChecked(false);
    setCheckError(false);
    setMessage(null);
  }

  // An insert asked for from the record page opens the guard straight away.
  useEffect(() => {
    if (!insertRequest || handledRequest.current === insertRequest.id) return;
    handledRequest.current = insertRequest.id;
    open({ action: 'insert', target: { tabId: insertRequest.tabId, frameId: insertRequest.frameId }, request: insertRequest });
  }, [insertRequest]);

  // A layout effect, so the guard is modal before the browser paints (as the red-flag card is).
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (pending && !dialog.open) {
      dialog.showModal();
      // The heading, not the confirm button, takes focus: the practitioner reads which contact
      // this is first, and a stray Enter cannot confirm it.
      headingRef.current?.focus();
    } else if (!pending && dialog.open) {
      dialog.close();
    }
  }, [pending]);

  function finish(current: Pending) {
    // Close now rather than in the effect: nothing outside a modal dialog can take focus.
    if (dialogRef.current?.open) dialogRef.current.close();
    setPending(null);
    (current.action === 'copy' ? copyButton : insertButton).current?.focus();
    if (current.request) onInsertRequestDone?.(current.request);
  }

  function cancel() {
    if (!pending) return;
    const current = pending;
    finish(current);
    setMessage({ tone: 'status', text: current.action === 'copy' ? 'Not copied.' : 'Nothing was inserted.' });
  }

  async function insert(summary: string, target: RecordTarget | undefined, request: RecordInsertRequest | undefined) {
    busy.current = true;
    setWorking(true);
    // Replaces whatever the last attempt said, so an old "Nothing was inserted" never sits beside a new try.
    setMessage({ tone: 'status', text: 'Inserting the summary…' });
    try {
      const result = await services.insertIntoRecord({ text: summary, ...(target ?? {}) });
      let next = insertMessage(result, props, target, shortcut);
      if (result.status === 'inserted') props.onOutput?.('inserted');
      // After an insert through the menu or shortcut we can see the record's site: offer to let
      // the panel's own button work there next time (one site, the practitioner's choice).
      if (result.status === 'inserted' && request && target) {
        const access = await services.recordSiteAccess(target.tabId).catch(() => null);
        if (access && !access.granted) next = { ...next, offer: { kind: 'allow-site', origin: access.origin, retry: false } };
      }
      setMessage(next);
    } catch (error) {
      setMessage({ tone: 'alert', text: `The summary could not be inserted (${error instanceof Error ? error.message : String(error)}). Use Copy and paste it instead.` });
    } finally {
      busy.current = false;
      setWorking(false);
    }
  }

  /** Call within the practitioner's click, so the browser sees the gesture. */
  function copyNow() {
    void services.copyToClipboard(text).then((result) => {
      if (result.status === 'copied') props.onOutput?.('copied');
      setMessage(
        result.status === 'copied'
          ? { tone: 'status', text: 'Summary copied. Paste it into the record (Ctrl+V) and check it before you save.' }
          : { tone: 'alert', text: `The summary could not be copied (${result.reason}).` },
      );
    });
  }

  function confirm() {
    if (!pending) return;
    if (guard.confirmation === 'extra' && !checked) {
      setCheckError(true);
      checkboxRef.current?.focus();
      return;
    }
    const current = pending;
    finish(current);
    if (current.request && Date.now() - current.request.requestedAt > INSERT_REQUEST_TTL_MS) {
      // The record page may show someone else by now: ask again rather than insert into it.
      setMessage({ tone: 'alert', text: 'That request from the record is too old. Click in the note field and press the insert shortcut again.' });
      return;
    }
    if (current.action === 'copy') {
      copyNow();
      return;
    }
    void insert(text, current.target, current.request);
  }

  function takeOffer(offer: Offer) {
    if (busy.current) return;
    if (offer.kind === 'copy') {
      copyNow();
      return;
    }
    if (offer.kind === 'compact') {
      // The practitioner confirmed this contact moments ago for the same field; asking again for
      // the short version of the same summary would only train people to click through.
      if (props.compactText !== undefined) void insert(props.compactText, offer.target, undefined);
      return;
    }
    // Straight from the click: the permission prompt needs the user's gesture.
    void services.requestRecordSiteAccess(offer.origin).then((answer) => {
      if (answer === 'granted' && offer.retry) {
        void insert(text, offer.target, undefined);
        return;
      }
      setMessage(
        answer === 'granted'
          ? { tone: 'status', text: `Insert into record now works on ${hostOf(offer.origin)} from this panel.` }
          : answer === 'refused'
            ? { tone: 'status', text: `Not allowed. The right-click menu${shortcut ? ` and ${shortcut}` : ''} still work on ${hostOf(offer.origin)}.` }
            : { tone: 'alert', text: 'The browser could not ask for that permission. Use the right-click menu in the record instead.' },
      );
    });
  }

  const titleId = `${ids}-title`;
  const errorId = `${ids}-error`;
  const checkId = `${ids}-check`;
  const action = pending?.action ?? 'insert';
  const fromRecordPage = pending?.request?.source;

  return (
    <div class="record-output">
      {/* Busy is the buttons only: screen readers hold back live regions inside a busy subtree, so
          "Inserting the summary…" would go unannounced. */}
      <div class="button-row record-output-buttons" aria-busy={working}>
        <button type="button" ref={copyButton} onClick={() => open({ action: 'copy' })}>
          Copy
        </button>
        <button type="button" class="primary" ref={insertButton} onClick={() => open({ action: 'insert' })}>
          Insert into record
        </button>
      </div>
      <div role="status" class="record-output-message">
        {message?.tone === 'status' ? <MessageBody message={message} onOffer={takeOffer} compactText={props.compactText} /> : null}
      </div>
      <div role="alert" class="record-output-message">
        {message?.tone === 'alert' ? <MessageBody message={message} onOffer={takeOffer} compactText={props.compactText} /> : null}
      </div>
      <dialog
        ref={dialogRef}
        class="record-output-dialog"
        aria-labelledby={titleId}
        onCancel={(event) => {
          // Escape: close our way so focus goes back to the button that opened the check.
          event.preventDefault();
          cancel();
        }}
      >
        {pending ? (
          <>
            <h2 id={titleId} ref={headingRef} tabIndex={-1}>
              {action === 'copy' ? 'Copy the summary for this contact?' : 'Insert the summary for this contact?'}
            </h2>
            <p>
              Check that this is the family you are with{action === 'insert' ? ' and that the record beside the panel is theirs' : ''}.
            </p>
            <dl class="record-output-contact">
              <div>
                <dt>Contact</dt>
                <dd>{contactLabel}</dd>
              </div>
              <div>
                <dt>Date</dt>
                <dd>{formatDate(startedAt)}</dd>
              </div>
              <div>
                <dt>Time</dt>
                <dd>{formatTime(startedAt)}</dd>
              </div>
            </dl>
            {fromRecordPage ? (
              <p>
                It will go in at the cursor in the field you {fromRecordPage === 'context-menu' ? 'right-clicked' : 'were typing in'}.
              </p>
            ) : null}
            {guard.confirmation === 'extra' ? (
              <div class={`record-output-extra${checkError ? ' has-error' : ''}`}>
                <p>
                  <strong>{extraReasonText(guard, extraConfirmAfterHours)}</strong> Make sure the summary is for the family in this record.
                </p>
                {checkError ? (
                  <p id={errorId} class="record-output-error">
                    Tick the box to confirm you have checked the family.
                  </p>
                ) : null}
                <div class="record-output-check">
                  <input
                    type="checkbox"
                    id={checkId}
                    ref={checkboxRef}
                    checked={checked}
                    aria-describedby={checkError ? errorId : undefined}
                    aria-invalid={checkError ? true : undefined}
                    onChange={(event) => {
                      setChecked(event.currentTarget.checked);
                      if (event.currentTarget.checked) setCheckError(false);
                    }}
                  />
                  <label for={checkId}>I have checked this summary is for this family</label>
                </div>
              </div>
            ) : null}
            <div class="button-row">
              <button type="button" class="primary" onClick={confirm}>
                {action === 'copy' ? 'Copy summary' : 'Insert summary'}
              </button>
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </div>
  );
}

function MessageBody({ message, onOffer, compactText }: { message: Message; onOffer(offer: Offer): void; compactText?: string }) {
  const offer = message.offer;
  return (
    <>
      <p>{message.text}</p>
      {offer?.kind === 'compact' && compactText !== undefined ? (
        <button type="button" onClick={() => onOffer(offer)}>
          Insert the short version ({compactText.length} characters)
        </button>
      ) : null}
      {offer?.kind === 'copy' ? (
        <button type="button" onClick={() => onOffer(offer)}>
          Copy the summary
        </button>
      ) : null}
      {offer?.kind === 'allow-site' ? (
        <button type="button" onClick={() => onOffer(offer)}>
          {offer.retry ? `Allow on ${hostOf(offer.origin)} and insert` : `Let Insert into record work on ${hostOf(offer.origin)}`}
        </button>
      ) : null}
    </>
  );
}
