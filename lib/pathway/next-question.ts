import type { AnswerKey } from '../contact/contact';
import type { Evaluation, ItemView } from './evaluation';

function isToAsk(item: ItemView): boolean {
  return item.requirement === 'due' && item.askableNow && item.state.status === 'unanswered';
}

/**
 * What to ask next after the practitioner has just dealt with `afterKey`: the next item that is due,
 * can be asked now and has no response, continuing from that item in the pathway's order and
 * wrapping round. A follow-up the engine has just made due (e.g. which red flag, after "one or
 * more") therefore comes straight after the question that opened it, even when the practitioner
 * had jumped ahead. With no `afterKey` (or one no longer shown) it is the engine's nextQuestion.
 */
export function nextQuestionAfter(evaluation: Evaluation, afterKey: AnswerKey | null): ItemView | null {
  const items = evaluation.sections.flatMap((section) => section.items);
  const start = afterKey ? items.findIndex((item) => item.key === afterKey) : -1;
  for (let step = 1; step <= items.length; step++) {
    const item = items[(start + step) % items.length]!;
    if (isToAsk(item)) return item;
  }
  return null;
}
