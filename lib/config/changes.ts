import type { ContactTypeId } from '../contact/contact';
import { configFields, contactTypeLabels, fieldByPath, readField, type ConfigField, type ConfigFieldPath } from './fields';
import type { CrisisRoute, LocalService, OrganisationConfig } from './schema';

// The preview shown before a configuration is applied: what will be different, in plain words,
// so a clinical safety officer can check an import before it reaches practitioners.

export type ConfigChange = {
  kind: 'added' | 'removed' | 'changed';
  /** The field or item in the document, e.g. `pathway.epdsPossibleFrom` or `services[talking-therapies]`. */
  path: string;
  summary: string;
};

function quoted(text: string): string {
  return text === '' ? '(not set)' : `"${text}"`;
}

function scalarText(field: ConfigField, value: unknown): string {
  if (field.kind === 'boolean') return value ? 'on' : 'off';
  if (field.kind === 'number') return `${String(value)} ${field.unit}`;
  if (field.kind === 'choice') {
    return value === undefined ? `${field.defaultLabel} (default)` : (field.choices.find((c) => c.value === value)?.label ?? String(value));
  }
  return quoted(String(value));
}

const serviceFieldLabels: Record<keyof LocalService, string> = {
  id: 'id',
  name: 'name',
  outcomes: 'outcome codes',
  forWhom: 'who it is for',
  referral: 'how to refer',
  phone: 'phone',
  web: 'web address',
  email: 'email',
  hours: 'hours',
  notes: 'notes',
};

const crisisFieldLabels: Record<keyof CrisisRoute, string> = {
  id: 'id',
  name: 'name',
  phone: 'phone',
  web: 'web address',
  hours: 'hours',
  whenToUse: 'when to use',
  levels: 'escalation levels',
  forWhom: 'who it is for',
};

function changedKeys<T extends object>(before: T, after: T, labels: Record<keyof T, string>): string[] {
  return (Object.keys(labels) as (keyof T)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => labels[key]);
}

function listChanges<T extends { id: string; name: string }>(
  list: 'services' | 'crisisRoutes',
  noun: string,
  before: readonly T[],
  after: readonly T[],
  labels: Record<keyof T, string>,
  describe: (item: T) => string,
): ConfigChange[] {
  const changes: ConfigChange[] = [];
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  for (const item of after) {
    const previous = beforeById.get(item.id);
    const path = `${list}[${item.id}]`;
    if (!previous) {
      changes.push({ kind: 'added', path, summary: `${noun} added: ${describe(item)}` });
    } else {
      const keys = changedKeys(previous, item, labels);
      if (keys.length > 0) changes.push({ kind: 'changed', path, summary: `${noun} changed: ${item.name} (${keys.join(', ')})` });
    }
  }
  for (const item of before) {
    if (!afterIds.has(item.id)) changes.push({ kind: 'removed', path: `${list}[${item.id}]`, summary: `${noun} removed: ${item.name}` });
  }
  return changes;
}

function contactListChange(path: ConfigFieldPath, before: readonly ContactTypeId[], after: readonly ContactTypeId[]): ConfigChange[] {
  const added = after.filter((c) => !before.includes(c)).map((c) => contactTypeLabels[c]);
  const removed = before.filter((c) => !after.includes(c)).map((c) => contactTypeLabels[c]);
  if (added.length === 0 && removed.length === 0) return [];
  const parts = [added.length ? `adds ${added.join(', ')}` : '', removed.length ? `removes ${removed.join(', ')}` : ''].filter(Boolean);
  return [{ kind: 'changed', path, summary: `${fieldByPath(path).label}: ${parts.join('; ')}` }];
}

/** Differences between two complete configurations, in the order the options page shows fields. */
export function describeChanges(before: OrganisationConfig, after: OrganisationConfig): ConfigChange[] {
  const changes: ConfigChange[] = [];
  for (const field of configFields as readonly ConfigField[]) {
    const path = field.path as ConfigFieldPath;
    switch (field.kind) {
      case 'services':
        changes.push(
          ...listChanges('services', 'Service', before.services, after.services, serviceFieldLabels, (s) => `${s.name} (${s.outcomes.join(', ')})`),
        );
        break;
      case 'crisis-routes':
        changes.push(
          ...listChanges('crisisRoutes', 'Crisis route', before.crisisRoutes, after.crisisRoutes, crisisFieldLabels, (r) => `${r.name} (${r.levels.join(', ')})`),
        );
        break;
      case 'contact-types':
        changes.push(...contactListChange(path, before.pathway.whooleyGad2Contacts, after.pathway.whooleyGad2Contacts));
        break;
      default: {
        const was = readField(before, path);
        const now = readField(after, path);
        if (was !== now) {
          changes.push({ kind: 'changed', path, summary: `${field.label}: ${scalarText(field, was)} → ${scalarText(field, now)}` });
        }
      }
    }
  }
  return changes;
}
