import { answerKey } from '../contact/answer-key';
import type { AnswerKey, Contact, PractitionerRole, Subject } from '../contact/contact';
import { fromMinuteTime } from '../shared/minute-time';
import {
  FAMILY_QUESTION,
  MEDICATION_QUESTION,
  PERINATAL_HISTORY_QUESTION,
  PERSONALITY_TRAUMA_QUESTION,
  SELF_HARM_HISTORY_QUESTION,
  SMI_QUESTION,
  SPECIALIST_QUESTION,
} from './history';
import type { PathwayIndex } from './pathway-index';
import type { Option } from './schema';

// Known facts (issue 5, "tell it once"): history accepted from a previous contact's handover block
// (contact.storySoFar). What a known fact can and cannot do:
//
// - CAN: stand in for an unanswered history question in every rule. A known past severe mental
//   illness still recommends the specialist perinatal team (O6) and raises the high-risk flag at
//   the new contact: forgetting it would be the unsafe direction (S1, S4).
// - CAN: turn the question into "confirm still true" (ItemView.known). Confirming stores an
//   ordinary answer with the same option, at this contact's time; "changed" stores the new option.
// - CANNOT: override anything answered today. Today's answer always wins; the summary shows the
//   change next to the known value, so a discrepancy is visible rather than silently resolved.
// - CANNOT: stand in for screening. Scores, bands and item-risk answers have recall windows (the
//   past 7 days, 2 weeks, a month, reference §1.1): a result from an earlier contact is shown as
//   "already known (date)" by the summary and never counts as today's result, so known screening
//   never enters the engine.
// - Only enduring, past-tense facts can be known (KNOWN_FACT_QUESTIONS). Nothing private is ever
//   a known fact (the routine enquiry is not in the list, and handover blocks never carry it).

export const KNOWN_FACT_QUESTIONS: readonly string[] = [
  SMI_QUESTION,
  SPECIALIST_QUESTION,
  FAMILY_QUESTION,
  // Pathway 2026.4.0: confirmable at later contacts through the handover ("still true?").
  SELF_HARM_HISTORY_QUESTION,
  PERINATAL_HISTORY_QUESTION,
  PERSONALITY_TRAUMA_QUESTION,
  MEDICATION_QUESTION,
  'context.previous-loss',
  'context.childhood-trauma',
];

export interface KnownFact {
  key: AnswerKey;
  subject: Subject;
  questionId: string;
  option: Option;
  /** ISO time it was answered or last confirmed. */
  at: string;
  role: PractitionerRole;
}

/** The view the panel shows on an item: "known from <date>, <role>: <label>". */
export interface KnownFactView {
  optionId: string;
  label: string;
  /** ISO time it was answered or last confirmed at an earlier contact. */
  at: string;
  role: PractitionerRole;
  /** "Still true" stores this option as today's answer; "changed" asks the question as usual. */
  confirmOptionId: string;
}

/**
 * The known facts a contact carries, keyed by answer key. Facts for questions that are not known
 * fact questions, or whose question or option this pathway does not define (another pathway
 * version), are ignored: an unknown id must never become an answer.
 */
export function knownFactsOf(contact: Contact, index: PathwayIndex): ReadonlyMap<AnswerKey, KnownFact> {
  const known = new Map<AnswerKey, KnownFact>();
  for (const fact of contact.storySoFar?.facts.history ?? []) {
    if (!KNOWN_FACT_QUESTIONS.includes(fact.questionId)) continue;
    const entry = index.questions.get(fact.questionId);
    if (!entry || !entry.subjects.includes(fact.subject) || entry.group.privacy) continue;
    const option = entry.question.options.find((o) => o.id === fact.optionId);
    if (!option) continue;
    const key = answerKey(fact.subject, fact.questionId);
    known.set(key, { key, subject: fact.subject, questionId: fact.questionId, option, at: fromMinuteTime(fact.at), role: fact.role });
  }
  return known;
}

export function knownFactView(fact: KnownFact): KnownFactView {
  return { optionId: fact.option.id, label: fact.option.label, at: fact.at, role: fact.role, confirmOptionId: fact.option.id };
}
