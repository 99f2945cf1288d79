import type { RecordOutputServices } from '../panel-services';
import type { Message, Offer } from './record-output-messages';
import { hostOf } from './record-output-messages';
import { useRecordOutput, type RecordOutputOptions } from './use-record-output';
import { WrongFamilyDialog } from './wrong-family-dialog';
import './record-output.css';

// Copy and "Insert into record" for the summary screen (issue 5), each behind the wrong-family
// guard (wrong-family-dialog.tsx). Also handles an insert asked for from the record page (context
// menu or keyboard command), which arrives as `insertRequest`. The state machine is
// use-record-output.ts; what the practitioner is told is record-output-messages.ts; the record
// page, the clipboard and the clock come from PanelServices.

export type { RecordOutputServices };

export type RecordOutputProps = RecordOutputOptions & {
  /** The practitioner's label for the contact ("14:00 visit"). */
  contactLabel: string;
};

export function RecordOutput(props: RecordOutputProps) {
  const output = useRecordOutput(props);
  const { refs, pending, message } = output;

  return (
    <div class="record-output">
      {/* Busy is the buttons only: screen readers hold back live regions inside a busy subtree, so
          "Inserting the summary…" would go unannounced. */}
      <div class="button-row record-output-buttons" aria-busy={output.working}>
        <button type="button" ref={refs.copyButton} onClick={() => output.open({ action: 'copy' })}>
          Copy
        </button>
        <button type="button" class="primary" ref={refs.insertButton} onClick={() => output.open({ action: 'insert' })}>
          Insert into record
        </button>
      </div>
      <div role="status" class="record-output-message">
        {message?.tone === 'status' ? <MessageBody message={message} onOffer={output.takeOffer} compactText={props.compactText} /> : null}
      </div>
      <div role="alert" class="record-output-message">
        {message?.tone === 'alert' ? <MessageBody message={message} onOffer={output.takeOffer} compactText={props.compactText} /> : null}
      </div>
      <WrongFamilyDialog
        dialogRef={refs.dialogRef}
        action={pending?.action ?? null}
        fromRecordPage={pending?.request?.source}
        contactLabel={props.contactLabel}
        startedAt={output.startedAt}
        guard={output.guard}
        extraConfirmAfterHours={props.extraConfirmAfterHours}
        checked={output.checked}
        checkError={output.checkError}
        onCheckedChange={output.setChecked}
        onConfirm={output.confirm}
        onCancel={output.cancel}
      />
    </div>
  );
}

function MessageBody({ message, onOffer, compactText }: { message: Message; onOffer(offer: Offer): void; compactText?: string | undefined }) {
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
