import type { Option } from '../pathway/schema';

// How an item's answer is written in FHIR, decided once from the item's options so that each
// Questionnaire item (lib/fhir/questionnaire.ts) and the answers that point to it
// (lib/fhir/questionnaire-response.ts) always agree:
// - 'loinc-coding': every option has a verified LOINC answer code (reference §5.2 ✅) → Coding;
// - 'boolean': exactly yes/no → boolean;
// - 'integer': scored options without codes (EPDS) → the option's score;
// - 'string': anything else → the option's label.

export type AnswerShape = 'loinc-coding' | 'boolean' | 'integer' | 'string';

export function answerShape(options: readonly Option[]): AnswerShape {
  if (options.every((o) => o.loinc)) return 'loinc-coding';
  if (options.map((o) => o.id).sort().join(',') === 'no,yes') return 'boolean';
  if (options.every((o) => o.score !== undefined)) return 'integer';
  return 'string';
}
