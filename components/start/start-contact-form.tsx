import { useMemo, useState } from 'preact/hooks';
import { createContact, nobodyElsePresent, type ContactTypeId, type Presence, type PractitionerRole } from '../../lib/contact/contact';
import { checkContactLabel, defaultContactLabel, labelProblemMessages, MAX_LABEL_LENGTH } from '../../lib/contact/contact-label';
import { contactTypes } from '../../lib/pathway/contact-types';
import { PATHWAY_VERSION } from '../../lib/pathway/version';
import { anyoneElseRecorded, PresenceFields } from '../contact/presence-fields';
import { withoutRolePrefix } from '../format';
import { usePanelServices } from '../panel-services';
import { practitionerMessage } from '../practitioner-message';

const roles: Array<{ id: PractitionerRole; label: string }> = [
  { id: 'midwife', label: 'Midwife' },
  { id: 'health-visitor', label: 'Health visitor' },
  { id: 'fnp-nurse', label: 'Family Nurse Partnership nurse' },
];

export type StartContactFormProps = { onStarted(contactId: string): void };

/** Role, type of contact, who is in the room and a label: the few taps that start a contact. */
export function StartContactForm({ onStarted }: StartContactFormProps) {
  const { store, preferences, now, newContactId } = usePanelServices();
  const [role, setRole] = useState<PractitionerRole>(preferences.lastRole() ?? 'health-visitor');
  const typesForRole = useMemo(() => contactTypes.filter((t) => t.practitioner === role), [role]);
  const [contactType, setContactType] = useState<ContactTypeId | null>(null);
  const [presence, setPresence] = useState<Presence>(nobodyElsePresent);
  const [nobodyElseConfirmed, setNobodyElseConfirmed] = useState(false);
  const [label, setLabel] = useState(() => defaultContactLabel(new Date(now())));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function chooseRole(next: PractitionerRole) {
    setRole(next);
    setContactType(null);
  }

  async function start(event: Event) {
    event.preventDefault();
    const labelProblem = checkContactLabel(label);
    if (!contactType) return setProblem('Choose the type of contact.');
    if (!anyoneElseRecorded(presence) && !nobodyElseConfirmed) {
      return setProblem('Say who is in the room: tick the people there, or "Nobody else is in the room".');
    }
    if (labelProblem) return setProblem(labelProblemMessages[labelProblem]);
    setBusy(true);
    try {
      const contact = createContact({
        id: newContactId(),
        pathwayVersion: PATHWAY_VERSION,
        label: label.trim(),
        role,
        contactType,
        presence,
        now: new Date(now()).toISOString(),
      });
      await store.create(contact);
      preferences.setLastRole(role);
      onStarted(contact.id);
    } catch (error) {
      setProblem(practitionerMessage(error));
      setBusy(false);
    }
  }

  return (
    <section class="screen" aria-labelledby="start-heading">
      <h2 id="start-heading">Start a contact</h2>
      <form onSubmit={start} class="stack">
        <fieldset>
          <legend>You are a</legend>
          <div class="choice-row">
            {roles.map((r) => (
              <label key={r.id} class="choice">
                <input type="radio" name="role" value={r.id} checked={role === r.id} onChange={() => chooseRole(r.id)} />
                <span>{r.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Type of contact</legend>
          <div class="choice-list">
            {typesForRole.map((type) => (
              <label key={type.id} class="choice">
                <input
                  type="radio"
                  name="contact-type"
                  value={type.id}
                  checked={contactType === type.id}
                  onChange={() => setContactType(type.id)}
                />
                <span>{withoutRolePrefix(type.label)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <PresenceFields
          idPrefix="start"
          presence={presence}
          onChange={setPresence}
          nobodyElse={{ confirmed: nobodyElseConfirmed, onChange: setNobodyElseConfirmed }}
        />
        <label for="contact-label">Label for this contact</label>
        <p class="hint" id="contact-label-hint">
          Your own short label, such as the time. No names or NHS numbers.
        </p>
        <input
          id="contact-label"
          value={label}
          maxLength={MAX_LABEL_LENGTH}
          aria-describedby="contact-label-hint"
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        {problem && (
          <p class="error" role="alert">
            {problem}
          </p>
        )}
        <div class="button-row">
          <button type="submit" class="primary big" disabled={busy}>
            Start contact
          </button>
        </div>
      </form>
    </section>
  );
}
