import { levelRank } from '../pathway/escalation';
import { outcomes } from '../pathway/outcomes';
import { decisionLabel } from '../output/labels';
import { plainInline } from '../output/plain-text';
import type { SummaryView } from '../output/summary-view';
import type { SummaryLine } from './summary-line';
import { saidUnderRisk } from './sections/risk';

// The headline (issue 13): at most six lines at the top of both versions, so the next professional
// knows in seconds who was seen, the results that matter, the risk state, what was decided and what
// happens next. Built from the same view as the sections, so it cannot say anything they do not.

export const HEADLINE_MAX_LINES = 6;

const shortTitle = new Map(outcomes.map((o) => [o.code, o.shortTitle]));

function who(subject: string): string {
  return subject === 'partner' ? 'partner' : 'her';
}

/** The short wording the headline writes for a model line marked `headline` (summary-line.ts). */
export function headlineText(l: Pick<SummaryLine, 'brief' | 'short'>): string {
  return l.brief ?? l.short;
}

/**
 * The headline from the model's own lines (H82): `seen` (the contact section's lines), `results`
 * (each instrument's result line), `risk` (the level, risk not known, the warning or "no red
 * flags") and `next` (the next contact). The short version leaves these lines out of their
 * sections, so the headline is the only place it writes them.
 */
export function headlineLines(view: SummaryView, marked: { seen: readonly string[]; results: readonly string[]; risk: readonly string[]; next: readonly string[] }): string[] {
  const seen = `Seen: ${marked.seen.filter((t) => t !== '').join('; ')}.`;
  const resultLine = `Results: ${marked.results.length ? marked.results.join('; ') : 'no questionnaire started'}.`;

  // Named as the panel names its cards (components/contact/wording.ts): "red flag" only for what is
  // acted on today (E4, E5); a lower card (a risk not known yet, an item to complete before she
  // leaves, a higher-risk history) is "flagged". Calling every card a red flag over-alarms the next
  // reader (H40) and disagrees with the panel.
  const urgent = view.flags.filter((f) => levelRank(f.level) >= levelRank('E4')).map((f) => `${f.title} (${who(f.subject)})`);
  const followUp = view.flags.filter((f) => levelRank(f.level) < levelRank('E4')).map((f) => `${f.title} (${who(f.subject)})`);
  const riskParts = [...new Set(marked.risk)];
  const flagParts = [
    ...(urgent.length ? [`RED FLAG${urgent.length > 1 ? 'S' : ''}: ${urgent.join('; ')}`] : []),
    ...(followUp.length ? [`Flagged: ${followUp.join('; ')}`] : []),
  ];
  riskParts.splice(1, 0, ...flagParts);
  const riskLine = `Risk: ${riskParts.join('; ')}.`;

  const decided = [
    ...view.outcomes.filter((o) => o.decision).map((o) => `${o.code} ${shortTitle.get(o.code) ?? o.title} (${who(o.subject)}) ${decisionLabel[o.decision!.status]}`),
    ...view.chosen.map((d) => `${d.code} ${shortTitle.get(d.code) ?? d.code} (${who(d.subject)}) ${decisionLabel[d.status]}`),
  ];
  const undecided = view.outcomes.filter((o) => o.strength === 'recommend' && !o.decision).length;
  const decidedLine = `Decided: ${decided.length ? decided.join('; ') : 'nothing recorded'}${undecided ? `; ${undecided} recommended outcome${undecided > 1 ? 's' : ''} without a decision` : ''}.`;

  // The count points to "Not asked, and why", which no longer lists an unknown self-harm risk: the
  // Risk line above names it (H122; specialist review of H122, must-fix 5).
  const outstanding = view.outstanding.filter((o) => !saidUnderRisk(o)).length;
  const nextLine = `${marked.next.join('; ') || 'Next: not recorded'}${outstanding ? `; ${outstanding} outstanding item${outstanding > 1 ? 's' : ''} (see "Not asked, and why")` : ''}.`;

  return [seen, resultLine, riskLine, decidedLine, nextLine].map(plainInline);
}
