import type { ComponentChildren } from 'preact';
import { outcomeCodeSchema, type OutcomeCode } from '../../lib/contact/contact';
import type { ConfigFieldError } from '../../lib/config/field-errors';
import { audienceLabels, outcomeLabels, referralLabels } from '../../lib/config/fields';
import { crisisAudienceSchema, crisisLevelSchema, type CrisisAudience, type CrisisLevel } from '../../lib/config/schema';
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
const crisisAudienceLabels: Record<CrisisAudience, string> = {
  anyone: 'Anyone (the birthing parent, a partner or another adult)',
  'birthing-parent': 'The birthing parent only (for example a perinatal crisis line)',
  'other-adults': 'Partners and other adults (for example the adult crisis team)',
};
const crisisAudienceOptions = crisisAudienceSchema.options.map((value) => ({ value, label: crisisAudienceLabels[value] }));

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
  return (
    <DraftListSection
      listPath="services"
      headingId="section-services"
      title="Local services"
      intro="The outcome step shows these for each outcome code. Where no service is listed for an outcome, it shows the national route with a note that your organisation has not set one."
      emptyText="No local services: national routes are shown for every outcome."
      addLabel="Add a service"
      items={draft.services}
      setItems={(update) => onChange((d) => ({ ...d, services: update(d.services) }))}
      createItem={emptyService}
      errors={errors}
      locked={locked}
      focusLater={focusLater}
      renderItem={(service, index, handlers) => (
        <ServiceFieldset key={service.key} service={service} index={index} errors={errors} locked={locked} {...handlers} />
      )}
    />
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
      <SelectField
        id={fieldId(`${base}.forWhom`)}
        label="Who it is for"
        errors={errorsWithin(errors, `${base}.forWhom`)}
        locked={locked}
        value={route.forWhom}
        options={crisisAudienceOptions}
        onChange={(forWhom) => update({ forWhom: forWhom as CrisisAudience })}
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
  return (
    <DraftListSection
      listPath="crisisRoutes"
      headingId="section-crisis-routes"
      title="Crisis and out-of-hours routes"
      intro="Red-flag action cards show these first. The national routes (the crisis numbers in the parent's care plan, a GP the same day, NHS 111, A&E and 999) are always shown after them and cannot be removed."
      emptyText="No local crisis routes: red-flag cards show the national routes only."
      addLabel="Add a crisis route"
      items={draft.crisisRoutes}
      setItems={(update) => onChange((d) => ({ ...d, crisisRoutes: update(d.crisisRoutes) }))}
      createItem={emptyCrisisRoute}
      errors={errors}
      locked={locked}
      focusLater={focusLater}
      renderItem={(route, index, handlers) => (
        <CrisisRouteFieldset key={route.key} route={route} index={index} errors={errors} locked={locked} {...handlers} />
      )}
    />
  );
}

/**
 * One editable list of the configuration (services, crisis routes): a fieldset per item, add and
 * remove, and focus kept where a keyboard user expects it after each.
 */
function DraftListSection<T extends { key: string }>(props: {
  listPath: 'services' | 'crisisRoutes';
  headingId: string;
  title: string;
  intro: string;
  emptyText: string;
  addLabel: string;
  items: readonly T[];
  setItems(update: (items: T[]) => T[]): void;
  createItem(): T;
  errors: readonly ConfigFieldError[];
  locked: boolean;
  focusLater(id: string): void;
  renderItem(item: T, index: number, handlers: { update(patch: Partial<T>): void; remove(): void }): ComponentChildren;
}) {
  const { listPath, headingId, items, setItems, errors, locked, focusLater } = props;
  return (
    <section aria-labelledby={headingId} class="options-section">
      <h2 id={headingId} tabIndex={-1}>
        {props.title}
      </h2>
      <p class="quiet">{props.intro}</p>
      <FieldNotes id={fieldId(listPath)} errors={errors.filter((e) => e.path === listPath)} locked={locked} />
      {items.length === 0 ? <p>{props.emptyText}</p> : null}
      {items.map((item, index) =>
        props.renderItem(item, index, {
          update: (patch) => setItems((list) => list.map((other) => (other.key === item.key ? { ...other, ...patch } : other))),
          remove: () => {
            setItems((list) => list.filter((other) => other.key !== item.key));
            focusLater(headingId);
          },
        }),
      )}
      {locked ? null : (
        <button
          type="button"
          class="button-secondary"
          onClick={() => {
            setItems((list) => [...list, props.createItem()]);
            focusLater(fieldId(`${listPath}[${items.length}].name`));
          }}
        >
          {props.addLabel}
        </button>
      )}
    </section>
  );
}
