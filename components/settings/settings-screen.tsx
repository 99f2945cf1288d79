import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPassphrase, storageErrorMessages, type StorageProtection } from '../../lib/storage';
import { usePanelServices } from '../panel-services';
import { LocalSettingsNotice } from '../local-settings-notice';
import { practitionerMessage } from '../practitioner-message';

export type SettingsScreenProps = { onBack(): void; openOrganisationSettings?: () => void };

/** What the practitioner can see and change on this computer; organisation choices are shown, not edited. */
export function SettingsScreen({ onBack, openOrganisationSettings }: SettingsScreenProps) {
  const { protection, config, vault } = usePanelServices();
  const [status, setStatus] = useState<StorageProtection | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    void protection.ensure().then(setStatus, () => setStatus(null));
  }, [protection]);

  const { security, retention } = config.config;
  return (
    <section class="screen" aria-labelledby="settings-heading">
      <h2 id="settings-heading" ref={heading} tabIndex={-1}>
        Settings and privacy
      </h2>
      <h3>Is what is stored here protected from being cleared?</h3>
      <p role="status">{status ? status.message : 'Checking…'}</p>
      <h3>Locking and forgetting</h3>
      <ul>
        <li>The panel locks after {security.idleLockMinutes} minutes without use, and when the browser restarts.</li>
        <li>Finished contacts are forgotten {retention.completedContactHours} hours after their summary went into the record.</li>
        <li>Contacts left unfinished are forgotten after {retention.draftDays} days, with a warning the day before.</li>
        <li>
          {config.config.organisationName
            ? `These are set by ${config.config.organisationName}.`
            : 'These are the national defaults: your organisation has not set its own.'}
        </li>
      </ul>
      <LocalSettingsNotice resolved={config} id="settings-local-settings" />
      <ChangePassphrase />
      <div class="button-row">
        <button type="button" onClick={() => void vault.lock()}>
          Lock now
        </button>
        {openOrganisationSettings && (
          <button type="button" onClick={openOrganisationSettings}>
            Organisation settings
          </button>
        )}
        <button type="button" onClick={onBack}>
          Back
        </button>
      </div>
    </section>
  );
}

function ChangePassphrase() {
  const { vault } = usePanelServices();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const weakness = checkPassphrase(next);
    if (weakness) return setMessage({ kind: 'error', text: storageErrorMessages[weakness] });
    try {
      await vault.changePassphrase(current, next);
      setCurrent('');
      setNext('');
      setMessage({ kind: 'done', text: 'Passphrase changed.' });
    } catch (error) {
      setMessage({ kind: 'error', text: practitionerMessage(error) });
    }
  }

  return (
    <form onSubmit={submit} class="stack">
      <h3>Change passphrase</h3>
      <label for="current-passphrase">Current passphrase</label>
      <input id="current-passphrase" type="password" autocomplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
      <label for="next-passphrase">New passphrase</label>
      <input id="next-passphrase" type="password" autocomplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />
      {message && (
        <p class={message.kind === 'error' ? 'error' : 'quiet'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={!current || !next}>
        Change passphrase
      </button>
    </form>
  );
}
