import type { OrganisationConfig } from '../config/schema';
import { crisisRoutes } from '../config/services-for-outcome';
import type { Contact, OutcomeCode, OutcomeDecision, Subject } from '../contact/contact';
import { outcomes } from '../pathway/outcomes';
import type { Evaluation } from '../pathway/evaluation';
import type { SectionId } from '../pathway/schema';
import { plainInline } from '../output/plain-text';
import { copyWordsFor } from './copy-words';
import { safetyPlanCopy } from './safety-plan-copy';
import { summaryView } from '../output/summary-view';
import { ukDate } from '../output/uk-time';

// A copy for the family (issue 13): plain English, for her (or the partner) to keep. What we talked
// about (topics only, never answers or scores), what happens next (the outcomes agreed), where to get
// help at any hour (the organisation's crisis routes that serve that person) and, for her, the safety
// plan made together.
//
// It NEVER carries domestic-abuse content, the partner's answers or her report about the partner:
// it reads only the person's OWN answers through the summary view (which already leaves out
// everything private), only for the topic they belong to, and only that person's outcomes. No
// safeguarding outcome (O10) is ever named: it could reveal a private disclosure. The practitioner's
// notes, the plan and the family's words are never copied (they may name other people).
// Readability: tests check Flesch-Kincaid grade 6 or below (a reading age of about 11).

export type FamilyCopyPerson = Subject;

/** Topics by pathway section (keys are the pathway's own section ids, so the type ties them). */
const topicBySection: Record<Exclude<SectionId, 'outcome' | 'partner'>, string> = {
  'birthing-parent': 'How you have been feeling lately.',
  'context-and-history': 'Things in your life that can affect how you feel.',
  'baby-and-relationship': 'You and your baby.',
};

const PARTNER_TOPIC = 'How you have been feeling lately.';
const MOOD_TOPIC = 'Some questions about your mood and worries.';

/** What each outcome means for the family, from the outcome data (`familyWords`). O10 has none: never written. */
const familyWords = new Map(outcomes.flatMap((o) => (o.familyWords ? [[o.code, o.familyWords] as const] : [])));

const AGREED: ReadonlySet<OutcomeDecision['status']> = new Set(['done', 'offered']);

export interface FamilyCopyInput {
  contact: Contact;
  /** The record evaluation (`evaluateForRecord`). */
  evaluation: Evaluation;
  config: OrganisationConfig;
}

/** The person's own copy as plain text (for copying or printing). */
export function familyCopy(input: FamilyCopyInput, person: FamilyCopyPerson = 'birthing-parent'): string {
  const { contact, evaluation, config } = input;
  const view = summaryView(contact, evaluation, person === 'partner' ? 'partner-record' : 'family-record');
  const own = view.answers.filter((a) => a.subject === person && (a.respondent === 'self' || a.respondent === 'practitioner'));

  const topics: string[] = [];
  if (view.instruments.some((r) => r.subject === person && r.status !== 'not-started')) topics.push(MOOD_TOPIC);
  // The words for the contact's situation (copy-words.ts): after a death, never "You and your baby"
  // and never "your baby" (H119); those questions are not asked then anyway.
  const words = copyWordsFor(contact);
  for (const answer of own) {
    const section = view.items.get(answer.key)?.section;
    if (section && (words.familyTopicsLeftOut as readonly string[]).includes(section)) continue;
    const topic = person === 'partner' ? PARTNER_TOPIC : section && section in topicBySection ? topicBySection[section as keyof typeof topicBySection] : undefined;
    if (topic && !topics.includes(topic)) topics.push(topic);
  }

  // An outcome's own words, unless the situation's words replace them (copy-words.ts; never for an
  // outcome without family words, such as O10).
  const stepWords = (code: OutcomeCode) => (familyWords.has(code) ? (words.outcomeFamilyWords[code] ?? familyWords.get(code)) : undefined);
  const steps = new Set<string>();
  for (const outcome of view.outcomes) {
    const step = stepWords(outcome.code);
    if (outcome.subject === person && outcome.decision && AGREED.has(outcome.decision.status) && step) steps.add(step);
  }
  for (const decision of view.chosen) {
    const step = stepWords(decision.code);
    if (decision.subject === person && AGREED.has(decision.status) && step) steps.add(step);
  }

  const lines: string[] = [person === 'partner' ? 'YOUR COPY (FOR THE PARTNER)' : 'YOUR COPY', `From your visit on ${ukDate(contact.startedAt)}.`, ''];
  lines.push('What we talked about:');
  lines.push(...(topics.length ? topics.map((t) => `- ${t}`) : ['- How you are.']));
  lines.push('', 'What happens next:');
  lines.push(...(steps.size ? [...steps].map((w) => `- ${w}`) : ['- Nothing new was planned today.']));
  const next = plainInline(contact.nextContact);
  if (next) lines.push(`- Next visit: ${next}`);

  const plan = person === 'birthing-parent' ? safetyPlanCopy(contact, config) : null;
  if (plan) {
    // Her safety plan ends with the same routes: say where, rather than list them twice.
    lines.push('', 'Help at any time of day or night: see the end of your safety plan below.', '', plan);
    return `${lines.join('\n')}\n`;
  }
  lines.push('', 'Help at any time of day or night:');
  const routes = crisisRoutes(config, 'E4', person);
  for (const route of [...routes.local, ...routes.national]) {
    const phone = route.phone ? `: ${plainInline(route.phone)}` : '';
    const hours = route.hours ? ` (${plainInline(route.hours)})` : '';
    lines.push(`- ${plainInline(route.name)}${phone}${hours}`);
  }
  lines.push(`- ${words.familyDangerNow}`);

  return `${lines.join('\n')}\n`;
}
