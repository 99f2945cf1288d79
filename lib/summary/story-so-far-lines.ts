import { contactTypeLabel, flagFactText, historyFactText, outcomeFactText, outstandingFactText, screeningFactText } from '../handover/handover-preview';
import { answerKey } from '../contact/answer-key';
import { roleLabel } from '../output/labels';
import { line, type SummaryLine } from './summary-line';
import type { SummaryView } from '../output/summary-view';
import { ukDate, ukDateTime } from '../output/uk-time';

// The "Already known" section: what the contact loaded from an earlier handover block, kept
// apart from what was found today. Known history says whether it was confirmed, changed or not
// re-confirmed today; earlier screening results are labelled with their own dates and are never
// presented as today's.

export function storySoFarLines(view: SummaryView): SummaryLine[] {
  const story = view.contact.storySoFar;
  if (!story) return [];
  const { facts } = story;
  const lines: SummaryLine[] = [
    line(
      `From the handover of ${contactTypeLabel(facts.source.contactType)} on ${ukDate(facts.source.at)} (${roleLabel[facts.source.role]}), loaded ${ukDateTime(story.loadedAt)}.`,
      `From ${ukDate(facts.source.at)} (${roleLabel[facts.source.role]})`,
      1,
    ),
  ];
  for (const fact of facts.history) {
    const text = historyFactText(fact);
    if (!text.known) continue;
    const key = answerKey(fact.subject, fact.questionId);
    const today = view.answers.find((a) => a.key === key);
    let status: string;
    let statusShort: string;
    if (today?.state.status === 'answered') {
      if (today.state.optionId === fact.optionId) {
        status = 'still true, confirmed today';
        statusShort = 'confirmed';
      } else {
        status = `CHANGED today to: ${today.state.label}`;
        statusShort = `CHANGED to ${today.state.label}`;
      }
    } else if (today?.state.status === 'declined') {
      status = 'declined today; the earlier answer still counts';
      statusShort = 'declined today';
    } else {
      status = 'not re-confirmed today; the earlier answer still counts';
      statusShort = 'not re-confirmed';
    }
    const tag = fact.subject === 'partner' ? '[partner]' : '[birthing parent]';
    lines.push(
      line(
        `${tag} ${text.label.full}: ${text.value} (known from ${ukDate(fact.at)}, ${roleLabel[fact.role]}) - ${status}`,
        `${text.label.short}: ${text.value} (${ukDate(fact.at)}) ${statusShort}`,
        1,
      ),
    );
  }
  for (const fact of facts.screening) {
    const text = screeningFactText(fact);
    lines.push(line(`Earlier result, not today's: ${text.full}`, `Earlier: ${text.short}`, 1));
  }
  for (const fact of facts.flags) {
    const text = flagFactText(fact);
    lines.push(line(`Earlier flag: ${text.full}`, `Earlier flag: ${text.short}`, 1));
  }
  for (const fact of facts.outcomes) {
    const text = outcomeFactText(fact);
    lines.push(line(`Outcome then: ${text.full}`, `Then: ${text.short}`, 2));
  }
  for (const fact of facts.outstanding) {
    const text = outstandingFactText(fact);
    lines.push(line(`Outstanding from then: ${text.full}`, `Outstanding then: ${text.short}`, 1));
  }
  return lines;
}
