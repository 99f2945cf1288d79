import { useEffect, useRef, useState } from 'preact/hooks';
import { isStorageError, storageErrorMessages } from '../../lib/storage';
import { ConfirmInline } from '../confirm-inline';
import { usePanelServices } from '../panel-services';
import { markPanelInteractive, practitionerMessage } from '../practitioner-message';

/** "40 seconds", "2 minutes 30 seconds": the wait, rounded up to the second. */
export function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes === 0) return part(rest, 'second');
  return rest === 0 ? part(minutes, 'minute') : `${part(minutes, 'minute')} ${part(rest, 'second')}`;
}

/**
 * After repeated wrong passphrases the vault refuses tries for a growing wait
 * (lib/storage/unlock-throttle.ts), kept in the database so reopening the panel does not reset it.
 * This screen reads the wait when it opens and counts it down.
 */
export function UnlockScreen() {
  const { vault, now } = usePanelServices();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [allowedAt, setAllowedAt] = useState(0);
  const [, setTick] = useState(0);
  const field = useRef<HTMLInputElement>(null);
  const waitMs = Math.max(0, allowedAt - now());
  const waiting = waitMs > 0;

  useEffect(() => {
    field.current?.focus();
    markPanelInteractive();
  }, []);

  useEffect(() => {
    let live = true;
    vault.unlockAllowedAt().then(
      (at) => live && setAllowedAt(at),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [vault]);

  // Re-render once a second while the wait runs (the countdown), and once more when it ends.
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(1000, waitMs));
    return () => clearTimeout(timer);
  });

  async function submit(event: Event) {
    event.preventDefault();
    if (waiting || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await vault.unlock(passphrase);
    } catch (error) {
      const nextAllowedAt = await vault.unlockAllowedAt().catch(() => 0);
      // Said once, in the alert; the countdown below is not a live region (it changes every second).
      const wait = nextAllowedAt > now() ? storageErrorMessages['unlock-delayed'] : null;
      setProblem(isStorageError(error, 'unlock-delayed') ? wait : [practitionerMessage(error), wait].filter(Boolean).join(' '));
      setAllowedAt(nextAllowedAt);
      setBusy(false);
      field.current?.select();
    }
  }

  return (
    <section class="screen" aria-labelledby="unlock-heading">
      <h2 id="unlock-heading">Locked</h2>
      <p>The panel locks when it has not been used for a while and when the browser restarts. Nothing you entered has been lost.</p>
      <form onSubmit={submit} class="stack">
        <label for="unlock-passphrase">Passphrase</label>
        <input
          id="unlock-passphrase"
          ref={field}
          type="password"
          autocomplete="current-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
        />
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
        {waiting && (
          <p class="notice" id="unlock-wait">
            Too many wrong passphrases in a row. You can try again in <strong>{waitText(waitMs)}</strong>. Nothing you
            entered has been lost.
          </p>
        )}
        <button type="submit" class="primary" disabled={busy || waiting || passphrase.length === 0}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      <h3>Forgotten your passphrase?</h3>
      <p>Nobody can recover it. You can erase what is stored in the extension and set a new one; the record itself is not affected.</p>
      <ConfirmInline
        label="Erase everything stored in the extension"
        question="Erase every contact stored in this extension? Unfinished contacts and summaries not yet copied into the record will be lost."
        confirmLabel="Erase everything"
        danger
        onConfirm={() => vault.eraseEverything()}
      />
    </section>
  );
}
