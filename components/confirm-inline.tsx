import { useEffect, useRef, useState } from 'preact/hooks';
import { practitionerMessage } from './practitioner-message';

export type ConfirmInlineProps = {
  /** The button that starts it, e.g. "End contact and forget". */
  label: string;
  /** What will happen, in plain words. */
  question: string;
  confirmLabel: string;
  onConfirm(): void | Promise<void>;
  danger?: boolean;
};

/** A destructive action asks once more, in place, with the safe choice focused. */
export function ConfirmInline({ label, question, confirmLabel, onConfirm, danger }: ConfirmInlineProps) {
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    // Focus follows the choice: onto Cancel when asking, back onto the button when cancelled.
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function confirm() {
    try {
      setProblem(null);
      await onConfirm();
    } catch (error) {
      setProblem(practitionerMessage(error));
    }
  }

  if (!asking) {
    return (
      <button ref={start} type="button" class={danger ? 'danger' : undefined} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <div class="button-row">
        <button type="button" class={danger ? 'danger' : 'primary'} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
