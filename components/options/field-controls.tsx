import type { ComponentChildren } from 'preact';
import type { ConfigFieldError } from '../../lib/config/field-errors';

// Labelled form controls. Every control has a visible label, its hint and errors are tied to it with
// aria-describedby, and a control set by enterprise policy is disabled with the reason in its label.

export const LOCKED_TEXT = 'Locked: set by your organisation';

type CommonProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  errors?: readonly ConfigFieldError[] | undefined;
  locked?: boolean | undefined;
};

function describedBy(id: string, hint: string | undefined, errors: readonly ConfigFieldError[] | undefined, locked: boolean | undefined) {
  const ids = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : '', locked ? `${id}-locked` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldNotes({ id, hint, errors, locked }: Omit<CommonProps, 'label'>) {
  return (
    <>
      {locked ? (
        <p id={`${id}-locked`} class="field-locked">
          <span aria-hidden="true">🔒 </span>
          {LOCKED_TEXT}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} class="field-error">
          {errors.map((e) => (
            <span key={`${e.path}-${e.message}`} class="field-error-line">
              <span class="visually-hidden">Error: </span>
              {e.message}
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}

function fieldClass(errors: readonly ConfigFieldError[] | undefined): string {
  return errors?.length ? 'field field-has-error' : 'field';
}

export function TextField(props: CommonProps & { value: string; onInput: (value: string) => void; type?: 'text' | 'email' | 'tel'; autoComplete?: string }) {
  const { id, label, hint, errors, locked, value, onInput, type = 'text' } = props;
  return (
    <div class={fieldClass(errors)}>
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} errors={errors} locked={locked} />
      <input
        id={id}
        type={type}
        value={value}
        disabled={locked}
        autoComplete="off"
        spellcheck={type === 'text'}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors, locked)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export function TextAreaField(props: CommonProps & { value: string; onInput: (value: string) => void; rows?: number }) {
  const { id, label, hint, errors, locked, value, onInput, rows = 3 } = props;
  return (
    <div class={fieldClass(errors)}>
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} errors={errors} locked={locked} />
      <textarea
        id={id}
        rows={rows}
        value={value}
        disabled={locked}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors, locked)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export function NumberField(props: CommonProps & { value: string; min: number; max: number; unit: string; onInput: (value: string) => void }) {
  const { id, label, hint, errors, locked, value, min, max, unit, onInput } = props;
  return (
    <div class={fieldClass(errors)}>
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} errors={errors} locked={locked} />
      <span class="number-with-unit">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          disabled={locked}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(id, hint, errors, locked)}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <span class="unit" aria-hidden="true">
          {unit}
        </span>
      </span>
    </div>
  );
}

export function SelectField(
  props: CommonProps & { value: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void },
) {
  const { id, label, hint, errors, locked, value, options, onChange } = props;
  return (
    <div class={fieldClass(errors)}>
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} errors={errors} locked={locked} />
      <select
        id={id}
        value={value}
        disabled={locked}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors, locked)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField(props: CommonProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, label, hint, errors, locked, checked, onChange } = props;
  return (
    <div class={`${fieldClass(errors)} field-checkbox`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={locked}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors, locked)}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <FieldNotes id={id} hint={hint} errors={errors} locked={locked} />
    </div>
  );
}

/** A group of checkboxes for a list field (outcome codes, contact types, escalation levels). */
export function CheckboxGroup<T extends string>(
  props: CommonProps & {
    options: readonly { value: T; label: string }[];
    selected: readonly T[];
    onChange: (selected: T[]) => void;
    columns?: boolean;
    children?: ComponentChildren;
  },
) {
  const { id, label, hint, errors, locked, options, selected, onChange, columns } = props;
  const toggle = (value: T, on: boolean) => {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the order the options are listed in, so exports do not depend on click order.
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      class={errors?.length ? 'field checkbox-group field-has-error' : 'field checkbox-group'}
      aria-describedby={describedBy(id, hint, errors, locked)}
    >
      <legend>{label}</legend>
      <FieldNotes id={id} hint={hint} errors={errors} locked={locked} />
      <div class={columns ? 'checkbox-columns' : undefined}>
        {options.map((o) => {
          const optionId = `${id}-${o.value}`;
          return (
            <div class="field-checkbox" key={o.value}>
              <input
                id={optionId}
                type="checkbox"
                checked={selected.includes(o.value)}
                disabled={locked}
                onChange={(e) => toggle(o.value, e.currentTarget.checked)}
              />
              <label for={optionId}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
