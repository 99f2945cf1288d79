import type { Answer, AnswerKey, Contact, NotAskedReason } from '../contact/contact';
import type { Evaluation, ItemView } from './evaluation';

// Declining a whole measure in one action (issue 13: declining the EPDS took ten clicks). The action
// records the same facts as ten separate taps: one "declined" (or "not asked" with a reason) per item
// still without a response, each its own answer. Nothing is inferred from it: the engine reads each
// item as usual, so a declined self-harm item (EPDS 10, PHQ-9 9) stays "self-harm risk not known"
// (self-harm-risk.ts RN-EPDS-10 / RN-PHQ9-9 and SUG-RISK-ENQUIRY-MEASURE-DECLINED; hazard H85).
// Answers already given are kept: the action never overwrites a response.

export type WholeMeasureResponse = { kind: 'declined' } | { kind: 'not-asked'; reason: NotAskedReason };

/** The items of `item`'s measure (same instrument, same person) that have no response yet. */
export function wholeMeasureRemaining(evaluation: Evaluation, item: ItemView): ItemView[] {
  if (!item.instrumentId) return [];
  return evaluation.sections
    .flatMap((section) => section.items)
    .filter((i) => i.instrumentId === item.instrumentId && i.subject === item.subject && i.state.status === 'unanswered' && !i.known);
}

/** One answer per remaining item, all with the same response and time. Empty for an item outside a measure. */
export function wholeMeasureAnswers(evaluation: Evaluation, item: ItemView, response: WholeMeasureResponse, answeredAt: string): Answer[] {
  return wholeMeasureRemaining(evaluation, item).map((i) => ({ questionId: i.questionId, subject: i.subject, response: { ...response }, answeredAt }));
}

/**
 * Undo: the answers the action recorded that are still as it left them (an item answered since is
 * kept). Returns their keys, for the panel to clear.
 */
export function wholeMeasureUndo(contact: Contact, recorded: readonly Answer[]): AnswerKey[] {
  return recorded
    .filter((answer) => {
      const stored = contact.answers[`${answer.subject}/${answer.questionId}`];
      return stored !== undefined && stored.answeredAt === answer.answeredAt && stored.response.kind === answer.response.kind;
    })
    .map((answer) => `${answer.subject}/${answer.questionId}` as AnswerKey);
}
