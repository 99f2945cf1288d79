import { useState } from 'preact/hooks';
import type { Presence } from '../../lib/contact/contact';

// Who is in the room. Toggled at any time; the engine re-evaluates what may be asked (a partner
// leaving makes the private question available; their return hides it again).

type Toggle = Exclude<keyof Presence, 'childrenAges'>;

const toggles: Array<{ key: Toggle; label: string; hint?: string }> = [
  { key: 'birthingParent', label: 'Birthing parent' },
  { key: 'partner', label: 'Partner or co-parent' },
  { key: 'otherAdults', label: 'Other adults', hint: 'a relative, friend or anyone else' },
  { key: 'familyInterpreter', label: 'Family member or friend interpreting' },
  { key: 'professionalInterpreter', label: 'Professional interpreter' },
  { key: 'olderChildPresent', label: 'An older child' },
];

export function parseChildrenAges(text: string): number[] | null {
  const parts = text.split(/[,\s]+/).filter(Boolean);
  const ages = parts.map((part) => Number(part));
  if (ages.some((age) => !Number.isInteger(age) || age < 0 || age > 18) || ages.length > 12) return null;
  return ages;
}

export type PresenceFieldsProps = {
  idPrefix: string;
  presence: Presence;
  onChange(presence: Presence): void;
  /**
   * At the start of a contact the practitioner says explicitly that nobody else is there, rather
   * than leaving the boxes unticked: being alone is what lets the private question be asked.
   */
  nobodyElse?: { confirmed: boolean; onChange(confirmed: boolean): void };
  /**
   * The start form records the interpreter with its own choice (none / professional / family
   * member); these toggles are then left out here and kept as that choice sets them.
   */
  hideInterpreters?: boolean;
};

/**
 * Whether the practitioner has recorded anyone other than the birthing parent (used only to insist
 * on an explicit answer at the start). Whether she counts as alone is the engine's decision.
 */
export function anyoneElseRecorded(presence: Presence): boolean {
  return (
    presence.partner ||
    presence.otherAdults ||
    presence.familyInterpreter ||
    presence.professionalInterpreter ||
    presence.olderChildPresent ||
    presence.childrenAges.length > 0
  );
}

export function PresenceFields({ idPrefix, presence, onChange, nobodyElse, hideInterpreters }: PresenceFieldsProps) {
  const [agesText, setAgesText] = useState(presence.childrenAges.join(', '));
  const [agesProblem, setAgesProblem] = useState(false);

  function changeAges(text: string) {
    setAgesText(text);
    const ages = parseChildrenAges(text);
    setAgesProblem(ages === null);
    if (ages && ages.length > 0) nobodyElse?.onChange(false);
    if (ages) onChange({ ...presence, childrenAges: ages });
  }

  return (
    <fieldset class="presence">
      <legend>Who is in the room?</legend>
      {nobodyElse && (
        <label class="check-row">
          <input
            type="checkbox"
            checked={nobodyElse.confirmed}
            onChange={(e) => {
              const confirmed = e.currentTarget.checked;
              nobodyElse.onChange(confirmed);
              if (confirmed) {
                setAgesText('');
                onChange({
                  ...presence,
                  partner: false,
                  otherAdults: false,
                  // The start form's interpreter choice stays as chosen (a professional interpreter
                  // does not stop her being alone; a family interpreter is chosen there, not here).
                  ...(hideInterpreters ? {} : { familyInterpreter: false, professionalInterpreter: false }),
                  olderChildPresent: false,
                  childrenAges: [],
                });
              }
            }}
          />
          <span>
            Nobody else is in the room <span class="quiet">(apart from babies)</span>
          </span>
        </label>
      )}
      {toggles.filter(({ key }) => !hideInterpreters || (key !== 'familyInterpreter' && key !== 'professionalInterpreter')).map(({ key, label, hint }) => (
        <label key={key} class="check-row">
          <input
            type="checkbox"
            checked={presence[key]}
            onChange={(e) => {
              if (key !== 'birthingParent' && e.currentTarget.checked) nobodyElse?.onChange(false);
              onChange({ ...presence, [key]: e.currentTarget.checked });
            }}
          />
          <span>
            {label}
            {hint && <span class="quiet"> ({hint})</span>}
          </span>
        </label>
      ))}
      <label for={`${idPrefix}-children-ages`} class="small-label">
        Ages of other children in the room, if any (years, e.g. 3, 6)
      </label>
      <input
        id={`${idPrefix}-children-ages`}
        inputMode="numeric"
        value={agesText}
        aria-invalid={agesProblem}
        aria-describedby={agesProblem ? `${idPrefix}-children-ages-problem` : undefined}
        onInput={(e) => changeAges(e.currentTarget.value)}
      />
      {agesProblem && (
        <p id={`${idPrefix}-children-ages-problem`} class="error" role="alert">
          Enter ages as whole years from 0 to 18, separated by commas.
        </p>
      )}
    </fieldset>
  );
}

/** "Birthing parent, partner" for the contact header. */
export function describePresence(presence: Presence): string {
  const names = toggles.filter(({ key }) => presence[key]).map(({ label }) => label.toLowerCase());
  if (presence.childrenAges.length > 0) names.push(`children aged ${presence.childrenAges.join(', ')}`);
  if (names.length === 0) return 'nobody recorded';
  const sentence = names.join(', ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
