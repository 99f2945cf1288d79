import { EXTENSION_VERSION, PRIVACY_STATEMENT } from './about-facts';

/** privacy.html: the privacy statement shipped in the extension, for practitioners and IG leads. */
export function PrivacyPage() {
  return (
    <main class="privacy-page">
      <h1>PMH Contact Companion: privacy statement</h1>
      <p>Version {EXTENSION_VERSION}. This page is part of the extension and works offline.</p>
      <h2>In short: no data collected, nothing sent</h2>
      <ul>
        {PRIVACY_STATEMENT.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>More detail</h2>
      <p>
        How the encryption works, exactly what is stored (and what is readable without the passphrase), when it is deleted and
        the risks that remain are described in the extension's documentation (docs/privacy.md in its source), which your
        organisation's information governance lead can review.
      </p>
    </main>
  );
}
