import type { ContactTypeId, OutcomeCode } from '../../lib/contact/contact';
import type { ConfigFieldError } from '../../lib/config/field-errors';
import { configFields, readField, writeField, type ConfigField, type ConfigFieldPath } from '../../lib/config/fields';
import type { ResolvedConfig } from '../../lib/config/resolve';
import { configDocumentSchema, type CrisisAudience, type CrisisLevel } from '../../lib/config/schema';
import type { ConfigLayers } from '../../lib/config/resolve';

// The options form edits text (so a half-typed number is not lost) and turns it into a
// configuration document only when the user asks to review changes. The document then goes
// through exactly the same checks as an imported file.

export type ServiceDraft = {
  /** Stable key for the list; not part of the document. */
  key: string;
  id: string;
  name: string;
  outcomes: OutcomeCode[];
  forWhom: string;
  referral: string;
  phone: string;
  web: string;
  email: string;
  hours: string;
  notes: string;
};

export type CrisisRouteDraft = {
  key: string;
  id: string;
  name: string;
  phone: string;
  web: string;
  hours: string;
  whenToUse: string;
  levels: CrisisLevel[];
  forWhom: CrisisAudience;
};

export type FormDraft = {
  organisationName: string;
  /** Number fields by path, as typed. */
  numbers: Record<string, string>;
  /** Choice fields by path; '' means "use the default". */
  choices: Record<string, string>;
  whooleyGad2Contacts: ContactTypeId[];
  helpQuestionEnabled: boolean;
  services: ServiceDraft[];
  crisisRoutes: CrisisRouteDraft[];
};

const fields = configFields as readonly ConfigField[];

let keyCounter = 0;
export function newKey(prefix: string): string {
  keyCounter += 1;
  return `${prefix}-${keyCounter}`;
}

/** The form as it should look for the configuration in force. */
export function draftFrom(resolved: ResolvedConfig): FormDraft {
  const { config } = resolved;
  const numbers: Record<string, string> = {};
  const choices: Record<string, string> = {};
  for (const field of fields) {
    const value = readField(config, field.path as ConfigFieldPath);
    if (field.kind === 'number') numbers[field.path] = String(value);
    if (field.kind === 'choice') choices[field.path] = typeof value === 'string' ? value : '';
  }
  return {
    organisationName: config.organisationName,
    numbers,
    choices,
    whooleyGad2Contacts: [...config.pathway.whooleyGad2Contacts],
    helpQuestionEnabled: config.pathway.helpQuestionEnabled,
    services: config.services.map((s) => ({
      key: newKey('service'),
      id: s.id,
      name: s.name,
      outcomes: [...s.outcomes],
      forWhom: s.forWhom,
      referral: s.referral ?? '',
      phone: s.phone,
      web: s.web,
      email: s.email,
      hours: s.hours,
      notes: s.notes,
    })),
    crisisRoutes: config.crisisRoutes.map((r) => ({
      key: newKey('crisis'),
      id: r.id,
      name: r.name,
      phone: r.phone,
      web: r.web,
      hours: r.hours,
      whenToUse: r.whenToUse,
      levels: [...r.levels],
      forWhom: r.forWhom,
    })),
  };
}

export function emptyService(): ServiceDraft {
  return { key: newKey('service'), id: '', name: '', outcomes: [], forWhom: '', referral: '', phone: '', web: '', email: '', hours: '', notes: '' };
}

export function emptyCrisisRoute(): CrisisRouteDraft {
  return { key: newKey('crisis'), id: '', name: '', phone: '', web: '', hours: '', whenToUse: '', levels: ['E4', 'E5'], forWhom: 'anyone' };
}

function numberFrom(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function valueFromDraft(draft: FormDraft, field: ConfigField): unknown {
  switch (field.kind) {
    case 'text':
      return draft.organisationName;
    case 'number':
      return numberFrom(draft.numbers[field.path] ?? '');
    case 'choice': {
      const value = draft.choices[field.path] ?? '';
      return value === '' ? undefined : value;
    }
    case 'boolean':
      return draft.helpQuestionEnabled;
    case 'contact-types':
      return [...draft.whooleyGad2Contacts];
    case 'services':
      return draft.services.map(({ key: _key, referral, forWhom, ...rest }) => ({
        ...rest,
        forWhom,
        ...(referral === '' ? {} : { referral }),
      }));
    case 'crisis-routes':
      return draft.crisisRoutes.map(({ key: _key, ...rest }) => rest);
  }
}

/** Errors the form can see before the schema does: an empty number box. */
export function draftErrors(draft: FormDraft, locked: readonly ConfigFieldPath[]): ConfigFieldError[] {
  return fields
    .filter((f) => f.kind === 'number' && !locked.includes(f.path as ConfigFieldPath) && (draft.numbers[f.path] ?? '').trim() === '')
    .map((f) => ({ path: f.path, message: 'must not be empty: enter a whole number' }));
}

/**
 * The options-page document the draft describes. Fields locked by policy keep whatever the options
 * page had stored before (so lifting the policy restores them) rather than the policy's value.
 */
export function documentFromDraft(draft: FormDraft, resolved: ResolvedConfig, layers: ConfigLayers): Record<string, unknown> {
  const previous = configDocumentSchema.safeParse(layers.options);
  const doc: Record<string, unknown> = { configVersion: 1 };
  for (const field of fields) {
    const path = field.path as ConfigFieldPath;
    const value = resolved.lockedByPolicy.includes(path)
      ? previous.success
        ? readField(previous.data, path)
        : undefined
      : valueFromDraft(draft, field);
    if (value !== undefined) writeField(doc, path, value);
  }
  return doc;
}

/** HTML id for the control of a path: `services[2].phone` → `cfg-services-2-phone`. */
export function fieldId(path: string): string {
  return `cfg-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

/** Ids to try, most specific first, when moving focus to the field behind an error. */
export function fieldIdCandidates(path: string): string[] {
  const candidates: string[] = [];
  let current = path;
  while (current !== '') {
    candidates.push(fieldId(current));
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
    current = cut <= 0 ? '' : current.slice(0, cut);
  }
  return candidates;
}

/** Errors for a control: at its path or inside it (`services[0].outcomes[1]` belongs to `services[0].outcomes`). */
export function errorsWithin(errors: readonly ConfigFieldError[], path: string): ConfigFieldError[] {
  return errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`));
}
