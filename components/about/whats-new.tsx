import { useEffect, useState } from 'preact/hooks';
import { whatsNewFor, type ChangelogEntry } from '../../lib/about/changelog';
import { EXTENSION_VERSION, PATHWAY_VERSION } from './about-facts';

/** Loads the changelog on demand and picks this build's entries. */
function useWhatsNew(): ChangelogEntry[] | null | 'failed' {
  const [entries, setEntries] = useState<ChangelogEntry[] | null | 'failed'>(null);
  useEffect(() => {
    let live = true;
    import('./changelog-text').then(
      (m) => live && setEntries(whatsNewFor(m.changelogEntries, EXTENSION_VERSION, PATHWAY_VERSION)),
      () => live && setEntries('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  return entries;
}

/**
 * "What's new" for this version, from CHANGELOG.md: shown once on the home screen after an update,
 * and from About at any time. `onDismiss` is the only way to close it.
 */
export function WhatsNew({ onDismiss, dismissLabel, headingLevel = 3 }: { onDismiss(): void; dismissLabel: string; headingLevel?: 2 | 3 }) {
  const entries = useWhatsNew();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section class="notice whats-new" aria-labelledby="whats-new-heading">
      <Heading id="whats-new-heading">What's new in version {EXTENSION_VERSION}</Heading>
      {entries === null ? (
        <p class="quiet" role="status">
          Loading…
        </p>
      ) : entries === 'failed' || entries.length === 0 ? (
        <p>The list of changes could not be shown.</p>
      ) : (
        entries.map((entry) => (
          <div key={entry.title}>
            <Sub>
              {entry.title}
              {entry.date ? ` (${entry.date})` : ''}
            </Sub>
            {entry.intro.map((p) => (
              <p key={p}>{p}</p>
            ))}
            {entry.blocks.map((block) => (
              <div key={block.heading}>
                <p>
                  <strong>{block.heading}</strong>
                </p>
                <ul>
                  {block.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        ))
      )}
      <div class="button-row">
        <button type="button" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </div>
    </section>
  );
}
