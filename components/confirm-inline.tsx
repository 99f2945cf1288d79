import { useEffect, useRef, useState } from 'preact/hooks';

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
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class={danger ? 'danger' : undefined} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <div class="button-row">
        <button type="button" class={danger ? 'danger' : 'primary'} onClick={() => void onConfirm()}>
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
