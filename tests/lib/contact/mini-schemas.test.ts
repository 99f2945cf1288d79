import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from 'zod/mini';
import { contactChangeSchema } from '../../../lib/contact/contact-change';
import { answerSchema, contactSituationSchema, presenceSchema, referralFollowUpSchema, responseSchema } from '../../../lib/contact/contact';
import { handoverFactsSchema, historyFactSchema, outstandingFactSchema, scoreFactSchema, screeningFactSchema } from '../../../lib/contact/handover-facts';
import { minuteTimeSchema, pathwayIdSchema, ruleIdSchema } from '../../../lib/contact/id-schemas';
import { fieldErrorsFrom, safeParseWithPlainWords } from '../../../lib/config/field-errors';
import { configDocumentSchema, crisisRouteSchema, localServiceSchema } from '../../../lib/config/schema';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { pathwaySettingsSchema } from '../../../lib/pathway/settings-schema';
import { recordInsertRequestSchema } from '../../../lib/platform/insert-requests';
import { retentionPolicySchema } from '../../../lib/storage/retention';

// Hazard H100 (issue 17): the schemas on the panel's first path moved from classic Zod to Zod Mini.
// A lighter validator must accept and reject exactly what the classic one did, and say the same
// thing. One row per construct whose translation could change behaviour: bounds (min/max on
// strings, arrays and numbers), whole numbers, ISO times, regexes, refinements and their paths,
// trimming, defaults, strict objects, nullable and optional fields, discriminated unions. The
// expectations are classic Zod 4's behaviour, checked against the schemas before the change.

const AT = '2026-03-02T10:00:27.123Z';
const answer = { questionId: 'wellbeing.feelings', subject: 'birthing-parent', response: { kind: 'declined' }, answeredAt: AT };
const presence = {
  birthingParent: true,
  partner: false,
  otherAdults: false,
  familyInterpreter: false,
  professionalInterpreter: false,
  childrenAges: [],
  olderChildPresent: false,
};
const history = { questionId: 'history.severe-mental-illness', subject: 'birthing-parent', optionId: 'no', at: '2026-03-02T10:00Z', role: 'midwife' };
const screening = {
  instrumentId: 'epds',
  subject: 'birthing-parent',
  at: '2026-03-02T10:00Z',
  role: 'health-visitor',
  status: 'complete',
  total: 12,
  maxTotal: 30,
  bandId: 'possible',
  bandFrom: 10,
  itemRisk: [],
};
const score = { instrumentId: 'epds', subject: 'partner', at: '2026-03-02T10:00Z', role: 'health-visitor', total: 8, maxTotal: 30, bandId: null, bandFrom: null };
const facts = {
  v: 2,
  source: { contactType: 'hv-new-birth', role: 'health-visitor', at: '2026-03-02T10:00Z', pathwayVersion: '2026.5.0-draft' },
  history: [history],
  screening: [screening],
  flags: [],
  outcomes: [],
  outstanding: [],
};
const service = { id: 'talking-therapies', name: 'Talking Therapies', outcomes: ['O4'], forWhom: 'birthing-parent' };
const crisis = { id: 'crisis-team', name: 'Crisis line', whenToUse: 'Same-day concern' };
const policy = { completedRetentionMs: 86_400_000, draftRetentionMs: 604_800_000, draftWarningMs: 86_400_000 };
const insertRequest = { id: 'r1', tabId: 3, source: 'keyboard', requestedAt: 1 };

type Row = { name: string; schema: { safeParse(value: unknown): { success: boolean } }; value: unknown; accepted: boolean };

const rows: Row[] = [
  // Bounds on strings, arrays and numbers; whole numbers.
  { name: 'answer question id of 80 characters', schema: answerSchema, value: { ...answer, questionId: 'q'.repeat(80) }, accepted: true },
  { name: 'answer question id of 81 characters', schema: answerSchema, value: { ...answer, questionId: 'q'.repeat(81) }, accepted: false },
  { name: 'answer question id empty', schema: answerSchema, value: { ...answer, questionId: '' }, accepted: false },
  { name: 'answer "from" with no source (min 1)', schema: answerSchema, value: { ...answer, from: [] }, accepted: false },
  { name: 'answer "from" with 3 sources', schema: answerSchema, value: { ...answer, from: ['parent', 'practitioner', 'informant'] }, accepted: true },
  { name: 'answer "from" with 4 sources (max 3)', schema: answerSchema, value: { ...answer, from: ['parent', 'parent', 'parent', 'parent'] }, accepted: false },
  { name: 'child aged 18', schema: presenceSchema, value: { ...presence, childrenAges: [18] }, accepted: true },
  { name: 'child aged 19', schema: presenceSchema, value: { ...presence, childrenAges: [19] }, accepted: false },
  { name: 'child aged -1', schema: presenceSchema, value: { ...presence, childrenAges: [-1] }, accepted: false },
  { name: 'child aged 1.5 (whole years)', schema: presenceSchema, value: { ...presence, childrenAges: [1.5] }, accepted: false },
  { name: 'child age as text', schema: presenceSchema, value: { ...presence, childrenAges: ['2'] }, accepted: false },
  { name: 'child age NaN', schema: presenceSchema, value: { ...presence, childrenAges: [Number.NaN] }, accepted: false },
  { name: '12 children', schema: presenceSchema, value: { ...presence, childrenAges: Array(12).fill(0) }, accepted: true },
  { name: '13 children (max 12)', schema: presenceSchema, value: { ...presence, childrenAges: Array(13).fill(0) }, accepted: false },
  { name: 'baby age 1200 days', schema: contactSituationSchema, value: { babyAgeDays: 1200 }, accepted: true },
  { name: 'baby age 1201 days', schema: contactSituationSchema, value: { babyAgeDays: 1201 }, accepted: false },
  { name: 'gestation 3 weeks (min 4)', schema: contactSituationSchema, value: { gestationWeeks: 3 }, accepted: false },
  { name: 'gestation 44 weeks', schema: contactSituationSchema, value: { gestationWeeks: 44 }, accepted: true },
  // ISO times (seconds and fractions allowed, an offset or a bare date not).
  { name: 'time with milliseconds', schema: answerSchema, value: { ...answer, answeredAt: AT }, accepted: true },
  { name: 'time without seconds', schema: answerSchema, value: { ...answer, answeredAt: '2026-03-02T10:00Z' }, accepted: false },
  { name: 'time with an offset', schema: answerSchema, value: { ...answer, answeredAt: '2026-03-02T10:00:27+01:00' }, accepted: false },
  { name: 'a date without a time', schema: answerSchema, value: { ...answer, answeredAt: '2026-03-02' }, accepted: false },
  { name: 'an impossible date', schema: answerSchema, value: { ...answer, answeredAt: '2026-02-30T10:00:00Z' }, accepted: false },
  // Minute times: the shape, then a real date.
  { name: 'minute time', schema: minuteTimeSchema, value: '2026-03-02T10:00Z', accepted: true },
  { name: 'minute time with seconds', schema: minuteTimeSchema, value: '2026-03-02T10:00:00Z', accepted: false },
  { name: 'minute time on 30 February', schema: minuteTimeSchema, value: '2026-02-30T10:00Z', accepted: false },
  // Regexes with a length bound.
  { name: 'pathway id', schema: pathwayIdSchema, value: 'history.severe-mental-illness', accepted: true },
  { name: 'pathway id in capitals', schema: pathwayIdSchema, value: 'History', accepted: false },
  { name: 'pathway id of 81 characters', schema: pathwayIdSchema, value: 'a'.repeat(81), accepted: false },
  { name: 'rule id', schema: ruleIdSchema, value: 'HR-POSTPARTUM-PSYCHOSIS-RISK', accepted: true },
  { name: 'rule id without a hyphen', schema: ruleIdSchema, value: 'HR', accepted: false },
  { name: 'follow-up seen on a date', schema: referralFollowUpSchema, value: { seenOn: '2026-05-04', answeredAt: AT }, accepted: true },
  { name: 'follow-up seen on an unpadded date', schema: referralFollowUpSchema, value: { seenOn: '2026-5-4', answeredAt: AT }, accepted: false },
  // Trimming before the bounds.
  { name: 'language of spaces only (trimmed to empty)', schema: contactSituationSchema, value: { language: '   ' }, accepted: false },
  { name: 'language of 40 characters inside spaces', schema: contactSituationSchema, value: { language: ` ${'a'.repeat(40)} ` }, accepted: true },
  // Strict objects reject unknown keys; plain objects strip them.
  { name: 'situation with an unknown key (strict)', schema: contactSituationSchema, value: { babyName: 'x' }, accepted: false },
  { name: 'history fact with an unknown key (strict)', schema: historyFactSchema, value: { ...history, note: 'x' }, accepted: false },
  { name: 'facts with a free-text key (strict)', schema: handoverFactsSchema, value: { ...facts, familyWords: 'x' }, accepted: false },
  { name: 'presence with an unknown key (stripped, not strict)', schema: presenceSchema, value: { ...presence, dog: true }, accepted: true },
  { name: 'service with an unknown key (strict)', schema: localServiceSchema, value: { ...service, phnoe: '111' }, accepted: false },
  // Nullable and optional.
  { name: 'outstanding fact for nobody in particular', schema: outstandingFactSchema, value: { kind: 'partner-not-seen', subject: null, instrumentId: null }, accepted: true },
  { name: 'outstanding fact with the subject missing (nullable is not optional)', schema: outstandingFactSchema, value: { kind: 'partner-not-seen', instrumentId: null }, accepted: false },
  { name: 'outstanding fact of a paperwork kind', schema: outstandingFactSchema, value: { kind: 'outcome-not-decided', subject: null, instrumentId: null }, accepted: false },
  { name: 'facts of version 1 without the story over time', schema: handoverFactsSchema, value: { ...facts, v: 1 }, accepted: true },
  { name: 'facts of version 3', schema: handoverFactsSchema, value: { ...facts, v: 3 }, accepted: false },
  // Refinements.
  { name: 'complete screening with a total', schema: screeningFactSchema, value: screening, accepted: true },
  { name: 'complete screening without a total', schema: screeningFactSchema, value: { ...screening, total: null }, accepted: false },
  { name: 'screening total above its maximum', schema: screeningFactSchema, value: { ...screening, total: 31 }, accepted: false },
  { name: 'screening band without its lower bound', schema: screeningFactSchema, value: { ...screening, bandFrom: null }, accepted: false },
  { name: 'declined screening with no total and no band', schema: screeningFactSchema, value: { ...screening, status: 'declined', total: null, bandId: null, bandFrom: null }, accepted: true },
  { name: 'score without a band', schema: scoreFactSchema, value: score, accepted: true },
  { name: 'score above its maximum', schema: scoreFactSchema, value: { ...score, total: 31 }, accepted: false },
  { name: 'EPDS probable equal to possible', schema: pathwaySettingsSchema, value: { ...defaultPathwaySettings, epdsPossibleFrom: 12, epdsProbableFrom: 12 }, accepted: true },
  { name: 'EPDS probable below possible', schema: pathwaySettingsSchema, value: { ...defaultPathwaySettings, epdsPossibleFrom: 12, epdsProbableFrom: 11 }, accepted: false },
  { name: 'retention warning before deletion', schema: retentionPolicySchema, value: policy, accepted: true },
  { name: 'retention warning as long as the draft is kept', schema: retentionPolicySchema, value: { ...policy, draftWarningMs: policy.draftRetentionMs }, accepted: false },
  // Discriminated unions.
  { name: 'response of an unknown kind', schema: responseSchema, value: { kind: 'skipped' }, accepted: false },
  { name: 'not asked with a reason', schema: responseSchema, value: { kind: 'not-asked', reason: 'out-of-time' }, accepted: true },
  { name: 'not asked without a reason', schema: responseSchema, value: { kind: 'not-asked' }, accepted: false },
  { name: 'change of an unknown type', schema: contactChangeSchema, value: { type: 'rename', at: AT }, accepted: false },
  { name: 'text change of a field that is not free text', schema: contactChangeSchema, value: { type: 'text', field: 'id', value: 'x', at: AT }, accepted: false },
  // Insert requests cross from the background: whole, non-negative numbers.
  { name: 'insert request', schema: recordInsertRequestSchema, value: insertRequest, accepted: true },
  { name: 'insert request for frame -1', schema: recordInsertRequestSchema, value: { ...insertRequest, frameId: -1 }, accepted: false },
  { name: 'insert request for tab 1.5', schema: recordInsertRequestSchema, value: { ...insertRequest, tabId: 1.5 }, accepted: false },
];

describe('[H100-a] the Zod Mini schemas accept and reject what the classic ones did', () => {
  it.each(rows)('$name: accepted $accepted', ({ schema, value, accepted }) => {
    expect(schema.safeParse(value).success).toBe(accepted);
  });

  it('trims the language as it is stored', () => {
    expect(contactSituationSchema.parse({ language: '  Polish ' })).toEqual({ language: 'Polish' });
  });

  it('fills the defaults of a service and a crisis route, and never shares a default list between two parses', () => {
    expect(localServiceSchema.parse(service)).toEqual({ ...service, phone: '', web: '', email: '', hours: '', notes: '' });
    const first = crisisRouteSchema.parse(crisis);
    expect(first).toEqual({ ...crisis, phone: '', web: '', hours: '', levels: ['E4', 'E5'], forWhom: 'anyone' });
    first.levels.push('E4');
    expect(crisisRouteSchema.parse(crisis).levels).toEqual(['E4', 'E5']);
  });

  it('keeps the fields of a plain object it was given and drops the unknown ones', () => {
    expect(presenceSchema.parse({ ...presence, dog: true })).toEqual(presence);
  });
});

// Classic Zod registers English messages when it loads; Zod Mini registers none. The panel no
// longer loads classic Zod, so every message the options page or the panel shows must come from the
// schema itself or from field-errors' plain words, never from a locale. These run with no locale.
describe('[H100-b] configuration messages are the same without classic Zod’s English messages', () => {
  let saved: ReturnType<typeof config>['localeError'];
  beforeAll(() => {
    saved = config().localeError;
    config({ localeError: undefined });
  });
  afterAll(() => {
    config({ localeError: saved });
  });

  const errorsFor = (doc: unknown) => {
    const result = safeParseWithPlainWords(configDocumentSchema, doc);
    return result.success ? [] : fieldErrorsFrom(result.error, configDocumentSchema);
  };

  it.each([
    ['no configVersion', {}, [{ path: 'configVersion', message: 'is required: add "configVersion": 1' }]],
    ['configVersion 2', { configVersion: 2 }, [{ path: 'configVersion', message: 'must be 1: this extension reads configuration version 1 only' }]],
    ['a whole number as text', { configVersion: 1, security: { idleLockMinutes: '15' } }, [{ path: 'security.idleLockMinutes', message: 'must be a number (found text)' }]],
    ['a fraction', { configVersion: 1, security: { idleLockMinutes: 1.5 } }, [{ path: 'security.idleLockMinutes', message: 'must be a whole number' }]],
    [
      'a bound with its reason',
      { configVersion: 1, security: { idleLockMinutes: 61 } },
      [{ path: 'security.idleLockMinutes', message: 'must be 60 or less (The panel locks when the laptop is left in a family home; 15 minutes by default, never longer than an hour.)' }],
    ],
    [
      'a pathway threshold with its source',
      { configVersion: 1, pathway: { partnerEpdsFrom: 5 } },
      [{ path: 'pathway.partnerEpdsFrom', message: expect.stringMatching(/^must be 6 or more \(S11: /) }],
    ],
    ['an unknown enum value', { configVersion: 1, summary: { defaultVersion: 'long' } }, [{ path: 'summary.defaultVersion', message: 'must be one of: "short", "detailed"' }]],
    ['an empty list where one is needed', { configVersion: 1, services: [{ ...service, outcomes: [] }] }, [{ path: 'services[0].outcomes', message: 'must list at least one outcome code (O1-O14)' }]],
    [
      'an outcome listed twice',
      { configVersion: 1, services: [{ ...service, outcomes: ['O4', 'O4'] }] },
      [{ path: 'services[0].outcomes[1]', message: 'lists O4 more than once (outcome codes must be unique)' }],
    ],
    [
      'an id used twice across the lists',
      { configVersion: 1, services: [service], crisisRoutes: [{ ...crisis, id: service.id }] },
      [{ path: 'crisisRoutes[0].id', message: '"talking-therapies" is already used by services[0]; ids must be unique' }],
    ],
    ['a list where an object belongs', { configVersion: 1, retention: [] }, [{ path: 'retention', message: 'must be an object in curly brackets { } (found a list)' }]],
    [
      'a misspelt field inside a list item',
      { configVersion: 1, services: [{ ...service, phnoe: '111' }] },
      [{ path: 'services[0].phnoe', message: 'is not a recognised field (did you mean "phone"?); check the spelling or remove it' }],
    ],
    [
      'a shortened pathway field',
      { configVersion: 1, pathway: { epdsPossible: 10 } },
      [{ path: 'pathway.epdsPossible', message: 'is not a recognised field (did you mean "epdsPossibleFrom"?); check the spelling or remove it' }],
    ],
    [
      'a phone number with letters',
      { configVersion: 1, services: [{ ...service, phone: 'call us' }] },
      [{ path: 'services[0].phone', message: 'must be a phone number: digits, spaces, +, brackets and hyphens only (put extensions or options in the notes)' }],
    ],
    ['a name on two lines', { configVersion: 1, organisationName: 'A\nB' }, [{ path: 'organisationName', message: 'must be on one line (no line breaks or control characters)' }]],
  ])('%s', (_name, doc, expected) => {
    expect(errorsFor(doc)).toEqual(expected);
  });

  it('never falls back to a bare "Invalid input"', () => {
    const docs = [{ configVersion: 1, services: 'none' }, { configVersion: 1, services: [{}] }, { configVersion: 1, crisisRoutes: [{ ...crisis, levels: ['E3'] }] }, { configVersion: 1, pathway: { whooleyGad2Contacts: ['hv-new-birth', 'nope'] } }];
    for (const doc of docs) {
      const errors = errorsFor(doc);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.map((e) => e.message)).not.toContain('Invalid input');
    }
  });
});
