import { outcomeCodeSchema, type OutcomeCode } from '../../lib/contact/contact';
import type { ConfigFieldError } from '../../lib/config/field-errors';
import { audienceLabels, outcomeLabels, referralLabels } from '../../lib/config/fields';
import { crisisLevelSchema, type CrisisLevel } from '../../lib/config/schema';
import { CheckboxGroup, FieldNotes, SelectField, TextAreaField, TextField } from './field-controls';
import {
  emptyCrisisRoute,
  emptyService,
  errorsWithin,
  fieldId,
  type CrisisRouteDraft,
  type FormDraft,
  type ServiceDraft,
} from './form-state';

// The services directory and the crisis routes: one fieldset per item, edited in place. When
// enterprise policy sets the list, it is shown read-only.

type ListEditorProps = {
  draft: FormDraft;
  errors: readonly ConfigFieldError[];
  locked: boolean;
  onChange: (update: (draft: FormDraft) => FormDraft) => void;
  /** Moves focus to a control after it is rendered (new item, or the list after a removal). */
  focusLater: (id: string) => void;
};

const outcomeOptions = outcomeCodeSchema.options.map((value) => ({ value, label: `${value} ${outcomeLabels[value]}` }));
const audienceOptions = [
  { value: '', label: 'Choose who it is for' },
  ...Object.entries(audienceLabels).map(([value, label]) => ({ value, label })),
];
const referralOptions = [
  { value: '', label: 'Not stated' },
  ...Object.entries(referralLabels).map(([value, label]) => ({ value, label })),
];
const levelLabels: Record<CrisisLevel, string> = { E4: 'E4 urgent, same day', E5: 'E5 emergency' };
const levelOptions = crisisLevelSchema.options.map((value) => ({ value, label: levelLabels[value] }));

function itemTitle(kind: string, index: number, name: string): string {
  return `${kind} ${index + 1}${name.trim() ? `: ${name.trim()}` : ''}`;
}

function ServiceFieldset(props: {
  service: ServiceDraft;
  index: number;
  errors: readonly ConfigFieldError[];
  locked: boolean;
  update: (patch: Partial<ServiceDraft>) => void;
  remove: () => void;
}) {
  const { service, index, errors, locked, update, remove } = props;
  const base = `services[${index}]`;
  const text = (key: 'id' | 'name' | 'phone' | 'web' | 'email' | 'hours', label: string, hint?: string, type?: 'text' | 'email' | 'tel') => (
    <TextField
      id={fieldId(`${base}.${key}`)}
      label={label}
      hint={hint}
      type={type}
      errors={errorsWithin(errors, `${base}.${key}`)}
      locked={locked}
      value={service[key]}
      onInput={(value) => update({ [key]: value })}
    />
  );
  return (
    <fieldset class="list-item" id={fieldId(base)} tabIndex={-1}>
      <legend>{itemTitle('Service', index, service.name)}</legend>
      {text('name', 'Name', 'As practitioners and families know it.')}
      {text('id', 'Short id', 'Lower-case letters, digits and hyphens, e.g. "talking-therapies". Keep it once in use: it is recorded with decisions.')}
      <CheckboxGroup<OutcomeCode>
        id={fieldId(`${base}.outcomes`)}
        label="Outcomes this service serves"
        errors={errorsWithin(errors, `${base}.outcomes`)}
        locked={locked}
        options={outcomeOptions}
        selected={service.outcomes}
        columns
        onChange={(outcomes) => update({ outcomes })}
      />
      <SelectField
        id={fieldId(`${base}.forWhom`)}
        label="Who it is for"
        errors={errorsWithin(errors, `${base}.forWhom`)}
        locked={locked}
        value={service.forWhom}
        options={audienceOptions}
        onChange={(forWhom) => update({ forWhom })}
      />
      <SelectField
        id={fieldId(`${base}.referral`)}
        label="How to refer"
        errors={errorsWithin(errors, `${base}.referral`)}
        locked={locked}
        value={service.referral}
        options={referralOptions}
        onChange={(referral) => update({ referral })}
      />
      {text('phone', 'Phone', 'Leave empty if not known.', 'tel')}
      {text('web', 'Web address', 'Shown as text, never as a link. Leave empty if not known.')}
      {text('email', 'Email', 'Leave empty if not known.', 'email')}
      {text('hours', 'Hours', 'Leave empty if not known.')}
      <TextAreaField
        id={fieldId(`${base}.notes`)}
        label="Notes for practitioners"
        hint="Eligibility, what to say, what to send."
        errors={errorsWithin(errors, `${base}.notes`)}
        locked={locked}
        value={service.notes}
        onInput={(notes) => update({ notes })}
      />
      {locked ? null : (
        <button type="button" class="button-secondary" onClick={remove}>
          Remove {itemTitle('service', index, service.name)}
        </button>
      )}
    </fieldset>
  );
}

export function ServicesEditor({ draft, errors, locked, onChange, focusLater }: ListEditorProps) {
  const setServices = (update: (services: ServiceDraft[]) => ServiceDraft[]) => onChange((d) => ({ ...d, services: update(d.services) }));
  const listErrors = errors.filter((e) => e.path === 'services');
  return (
    <section aria-labelledby="section-services" class="options-section">
      <h2 id="section-services" tabIndex={-1}>
        Local services
      </h2>
      <p class="quiet">
        The outcome step shows these for each outcome code. Where no service is listed for an outcome, it shows the national route
        with a note that your organisation has not set one.
      </p>
      <FieldNotes id={fieldId('services')} errors={listErrors} locked={locked} />
      {draft.services.length === 0 ? <p>No local services: national routes are shown for every outcome.</p> : null}
      {draft.services.map((service, index) => (
        <ServiceFieldset
          key={service.key}
          service={service}
          index={index}
          errors={errors}
          locked={locked}
          update={(patch) => setServices((list) => list.map((s) => (s.key === service.key ? { ...s, ...patch } : s)))}
          remove={() => {
            setServices((list) => list.filter((s) => s.key !== service.key));
            focusLater('section-services');
          }}
        />
      ))}
      {locked ? null : (
        <button
          type="button"
          class="button-secondary"
          onClick={() => {
            setServices((list) => [...list, emptyService()]);
            focusLater(fieldId(`services[${draft.services.length}].name`));
          }}
        >
          Add a service
        </button>
      )}
    </section>
  );
}

function CrisisRouteFieldset(props: {
  route: CrisisRouteDraft;
  index: number;
  errors: readonly ConfigFieldError[];
  locked: boolean;
  update: (patch: Partial<CrisisRouteDraft>) => void;
  remove: () => void;
}) {
  const { route, index, errors, locked, update, remove } = props;
  const base = `crisisRoutes[${index}]`;
  const text = (key: 'id' | 'name' | 'phone' | 'web' | 'hours', label: string, hint?: string, type?: 'text' | 'tel') => (
    <TextField
      id={fieldId(`${base}.${key}`)}
      label={label}
      hint={hint}
      type={type}
      errors={errorsWithin(errors, `${base}.${key}`)}
      locked={locked}
      value={route[key]}
      onInput={(value) => update({ [key]: value })}
    />
  );
  return (
    <fieldset class="list-item" id={fieldId(base)} tabIndex={-1}>
      <legend>{itemTitle('Crisis route', index, route.name)}</legend>
      {text('name', 'Name')}
      {text('id', 'Short id', 'Lower-case letters, digits and hyphens, e.g. "crisis-line".')}
      {text('phone', 'Phone', 'Leave empty if not known.', 'tel')}
      {text('web', 'Web address', 'Shown as text, never as a link.')}
      {text('hours', 'Hours', 'For example "24 hours" or "Out of hours".')}
      <TextAreaField
        id={fieldId(`${base}.whenToUse`)}
        label="When to use it"
        errors={errorsWithin(errors, `${base}.whenToUse`)}
        locked={locked}
        value={route.whenToUse}
        onInput={(whenToUse) => update({ whenToUse })}
      />
      <CheckboxGroup<CrisisLevel>
        id={fieldId(`${base}.levels`)}
        label="Show on red-flag cards for"
        errors={errorsWithin(errors, `${base}.levels`)}
        locked={locked}
        options={levelOptions}
        selected={route.levels}
        onChange={(levels) => update({ levels })}
      />
      {locked ? null : (
        <button type="button" class="button-secondary" onClick={remove}>
          Remove {itemTitle('crisis route', index, route.name)}
        </button>
      )}
    </fieldset>
  );
}

export function CrisisRoutesEditor({ draft, errors, locked, onChange, focusLater }: ListEditorProps) {
  const setRoutes = (update: (routes: CrisisRouteDraft[]) => CrisisRouteDraft[]) =>
    onChange((d) => ({ ...d, crisisRoutes: update(d.crisisRoutes) }));
  const listErrors = errors.filter((e) => e.path === 'crisisRoutes');
  return (
    <section aria-labelledby="section-crisis-routes" class="options-section">
      <h2 id="section-crisis-routes" tabIndex={-1}>
        Crisis and out-of-hours routes
      </h2>
      <p class="quiet">
        Red-flag action cards show these first. The national routes (the crisis numbers in the parent's care plan, a GP the same day,
        NHS 111, A&amp;E and 999) are always shown after them and cannot be removed.
      </p>
      <FieldNotes id={fieldId('crisisRoutes')} errors={listErrors} locked={locked} />
      {draft.crisisRoutes.length === 0 ? <p>No local crisis routes: red-flag cards show the national routes only.</p> : null}
      {draft.crisisRoutes.map((route, index) => (
        <CrisisRouteFieldset
          key={route.key}
          route={route}
          index={index}
          errors={errors}
          locked={locked}
          update={(patch) => setRoutes((list) => list.map((r) => (r.key === route.key ? { ...r, ...patch } : r)))}
          remove={() => {
            setRoutes((list) => list.filter((r) => r.key !== route.key));
            focusLater('section-crisis-routes');
          }}
        />
      ))}
      {locked ? null : (
        <button
          type="button"
          class="button-secondary"
          onClick={() => {
            setRoutes((list) => [...list, emptyCrisisRoute()]);
            focusLater(fieldId(`crisisRoutes[${draft.crisisRoutes.length}].name`));
          }}
        >
          Add a crisis route
        </button>
      )}
    </section>
  );
}
