import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContact, scores, scoresTotalling } from '../../../lib/pathway/contact-builder';
import { evaluateForRecord } from '../../../lib/pathway/evaluate';
import { pathway } from '../../../lib/pathway/pathway';
import {
  fhirDownload,
  INSTRUMENT_CODE_EXTENSION,
  ITEM_CODE_EXTENSION,
  questionnaireResponses,
  type QuestionnaireResponse,
} from '../../../lib/fhir/questionnaire-response';
import { contactArb, settingsArb } from '../pathway/support/arbitraries';
import { PRIVATE_TOPIC_ANYWHERE, scenarioInputs } from '../summary/support';
import { VERIFIED } from './verified-codes';

// The FHIR export validates against the official R4 JSON schema (extract in tests/fixtures/fhir,
// see its README), carries only verified codes, no identifiers, nothing private, and the partner's
// own instruments only with their consent to share.

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/fhir/questionnaire-response.r4.schema.json'), 'utf8')) as {
  definitions: Record<string, unknown>;
};
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft06);
const validateResponse = ajv.compile(schema);
// The download is a Bundle holding only QuestionnaireResponses: swap the stub ResourceList for that.
const validateBundle = ajv.compile({
  ...schema,
  $id: 'http://hl7.org/fhir/json-schema/4.0/bundle-of-questionnaire-responses',
  $ref: '#/definitions/Bundle',
  definitions: { ...schema.definitions, ResourceList: { oneOf: [{ $ref: '#/definitions/QuestionnaireResponse' }] } },
});

function expectValid(resource: QuestionnaireResponse) {
  const ok = validateResponse(resource);
  expect(validateResponse.errors ?? [], JSON.stringify(validateResponse.errors)).toEqual([]);
  expect(ok).toBe(true);
  // JSON Schema ignores `pattern` on numbers: check integers ourselves.
  for (const item of resource.item) for (const a of item.answer) if (a.valueInteger !== undefined) expect(Number.isInteger(a.valueInteger)).toBe(true);
}


function codesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(codesIn);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = typeof record.system === 'string' && typeof record.code === 'string' ? [record.code] : [];
    return [...own, ...Object.values(record).flatMap(codesIn)];
  }
  return [];
}

describe('questionnaireResponses', () => {
  it.each(scenarioInputs.map((s) => [s.scenario.id, s] as const))('[H16-h] %s: every response validates against the R4 schema', (_id, s) => {
    const responses = [...questionnaireResponses(s.contact, s.evaluation), ...questionnaireResponses(s.contact, s.evaluation, 'partner-record')];
    for (const r of responses) expectValid(r);
    const download = fhirDownload(s.contact, s.evaluation);
    if (download) expect(validateBundle(JSON.parse(download.json)), JSON.stringify(validateBundle.errors)).toBe(true);
  });

  it('[H16-d] property: for generated contacts every export validates, uses only verified codes, and holds nothing private', () => {
    fc.assert(
      fc.property(contactArb, settingsArb, (contact, settings) => {
        const evaluation = evaluateForRecord(pathway, contact, settings);
        for (const audience of ['family-record', 'partner-record'] as const) {
          const responses = questionnaireResponses(contact, evaluation, audience);
          for (const r of responses) {
            expectValid(r);
            for (const code of codesIn(r)) expect(VERIFIED, code).toContain(code);
          }
          const json = JSON.stringify(responses);
          expect(json).not.toMatch(PRIVATE_TOPIC_ANYWHERE);
          expect(json).not.toMatch(/"(subject|identifier|author|encounter|basedOn|partOf)"/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('[H03-f] one response per COMPLETED instrument only; incomplete and declined instruments are not exported', () => {
    const s = scenarioInputs.find((x) => x.scenario.id.startsWith('03'));
    if (!s) throw new Error('scenario 03 missing');
    expect(questionnaireResponses(s.contact, s.evaluation)).toEqual([]);
    expect(fhirDownload(s.contact, s.evaluation)).toBeNull();
  });

  it('[H16-e] PHQ-9: LOINC panel, item and answer codes, the total with LOINC and SNOMED codes, no identifiers', () => {
    const s = scenarioInputs.find((x) => x.scenario.id.startsWith('09'));
    if (!s) throw new Error('scenario 09 missing');
    const phq9 = questionnaireResponses(s.contact, s.evaluation).find((r) => r.questionnaire.includes('/phq-9|'));
    expect(phq9).toBeDefined();
    if (!phq9) return;
    expect(phq9.status).toBe('completed');
    expect(phq9.authored).toBe('2026-03-02T10:00:00.000Z');
    expect(phq9.source).toEqual({ display: 'Birthing parent' });
    expect(phq9.extension).toEqual([{ url: INSTRUMENT_CODE_EXTENSION, valueCoding: { system: 'http://loinc.org', code: '44249-1', display: 'Patient Health Questionnaire 9-item (PHQ-9)' } }]);
    const item9 = phq9.item.find((i) => i.linkId === 'phq-9.9');
    expect(item9).toEqual({
      linkId: 'phq-9.9',
      text: 'Thoughts that you would be better off dead, or of hurting yourself in some way',
      extension: [{ url: ITEM_CODE_EXTENSION, valueCoding: { system: 'http://loinc.org', code: '44260-8' } }],
      answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6569-3', display: 'Several days' } }],
    });
    const total = phq9.item.find((i) => i.linkId === 'phq-9.total');
    expect(total?.answer).toEqual([{ valueInteger: 6 }]);
    expect(total?.extension?.map((e) => e.valueCoding.code)).toEqual(['44261-6', '720433000']);
    // The unscored functional item, whose options are not all coded, is a plain label.
    expect(phq9.item.find((i) => i.linkId === 'phq-9.difficulty')?.answer).toEqual([{ valueString: 'Somewhat difficult' }]);
    expect(phq9.text.div).toContain('phq-9.9: Several days (1)');
  });

  it('[H16-f] EPDS: item scores as integers (as in the Danish KL Questionnaire), SNOMED score on the total, no unverified total LOINC 99046-5', () => {
    const s = scenarioInputs.find((x) => x.scenario.id.startsWith('02'));
    if (!s) throw new Error('scenario 02 missing');
    const epds = questionnaireResponses(s.contact, s.evaluation).find((r) => r.questionnaire.includes('/epds|'));
    if (!epds) throw new Error('no EPDS');
    expect(epds.extension?.[0]?.valueCoding.code).toBe('71354-5');
    expect(epds.item.filter((i) => i.linkId !== 'epds.total').every((i) => typeof i.answer[0]?.valueInteger === 'number')).toBe(true);
    expect(epds.item.find((i) => i.linkId === 'epds.total')?.extension).toEqual([{ url: ITEM_CODE_EXTENSION, valueCoding: { system: 'http://snomed.info/sct', code: '450320001' } }]);
    expect(JSON.stringify(epds)).not.toContain('99046-5');
  });

  it('[H16-g] GAD-7: no unverified panel 69737-5, no item 6 code 69689-8; GAD-2 and Whooley have no codes but the Whooley score', () => {
    const contact = buildContact({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': 'no', ...scores('gad-2', [2, 2]), ...scoresTotalling('gad-7', 12) } },
    });
    const responses = questionnaireResponses(contact, evaluateForRecord(pathway, contact));
    const json = JSON.stringify(responses);
    expect(json).not.toContain('69737-5');
    expect(json).not.toContain('69689-8');
    const gad7 = responses.find((r) => r.questionnaire.includes('/gad-7|'));
    expect(gad7?.extension).toBeUndefined();
    expect(gad7?.item.find((i) => i.linkId === 'gad-7.total')?.extension?.map((e) => e.valueCoding.code)).toEqual(['70274-6', '445455005']);
    const whooley = responses.find((r) => r.questionnaire.includes('/whooley|'));
    expect(whooley?.item.map((i) => i.answer[0])).toEqual([{ valueBoolean: true }, { valueBoolean: false }, { valueInteger: 1 }]);
    expect(whooley?.item.find((i) => i.linkId === 'whooley.total')?.extension?.[0]?.valueCoding.code).toBe('803351000000106');
    const gad2 = responses.find((r) => r.questionnaire.includes('/gad-2|'));
    expect(gad2?.item.find((i) => i.linkId === 'gad-2.total')?.extension).toBeUndefined();
  });

  it('an unscored item that was declined is left out and named in the narrative', () => {
    const contact = buildContact({
      contactType: 'hv-12-months',
      answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': 'no', ...scores('phq-9', [0, 1, 0, 0, 0, 0, 0, 0, 0]), 'phq-9.difficulty': { kind: 'declined' } } },
    });
    const phq9 = questionnaireResponses(contact, evaluateForRecord(pathway, contact)).find((r) => r.questionnaire.includes('/phq-9|'));
    expect(phq9?.item.some((i) => i.linkId === 'phq-9.difficulty')).toBe(false);
    expect(phq9?.text.div).toContain('Not included (no answer, never scored as 0): phq-9.difficulty (declined)');
  });

  it('[H06-g] the partner’s instruments only with their consent to share, otherwise in the partner’s own export', () => {
    const withConsent = scenarioInputs.find((x) => x.scenario.id.startsWith('02'));
    const without = scenarioInputs.find((x) => x.scenario.id.startsWith('07'));
    if (!withConsent || !without) throw new Error('scenarios missing');
    const sources = (rs: QuestionnaireResponse[]) => rs.map((r) => r.source.display);
    expect(sources(questionnaireResponses(withConsent.contact, withConsent.evaluation))).toContain('Partner or co-parent');
    expect(sources(questionnaireResponses(without.contact, without.evaluation))).not.toContain('Partner or co-parent');
    expect(sources(questionnaireResponses(without.contact, without.evaluation, 'partner-record'))).toEqual(['Partner or co-parent', 'Partner or co-parent']);
  });

  it('[H17-x] the download names no one: contact type and date only', () => {
    const s = scenarioInputs.find((x) => x.scenario.id.startsWith('02'));
    if (!s) throw new Error('scenario 02 missing');
    const download = fhirDownload(s.contact, s.evaluation);
    expect(download).toMatchObject({ filename: 'pmh-midwife-booking-2026-03-02.fhir.json', mimeType: 'application/fhir+json', count: 5 });
    expect(JSON.parse(download?.json ?? '{}')).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(download?.json).not.toContain(s.contact.id);
    expect(download?.json).not.toContain(s.contact.label);
  });
});
