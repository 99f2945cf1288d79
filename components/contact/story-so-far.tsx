import { useState } from 'preact/hooks';
import type { Contact } from '../../lib/contact/contact';
import type { ContactChange } from '../../lib/contact/contact-change';
import { acceptStorySoFar, clearStorySoFar, prepareStorySoFar, previewHandover, type PreparedStory } from '../../lib/handover/handover-preview';
import { usePanelServices } from '../panel-services';
import { LoadStoryPrompt } from './load-story-prompt';

// "Load story so far" (issue 5, tell it once): paste the previous contact's summary, or just its
// handover block. It is checked and previewed; nothing changes until the practitioner accepts.
// Known history then shows as "known from <date>, <role>" to confirm rather than ask again.

export function StorySoFar({ contact, save, startOpen = false }: { contact: Contact; save(change: ContactChange): void; startOpen?: boolean }) {
  const { now } = usePanelServices();
  // Open at once when the practitioner asked for it before this code had loaded (lazy-story-parts.tsx).
  const [open, setOpen] = useState(startOpen);
  const [pasted, setPasted] = useState('');
  const [prepared, setPrepared] = useState<PreparedStory | null>(null);
  const at = () => new Date(now()).toISOString();

  if (contact.storySoFar) {
    const loaded = previewHandover(contact.storySoFar.facts, contact);
    return (
      <div class="story-so-far loaded">
        <p>
          <strong>Story so far loaded:</strong> {loaded.heading}. Known history is shown to confirm rather than ask again.
        </p>
        <button type="button" class="link-like" onClick={() => save(clearStorySoFar(at()))}>
          Remove it (wrong family or wrong summary)
        </button>
      </div>
    );
  }

  if (!open) {
    return <LoadStoryPrompt onOpen={() => setOpen(true)} />;
  }

  function close() {
    setOpen(false);
    setPasted('');
    setPrepared(null);
  }

  return (
    <section class="story-so-far" aria-labelledby="story-heading">
      <h2 id="story-heading">Load the story so far</h2>
      <label for="story-pasted">Paste the previous summary, or just its handover block</label>
      <textarea id="story-pasted" rows={5} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} spellcheck={false} />
      <div class="button-row">
        <button type="button" disabled={pasted.trim().length === 0} onClick={() => setPrepared(prepareStorySoFar(pasted, contact))}>
          Check it
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
      {prepared && !prepared.ok && (
        <p class="error" role="alert">
          {prepared.message} Nothing has been changed.
        </p>
      )}
      {prepared?.ok && (
        <div class="story-preview" role="status">
          <h3>{prepared.preview.heading}</h3>
          {prepared.preview.warnings.map((warning) => (
            <p key={warning} class="warning">
              {warning}
            </p>
          ))}
          {prepared.preview.sections.map((section) => (
            <div key={section.title}>
              <h4>{section.title}</h4>
              <ul>
                {section.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
          <button
            type="button"
            class="primary"
            onClick={() => {
              save(acceptStorySoFar(prepared.facts, at()));
              close();
            }}
          >
            Use this story so far
          </button>
        </div>
      )}
    </section>
  );
}
