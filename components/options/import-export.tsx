import { useEffect, useMemo, useState } from 'preact/hooks';
import { exportConfig } from '../../lib/config/import';
import type { OrganisationConfig } from '../../lib/config/schema';

// Import from a file or a paste, and export as a download. Nothing here leaves the device: the
// file is read locally and the export is a blob URL saved by the browser.

export const EXPORT_FILE_NAME = 'pmh-companion-configuration.json';

export function ImportPanel(props: { onCheck: (text: string, source: string) => void; disabled: boolean }) {
  const { onCheck, disabled } = props;
  const [pasted, setPasted] = useState('');
  const [readError, setReadError] = useState('');

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setReadError('');
    try {
      onCheck(await file.text(), `the file ${file.name}`);
    } catch {
      setReadError(`The file ${file.name} could not be read.`);
    }
    // Choosing the same file again (after fixing it) should check it again.
    input.value = '';
  };

  return (
    <section class="options-section" aria-labelledby="section-import">
      <h2 id="section-import">Import a configuration</h2>
      <p class="quiet">
        Choose or paste a configuration file (JSON). It is checked first and you see what will change; nothing changes until you
        press Apply.
      </p>
      <div class="field">
        <label for="import-file">Configuration file</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={disabled}
          onChange={(e) => void onFile(e.currentTarget)}
        />
        {readError ? (
          <p class="field-error" role="alert">
            {readError}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for="import-paste">Or paste the configuration</label>
        <textarea
          id="import-paste"
          rows={6}
          spellcheck={false}
          value={pasted}
          disabled={disabled}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
      </div>
      <button type="button" class="button-secondary" disabled={disabled || pasted.trim() === ''} onClick={() => onCheck(pasted, 'the pasted configuration')}>
        Check pasted configuration
      </button>
    </section>
  );
}

export function ExportPanel({ config }: { config: OrganisationConfig }) {
  const text = useMemo(() => exportConfig(config), [config]);
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    // Blob URLs are local to this page; revoked when the configuration changes or the page closes.
    if (typeof URL.createObjectURL !== 'function') return undefined;
    const blobUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    setUrl(blobUrl);
    return () => URL.revokeObjectURL(blobUrl);
  }, [text]);
  return (
    <section class="options-section" aria-labelledby="section-export">
      <h2 id="section-export">Export the configuration in force</h2>
      <p class="quiet">
        Saves the configuration in force (including any set by your organisation's policy) as a JSON file, to review, keep, or deploy
        by policy.
      </p>
      {url ? (
        <a class="button-secondary" href={url} download={EXPORT_FILE_NAME}>
          Export configuration (JSON)
        </a>
      ) : (
        <p>Export is not available in this browser.</p>
      )}
    </section>
  );
}
