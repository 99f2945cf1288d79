import type { RefObject } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { RecordInsertRequest } from '../../lib/platform/insert-requests';
import type { WrongFamilyGuard } from '../../lib/summary/wrong-family-guard';
import { extraReasonText, formatDate, formatTime } from './record-output-messages';

// The wrong-family check before Copy or Insert into record (issue 5): the practitioner sees the
// contact's label, date and time and confirms; an old contact needs a second, explicit tick.

export type WrongFamilyDialogProps = {
  /** Owned by the caller, which closes the dialog at once when an action finishes (see useRecordOutput). */
  dialogRef: RefObject<HTMLDialogElement>;
  /** The action being confirmed, or null when the dialog is closed. */
  action: 'copy' | 'insert' | null;
  /** Where an insert asked for from the record page came from. */
  fromRecordPage?: RecordInsertRequest['source'] | undefined;
  contactLabel: string;
  startedAt: Date;
  guard: WrongFamilyGuard;
  extraConfirmAfterHours: number;
  checked: boolean;
  checkError: boolean;
  onCheckedChange(checked: boolean): void;
  /** 'needs-check' when the extra confirmation is not ticked yet: the tick box then takes focus. */
  onConfirm(): 'needs-check' | 'done';
  onCancel(): void;
};

export function WrongFamilyDialog(props: WrongFamilyDialogProps) {
  const { dialogRef, action, guard, checked, checkError, extraConfirmAfterHours } = props;
  const ids = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const open = action !== null;

  // A layout effect, so the guard is modal before the browser paints (as the red-flag card is).
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The heading, not the confirm button, takes focus: the practitioner reads which contact
      // this is first, and a stray Enter cannot confirm it.
      headingRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const titleId = `${ids}-title`;
  const errorId = `${ids}-error`;
  const checkId = `${ids}-check`;

  return (
    <dialog
      ref={dialogRef}
      class="record-output-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: close our way so focus goes back to the button that opened the check.
        event.preventDefault();
        props.onCancel();
      }}
    >
      {action ? (
        <>
          <h2 id={titleId} ref={headingRef} tabIndex={-1}>
            {action === 'copy' ? 'Copy the summary for this contact?' : 'Insert the summary for this contact?'}
          </h2>
          <p>Check that this is the family you are with{action === 'insert' ? ' and that the record beside the panel is theirs' : ''}.</p>
          <dl class="record-output-contact">
            <div>
              <dt>Contact</dt>
              <dd>{props.contactLabel}</dd>
            </div>
            <div>
              <dt>Date</dt>
              <dd>{formatDate(props.startedAt)}</dd>
            </div>
            <div>
              <dt>Time</dt>
              <dd>{formatTime(props.startedAt)}</dd>
            </div>
          </dl>
          {props.fromRecordPage ? (
            <p>It will go in at the cursor in the field you {props.fromRecordPage === 'context-menu' ? 'right-clicked' : 'were typing in'}.</p>
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
                  onChange={(event) => props.onCheckedChange(event.currentTarget.checked)}
                />
                <label for={checkId}>I have checked this summary is for this family</label>
              </div>
            </div>
          ) : null}
          <div class="button-row">
            <button
              type="button"
              class="primary"
              onClick={() => {
                if (props.onConfirm() === 'needs-check') checkboxRef.current?.focus();
              }}
            >
              {action === 'copy' ? 'Copy summary' : 'Insert summary'}
            </button>
            <button type="button" onClick={props.onCancel}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
