import { useMemo, useState } from 'preact/hooks';
import {
  createContact,
  nobodyElsePresent,
  type BabySituation,
  type ContactSituation,
  type ContactTypeId,
  type Interpreter,
  type Presence,
  type PractitionerRole,
} from '../../lib/contact/contact';
import { checkContactLabel, defaultContactLabel, labelProblemMessages, MAX_LABEL_LENGTH } from '../../lib/contact/contact-label';
import { contactTypes } from '../../lib/pathway/contact-types';
import { PATHWAY_VERSION } from '../../lib/pathway/version';
import { anyoneElseRecorded, PresenceFields } from '../contact/presence-fields';
import { withoutRolePrefix } from '../format';
import { usePanelServices } from '../panel-services';
import { practitionerMessage } from '../practitioner-message';

const babySituations: Array<{ id: BabySituation; label: string }> = [
  { id: 'with-parents', label: 'With the parents' },
  { id: 'neonatal-unit', label: 'In the neonatal unit or in hospital' },
  { id: 'not-in-parents-care', label: 'Not in the parents’ care (foster care, adoption, surrogacy)' },
  { id: 'died', label: 'Has died (stillbirth, neonatal or later death)' },
];

const interpreters: Array<{ id: Interpreter; label: string }> = [
  { id: 'none', label: 'No interpreter' },
  { id: 'professional', label: 'Professional interpreter' },
  { id: 'family', label: 'Family member or friend interpreting' },
];

/** Whole number within bounds, or null; '' is "not recorded" (undefined). */
function wholeNumber(text: string, min: number, max: number): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

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
  // The contact's situation (issue 11): optional, prompted, with taps for everything but numbers.
  const [babySituation, setBabySituation] = useState<BabySituation>('with-parents');
  const [ageText, setAgeText] = useState('');
  const [ageUnit, setAgeUnit] = useState<'days' | 'weeks'>('days');
  const [gestationText, setGestationText] = useState('');
  const [language, setLanguage] = useState('');
  const [interpreter, setInterpreter] = useState<Interpreter>('none');
  const phase = contactTypes.find((t) => t.id === contactType)?.phase;
  const [busy, setBusy] = useState(false);

  function chooseRole(next: PractitionerRole) {
    setRole(next);
    setContactType(null);
  }

  async function start(event: Event) {
    event.preventDefault();
    const labelProblem = checkContactLabel(label);
    if (!contactType) return setProblem('Choose the type of contact.');
    // A professional interpreter is chosen with the interpreter, and does not stop her being alone.
    if (!anyoneElseRecorded({ ...presence, professionalInterpreter: false }) && !nobodyElseConfirmed) {
      return setProblem('Say who is in the room: tick the people there, or "Nobody else is in the room".');
    }
    if (labelProblem) return setProblem(labelProblemMessages[labelProblem]);
    const situation: ContactSituation = {};
    if (phase === 'postnatal') {
      const age = wholeNumber(ageText, 0, ageUnit === 'days' ? 1200 : 171);
      if (age === null) return setProblem(`Baby’s age: enter a whole number of ${ageUnit} (0 to ${ageUnit === 'days' ? 1200 : 171}), or leave it empty.`);
      situation.babySituation = babySituation;
      if (age !== undefined) situation.babyAgeDays = ageUnit === 'days' ? age : age * 7;
    }
    if (phase === 'antenatal') {
      const weeks = wholeNumber(gestationText, 4, 44);
      if (weeks === null) return setProblem('Weeks of pregnancy: enter a whole number from 4 to 44, or leave it empty.');
      if (weeks !== undefined) situation.gestationWeeks = weeks;
    }
    if (language.trim()) situation.language = language.trim().slice(0, 40);
    if (interpreter !== 'none' || language.trim()) situation.interpreter = interpreter;
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
        situation,
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
        {phase === 'postnatal' && (
          <fieldset>
            <legend>The baby</legend>
            <div class="choice-list">
              {babySituations.map((s) => (
                <label key={s.id} class="choice">
                  <input type="radio" name="baby-situation" value={s.id} checked={babySituation === s.id} onChange={() => setBabySituation(s.id)} />
                  <span>{s.label}</span>
                </label>
              ))}
            </div>
            <label for="baby-age" class="small-label">
              Baby’s age (optional: it lets the timing rules apply)
            </label>
            <div class="inline-fields">
              <input id="baby-age" inputMode="numeric" size={5} value={ageText} onInput={(e) => setAgeText(e.currentTarget.value)} />
              <label class="choice">
                <input type="radio" name="baby-age-unit" value="days" checked={ageUnit === 'days'} onChange={() => setAgeUnit('days')} />
                <span>days</span>
              </label>
              <label class="choice">
                <input type="radio" name="baby-age-unit" value="weeks" checked={ageUnit === 'weeks'} onChange={() => setAgeUnit('weeks')} />
                <span>weeks</span>
              </label>
            </div>
          </fieldset>
        )}
        {phase === 'antenatal' && (
          <>
            <label for="gestation-weeks" class="small-label">
              Weeks of pregnancy (optional)
            </label>
            <input id="gestation-weeks" inputMode="numeric" size={5} value={gestationText} onInput={(e) => setGestationText(e.currentTarget.value)} />
          </>
        )}
        <PresenceFields
          idPrefix="start"
          presence={presence}
          onChange={setPresence}
          nobodyElse={{ confirmed: nobodyElseConfirmed, onChange: setNobodyElseConfirmed }}
          hideInterpreters
        />
        <fieldset>
          <legend>Language and interpreter</legend>
          <label for="preferred-language" class="small-label">
            Preferred language (optional)
          </label>
          <input id="preferred-language" maxLength={40} value={language} onInput={(e) => setLanguage(e.currentTarget.value)} />
          <div class="choice-list">
            {interpreters.map((i) => (
              <label key={i.id} class="choice">
                <input
                  type="radio"
                  name="interpreter"
                  value={i.id}
                  checked={interpreter === i.id}
                  onChange={() => {
                    setInterpreter(i.id);
                    // One fact: the interpreter chosen here is who is interpreting in the room.
                    setPresence({ ...presence, professionalInterpreter: i.id === 'professional', familyInterpreter: i.id === 'family' });
                    if (i.id === 'family') setNobodyElseConfirmed(false);
                  }}
                />
                <span>{i.label}</span>
              </label>
            ))}
          </div>
          <p class="hint">Private questions can be asked through a professional interpreter, never through a family member or friend.</p>
        </fieldset>
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
