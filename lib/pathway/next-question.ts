import type { AnswerKey, Contact } from '../contact/contact';
import type { Evaluation, ItemView } from './evaluation';

function isToAsk(item: ItemView): boolean {
  return item.requirement === 'due' && item.askableNow && item.state.status === 'unanswered';
}

/**
 * What to ask next after the practitioner has just dealt with `afterKey`, in this order:
 * 1. the rest of the same group for the same person (finish the measure or check in hand);
 * 2. anything that group's answers have just made DUE, wherever it sits in the pathway (issue 13:
 *    a measure that becomes due is asked next, not after everything else: Whooley positive → the
 *    EPDS; EPDS item 10 above 0 → the risk enquiry). Which items those are is the engine's own
 *    output: the due reasons' `triggeredBy` answer keys (the pathway's requirement rules), never a
 *    question id here;
 * 3. otherwise the next item that is due, can be asked now and has no response, continuing from
 *    that item in the pathway's order and wrapping round. A follow-up the engine has just made due
 *    (e.g. which red flag, after "one or more") therefore comes straight after the question that
 *    opened it, even when the practitioner had jumped ahead.
 * With no `afterKey` (or one no longer shown) it is the engine's nextQuestion.
 */
export function nextQuestionAfter(evaluation: Evaluation, afterKey: AnswerKey | null): ItemView | null {
  const items = evaluation.sections.flatMap((section) => section.items);
  const start = afterKey ? items.findIndex((item) => item.key === afterKey) : -1;
  const after = start >= 0 ? items[start]! : null;
  if (after) {
    const inGroup = (item: ItemView) => item.groupId === after.groupId && item.subject === after.subject;
    const restOfGroup = items.slice(start + 1).find((item) => inGroup(item) && isToAsk(item));
    if (restOfGroup) return restOfGroup;
    const groupKeys = new Set(items.filter(inGroup).map((item) => item.key));
    const madeDue = items.find(
      (item) => !inGroup(item) && isToAsk(item) && item.requirementReasons.some((reason) => reason.triggeredBy.some((key) => groupKeys.has(key))),
    );
    if (madeDue) return madeDue;
  }
  for (let step = 1; step <= items.length; step++) {
    const item = items[(start + step) % items.length]!;
    if (isToAsk(item)) return item;
  }
  return null;
}

/**
 * The answer given last in a stored contact, so a resumed contact carries on where it was left (the
 * rest of the measure in hand first, as nextQuestionAfter does during the contact), not at the first
 * due item in the pathway's order: an EPDS left after item 1 resumes at item 2, not at the GAD-2.
 * Answers given in the same instant (a whole measure, "None of these") are all of one group, so any
 * of them leads to the same next question; the key breaks the tie so the result is deterministic.
 */
export function lastAnsweredKey(contact: Pick<Contact, 'answers'>): AnswerKey | null {
  let last: { key: AnswerKey; at: number } | null = null;
  for (const [key, answer] of Object.entries(contact.answers) as Array<[AnswerKey, Contact['answers'][string]]>) {
    const at = Date.parse(answer.answeredAt);
    if (!last || at > last.at || (at === last.at && key > last.key)) last = { key, at };
  }
  return last?.key ?? null;
}
