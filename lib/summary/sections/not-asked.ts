import type { CountedAnswer, ItemView, OutstandingItem } from '../../pathway/evaluation';
import { instrumentItemLabel, notAskedReasonLabel, questionLabel, riskItemLabel, sourceTag, sourceTagShort, subjectLabel } from '../../output/labels';
import { plainInline } from '../../output/plain-text';
import { line, type SummaryLine } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import { saidInBabySection } from './baby';
import { PARTNER_ELSEWHERE, PARTNER_ELSEWHERE_SHORT } from './partner';
import { saidUnderRisk } from './risk';
import { type SummarySection, subjectShort, labelOf, noteOf, withNote, lowerFirst } from './section';

// "Not asked, and why": declined and not-asked items, outstanding items, what does not apply.

/** Neutral text for an outstanding item (the engine's own wording, made plain). */
export function outstandingLine(item: OutstandingItem): SummaryLine {
  return { ...line(item.text, item.text.replace(/\.$/, ''), 1), outstanding: true };
}

/** Whether this output holds the subject's own answers (the partner's only in their summary, or when shared). */
function subjectShown(view: SummaryView, subject: 'birthing-parent' | 'partner'): boolean {
  if (view.audience === 'partner-record') return subject === 'partner';
  return subject === 'birthing-parent' || view.partnerShare === 'yes';
}

export function notAskedSection(view: SummaryView): SummarySection {
  const lines: SummaryLine[] = [];
  // Due but not asked, grouped by what they belong to (written after the declined and not-asked items).
  const groups = new Map<string, { item: ItemView; count: number }>();
  for (const item of view.dueUnanswered) {
    const id = `${item.subject}|${item.instrumentId ?? item.groupId}`;
    const existing = groups.get(id);
    if (existing) existing.count += 1;
    else groups.set(id, { item, count: 1 });
  }
  // A due group whose key question (data `riskNotKnownUntil`, named by the engine's 'risk-not-known'
  // item) was declined or not asked: its other questions are said on that question's line, with its
  // reason, not apart as "no reason recorded" (scenario 24; the reason is what is known).
  const restOfGroup = new Map<string, { item: ItemView; count: number }>();
  for (const o of view.outstanding) {
    if (o.kind !== 'risk-not-known') continue;
    for (const key of o.keys) {
      const keyItem = view.items.get(key);
      const answer = view.answers.find((a) => a.key === key);
      const group = keyItem && groups.get(`${keyItem.subject}|${keyItem.groupId}`);
      if (!group || group.item.instrumentId || !answer || answer.state.status === 'answered') continue;
      restOfGroup.set(key, group);
      groups.delete(`${keyItem.subject}|${keyItem.groupId}`);
    }
  }
  // Declined or not asked, with the reason (declined is never a score).
  for (const answer of view.answers) {
    if (answer.state.status === 'answered') continue;
    const label = answer.instrumentId
      ? riskItemLabel[answer.questionId] ?? {
          full: instrumentItemLabel(answer.questionId, view.instruments.find((r) => r.instrumentId === answer.instrumentId)?.shortName ?? answer.instrumentId),
          short: instrumentItemLabel(answer.questionId, view.instruments.find((r) => r.instrumentId === answer.instrumentId)?.shortName ?? answer.instrumentId),
        }
      : labelOf(answer);
    const why =
      answer.state.status === 'declined'
        ? 'declined'
        : `not asked: ${notAskedReasonLabel[answer.state.reason]}${answer.state.note ? ` (${answer.state.note})` : ''}`;
    const whyBrief = answer.state.status === 'declined' ? 'declined' : notAskedReasonLabel[answer.state.reason];
    const rest = restOfGroup.get(answer.key);
    const others = rest ? `${rest.count} other question${rest.count === 1 ? '' : 's'}` : '';
    // "the other question of…", never "the 1 other question" (specialist review of H122, should-fix 8).
    const restFull = rest
      ? `; the ${rest.count === 1 ? 'other question' : others} of the ${lowerFirst(rest.item.groupTitle)} ${rest.count === 1 ? 'was' : 'were'} not asked either`
      : '';
    const restShort = rest ? `; ${others} not asked` : '';
    lines.push(
      withNote(
        {
          ...line(
            `${sourceTag(answer.respondent, answer.subject)} ${label.full}: ${why}${restFull}`,
            `${sourceTagShort(answer.respondent, answer.subject)} ${label.short}: ${answer.state.status === 'declined' ? 'declined' : 'not asked'}`,
            1,
          ),
          brief: plainInline(`${answer.instrumentId ? label.short : briefLabel(view, answer)} (${whyBrief}${restShort})`),
          group: notAskedGroup(answer, 'declined'),
        },
        noteOf(view, answer.key),
      ),
    );
  }
  // A due measure not completed is already an outstanding item (with the rule that made it due).
  for (const o of view.outstanding) if (o.kind === 'measure-not-complete') groups.delete(`${o.subject}|${o.instrumentId}`);
  for (const { item, count } of groups.values()) {
    const what = item.instrumentId
      ? `${view.evaluation.instruments.find((r) => r.instrumentId === item.instrumentId)?.shortName ?? item.groupTitle} (${count} item${count === 1 ? '' : 's'})`
      : count === 1
        ? labelOf(item).full
        : item.groupTitle;
    const why = item.askableNow ? 'no reason recorded' : (item.notAskableReason ?? 'could not be asked').toLowerCase();
    lines.push({
      ...line(
        `${sourceTag(item.respondent, item.subject)} ${what}: due, not asked - ${why}`,
        `${sourceTagShort(item.respondent, item.subject)} ${item.instrumentId ?? labelOf(item).short}: not asked`,
        1,
      ),
      brief: plainInline(`${item.instrumentId ? what : briefLabel(view, item)}${why === 'no reason recorded' ? '' : ` (${why})`}`),
      group: notAskedGroup(item, 'due'),
    });
  }
  // Not applicable because of the contact's own situation (the baby in the neonatal unit, not in
  // the parents' care, or has died): said with the reason, never as "no reason recorded".
  const notApplicable = new Set<string>();
  for (const section of view.evaluation.sections) {
    for (const entry of section.hidden) {
      if (entry.why !== 'not-applicable') continue;
      // An item not applicable one by one (H119) is a parent's own: tagged with whose it is, and only
      // in the outputs that hold that parent's answers (never her items in the partner's summary);
      // beside a risk answer given earlier, it says that answer still stands (specialist review).
      if (entry.itemLevel && !subjectShown(view, entry.subject ?? 'birthing-parent')) continue;
      const text = entry.itemLevel
        ? `[${subjectLabel[entry.subject ?? 'birthing-parent']}] ${entry.title}: ${lowerFirst(entry.reason)}${entry.keepsRiskAnswer ? '; the earlier answer still stands (see Risk and red flags)' : ''}.`
        : `${entry.title}: ${lowerFirst(entry.reason)}.`;
      if (notApplicable.has(text)) continue;
      notApplicable.add(text);
      // Items not applicable one by one (H119: the red-flag check after a death): the short version
      // names them by their short labels; the reason is in the BABY line already.
      const shortText = entry.itemLevel
        ? `Not applicable (${subjectShort(entry.subject ?? 'birthing-parent')}): ${entry.keys.map((key) => labelOf({ questionId: key.slice(key.indexOf('/') + 1), text: entry.title }).short).join(', ')}`
        : `${entry.title}: n/a`;
      // The baby section says these with their reason already: the short version says it there only.
      lines.push({ ...line(text, shortText, 1), ...(saidInBabySection(section.id, entry.subject) ? { brief: '' } : {}) });
    }
  }
  // An unknown self-harm risk is said once in the sections, under "Risk and red flags" beside the
  // cards (and in the headline's "Risk" line, H82): not again here (scenario 24 said it three times;
  // H122). What is still to do about it is here: the item or question not answered, and why.
  for (const item of view.outstanding) if (!saidUnderRisk(item)) lines.push(outstandingLine(item));
  for (const flag of view.flags) {
    // Only a card that is to be acknowledged (pathway data, H109).
    if (flag.acknowledgedAt || !flag.needsAcknowledgement) continue;
    // The short version says "NOT acknowledged" on the flag's own line already.
    lines.push({ ...line(`Not yet acknowledged: ${flag.title} (${subjectLabel[flag.subject]}).`, `Not acknowledged: ${flag.ruleId}`, 1), brief: '' });
  }
  for (const outcome of view.outcomes) {
    if (outcome.strength !== 'recommend' || outcome.decision) continue;
    // The short version says "NO DECISION" on the outcome's own line already.
    lines.push({
      ...line(
        `No decision recorded: ${outcome.code} ${outcome.title} (${subjectLabel[outcome.subject]}).`,
        `No decision: ${outcome.code} (${subjectShort(outcome.subject)})`,
        1,
      ),
      brief: '',
    });
  }
  // The short version says it once, in the partner section (a tier-0 line there).
  if (view.partnerWithheld) lines.push({ ...line(PARTNER_ELSEWHERE, PARTNER_ELSEWHERE_SHORT, 1), brief: '' });
  if (lines.length === 0) lines.push(line('Everything due was asked; nothing outstanding.', 'Nothing outstanding', 1));
  return { id: 'not-asked', title: 'NOT ASKED, AND WHY', shortTitle: 'Not asked', lines };
}

/** "Not asked, and why" grouped per person and topic in the short version (issue 13). */
function notAskedGroup(entry: Pick<CountedAnswer, 'subject' | 'respondent'>, _kind: 'due' | 'declined'): { key: string; label: string } {
  // One line per person (H83): declined items say "(declined)", items not asked say why when known.
  const tag = sourceTagShort(entry.respondent, entry.subject);
  return { key: tag, label: plainInline(`${tag} Not asked`) };
}

/** The longest question wording the short "not asked" line writes whole; longer ones are named by their topic. */
const BRIEF_TEXT_MAX = 56;

/**
 * An item as the short version's grouped "not asked" line names it: its short label when the
 * pathway has one, else its own wording when short, else its topic (the detailed version has each
 * item in full).
 */
function briefLabel(view: SummaryView, item: Pick<CountedAnswer, 'key' | 'questionId' | 'text'>): string {
  const known = questionLabel[item.questionId] ?? riskItemLabel[item.questionId];
  if (known) return known.short;
  if (item.text.length <= BRIEF_TEXT_MAX) return item.text;
  return view.items.get(item.key)?.groupTitle ?? item.text;
}
