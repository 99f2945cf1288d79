import { plainInline, plainParagraphs } from '../../output/plain-text';
import { line, type SummaryLine, type Tier } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import type { SummarySection } from './section';

// The family's own words, and the plan and next contact.

export function familyWordsSection(view: SummaryView): SummarySection {
  const paragraphs = plainParagraphs(view.contact.familyWords);
  const lines: SummaryLine[] = paragraphs.length
    ? paragraphs.map((p) => ({ full: p, short: p, tier: 3 as Tier, depth: 0 as const, paragraph: true }))
    : [line('None recorded.', 'None recorded', 3)];
  return { id: 'family-words', title: "FAMILY'S OWN WORDS", shortTitle: "Family's words", lines };
}

export function planSection(view: SummaryView): SummarySection {
  const plan = plainParagraphs(view.contact.plan);
  const next = plainInline(view.contact.nextContact);
  const lines: SummaryLine[] = [];
  if (plan.length) {
    lines.push(line('Plan:', '', 1));
    lines.push(...plan.map((p) => ({ full: p, short: p, tier: 1 as Tier, depth: 0 as const, paragraph: true })));
  } else {
    lines.push({ ...line('Plan: none recorded.', 'none recorded', 1), brief: '' });
  }
  lines.push({ ...line(`Next contact: ${next || 'not recorded'}.`, `Next: ${next || 'not recorded'}`, 1), headline: 'next' });
  return { id: 'plan', title: 'PLAN AND NEXT CONTACT', shortTitle: 'Plan', lines };
}
