import { HISTORY_QUESTIONS } from '../../output/labels';
import { line } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import { answerBlock } from './answers';
import { raisedUnanswered, isCheckAnswer, redFlagCheckLines } from './red-flag-check';
import { type SummarySection, sectionOf } from './section';

// The birthing parent's section: today's answers, then her history in a fixed order.

export function birthingParentSection(view: SummaryView): SummarySection {
  const knownKeys = new Set([...view.items.values()].filter((i) => i.known).map((i) => i.key));
  const answers = view.answers.filter(
    (a) =>
      a.subject === 'birthing-parent' &&
      a.respondent !== 'birthing-parent-about-partner' &&
      (sectionOf(view, a.key) === 'birthing-parent' || sectionOf(view, a.key) === 'context-and-history') &&
      !knownKeys.has(a.key),
  );
  const main = answers.filter((a) => sectionOf(view, a.key) === 'birthing-parent');
  const history = answers.filter((a) => sectionOf(view, a.key) === 'context-and-history');
  history.sort((a, b) => historyRank(a.questionId) - historyRank(b.questionId));
  const lines = [...answerBlock(view, main), ...answerBlock(view, history)];
  if (!main.some((a) => isCheckAnswer(view, a))) {
    const raised = raisedUnanswered(view, 'birthing-parent', 'birthing-parent');
    if (raised.length) lines.push(...redFlagCheckLines(view, raised));
  }
  if (view.privateQuestionAsked) {
    lines.push({
      ...line(
        'Private question: asked in private. Anything arising is recorded under local procedures, not in this summary.',
        'Private question: asked in private',
        1,
      ),
      // Said once, in the headline's "Seen" line beside "Seen alone" (H82).
      headline: 'seen',
    });
  }
  if (lines.length === 0) lines.push({ ...line('Nothing recorded for the birthing parent at this contact.', 'Nothing recorded', 1), brief: '' });
  return { id: 'birthing-parent', title: 'BIRTHING PARENT', shortTitle: 'Her', lines };
}

function historyRank(questionId: string): number {
  const i = HISTORY_QUESTIONS.indexOf(questionId);
  return i === -1 ? HISTORY_QUESTIONS.length : i;
}
