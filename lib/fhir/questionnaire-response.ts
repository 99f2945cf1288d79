import { answerShape } from './answer-shape';
import { FHIR_BASE, questionnaireCanonical } from './canonical';
import type { Contact, Subject } from '../contact/contact';
import type { CountedAnswer, Evaluation, InstrumentResult } from '../pathway/evaluation';
import { pathway } from '../pathway/pathway';
import { indexPathway } from '../pathway/pathway-index';
import type { Option } from '../pathway/schema';
import { plainInline } from '../output/plain-text';
import { summaryView, type Audience } from '../output/summary-view';

// FHIR R4 export (issue 5): one QuestionnaireResponse per COMPLETED instrument, for a record that
// can import FHIR. Decisions (docs/handover.md, "FHIR export"):
//
// - Only completed instruments: a total exists only when every scored item is answered, and a
//   declined item is never a score. Unscored items that were declined are left out and named in
//   the narrative.
// - No subject or patient identifiers: no `subject`, `identifier`, `author` or `encounter`. The
//   practitioner attaches the file to the right record. `source.display` says whose answers they
//   are ("Birthing parent" / "Partner or co-parent"), a role, not an identity.
// - Audience as for the summary (lib/output/summary-view.ts): nothing private ever; the partner's
//   own instruments only with their consent to share into the family record, otherwise in a
//   separate export for the partner's own record (audience 'partner-record').
// - Codes only where the reference marks them ✅ (the engine's InstrumentResult.codes and option
//   `loinc` already hold only those): LOINC answer codes LA6568-5…LA6571-9 on the 0-3 frequency
//   items; LOINC item codes on PHQ-9 and GAD-7 items; LOINC panel codes (EPDS 71354-5, PHQ-9
//   44249-1); LOINC totals (PHQ-9 44261-6, GAD-7 70274-6); SNOMED CT scores (EPDS 450320001,
//   PHQ-9 720433000, GAD-7 445455005, Whooley 803351000000106). Not encoded: EPDS total 99046-5
//   (◐), GAD-7 panel 69737-5 (◐), GAD-7 item 6 69689-8 (check), any GAD-2 or Whooley per-item code.
// - R4's QuestionnaireResponse has no place for item codes (they belong in a Questionnaire), so
//   codes travel in two extensions under this tool's namespace: `instrument-code` on the resource
//   and `item-code` on items. `questionnaire` is this tool's own canonical for every instrument
//   (linkIds are our question ids; LOINC's own Questionnaire, which needs a LOINC login to read,
//   may use other linkIds, so pointing at it would claim a structure we could not check). The
//   namespace is set at build time (lib/fhir/canonical.ts): a URN until an organisation publishes
//   its own Questionnaire definitions at an https address.

export { FHIR_BASE };
export const INSTRUMENT_CODE_EXTENSION = `${FHIR_BASE}/StructureDefinition/instrument-code`;
export const ITEM_CODE_EXTENSION = `${FHIR_BASE}/StructureDefinition/item-code`;
export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueCoding: Coding;
}

export interface QuestionnaireResponseAnswer {
  valueCoding?: Coding;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueString?: string;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text: string;
  extension?: Extension[];
  answer: QuestionnaireResponseAnswer[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  text: { status: 'generated'; div: string };
  extension?: Extension[];
  questionnaire: string;
  status: 'completed';
  authored: string;
  source: { display: string };
  item: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseBundle {
  resourceType: 'Bundle';
  type: 'collection';
  entry: Array<{ resource: QuestionnaireResponse }>;
}

const whose: Record<Subject, string> = { 'birthing-parent': 'Birthing parent', partner: 'Partner or co-parent' };

function escapeXhtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function answerFor(options: readonly Option[], option: Option): QuestionnaireResponseAnswer {
  switch (answerShape(options)) {
    case 'loinc-coding':
      return { valueCoding: { system: LOINC, code: option.loinc ?? '', display: option.label } };
    case 'boolean':
      return { valueBoolean: option.id === 'yes' };
    case 'integer':
      return { valueInteger: option.score ?? 0 };
    case 'string':
      return { valueString: option.label };
  }
}

function instrumentCodes(result: InstrumentResult): Extension[] {
  const codes: Extension[] = [];
  if (result.codes.loincPanel) codes.push({ url: INSTRUMENT_CODE_EXTENSION, valueCoding: { system: LOINC, code: result.codes.loincPanel, display: result.name } });
  return codes;
}

function totalCodes(result: InstrumentResult): Extension[] {
  const codes: Extension[] = [];
  if (result.codes.loincTotal) codes.push({ url: ITEM_CODE_EXTENSION, valueCoding: { system: LOINC, code: result.codes.loincTotal } });
  if (result.codes.snomedScore) codes.push({ url: ITEM_CODE_EXTENSION, valueCoding: { system: SNOMED, code: result.codes.snomedScore } });
  return codes;
}

function responseFor(result: InstrumentResult, answers: readonly CountedAnswer[], pathwayVersion: string): QuestionnaireResponse | null {
  if (result.status !== 'complete' || result.total === null) return null;
  const index = indexPathway(pathway);
  const instrument = index.instruments.get(result.instrumentId);
  if (!instrument) return null;
  const items: QuestionnaireResponseItem[] = [];
  const leftOut: string[] = [];
  const times: string[] = [];
  for (const question of instrument.items) {
    const answer = answers.find((a) => a.questionId === question.id);
    if (!answer) continue;
    times.push(answer.state.answeredAt);
    if (answer.state.status !== 'answered') {
      leftOut.push(`${question.id} (${answer.state.status === 'declined' ? 'declined' : 'not asked'})`);
      continue;
    }
    const chosen = answer.state.optionId;
    const option = question.options.find((o) => o.id === chosen);
    if (!option) continue;
    items.push({
      linkId: question.id,
      text: plainInline(question.text),
      ...(question.codes?.loinc ? { extension: [{ url: ITEM_CODE_EXTENSION, valueCoding: { system: LOINC, code: question.codes.loinc } }] } : {}),
      answer: [answerFor(question.options, option)],
    });
  }
  const total = totalCodes(result);
  items.push({
    linkId: `${result.instrumentId}.total`,
    text: `${result.shortName} total score (0-${result.maxTotal})`,
    ...(total.length ? { extension: total } : {}),
    answer: [{ valueInteger: result.total }],
  });
  const risk = result.itemRisk
    .map((r) => `${r.questionId}: ${r.optionLabel ?? ''} (${r.score ?? ''})`)
    .join('; ');
  const narrative = [
    `${result.name}, ${whose[result.subject].toLowerCase()}, recall ${result.recallWindow.text}: total ${result.total} of ${result.maxTotal}${result.band ? `, ${result.band.label}` : ''}.`,
    risk ? `Item-level risk: ${risk}.` : '',
    leftOut.length ? `Not included (no answer, never scored as 0): ${leftOut.join(', ')}.` : '',
    `Made with PMH Contact Companion, pathway ${pathwayVersion}.`,
  ]
    .filter(Boolean)
    .map((p) => `<p>${escapeXhtml(plainInline(p))}</p>`)
    .join('');
  const instrumentExtensions = instrumentCodes(result);
  return {
    resourceType: 'QuestionnaireResponse',
    text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${narrative}</div>` },
    ...(instrumentExtensions.length ? { extension: instrumentExtensions } : {}),
    questionnaire: questionnaireCanonical(result.instrumentId, pathwayVersion),
    status: 'completed',
    authored: [...times].sort().at(-1) ?? '',
    source: { display: whose[result.subject] },
    item: items,
  };
}

/**
 * One QuestionnaireResponse per completed instrument. `audience` 'family-record' (default): the
 * birthing parent's, and the partner's only with their consent to share into this record;
 * 'partner-record': the partner's own, for their own record. Pass the record evaluation
 * (`evaluateForRecord`), never the screen's.
 */
export function questionnaireResponses(contact: Contact, evaluation: Evaluation, audience: Audience = 'family-record'): QuestionnaireResponse[] {
  const view = summaryView(contact, evaluation, audience);
  const responses: QuestionnaireResponse[] = [];
  for (const result of view.instruments) {
    const answers = view.answers.filter((a) => a.instrumentId === result.instrumentId && a.subject === result.subject);
    const response = responseFor(result, answers, evaluation.pathwayVersion);
    if (response) responses.push(response);
  }
  return responses;
}

export interface FhirDownload {
  /** No identifiers: the contact type and date only. */
  filename: string;
  mimeType: 'application/fhir+json';
  /** A FHIR Bundle (type "collection") of the QuestionnaireResponses, pretty-printed. */
  json: string;
  count: number;
}

/**
 * What the summary screen offers as a download: `new Blob([d.json], { type: d.mimeType })` and an
 * object URL with `download = d.filename`. Returns null when no instrument was completed. Pass the
 * record evaluation (`evaluateForRecord`).
 */
export function fhirDownload(contact: Contact, evaluation: Evaluation, audience: Audience = 'family-record'): FhirDownload | null {
  const responses = questionnaireResponses(contact, evaluation, audience);
  if (responses.length === 0) return null;
  const bundle: QuestionnaireResponseBundle = { resourceType: 'Bundle', type: 'collection', entry: responses.map((resource) => ({ resource })) };
  const date = contact.startedAt.slice(0, 10);
  const who = audience === 'partner-record' ? '-partner' : '';
  return {
    filename: `pmh-${contact.contactType}-${date}${who}.fhir.json`,
    mimeType: 'application/fhir+json',
    json: `${JSON.stringify(bundle, null, 2)}\n`,
    count: responses.length,
  };
}
