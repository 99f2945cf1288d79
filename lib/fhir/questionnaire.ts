import type { Instrument, Pathway, Question } from '../pathway/schema';
import { plainInline } from '../output/plain-text';
import { answerShape } from './answer-shape';
import { questionnaireUrl } from './canonical';
import { LOINC, SNOMED, type Coding } from './questionnaire-response';

// FHIR R4 Questionnaires, one per instrument, generated from the pathway data (issue 15): the
// definitions every QuestionnaireResponse points to by `questionnaire` (lib/fhir/canonical.ts).
// Nothing here is hand-copied: wording, options, scores and codes are the instrument's own, so a
// change to the pathway changes the Questionnaire with it (a test compares them item by item).
//
// - linkIds are the pathway's question ids, as in the responses; the total is `<instrument>.total`.
// - Codes only where the pathway data holds them, which is only where the reference marks them ✅
//   (Instrument.codes, Question.codes.loinc, Option.loinc): the LOINC panel on `code`, LOINC item
//   codes on items, LOINC answer codes on answer options, the LOINC total and SNOMED CT score on
//   the total. Codes marked ◐ or "check" (Instrument.codes.notEncoded) are left out on purpose.
// - Answer scores: R4's `ordinalValue` extension on each coded answer option (valueDecimal).
//   Items answered with their score (EPDS, whose options carry no code) are `integer` items whose
//   allowed values are the scores, with a display child listing what each score means.
// - `status` is 'draft' while the pathway is a draft: nobody has signed these definitions off.

export const ORDINAL_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

type Ordinal = { url: typeof ORDINAL_VALUE_EXTENSION; valueDecimal: number };

export interface QuestionnaireAnswerOption {
  valueCoding?: Coding;
  valueInteger?: number;
  valueString?: string;
  extension?: Ordinal[];
}

export interface QuestionnaireItem {
  linkId: string;
  text: string;
  type: 'group' | 'display' | 'boolean' | 'integer' | 'string' | 'choice';
  code?: Coding[];
  required?: boolean;
  readOnly?: boolean;
  answerOption?: QuestionnaireAnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  text: { status: 'generated'; div: string };
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'draft' | 'active';
  experimental: boolean;
  subjectType: ['Patient'];
  description: string;
  copyright: string;
  code?: Coding[];
  item: QuestionnaireItem[];
}

function escapeXhtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A computable name (letters and digits, starting with a capital): "GAD-7" → "GAD7". */
function computableName(instrument: Instrument): string {
  const name = instrument.shortName.replace(/[^A-Za-z0-9]/g, '');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

function itemFor(question: Question): QuestionnaireItem {
  const base = {
    linkId: question.id,
    text: plainInline(question.text),
    ...(question.codes?.loinc ? { code: [{ system: LOINC, code: question.codes.loinc }] } : {}),
    // Scored items make the total; an unscored item (how difficult, the help question) may be left.
    required: question.scored,
  };
  const shape = answerShape(question.options);
  switch (shape) {
    case 'loinc-coding':
      return {
        ...base,
        type: 'choice',
        answerOption: question.options.map((o) => ({
          valueCoding: { system: LOINC, code: o.loinc ?? '', display: o.label },
          ...(o.score !== undefined ? { extension: [{ url: ORDINAL_VALUE_EXTENSION, valueDecimal: o.score }] } : {}),
        })),
      };
    case 'boolean': {
      const scores = question.options.filter((o) => o.score !== undefined).map((o) => `${o.label} = ${o.score}`);
      return {
        ...base,
        type: 'boolean',
        ...(scores.length ? { item: [{ linkId: `${question.id}.scoring`, type: 'display', text: `Scored: ${scores.join('; ')}.` }] } : {}),
      };
    }
    case 'integer':
      return {
        ...base,
        type: 'integer',
        answerOption: question.options.map((o) => ({ valueInteger: o.score ?? 0 })),
        item: [
          {
            linkId: `${question.id}.scoring`,
            type: 'display',
            text: `Answer with the score of the option chosen: ${question.options.map((o) => `${plainInline(o.label)} = ${o.score ?? 0}`).join('; ')}.`,
          },
        ],
      };
    case 'string':
      return { ...base, type: 'string', answerOption: question.options.map((o) => ({ valueString: o.label })) };
  }
}

function totalItem(instrument: Instrument): QuestionnaireItem {
  const codes: Coding[] = [];
  if (instrument.codes.loincTotal) codes.push({ system: LOINC, code: instrument.codes.loincTotal });
  if (instrument.codes.snomedScore) codes.push({ system: SNOMED, code: instrument.codes.snomedScore });
  return {
    linkId: `${instrument.id}.total`,
    text: `${instrument.shortName} total score (0-${instrument.maxTotal})`,
    type: 'integer',
    readOnly: true,
    ...(codes.length ? { code: codes } : {}),
  };
}

/** The Questionnaire for one instrument, at the given pathway version. */
export function questionnaireFor(instrument: Instrument, pathwayVersion: string): Questionnaire {
  const description = `${instrument.name}, as asked by PMH Contact Companion (pathway ${pathwayVersion}). Recall: ${instrument.recallWindow.text}. Items are answered by the person the measure is about; the total is the sum of the scored items and is given only when every scored item is answered.`;
  return {
    resourceType: 'Questionnaire',
    id: instrument.id,
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXhtml(plainInline(description))}</p><p>${escapeXhtml(plainInline(instrument.stem))}</p><ol>${instrument.items
        .map((q) => `<li>${escapeXhtml(plainInline(q.text))}</li>`)
        .join('')}</ol></div>`,
    },
    url: questionnaireUrl(instrument.id),
    version: pathwayVersion,
    name: computableName(instrument),
    title: plainInline(instrument.name),
    status: pathwayVersion.endsWith('-draft') ? 'draft' : 'active',
    experimental: pathwayVersion.endsWith('-draft'),
    subjectType: ['Patient'],
    description: plainInline(description),
    copyright: plainInline(instrument.copyright),
    ...(instrument.codes.loincPanel ? { code: [{ system: LOINC, code: instrument.codes.loincPanel, display: plainInline(instrument.name) }] } : {}),
    item: [
      { linkId: `${instrument.id}.stem`, type: 'display', text: plainInline(instrument.stem) },
      ...instrument.items.map(itemFor),
      totalItem(instrument),
    ],
  };
}

/** One Questionnaire per instrument the pathway scores. */
export function questionnaires(pathway: Pathway, pathwayVersion: string): Questionnaire[] {
  return pathway.instruments.map((instrument) => questionnaireFor(instrument, pathwayVersion));
}

export interface QuestionnaireDownload {
  filename: string;
  mimeType: 'application/fhir+json';
  /** A FHIR Bundle (type "collection") of every Questionnaire, pretty-printed. */
  json: string;
  count: number;
}

/** What About offers as "Export FHIR Questionnaires": no clinical data, only the definitions. */
export function questionnaireDownload(pathway: Pathway, pathwayVersion: string): QuestionnaireDownload {
  const resources = questionnaires(pathway, pathwayVersion);
  const bundle = { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
  return {
    filename: `pmh-questionnaires-${pathwayVersion}.fhir.json`,
    mimeType: 'application/fhir+json',
    json: `${JSON.stringify(bundle, null, 2)}\n`,
    count: resources.length,
  };
}
