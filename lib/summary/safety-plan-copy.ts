import type { OrganisationConfig } from '../config/schema';
import { crisisRoutes } from '../config/services-for-outcome';
import type { Contact, SafetyPlan, SafetyPlanField } from '../contact/contact';
import { plainInline, plainParagraphs } from '../output/plain-text';
import { ukDate } from '../output/uk-time';
import { copyWordsData, copyWordsFor } from './copy-words';

// The safety plan in plain language, for the parent to keep (issue 10 item 8). It is made ONLY from
// the plan's own fields and the organisation's crisis routes: nothing else in the contact (no
// answers, no flags, no outcomes, nothing private, nothing of the partner's) can reach it. The form
// tells the practitioner that she keeps this copy, so nothing unsafe to be read by someone else
// should be written in it.

const headings: Record<SafetyPlanField, string> = {
  warningSigns: 'Signs that things are getting harder for me',
  coping: 'Things I can do to help myself cope',
  people: 'People I can talk to',
  professionals: 'Professionals I can contact',
  keepingSafe: copyWordsData.default.planKeepingSafeHeading,
};

const roleWords: Record<Contact['role'], string> = {
  midwife: 'my midwife',
  'health-visitor': 'my health visitor',
  'fnp-nurse': 'my family nurse',
};

/** The same fields as the record names them (the summary), in order. */
export const safetyPlanRecordHeadings: Record<SafetyPlanField, string> = {
  warningSigns: 'Warning signs',
  coping: 'Coping',
  people: 'People she can talk to',
  professionals: 'Professional contacts',
  keepingSafe: copyWordsData.default.recordKeepingSafeHeading,
};

/** The record's headings for this contact, in its situation's words (copy-words.ts; H119). */
export function safetyPlanRecordHeadingsFor(contact: Contact): Record<SafetyPlanField, string> {
  return { ...safetyPlanRecordHeadings, keepingSafe: copyWordsFor(contact).recordKeepingSafeHeading };
}

export function hasSafetyPlanContent(plan: SafetyPlan | undefined): plan is SafetyPlan {
  return !!plan && (Object.keys(headings) as SafetyPlanField[]).some((field) => plan[field].trim() !== '');
}

/** The parent's copy, or null when no plan has been written. Plain text, for copying or printing. */
export function safetyPlanCopy(contact: Contact, config: OrganisationConfig): string | null {
  const plan = contact.safetyPlan;
  if (!hasSafetyPlanContent(plan)) return null;
  // Its words for the contact's situation (copy-words.ts): without the baby after a death (H119).
  const words = copyWordsFor(contact);
  const fieldHeadings: Record<SafetyPlanField, string> = { ...headings, keepingSafe: words.planKeepingSafeHeading };
  const lines: string[] = ['MY SAFETY PLAN', `Made with ${roleWords[contact.role]} on ${ukDate(plan.updatedAt)}.`, ''];
  for (const field of Object.keys(fieldHeadings) as SafetyPlanField[]) {
    const paragraphs = plainParagraphs(plan[field]);
    if (paragraphs.length === 0) continue;
    lines.push(`${fieldHeadings[field]}:`, ...paragraphs, '');
  }
  lines.push(words.planGetHelp);
  // Her copy: the routes that serve her (a route configured for other adults only is not hers).
  const routes = crisisRoutes(config, 'E4', 'birthing-parent');
  for (const route of [...routes.local, ...routes.national]) {
    const phone = route.phone ? `: ${plainInline(route.phone)}` : '';
    const hours = route.hours ? ` (${plainInline(route.hours)})` : '';
    lines.push(`- ${plainInline(route.name)}${phone}${hours}`);
  }
  lines.push(words.planDangerNow);
  return lines.join('\n');
}
