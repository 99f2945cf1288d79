import { escalationLadder } from '../pathway/escalation';
import { outcomes } from '../pathway/outcomes';
import { decisionLabel, roleLabel } from './labels';
import { plainInline } from './plain-text';
import type { SummaryView } from './summary-view';
import { ukDateTime } from './uk-time';

// The headline (issue 13): at most six lines at the top of both versions, so the next professional
// knows in seconds who was seen, the results that matter, the risk state, what was decided and what
// happens next. Built from the same view as the sections, so it cannot say anything they do not.

export const HEADLINE_MAX_LINES = 6;

const ladder = new Map(escalationLadder.map((e) => [e.level, e]));
const shortTitle = new Map(outcomes.map((o) => [o.code, o.shortTitle]));

function who(subject: string): string {
  return subject === 'partner' ? 'partner' : 'her';
}

/** `results`: the short result line of each instrument started (the model's own wording). */
export function headlineLines(view: SummaryView, results: readonly string[]): string[] {
  const { contact, evaluation } = view;
  const p = contact.presence;
  const present = [p.birthingParent && 'birthing parent', p.partner && 'partner', p.otherAdults && 'other adult(s)'].filter(Boolean).join(', ');
  const seen = `Seen: ${evaluation.contactType.label}, ${roleLabel[contact.role].toLowerCase()}, ${ukDateTime(contact.startedAt)}; present: ${present || 'nobody recorded'}${evaluation.presence.privateNow ? '; seen alone' : ''}.`;

  const resultLine = `Results: ${results.length ? results.join('; ') : 'no questionnaire started'}.`;

  const rung = ladder.get(view.level);
  const flags = view.flags.map((f) => `${f.title} (${who(f.subject)})`);
  const unknown = view.outstanding.filter((o) => o.kind === 'risk-not-known').map((o) => o.text.replace(/\.$/, ''));
  const riskParts = [`${view.level} ${rung?.label ?? ''}`.trim()];
  if (flags.length) riskParts.push(`RED FLAG${flags.length > 1 ? 'S' : ''}: ${flags.join('; ')}`);
  // Never claims the absence of what this output may leave out (as the risk section, decision 20).
  if (view.madeFromScreen) riskParts.push('made from the on-screen view while others were present, so it may be incomplete');
  else if (!flags.length && view.partnerWithheld) riskParts.push("no red flags recorded for her or in her report (the partner's own answers are in their own summary)");
  else if (!flags.length) riskParts.push('no red flags recorded');
  riskParts.push(...unknown);
  const riskLine = `Risk: ${riskParts.join('; ')}.`;

  const decided = [
    ...view.outcomes.filter((o) => o.decision).map((o) => `${o.code} ${shortTitle.get(o.code) ?? o.title} (${who(o.subject)}) ${decisionLabel[o.decision!.status]}`),
    ...view.chosen.map((d) => `${d.code} ${shortTitle.get(d.code) ?? d.code} (${who(d.subject)}) ${decisionLabel[d.status]}`),
  ];
  const undecided = view.outcomes.filter((o) => o.strength === 'recommend' && !o.decision).length;
  const decidedLine = `Decided: ${decided.length ? decided.join('; ') : 'nothing recorded'}${undecided ? `; ${undecided} recommended outcome${undecided > 1 ? 's' : ''} without a decision` : ''}.`;

  const next = plainInline(contact.nextContact);
  const outstanding = view.outstanding.length;
  const nextLine = `Next: ${next || 'next contact not recorded'}${outstanding ? `; ${outstanding} outstanding item${outstanding > 1 ? 's' : ''} (see "Not asked, and why")` : ''}.`;

  return [seen, resultLine, riskLine, decidedLine, nextLine].map(plainInline);
}
