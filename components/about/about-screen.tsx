import { useEffect, useRef } from 'preact/hooks';
import { EXTENSION_VERSION, PATHWAY_VERSION, PRIVACY_STATEMENT, WHAT_IT_DOES, WHAT_IT_DOES_NOT_DO, safetyStatus } from './about-facts';

/** About this extension: version, what it does and does not do, clinical safety status, privacy. */
export function AboutScreen({ onBack }: { onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const status = safetyStatus();
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
      <div class="button-row">
        <button type="button" onClick={onBack}>
          Back
        </button>
      </div>
    </section>
  );
}
