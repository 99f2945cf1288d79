import type { BabySituation, ContactTypeId, Interpreter, NotAskedReason, Subject } from '../contact/contact';
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

export function notAskedBecause(question: string, reasons: NotAskedReason[], of?: SubjectRef): Condition {
  return of ? { kind: 'not-asked-because', question, reasons, of } : { kind: 'not-asked-because', question, reasons };
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

/**
 * Stored-answer conditions: read the stored answer whether or not its question is shown now. Only
 * for rules that keep a risk answer from vanishing (always paired with `hiddenNow`, see
 * `withdrawn`) and for keeping a group with answers in play (appliesWhen). Meta-tested.
 */
export type StoredRiskCondition = Extract<Condition, { kind: 'stored-answer-is' | 'stored-score-at-least' }>;

export function storedAnswerIs(question: string, options: string[], of?: SubjectRef): StoredRiskCondition {
  return of ? { kind: 'stored-answer-is', question, options, of } : { kind: 'stored-answer-is', question, options };
}

export function storedScoreAtLeast(question: string, min: number, of?: SubjectRef): StoredRiskCondition {
  return of ? { kind: 'stored-score-at-least', question, min, of } : { kind: 'stored-score-at-least', question, min };
}

export function storedResponded(question: string, of?: SubjectRef): Condition {
  return of ? { kind: 'stored-responded', question, of } : { kind: 'stored-responded', question };
}

/** The question is hidden now by relevance or consent (never by privacy alone). */
export function hiddenNow(question: string, of?: SubjectRef): Condition {
  return of ? { kind: 'hidden', question, of } : { kind: 'hidden', question };
}

/**
 * A risk answer that was given (the stored answer meets `stored`) and whose question a later change
 * has hidden. `stored` must read the same question and subject (meta-tested).
 */
export function withdrawn(stored: StoredRiskCondition): Condition {
  return all(stored, hiddenNow(stored.question, stored.of));
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

/** The baby's situation at the start of the contact (unrecorded counts as 'with-parents'). */
export function babySituation(...situations: BabySituation[]): Condition {
  return { kind: 'baby-situation', in: situations };
}

/** The baby's recorded age in days is at least `min` and below `below`; false when not recorded. */
export function babyAgeDays(range: { min?: number; below?: number }): Condition {
  return { kind: 'baby-age-days', ...range };
}

/** The baby's age is recorded at the start of this contact. */
export const babyAgeRecorded: Condition = { kind: 'baby-age-days', min: 0 };

export function interpreterIs(...interpreters: Interpreter[]): Condition {
  return { kind: 'interpreter-is', in: interpreters };
}

/** A complete result from the story so far, within the instrument's own recall window. */
export function askedWithinRecall(instrument: InstrumentId, of?: SubjectRef): Condition {
  return of ? { kind: 'asked-within-recall', instrument, of } : { kind: 'asked-within-recall', instrument };
}

/** Outstanding rules only: a due item of the group is still unanswered for the subject (issue 16). */
export function dueUnanswered(group: string): Condition {
  return { kind: 'due-unanswered', group };
}

/** Outstanding rules only: private content is part of this contact but may not be shown now (issue 16). */
export const privacyMasked: Condition = { kind: 'privacy-masked' };

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

/** Issue 14: today's complete total is at least `min` above the previous score in the story so far. */
export function scoreRiseSinceLast(instrument: InstrumentId, min: number, of?: SubjectRef): Condition {
  return of ? { kind: 'score-rise-since-last', instrument, min, of } : { kind: 'score-rise-since-last', instrument, min };
}

/** Issue 14: one of these flag rules holds today and was not raised for the parent at an earlier contact. */
export function flagNewSinceLast(rules: string[], of?: SubjectRef): Condition {
  return of ? { kind: 'flag-new-since-last', rules, of } : { kind: 'flag-new-since-last', rules };
}

/** Issue 14: today's band is higher than the previous score's band (band order of the definition). */
export function bandRiseSinceLast(instrument: InstrumentId, of?: SubjectRef): Condition {
  return of ? { kind: 'band-rise-since-last', instrument, of } : { kind: 'band-rise-since-last', instrument };
}
