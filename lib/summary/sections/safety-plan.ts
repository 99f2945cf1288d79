import type { SafetyPlanField } from '../../contact/contact';
import { safetyPlanDue } from '../../pathway/safety-plan';
import { plainInline } from '../../output/plain-text';
import { hasSafetyPlanContent, safetyPlanRecordHeadingsFor } from '../safety-plan-copy';
import { line, type SummaryLine } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import { ukTimeRelativeTo } from '../../output/uk-time';
import type { SummarySection } from './section';

// The safety plan made together (issue 10 item 8; S8).

/**
 * The safety plan made together (issue 10 item 8; S8): what was agreed, in the practitioner's words,
 * and whether it is due but not made. The crisis numbers are the organisation's routes, given to her
 * in her own copy. None when no plan is due and none was made.
 */
export function safetyPlanSection(view: SummaryView): SummarySection | null {
  const plan = view.contact.safetyPlan;
  const due = safetyPlanDue(view.evaluation);
  if (!hasSafetyPlanContent(plan)) {
    if (!due.due) return null;
    return {
      id: 'safety-plan',
      title: 'SAFETY PLAN',
      shortTitle: 'Safety plan',
      lines: [line('Safety plan: due (a self-harm risk flag was raised), not recorded in this contact.', 'DUE, not recorded', 0)],
    };
  }
  const lines: SummaryLine[] = [
    line(
      `Made together with her: ${plan.madeTogether ? 'yes' : 'not recorded'} (${ukTimeRelativeTo(plan.updatedAt, view.contact.startedAt)}). A plain-language copy was offered to her, with the crisis numbers.`,
      `Made together: ${plan.madeTogether ? 'yes' : 'not recorded'}`,
      0,
    ),
  ];
  for (const [field, heading] of Object.entries(safetyPlanRecordHeadingsFor(view.contact)) as Array<[SafetyPlanField, string]>) {
    const text = plainInline(plan[field]);
    if (text) lines.push(line(`${heading}: ${text}`, `${heading}: ${text}`, 1));
  }
  return { id: 'safety-plan', title: 'SAFETY PLAN (MADE TOGETHER)', shortTitle: 'Safety plan', lines };
}
