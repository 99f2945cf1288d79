import { useEffect, useRef, useState } from 'preact/hooks';
import { INSERT_REQUEST_TTL_MS, type RecordInsertRequest } from '../../lib/platform/insert-requests';
import type { RecordTarget } from '../../lib/platform/record-insertion';
import { wrongFamilyGuard } from '../../lib/summary/wrong-family-guard';
import { usePanelServices } from '../panel-services';
import {
  cancelledMessage,
  copyResultMessage,
  insertErrorMessage,
  insertResultMessage,
  INSERTING_MESSAGE,
  REQUEST_TOO_OLD_MESSAGE,
  siteAccessMessage,
  type Message,
  type Offer,
} from './record-output-messages';

// The state machine behind Copy and Insert into record: idle → the wrong-family check (pending) →
// working → a message, perhaps with an offer (the short version, copy instead, allow the site).
// Insertion and the clock come from PanelServices, so component tests give fakes for both.

export type RecordOutputOptions = {
  /** The summary exactly as it should arrive in the record. */
  text: string;
  /** A shorter, single-line version for fields with a character limit, when there is one. */
  compactText?: string | undefined;
  contactStartedAt: string | Date;
  /** Organisation setting: a contact older than this needs the extra confirmation. */
  extraConfirmAfterHours: number;
  /** An insert asked for from the record page; the guard opens for it at once. */
  insertRequest?: RecordInsertRequest | null | undefined;
  /** Called when that request has been dealt with (inserted, refused or cancelled). */
  onInsertRequestDone?: ((request: RecordInsertRequest) => void) | undefined;
  /** Called once the summary has gone into the clipboard or the record (starts the retention clock). */
  onOutput?: ((how: 'copied' | 'inserted') => void) | undefined;
};

export type Pending = { action: 'copy' | 'insert'; target?: RecordTarget; request?: RecordInsertRequest };

export function useRecordOutput(options: RecordOutputOptions) {
  const { text, compactText, extraConfirmAfterHours, insertRequest, onInsertRequestDone, onOutput } = options;
  const { recordOutput: services, now } = usePanelServices();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const copyButton = useRef<HTMLButtonElement>(null);
  const insertButton = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [checked, setCheckedState] = useState(false);
  const [checkError, setCheckError] = useState(false);
  // Not a disabled attribute: disabling the button that has focus would drop keyboard focus.
  const busy = useRef(false);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const handledRequest = useRef<string | null>(null);

  useEffect(() => {
    // Insert is likely next: its code (loaded on demand, issue 17) is fetched now, not on the click.
    services.prefetch?.();
    let live = true;
    void services
      .insertShortcut()
      .then((value) => live && setShortcut(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services]);

  const startedAt = options.contactStartedAt instanceof Date ? options.contactStartedAt : new Date(options.contactStartedAt);
  const guard = wrongFamilyGuard(startedAt, new Date(now()), extraConfirmAfterHours);

  function open(next: Pending) {
    if (busy.current) return;
    setPending(next);
    setCheckedState(false);
    setCheckError(false);
    setMessage(null);
  }

  // An insert asked for from the record page opens the guard straight away.
  useEffect(() => {
    if (!insertRequest || handledRequest.current === insertRequest.id) return;
    handledRequest.current = insertRequest.id;
    open({ action: 'insert', target: { tabId: insertRequest.tabId, frameId: insertRequest.frameId }, request: insertRequest });
  }, [insertRequest]);

  function finish(current: Pending) {
    // Close now rather than in the dialog's effect: nothing outside a modal dialog can take focus.
    if (dialogRef.current?.open) dialogRef.current.close();
    setPending(null);
    (current.action === 'copy' ? copyButton : insertButton).current?.focus();
    if (current.request) onInsertRequestDone?.(current.request);
  }

  function cancel() {
    if (!pending) return;
    const current = pending;
    finish(current);
    setMessage(cancelledMessage(current.action));
  }

  async function insert(summary: string, target: RecordTarget | undefined, request: RecordInsertRequest | undefined) {
    busy.current = true;
    setWorking(true);
    setMessage(INSERTING_MESSAGE);
    try {
      const result = await services.insertIntoRecord({ text: summary, ...(target ?? {}) });
      let next = insertResultMessage(result, { text, compactText }, target, shortcut);
      if (result.status === 'inserted') onOutput?.('inserted');
      // After an insert through the menu or shortcut we can see the record's site: offer to let
      // the panel's own button work there next time (one site, the practitioner's choice).
      if (result.status === 'inserted' && request && target) {
        const access = await services.recordSiteAccess(target.tabId).catch(() => null);
        if (access && !access.granted) next = { ...next, offer: { kind: 'allow-site', origin: access.origin, retry: false } };
      }
      setMessage(next);
    } catch (error) {
      setMessage(insertErrorMessage(error));
    } finally {
      busy.current = false;
      setWorking(false);
    }
  }

  /** Call within the practitioner's click, so the browser sees the gesture. */
  function copyNow() {
    void services.copyToClipboard(text).then((result) => {
      if (result.status === 'copied') onOutput?.('copied');
      setMessage(copyResultMessage(result));
    });
  }

  function confirm(): 'needs-check' | 'done' {
    if (!pending) return 'done';
    if (guard.confirmation === 'extra' && !checked) {
      setCheckError(true);
      return 'needs-check';
    }
    const current = pending;
    finish(current);
    if (current.request && now() - current.request.requestedAt > INSERT_REQUEST_TTL_MS) {
      setMessage(REQUEST_TOO_OLD_MESSAGE);
      return 'done';
    }
    if (current.action === 'copy') copyNow();
    else void insert(text, current.target, current.request);
    return 'done';
  }

  function setChecked(value: boolean) {
    setCheckedState(value);
    if (value) setCheckError(false);
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
      if (compactText !== undefined) void insert(compactText, offer.target, undefined);
      return;
    }
    // Straight from the click: the permission prompt needs the user's gesture.
    void services.requestRecordSiteAccess(offer.origin).then((answer) => {
      if (answer === 'granted' && offer.retry) {
        void insert(text, offer.target, undefined);
        return;
      }
      setMessage(siteAccessMessage(answer, offer.origin, shortcut));
    });
  }

  return {
    refs: { dialogRef, copyButton, insertButton },
    pending,
    startedAt,
    guard,
    checked,
    checkError,
    working,
    message,
    open,
    cancel,
    confirm,
    setChecked,
    takeOffer,
  };
}
