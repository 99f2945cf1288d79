import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerShape } from '../../../lib/fhir/answer-shape';
import { questionnaireUrl } from '../../../lib/fhir/canonical';
import { ORDINAL_VALUE_EXTENSION, questionnaireDownload, questionnaires, type Questionnaire, type QuestionnaireItem } from '../../../lib/fhir/questionnaire';
import { questionnaireResponses, type QuestionnaireResponseAnswer } from '../../../lib/fhir/questionnaire-response';
import { pathway } from '../../../lib/pathway/pathway';
import { PATHWAY_VERSION } from '../../../lib/pathway/version';
import { scenarioInputs } from '../summary/support';
import { VERIFIED } from './verified-codes';

// One generated Questionnaire per instrument (issue 15): valid against the official R4 JSON schema
// (extract in tests/fixtures/fhir, see its README), made from the pathway data item by item, with
// only verified codes, and the target of every QuestionnaireResponse the export makes. H97.

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/fhir/questionnaire.r4.schema.json'), 'utf8')) as {
  definitions: Record<string, unknown>;
};
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft06);
const validateQuestionnaire = ajv.compile(schema);
const validateBundle = ajv.compile({
  ...schema,
  $id: 'http://hl7.org/fhir/json-schema/4.0/bundle-of-questionnaires',
  $ref: '#/definitions/Bundle',
  definitions: { ...schema.definitions, ResourceList: { oneOf: [{ $ref: '#/definitions/Questionnaire' }] } },
});

const generated = questionnaires(pathway, PATHWAY_VERSION);

function codesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(codesIn);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = typeof record.system === 'string' && typeof record.code === 'string' ? [record.code] : [];
    return [...own, ...Object.values(record).flatMap(codesIn)];
  }
  return [];
}

function allItems(items: readonly QuestionnaireItem[]): QuestionnaireItem[] {
  return items.flatMap((i) => [i, ...allItems(i.item ?? [])]);
}

describe('[H97-a] FHIR Questionnaires generated from the pathway data', () => {
  it('makes one per scored instrument: Whooley, GAD-2, EPDS, PHQ-9 and GAD-7', () => {
    expect(generated.map((q) => q.id).sort()).toEqual(pathway.instruments.map((i) => i.id).sort());
    expect(generated.map((q) => q.id)).toEqual(expect.arrayContaining(['whooley', 'gad-2', 'epds', 'phq-9', 'gad-7']));
  });

  it.each(generated.map((q) => [q.id, q] as const))('%s validates against the R4 JSON schema', (_id, questionnaire) => {
    const ok = validateQuestionnaire(questionnaire);
    expect(validateQuestionnaire.errors ?? [], JSON.stringify(validateQuestionnaire.errors)).toEqual([]);
    expect(ok).toBe(true);
    expect(questionnaire.url).toBe(questionnaireUrl(questionnaire.id));
    expect(questionnaire.version).toBe(PATHWAY_VERSION);
    expect(questionnaire.status).toBe(PATHWAY_VERSION.endsWith('-draft') ? 'draft' : 'active');
  });

  it.each(pathway.instruments.map((i) => [i.id, i] as const))('%s: every item, option, score and code comes from the instrument', (id, instrument) => {
    const questionnaire = generated.find((q) => q.id === id) as Questionnaire;
    const items = questionnaire.item.filter((i) => i.type !== 'display' && !i.linkId.endsWith('.total'));
    expect(items.map((i) => i.linkId)).toEqual(instrument.items.map((q) => q.id));
    for (const question of instrument.items) {
      const item = items.find((i) => i.linkId === question.id) as QuestionnaireItem;
      expect(item.required).toBe(question.scored);
      expect(item.code?.map((c) => c.code)).toEqual(question.codes?.loinc ? [question.codes.loinc] : undefined);
      const shape = answerShape(question.options);
      if (shape === 'loinc-coding') {
        expect(item.type).toBe('choice');
        expect(item.answerOption?.map((o) => o.valueCoding?.code)).toEqual(question.options.map((o) => o.loinc));
        expect(item.answerOption?.map((o) => o.extension?.find((e) => e.url === ORDINAL_VALUE_EXTENSION)?.valueDecimal)).toEqual(question.options.map((o) => o.score));
      } else if (shape === 'integer') {
        expect(item.type).toBe('integer');
        expect(item.answerOption?.map((o) => o.valueInteger)).toEqual(question.options.map((o) => o.score));
        for (const option of question.options) expect(item.item?.[0]?.text).toContain(`= ${option.score ?? ''}`);
      } else {
        expect(item.type).toBe(shape);
      }
    }
    const total = questionnaire.item.find((i) => i.linkId === `${id}.total`);
    expect(total?.code?.map((c) => c.code)).toEqual(
      [instrument.codes.loincTotal, instrument.codes.snomedScore].filter(Boolean).length ? [instrument.codes.loincTotal, instrument.codes.snomedScore].filter(Boolean) : undefined,
    );
    expect(questionnaire.code?.[0]?.code).toBe(instrument.codes.loincPanel);
  });

  it('carries only codes the reference marks verified (none of the ◐ or "check" codes)', () => {
    for (const code of codesIn(generated)) expect(VERIFIED.has(code), code).toBe(true);
    const all = JSON.stringify(generated);
    for (const unverified of ['99046-5', '69737-5', '69689-8']) expect(all).not.toContain(unverified);
  });

  it('gives each item a linkId unique within its Questionnaire', () => {
    for (const q of generated) {
      const ids = allItems(q.item).map((i) => i.linkId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('exports all of them as one Bundle that validates', () => {
    const download = questionnaireDownload(pathway, PATHWAY_VERSION);
    expect(download.count).toBe(pathway.instruments.length);
    expect(download.filename).toBe(`pmh-questionnaires-${PATHWAY_VERSION}.fhir.json`);
    const ok = validateBundle(JSON.parse(download.json));
    expect(validateBundle.errors ?? [], JSON.stringify(validateBundle.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
});

function valueKind(answer: QuestionnaireResponseAnswer): string {
  if (answer.valueCoding) return 'choice';
  if (answer.valueBoolean !== undefined) return 'boolean';
  if (answer.valueInteger !== undefined) return 'integer';
  return 'string';
}

describe('[H97-b] every QuestionnaireResponse points to its Questionnaire by the configured canonical URL', () => {
  const responses = scenarioInputs.flatMap((s) => [
    ...questionnaireResponses(s.contact, s.evaluation),
    ...questionnaireResponses(s.contact, s.evaluation, 'partner-record'),
  ]);

  it('covers responses to every instrument in the scenarios', () => {
    expect(new Set(responses.map((r) => r.questionnaire.split('|')[0])).size).toBeGreaterThanOrEqual(4);
  });

  it('names a generated Questionnaire as url|version, and answers only its items, in their types and allowed values', () => {
    for (const response of responses) {
      const questionnaire = generated.find((q) => `${q.url}|${q.version}` === response.questionnaire);
      expect(questionnaire, response.questionnaire).toBeDefined();
      const items = allItems(questionnaire?.item ?? []);
      for (const answered of response.item) {
        const item = items.find((i) => i.linkId === answered.linkId);
        expect(item, `${response.questionnaire} ${answered.linkId}`).toBeDefined();
        for (const answer of answered.answer) {
          expect(valueKind(answer)).toBe(item?.type);
          if (item?.answerOption && answer.valueCoding) expect(item.answerOption.map((o) => o.valueCoding?.code)).toContain(answer.valueCoding.code);
          if (item?.answerOption && answer.valueInteger !== undefined) expect(item.answerOption.map((o) => o.valueInteger)).toContain(answer.valueInteger);
          if (item?.answerOption && answer.valueString !== undefined) expect(item.answerOption.map((o) => o.valueString)).toContain(answer.valueString);
        }
      }
    }
  });
});
