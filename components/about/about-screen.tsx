import { useEffect, useRef, useState } from 'preact/hooks';
import { WhatsNew } from './whats-new';
import { EXTENSION_VERSION, PATHWAY_VERSION, PRIVACY_STATEMENT, WHAT_IT_DOES, WHAT_IT_DOES_NOT_DO, safetyStatus } from './about-facts';

/** About this extension: version, what it does and does not do, clinical safety status, privacy. */
export function AboutScreen({ onBack }: { onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const status = safetyStatus();
  const [whatsNewOpen, setWhatsNewOpen] = useState(false);
  const [exportStatus, setExportStatus] = useState('');
  const whatsNewButton = useRef<HTMLButtonElement>(null);

  async function exportQuestionnaires() {
    try {
      const { builtInQuestionnaires } = await import('./questionnaire-export');
      const file = builtInQuestionnaires();
      // A file the practitioner or IT saves; nothing is sent anywhere.
      const url = URL.createObjectURL(new Blob([file.json], { type: file.mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setExportStatus(`Saved ${file.count} questionnaires as ${file.filename}.`);
    } catch {
      setExportStatus('The questionnaires could not be exported. Try again; if it keeps failing, tell your IT team.');
    }
  }
  return (
    <section class="screen" aria-labelledby="about-heading">
      <h2 id="about-heading" ref={heading} tabIndex={-1}>
        About this extension
      </h2>
      <dl class="about-versions">
        <dt>Version</dt>
        <dd data-testid="about-version">{EXTENSION_VERSION}</dd>
        <dt>Pathway version</dt>
        <dd data-testid="about-pathway-version">{PATHWAY_VERSION}</dd>
      </dl>
      <p>
        <button type="button" ref={whatsNewButton} aria-expanded={whatsNewOpen} onClick={() => setWhatsNewOpen((open) => !open)}>
          What's new
        </button>
      </p>
      {whatsNewOpen && (
        <WhatsNew
          dismissLabel="Close what's new"
          onDismiss={() => {
            setWhatsNewOpen(false);
            whatsNewButton.current?.focus();
          }}
        />
      )}
      <h3>Clinical safety status</h3>
      <div class={status.draft ? 'notice' : ''}>
        <p>
          <strong>{status.headline}.</strong> {status.detail}
        </p>
      </div>
      <h3>What it does</h3>
      <ul>
        {WHAT_IT_DOES.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>What it does not do</h3>
      <ul>
        {WHAT_IT_DOES_NOT_DO.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>Privacy</h3>
      <ul>
        {PRIVACY_STATEMENT.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <a href="privacy.html" target="_blank" rel="noopener">
          Privacy statement (opens in a new tab)
        </a>
      </p>
      <h3>For record systems (FHIR)</h3>
      <p>
        The Whooley questions, GAD-2, EPDS, PHQ-9 and GAD-7 as FHIR R4 Questionnaires, for a record system that imports the FHIR
        files saved from a summary. They hold no information about any family.
      </p>
      <p>
        <button type="button" onClick={() => void exportQuestionnaires()}>
          Export FHIR Questionnaires
        </button>
      </p>
      <p role="status" class="quiet">
        {exportStatus}
      </p>
      <div class="button-row">
        <button type="button" onClick={onBack}>
          Back
        </button>
      </div>
    </section>
  );
}
