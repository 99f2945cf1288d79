import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmInline } from '../confirm-inline';
import { usePanelServices } from '../panel-services';
import { markPanelInteractive, practitionerMessage } from '../practitioner-message';

export function UnlockScreen() {
  const { vault } = usePanelServices();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    field.current?.focus();
    markPanelInteractive();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await vault.unlock(passphrase);
    } catch (error) {
      setProblem(practitionerMessage(error));
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
        <button type="submit" class="primary" disabled={busy || passphrase.length === 0}>
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
