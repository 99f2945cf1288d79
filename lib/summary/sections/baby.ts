import type { Subject } from '../../contact/contact';
import { line } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import { answerBlock } from './answers';
import { type SummarySection, sectionOf, lowerFirst } from './section';

// The baby and the relationship, with what does not apply because of the baby's situation.

/** Hidden entries the baby section states with their reason (the short "not asked" does not repeat them). */
export function saidInBabySection(sectionId: string, subject: Subject | undefined): boolean {
  return sectionId === 'baby-and-relationship' && subject === 'birthing-parent';
}

export function babySection(view: SummaryView): SummarySection {
  const answers = view.answers.filter((a) => sectionOf(view, a.key) === 'baby-and-relationship');
  const lines = answerBlock(view, answers);
  // The baby's situation explains what was not asked (pathway 2026.4.0): say that, once.
  const notApplicable = view.evaluation.sections
    .find((s) => s.id === 'baby-and-relationship')
    ?.hidden.filter((h) => h.why === 'not-applicable' && saidInBabySection('baby-and-relationship', h.subject))
    .map((h) => h.reason);
  for (const reason of new Set(notApplicable ?? [])) lines.push(line(`Questions about the baby: ${lowerFirst(reason)}.`, lowerFirst(reason), 1));
  if (lines.length === 0) lines.push({ ...line('Nothing recorded about the baby and the relationship at this contact.', 'Nothing recorded', 1), brief: '' });
  return { id: 'baby', title: 'BABY AND RELATIONSHIP', shortTitle: 'Baby', lines };
}
