import { contactTypeIdSchema, type ContactTypeId } from '../../lib/contact/contact';
import type { ConfigFieldError } from '../../lib/config/field-errors';
import {
  configFields,
  contactTypeLabels,
  sectionTitles,
  type ConfigField,
  type ConfigFieldPath,
  type ConfigSection,
} from '../../lib/config/fields';
import type { ConfigSource } from '../../lib/config/resolve';
import { CheckboxField, CheckboxGroup, NumberField, SelectField, TextField } from './field-controls';
import { errorsWithin, fieldId, type FormDraft } from './form-state';

// The organisation name and the bounded choices, one section per group, each control showing its
// bounds, default and the reason for them, and where the value in force comes from.

const SOURCE_WORDS: Record<ConfigSource, string> = {
  policy: "set by your organisation's policy",
  options: 'set on this page',
  'national-default': 'national default',
};

function numberHint(field: Extract<ConfigField, { kind: 'number' }>, source: ConfigSource): string {
  const b = field.bounds;
  return `${field.help} Allowed ${b.min} to ${b.max} ${field.unit}; default ${b.defaultValue}. ${b.why} Now: ${SOURCE_WORDS[source]}.`;
}

export type SettingsFieldsProps = {
  section: Exclude<ConfigSection, 'organisation'> | 'organisation-name';
  draft: FormDraft;
  errors: readonly ConfigFieldError[];
  locked: readonly ConfigFieldPath[];
  sourceOf: Record<ConfigFieldPath, ConfigSource>;
  onChange: (update: (draft: FormDraft) => FormDraft) => void;
};

const contactOptions = contactTypeIdSchema.options.map((value) => ({ value, label: contactTypeLabels[value] }));

export function SettingsFields({ section, draft, errors, locked, sourceOf, onChange }: SettingsFieldsProps) {
  const shown = (configFields as readonly ConfigField[]).filter((f) =>
    section === 'organisation-name' ? f.kind === 'text' : f.section === section,
  );
  const body = shown.map((field) => {
    const path = field.path as ConfigFieldPath;
    const id = fieldId(path);
    const isLocked = locked.includes(path);
    const fieldErrors = errorsWithin(errors, path);
    const source = sourceOf[path];
    // What every kind of field takes; each case adds its hint and value.
    const common = { id, label: field.label, errors: fieldErrors, locked: isLocked };
    const hint = `${field.help} Now: ${SOURCE_WORDS[source]}.`;
    switch (field.kind) {
      case 'text':
        return (
          <TextField
            key={path}
            {...common}
            hint={hint}
            value={draft.organisationName}
            onInput={(value) => onChange((d) => ({ ...d, organisationName: value }))}
          />
        );
      case 'number':
        return (
          <NumberField
            key={path}
            {...common}
            hint={numberHint(field, source)}
            value={draft.numbers[path] ?? ''}
            min={field.bounds.min}
            max={field.bounds.max}
            unit={field.unit}
            onInput={(value) => onChange((d) => ({ ...d, numbers: { ...d.numbers, [path]: value } }))}
          />
        );
      case 'choice':
        return (
          <SelectField
            key={path}
            {...common}
            hint={hint}
            value={draft.choices[path] ?? ''}
            options={[{ value: '', label: `Default (${field.defaultLabel})` }, ...field.choices]}
            onChange={(value) => onChange((d) => ({ ...d, choices: { ...d.choices, [path]: value } }))}
          />
        );
      case 'boolean':
        return (
          <CheckboxField
            key={path}
            {...common}
            hint={`${field.help} Default: off. Now: ${SOURCE_WORDS[source]}.`}
            checked={draft.helpQuestionEnabled}
            onChange={(checked) => onChange((d) => ({ ...d, helpQuestionEnabled: checked }))}
          />
        );
      case 'contact-types':
        return (
          <CheckboxGroup<ContactTypeId>
            key={path}
            {...common}
            hint={hint}
            options={contactOptions}
            selected={draft.whooleyGad2Contacts}
            columns
            onChange={(selected) => onChange((d) => ({ ...d, whooleyGad2Contacts: selected }))}
          />
        );
      default:
        return null;
    }
  });
  if (section === 'organisation-name') return <>{body}</>;
  const headingId = `section-${section}`;
  return (
    <section aria-labelledby={headingId} class="options-section">
      <h2 id={headingId}>{sectionTitles[section]}</h2>
      {body}
    </section>
  );
}
