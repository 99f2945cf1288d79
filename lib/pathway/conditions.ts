import type { ContactTypeId, Subject } from '../contact/contact';
import type {
  Condition,
  InstrumentId,
  InstrumentStatus,
  Option,
  Phase,
  PresenceTest,
  SubjectRef,
} from './schema';

// Small builders so the pathway data reads like the reference. They only build plain data;
// evaluation lives in check-condition.ts.

export const always: Condition = { kind: 'always' };

export function answerIs(question: string, options: string[], of?: SubjectRef): Condition {
  return of ? { kind: 'answer-is', question, options, of } : { kind: 'answer-is', question, options };
}

export function responded(question: string, of?: SubjectRef): Condition {
  return of ? { kind: 'responded', question, of } : { kind: 'responded', question };
}

export function responseMissing(question: string, of?: SubjectRef): Condition {
  return of ? { kind: 'response-missing', question, of } : { kind: 'response-missing', question };
}

export function scoreAtLeast(question: string, min: number, of?: SubjectRef): Condition {
  return of ? { kind: 'item-score-at-least', question, min, of } : { kind: 'item-score-at-least', question, min };
}

export function positive(instrument: InstrumentId, of?: SubjectRef): Condition {
  return of ? { kind: 'instrument-positive', instrument, of } : { kind: 'instrument-positive', instrument };
}

export function band(instrument: InstrumentId, bands: string[], of?: SubjectRef): Condition {
  return of ? { kind: 'instrument-band', instrument, bands, of } : { kind: 'instrument-band', instrument, bands };
}

export function status(instrument: InstrumentId, statuses: InstrumentStatus[], of?: SubjectRef): Condition {
  return of
    ? { kind: 'instrument-status', instrument, statuses, of }
    : { kind: 'instrument-status', instrument, statuses };
}

export function present(is: PresenceTest): Condition {
  return { kind: 'presence', is };
}

export function contactType(...types: ContactTypeId[]): Condition {
  return { kind: 'contact-type', in: types };
}

export function phase(is: Phase): Condition {
  return { kind: 'phase', is };
}

export const firstContact: Condition = { kind: 'first-contact' };
export const screeningScheduled: Condition = { kind: 'screening-scheduled' };
export const helpQuestionOn: Condition = { kind: 'setting-on', setting: 'helpQuestionEnabled' };
export function depressionMeasureIs(measure: 'epds' | 'phq-9'): Condition {
  return { kind: 'depression-measure-is', measure };
}

export function subjectIs(subject: Subject): Condition {
  return { kind: 'subject-is', subject };
}

export function all(...conditions: Condition[]): Condition {
  return { kind: 'all', conditions };
}

export function any(...conditions: Condition[]): Condition {
  return { kind: 'any', conditions };
}

export function not(condition: Condition): Condition {
  return { kind: 'not', condition };
}

/** Yes/No for practitioner and history questions (unscored). */
export const yesNo: Option[] = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
];

/** "Has it been answered Yes" for a yes/no question. */
export function isYes(question: string, of?: SubjectRef): Condition {
  return answerIs(question, ['yes'], of);
}
