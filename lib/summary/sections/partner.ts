import { line } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import { answerBlock } from './answers';
import { type SummarySection, sectionOf } from './section';

// The partner or co-parent's section, and the pointer to the separate partner summary.

export const PARTNER_ELSEWHERE =
  "The partner's own answers are in a separate partner summary (not for this record): they have not agreed to share them here.";
export const PARTNER_ELSEWHERE_SHORT = "Partner's own answers: separate partner summary, not for this record";

export function partnerSection(view: SummaryView): SummarySection {
  const answers = view.answers.filter(
    (a) => sectionOf(view, a.key) === 'partner' && (a.subject === 'partner' || a.respondent === 'birthing-parent-about-partner' || a.questionId.startsWith('partner.')),
  );
  const lines = answerBlock(view, answers);
  if (view.partnerWithheld) lines.push(line(PARTNER_ELSEWHERE, PARTNER_ELSEWHERE_SHORT, 0));
  if (lines.length === 0) lines.push({ ...line('Nothing recorded for a partner or co-parent at this contact.', 'Nothing recorded', 1), brief: '' });
  return { id: 'partner', title: 'PARTNER OR CO-PARENT', shortTitle: 'Partner', lines };
}
