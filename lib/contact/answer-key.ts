import type { Subject } from '../shared/ids';

// Kept apart from the contact schemas (contact.ts) so that the pathway engine and data, which key
// answers this way, import no validator (issue 17).

/** Answers are keyed `${subject}/${questionId}` so each is one fact that can be saved on its own. */
export type AnswerKey = `${Subject}/${string}`;
export function answerKey(subject: Subject, questionId: string): AnswerKey {
  return `${subject}/${questionId}`;
}
