import type { ReportSource, Subject } from '../../contact/contact';
import type { CountedAnswer, ItemView } from '../../pathway/evaluation';
import { questionLabel, riskItemLabel, sourceTag, sourceTagShort } from '../../output/labels';
import { plainInline } from '../../output/plain-text';
import { line, type SummaryLine } from '../summary-line';
import type { SummaryView } from '../../output/summary-view';
import { labelOf, noteOf, withNote } from './section';

// The red-flag check, itemised per person (issue 10 items 4 and 9).

type CheckEntry = Pick<CountedAnswer, 'key' | 'subject' | 'respondent' | 'questionId' | 'text' | 'raisedBy'> & { state: ItemView['state'] };

/**
 * The check items to write for one subject: those answered in this block, and those another answer
 * raised even if the item itself was never answered (it still reads as seen), in layout order.
 */
export function checkEntries(view: SummaryView, subject: Subject, answers: readonly CountedAnswer[]): CheckEntry[] {
  const answered = new Map(answers.filter((a) => a.subject === subject && isCheckAnswer(view, a)).map((a) => [a.key, a]));
  return [...view.items.values()].flatMap((item): CheckEntry[] => {
    if (item.subject !== subject) return [];
    const answer = answered.get(item.key);
    if (answer) return [answer];
    return item.raisedBy?.length && item.state.status === 'unanswered' ? [item] : [];
  });
}

/** Raised check items never answered, for a section with no check answer of this subject at all. */
export function raisedUnanswered(view: SummaryView, subject: Subject, section: string): CheckEntry[] {
  return [...view.items.values()].filter((i) => i.subject === subject && i.section === section && i.raisedBy?.length && i.state.status === 'unanswered');
}

/** An item of the red-flag check: it records who reported it, or another answer can raise it. */
export function isCheckAnswer(view: SummaryView, answer: CountedAnswer): boolean {
  const item = view.items.get(answer.key);
  return !!(answer.raisedBy || item?.recordsWhoReported);
}

const fromLabel: Record<ReportSource, (subject: Subject) => string> = {
  parent: (subject) => (subject === 'partner' ? 'their own account' : 'her own account'),
  practitioner: () => 'observation',
  informant: () => 'a partner or relative',
};

function fromText(subject: Subject, from: readonly ReportSource[] | undefined): { full: string; short: string } {
  if (!from?.length) return { full: 'who reported it not recorded', short: 'source not recorded' };
  return {
    full: `from ${from.map((f) => fromLabel[f](subject)).join(' and ')}`,
    short: from.map((f) => ({ parent: subject === 'partner' ? 'them' : 'her', practitioner: 'obs', informant: 'informant' })[f]).join('+'),
  };
}

/**
 * The red-flag check, itemised (issue 10 items 4 and 9). An item another answer raised (an
 * informant's report, the relationship observation, an item-level risk answer) reads as SEEN, naming
 * what raised it, whatever the item itself was answered: the record never says "not seen" beside a
 * raised flag. Items answered "not seen" are listed together by who reported them; the words
 * "none of these seen" are used only when every item of the check is not seen and none was raised.
 */
export function redFlagCheckLines(view: SummaryView, answers: readonly CheckEntry[]): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const notSeen = new Map<string, CheckEntry[]>();
  for (const answer of answers) {
    const label = labelOf(answer);
    const tag = sourceTag(answer.respondent, answer.subject);
    const tagShort = sourceTagShort(answer.respondent, answer.subject);
    if (answer.raisedBy?.length) {
      const by = answer.raisedBy.map((r) => `${sourceTag(r.respondent, r.subject)} ${(questionLabel[r.questionId] ?? riskItemLabel[r.questionId])?.full ?? r.text}: ${r.answer}`);
      const byShort = answer.raisedBy.map((r) => (questionLabel[r.questionId] ?? riskItemLabel[r.questionId])?.short ?? r.questionId);
      lines.push(
        line(
          `${tag} ${label.full}: SEEN - raised by ${by.join('; ')}${answer.state.status === 'answered' ? ' (this overrides the earlier answer to this item)' : ''}`,
          `${tagShort} ${label.short}: SEEN (raised by ${byShort.join(', ')})`,
          0,
        ),
      );
      continue;
    }
    if (answer.state.status !== 'answered') continue;
    if (answer.state.optionId === 'no') {
      const id = (answer.state.from ?? []).join('+');
      notSeen.set(id, [...(notSeen.get(id) ?? []), answer]);
      continue;
    }
    const from = fromText(answer.subject, answer.state.from);
    lines.push(
      withNote(
        line(`${tag} ${label.full}: ${answer.state.label} (${from.full})`, `${tagShort} ${label.short}: ${answer.state.label} (${from.short})`, 0),
        noteOf(view, answer.key),
      ),
    );
  }
  // "None of these" only when every item of the check shown for this person is answered "not seen".
  const subject = answers[0]?.subject;
  const checkItems = [...view.items.values()].filter((i) => i.subject === subject && i.recordsWhoReported);
  const everyItemNotSeen =
    lines.length === 0 &&
    checkItems.length > 0 &&
    checkItems.every((i) => i.state.status === 'answered' && i.state.optionId === 'no' && !i.raisedBy);
  const checkName = subject === 'partner' ? 'Partner red-flag check' : 'Red-flag check';
  for (const group of notSeen.values()) {
    const first = group[0]!;
    const from = fromText(first.subject, first.state.status === 'answered' ? first.state.from : undefined);
    const tag = sourceTag(first.respondent, first.subject);
    const tagShort = sourceTagShort(first.respondent, first.subject);
    const items = group.map((a) => labelOf(a));
    lines.push(
      everyItemNotSeen && notSeen.size === 1
        ? {
            // The headline's "Risk" line writes it (H82): the whole check, nothing seen.
            ...line(
              `${tag} ${checkName}: none of these seen or reported (${from.full}): ${items.map((i) => i.short).join('; ')}`,
              `${tagShort} RF check: none seen, ${items.length} items (${from.short})`,
              0,
            ),
            headline: 'risk' as const,
          }
        : {
            ...line(
              `${tag} ${checkName}, not seen (${from.full}): ${items.map((i) => i.short).join('; ')}`,
              `${tagShort} RF not seen (${from.short}): ${items.map((i) => i.short).join(', ')}`,
              0,
            ),
            brief: plainInline(`${tagShort} RF check: ${items.length} other item${items.length === 1 ? '' : 's'} not seen (${from.short})`),
          },
    );
    for (const answer of group) {
      const note = noteOf(view, answer.key);
      if (note) lines.push({ ...line(`${labelOf(answer).full} (note: ${note})`, `${labelOf(answer).short} (note: ${note})`, 0, 1), noted: true });
    }
  }
  return lines;
}
