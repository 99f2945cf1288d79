import type { OrganisationConfig } from '../../config/schema';
import { servicesForOutcome } from '../../config/services-for-outcome';
import type { Subject } from '../../contact/contact';
import { decisionLabel, subjectLabel } from '../../output/labels';
import { plainInline } from '../../output/plain-text';
import { line, type SummaryLine } from '../summary-line';
import type { SummaryView, ViewOutcome } from '../../output/summary-view';
import { ukTimeRelativeTo } from '../../output/uk-time';
import { SHARED_FOR_SAFETY_TEXT } from './risk';
import { type SummarySection, outcomeByCode, outcomeShortTitle, subjectShort } from './section';

// Outcomes and referrals: each recommended or considered outcome, its decision and reasons.

function serviceNames(config: OrganisationConfig | undefined, outcome: { code: string; subject: Subject }, serviceId?: string): string | null {
  if (!config) return null;
  // Safeguarding routes are never named: a local service name could reveal a private disclosure.
  if (outcome.code === 'O10') return 'local safeguarding procedures';
  const code = outcome.code as Parameters<typeof servicesForOutcome>[1];
  const chosen = serviceId ? config.services.find((s) => s.id === serviceId) : undefined;
  if (chosen) return plainInline(chosen.name);
  const services = servicesForOutcome(config, code, outcome.subject);
  if (services.services.length === 0) return null;
  const names = services.services.map((s) => plainInline(s.name)).join('; ');
  return services.usesNationalDefault ? `${names} (national route: no local service set)` : names;
}

/** The text cut at a word boundary to about `max` characters, with "..." when cut (short version only). */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[,;:(]$/, '')}...`;
}

function outcomeLines(view: SummaryView, outcome: ViewOutcome, config: OrganisationConfig | undefined): SummaryLine[] {
  const reference = view.contact.startedAt;
  const decision = outcome.decision;
  const decided = decision
    ? `Decision: ${decisionLabel[decision.status]} (${ukTimeRelativeTo(decision.decidedAt, reference)})`
    : 'Decision: none recorded';
  const decidedShort = decision ? decisionLabel[decision.status] : 'NO DECISION';
  const strength = outcome.strength === 'recommend' ? 'recommended' : 'to consider';
  const services = serviceNames(config, outcome, decision?.serviceId);
  // An outcome only to consider, with no decision, is listed on one line per person in the short
  // version, without its reason (H83: nothing was decided on it; the detailed version has the reasons).
  const considerOnly = outcome.strength !== 'recommend' && !decision;
  const lines: SummaryLine[] = [
    {
      ...line(
        `${outcome.code} ${outcome.title} (${subjectLabel[outcome.subject]}): ${strength}, ${outcome.level}. ${decided}.${services ? ` Service: ${services}.` : ''}${outcome.sharedForSafety ? ` ${SHARED_FOR_SAFETY_TEXT}` : ''}`,
        `${outcome.code} ${outcomeShortTitle(outcome.code)} (${subjectShort(outcome.subject)}): ${outcome.strength === 'recommend' ? 'rec' : 'consider'}; ${decidedShort}${outcome.sharedForSafety ? '; shared for safety (S27)' : ''}`,
        0,
      ),
      ...(considerOnly
        ? {
            brief: plainInline(`${outcome.code} ${outcomeShortTitle(outcome.code)}`),
            group: { key: `consider|${outcome.subject}`, label: plainInline(`To consider, NO DECISION (${subjectShort(outcome.subject)})`) },
          }
        : {}),
    },
  ];
  const why = outcome.reasons.map((r) => `${r.text} [${r.ruleId}; ${r.sources.join(', ')}]`).join(' ');
  const first = outcome.reasons[0];
  const more = outcome.reasons.length > 1 ? ` (+${outcome.reasons.length - 1} more)` : '';
  lines.push({
    ...line(`Why: ${why}`, `Why: ${outcome.reasons.map((r) => r.ruleId).join(', ')}`, 2, 1),
    // One line each in the short version: the first reason in words, not rule ids.
    ...(considerOnly ? { brief: '' } : first ? { brief: plainInline(`why: ${clip(first.text.replace(/\.$/, ''), 50)}${more}`), joinAbove: true as const } : {}),
  });
  return lines;
}

export function outcomesSection(view: SummaryView, config: OrganisationConfig | undefined): SummarySection {
  const lines: SummaryLine[] = [];
  for (const outcome of view.outcomes) lines.push(...outcomeLines(view, outcome, config));
  const reference = view.contact.startedAt;
  const titles = new Map(view.evaluation.outcomes.map((o) => [o.code, o.title]));
  for (const decision of view.chosen) {
    const title = titles.get(decision.code) ?? outcomeByCode.get(decision.code)?.title ?? decision.code;
    const services = serviceNames(config, decision, decision.serviceId);
    lines.push(
      line(
        `${decision.code} ${title} (${subjectLabel[decision.subject]}): chosen by the practitioner. Decision: ${decisionLabel[decision.status]} (${ukTimeRelativeTo(decision.decidedAt, reference)}).${services ? ` Service: ${services}.` : ''}`,
        `${decision.code} ${outcomeShortTitle(decision.code)} (${subjectShort(decision.subject)}): chosen; ${decisionLabel[decision.status]}`,
        0,
      ),
    );
  }
  if (lines.length === 0) lines.push(line('No outcomes recommended or chosen.', 'None', 0));
  return { id: 'outcomes', title: 'OUTCOME AND REFERRALS', shortTitle: 'Outcomes', lines };
}
