import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPassphrase, FORGOTTEN_PASSPHRASE_WARNING, MIN_PASSPHRASE_LENGTH, storageErrorMessages } from '../../lib/storage';
import { usePanelServices } from '../panel-services';
import { markPanelInteractive, practitionerMessage } from '../practitioner-message';

export function SetPassphraseScreen() {
  const { vault } = usePanelServices();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    firstField.current?.focus();
    markPanelInteractive();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    const weakness = checkPassphrase(passphrase);
    if (weakness) return setProblem(storageErrorMessages[weakness]);
    if (passphrase !== repeat) return setProblem('The two passphrases are not the same. Type them again.');
    setBusy(true);
    setProblem(null);
    try {
      await vault.setPassphrase(passphrase);
    } catch (error) {
      setProblem(practitionerMessage(error));
      setBusy(false);
    }
  }

  return (
    <section class="screen" aria-labelledby="set-passphrase-heading">
      <h2 id="set-passphrase-heading">Set a passphrase</h2>
      <p>
        What you record here is kept on this computer only, encrypted. Choose a passphrase to unlock it (at least{' '}
        {MIN_PASSPHRASE_LENGTH} characters; three random words work well).
      </p>
      <p class="notice" id="forgotten-warning">
        <strong>Please read:</strong> {FORGOTTEN_PASSPHRASE_WARNING}
      </p>
      <form onSubmit={submit} class="stack">
        <label for="new-passphrase">Passphrase</label>
        <input
          id="new-passphrase"
          ref={firstField}
          type="password"
          autocomplete="new-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
          aria-describedby="forgotten-warning"
        />
        <label for="repeat-passphrase">Type it again</label>
        <input
          id="repeat-passphrase"
          type="password"
          autocomplete="new-password"
          value={repeat}
          onInput={(e) => setRepeat(e.currentTarget.value)}
        />
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Setting up…' : 'Set passphrase and continue'}
        </button>
      </form>
    </section>
  );
}
