import type { ContactTypeId, OutcomeCode } from '../contact/contact';
import { settingBounds, type BoundedNumber } from '../pathway/settings';
import { configBounds } from './bounds';

// The configurable fields, by path, in the order the options page and docs show them. Precedence
// (policy > options page > national defaults) and locking work per path: a policy that sets only
// `pathway.epdsPossibleFrom` locks that one field. Lists (services, crisis routes, contacts that run
// Whooley/GAD-2) are one field each: a list from a higher source replaces the whole list, because
// merging two directories item by item would leave practitioners unsure which one they are reading.

export type ConfigSection = 'organisation' | 'pathway' | 'retention' | 'security' | 'summary';

type FieldBase = { path: string; section: ConfigSection; label: string; help: string };
export type NumberField = FieldBase & { kind: 'number'; bounds: BoundedNumber; unit: string };
export type ChoiceField = FieldBase & {
  kind: 'choice';
  choices: readonly { value: string; label: string }[];
  /** What applies when no source sets the field. */
  defaultLabel: string;
};
export type ConfigField =
  | NumberField
  | ChoiceField
  | (FieldBase & { kind: 'text' | 'boolean' | 'contact-types' | 'services' | 'crisis-routes' });

export const configFields = [
  { path: 'organisationName', section: 'organisation', kind: 'text', label: 'Organisation name', help: 'Shown in the panel, the options page and notes such as "Example Trust has not set a local service".' },
  { path: 'services', section: 'organisation', kind: 'services', label: 'Local services', help: 'The services directory the outcome step shows for each outcome code.' },
  { path: 'crisisRoutes', section: 'organisation', kind: 'crisis-routes', label: 'Crisis and out-of-hours routes', help: 'Shown first on red-flag action cards (E4 urgent, E5 emergency); national routes are always shown after them.' },
  { path: 'pathway.epdsPossibleFrom', section: 'pathway', kind: 'number', unit: 'points', bounds: settingBounds.epdsPossibleFrom, label: 'EPDS "possible depression" from', help: 'EPDS total at or above which the panel treats depression as possible.' },
  { path: 'pathway.epdsProbableFrom', section: 'pathway', kind: 'number', unit: 'points', bounds: settingBounds.epdsProbableFrom, label: 'EPDS "probable depression" from', help: 'EPDS total at or above which the panel treats depression as probable. Must not be below the "possible" threshold.' },
  { path: 'pathway.partnerEpdsFrom', section: 'pathway', kind: 'number', unit: 'points', bounds: settingBounds.partnerEpdsFrom, label: 'Partner EPDS threshold', help: 'EPDS total at or above which a partner\'s score prompts follow-up.' },
  { path: 'pathway.childPresentFromAgeYears', section: 'pathway', kind: 'number', unit: 'years', bounds: settingBounds.childPresentFromAgeYears, label: 'A child counts as present from age', help: 'Children this age or older in the room mean private questions (such as domestic abuse enquiry) are not asked.' },
  { path: 'pathway.whooleyGad2Contacts', section: 'pathway', kind: 'contact-types', label: 'Contacts that run Whooley and GAD-2', help: 'At other contacts they are asked when there is clinical concern.' },
  { path: 'pathway.depressionMeasure', section: 'pathway', kind: 'choice', choices: [{ value: 'epds', label: 'EPDS' }, { value: 'phq-9', label: 'PHQ-9' }], defaultLabel: 'EPDS', label: 'Fuller depression measure offered first', help: 'When a fuller measure is due, the panel offers this one first (reference §2.0 E: "EPDS or PHQ-9"). An organisation without permission to reproduce the EPDS (reference §6.5) can choose PHQ-9: the EPDS is then never shown.' },
  { path: 'pathway.helpQuestionEnabled', section: 'pathway', kind: 'boolean', label: 'Ask the Whooley help question', help: '"Is this something you feel you need or want help with?" (CG45). A "No" never stops follow-up of a positive answer.' },
  { path: 'retention.completedContactHours', section: 'retention', kind: 'number', unit: 'hours', bounds: configBounds.completedContactHours, label: 'Keep completed contacts for', help: 'Counted from when the summary was copied or inserted into the record.' },
  { path: 'retention.draftDays', section: 'retention', kind: 'number', unit: 'days', bounds: configBounds.draftDays, label: 'Keep unfinished contacts for', help: 'Counted from the last change to the contact.' },
  { path: 'security.idleLockMinutes', section: 'security', kind: 'number', unit: 'minutes', bounds: configBounds.idleLockMinutes, label: 'Lock the panel after idle', help: 'The panel locks after this many minutes without use.' },
  { path: 'security.confirmFamilyAfterHours', section: 'security', kind: 'number', unit: 'hours', bounds: configBounds.confirmFamilyAfterHours, label: 'Ask to confirm the family when a contact is older than', help: 'Wrong-family guard: copying or inserting the summary of an older contact needs an extra confirmation.' },
  { path: 'summary.lineWidth', section: 'summary', kind: 'number', unit: 'characters', bounds: configBounds.summaryLineWidth, label: 'Summary line width', help: 'Characters per line of the summary pasted into the record.' },
  { path: 'summary.compactLimitChars', section: 'summary', kind: 'number', unit: 'characters', bounds: configBounds.compactLimitChars, label: 'Compact summary limit', help: 'Longest compact summary, for record fields that only take short text.' },
] as const satisfies readonly ConfigField[];

export type ConfigFieldPath = (typeof configFields)[number]['path'];
export const configFieldPaths: readonly ConfigFieldPath[] = configFields.map((f) => f.path);

export const sectionTitles: Record<ConfigSection, string> = {
  organisation: 'Organisation and local services',
  pathway: 'Pathway choices',
  retention: 'Keeping contacts on this device',
  security: 'Locking and wrong-family guard',
  summary: 'Summary for the record',
};

export function fieldByPath(path: ConfigFieldPath): ConfigField {
  const field = (configFields as readonly ConfigField[]).find((f) => f.path === path);
  if (!field) throw new Error(`Unknown configuration field ${path}`);
  return field;
}

/** Reads a field from a (possibly partial) document; undefined when it is not set there. */
export function readField(doc: unknown, path: ConfigFieldPath): unknown {
  let value: unknown = doc;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** Writes a field into a plain object, creating its section. Used to merge layers. */
export function writeField(target: Record<string, unknown>, path: ConfigFieldPath, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}


// Practitioner wording for ids the configuration refers to. The pathway data will own the full
// contact-type and outcome descriptions; these are short labels for the options page and diffs.
export const contactTypeLabels: Record<ContactTypeId, string> = {
  'midwife-booking': 'Midwife booking',
  'midwife-antenatal': 'Midwife antenatal',
  'midwife-postnatal': 'Midwife postnatal',
  'hv-antenatal': 'Health visitor antenatal',
  'hv-new-birth': 'Health visitor new birth visit',
  'hv-6-8-weeks': 'Health visitor 6-8 week review',
  'hv-3-4-months': 'Health visitor 3-4 month contact',
  'hv-12-months': 'Health visitor 12-month review',
  'hv-2-years': 'Health visitor 2-2½ year review',
  'hv-additional': 'Health visitor additional visit',
  'fnp-pregnancy': 'FNP pregnancy visit',
  'fnp-infancy': 'FNP infancy visit',
  'fnp-toddler': 'FNP toddler visit',
};

/** Short names of the outcome codes (pathway reference §4.1). */
export const outcomeLabels: Record<OutcomeCode, string> = {
  O1: 'Universal information and peer or community support',
  O2: 'Watchful waiting or repeat measure',
  O3: 'Health visitor additional support (listening visits)',
  O4: 'NHS Talking Therapies',
  O5: 'GP assessment',
  O6: 'Specialist community perinatal mental health team',
  O7: 'Maternal mental health service',
  O8: 'Mother and baby unit',
  O9: 'Crisis, NHS 111, A&E or 999',
  O10: 'Safeguarding',
  O11: 'Parent-infant relationship service',
  O12: 'Partner support',
  O13: 'CAMHS or substance misuse service',
  O14: 'Third sector (charities)',
};

export const audienceLabels = {
  'birthing-parent': 'Birthing parent',
  partner: 'Partner',
  'both-parents': 'Either parent',
  family: 'The family',
} as const;

export { referralLabels } from './referral-labels';
