import type { AnswerKey, Subject } from '../../contact/contact';
import type { CountedAnswer } from '../../pathway/evaluation';
import { sourceTag, sourceTagShort } from '../../output/labels';
import { line, type SummaryLine, type Tier } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import { checkEntries, isCheckAnswer, redFlagCheckLines } from './red-flag-check';
import { instrumentLines } from './screening';
import { labelOf, noteOf, withNote } from './section';

// Answers in layout order: each instrument at its first item, the red-flag check as one block.

/**
 * How an answer was recorded, when not one item at a time (issue 13, H89): "None of these" recorded
 * it with the other items of its checklist. '' for an answer asked on its own.
 */
function recordedWithOf(view: SummaryView, key: AnswerKey): { full: string; short: string } {
  return view.contact.answers[key]?.recordedWith === 'none-of-these' ? { full: ' (recorded with "none of these")', short: ' (none of these)' } : { full: '', short: '' };
}

/** One answered (non-instrument) question. Declined and not-asked answers go to "Not asked, and why". */
function answerLine(view: SummaryView, answer: CountedAnswer, tier: Tier): SummaryLine | null {
  if (answer.state.status !== 'answered') return null;
  const label = labelOf(answer);
  const how = recordedWithOf(view, answer.key);
  return withNote(
    line(
      `${sourceTag(answer.respondent, answer.subject)} ${label.full}: ${answer.state.label}${how.full}`,
      `${sourceTagShort(answer.respondent, answer.subject)} ${label.short}: ${answer.state.label}${how.short}`,
      tier,
    ),
    noteOf(view, answer.key),
  );
}

/** Answers to render in a section, in layout order, with each instrument at its first item. */
export function answerBlock(view: SummaryView, answers: readonly CountedAnswer[]): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const done = new Set<string>();
  const checkDone = new Set<Subject>();
  for (const answer of answers) {
    if (answer.instrumentId) {
      const id = `${answer.subject}/${answer.instrumentId}`;
      if (done.has(id)) continue;
      done.add(id);
      const result = view.instruments.find((r) => r.subject === answer.subject && r.instrumentId === answer.instrumentId);
      if (result) lines.push(...instrumentLines(view, result));
      continue;
    }
    if (isCheckAnswer(view, answer)) {
      // The red-flag check is written as one block per subject, at its first item.
      if (checkDone.has(answer.subject)) continue;
      checkDone.add(answer.subject);
      lines.push(...redFlagCheckLines(view, checkEntries(view, answer.subject, answers)));
      continue;
    }
    // Risk answers are tier 0 by the pathway data's summaryRisk markers (issue 16), never by id or wording.
    const tier: Tier = isRiskAnswer(view, answer) ? 0 : 2;
    const l = answerLine(view, answer, tier);
    if (l) lines.push(l);
  }
  return lines;
}

/** The answer is a risk line by the pathway data's `summaryRisk` markers (the question or the option). */
function isRiskAnswer(view: SummaryView, answer: CountedAnswer): boolean {
  if (answer.state.status !== 'answered') return false;
  return view.items.get(answer.key)?.summaryRiskOptions?.includes(answer.state.optionId) ?? false;
}
