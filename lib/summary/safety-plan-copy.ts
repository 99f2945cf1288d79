import type { OrganisationConfig } from '../config/schema';
import { crisisRoutes } from '../config/services-for-outcome';
import type { Contact, SafetyPlan, SafetyPlanField } from '../contact/contact';
import { plainInline, plainParagraphs } from '../output/plain-text';
import { ukDate } from '../output/uk-time';

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
  keepingSafe: 'Keeping myself and my baby safe',
};

/**
 * The contact records that the baby has died (H119, perinatal specialist review): the copies and
 * the plan's headings then never speak of "my baby" or "the baby". Read from the recorded situation
 * itself, the same fact the pathway's `babyDied` reads, so a copy made without an evaluation agrees.
 */
export function recordsBabyDied(contact: Contact): boolean {
  return contact.situation?.babySituation === 'died';
}

/** After a death: the same headings without the baby (H119). */
const headingsAfterBabyDied: Record<SafetyPlanField, string> = { ...headings, keepingSafe: 'Keeping myself safe' };

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
  keepingSafe: 'Keeping herself and the baby safe',
};

/** The record's headings for this contact: without the baby after a death (H119). */
export function safetyPlanRecordHeadingsFor(contact: Contact): Record<SafetyPlanField, string> {
  return recordsBabyDied(contact) ? { ...safetyPlanRecordHeadings, keepingSafe: 'Keeping herself safe' } : safetyPlanRecordHeadings;
}

export function hasSafetyPlanContent(plan: SafetyPlan | undefined): plan is SafetyPlan {
  return !!plan && (Object.keys(headings) as SafetyPlanField[]).some((field) => plan[field].trim() !== '');
}

/** The parent's copy, or null when no plan has been written. Plain text, for copying or printing. */
export function safetyPlanCopy(contact: Contact, config: OrganisationConfig): string | null {
  const plan = contact.safetyPlan;
  if (!hasSafetyPlanContent(plan)) return null;
  const died = recordsBabyDied(contact);
  const fieldHeadings = died ? headingsAfterBabyDied : headings;
  const lines: string[] = ['MY SAFETY PLAN', `Made with ${roleWords[contact.role]} on ${ukDate(plan.updatedAt)}.`, ''];
  for (const field of Object.keys(fieldHeadings) as SafetyPlanField[]) {
    const paragraphs = plainParagraphs(plan[field]);
    if (paragraphs.length === 0) continue;
    lines.push(`${fieldHeadings[field]}:`, ...paragraphs, '');
  }
  lines.push(died ? 'If I feel unsafe, or cannot keep myself safe, I will get help now:' : 'If I feel unsafe, or cannot keep myself or my baby safe, I will get help now:');
  // Her copy: the routes that serve her (a route configured for other adults only is not hers).
  const routes = crisisRoutes(config, 'E4', 'birthing-parent');
  for (const route of [...routes.local, ...routes.national]) {
    const phone = route.phone ? `: ${plainInline(route.phone)}` : '';
    const hours = route.hours ? ` (${plainInline(route.hours)})` : '';
    lines.push(`- ${plainInline(route.name)}${phone}${hours}`);
  }
  lines.push(died ? 'Call 999 if I am in danger right now.' : 'Call 999 if my baby or I are in danger right now.');
  return lines.join('\n');
}
