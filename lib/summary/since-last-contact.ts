import type { LocalService } from '../config/schema';
import { answerKey } from '../contact/answer-key';
import type { Subject } from '../contact/contact';
import { droppedText } from '../handover/handover-preview';
import { fromMinuteTime } from '../shared/minute-time';
import { referralLoop } from '../handover/referral-loop';
import { storyHistoryOf } from '../contact/story-history';
import { roleLabel, subjectLabel } from '../output/labels';
import { babySituationText } from '../output/situation-text';
import { line, type SummaryLine } from './summary-line';
import type { SummaryView } from '../output/summary-view';
import { ukDate } from '../output/uk-time';

// "Since the last contact" (issue 14): how today compares with the story so far, for the record.
// Pure. It renders what the engine and the handover history say and decides no clinical rule:
// the score lines are arithmetic on two dated totals; whether a rise was flagged is the engine's
// prompt (PR-RISE-SINCE-LAST-CONTACT, lib/pathway/change-since-last.ts); whether a referral is past
// its waiting standard is the outcome's data (lib/handover/referral-loop.ts). Today's results come
// from the view, so the partner's own results appear only where the view already shows them.

const RISE_PROMPT = 'PR-RISE-SINCE-LAST-CONTACT';
const NEW_FLAG_PROMPT = 'PR-RED-FLAG-NEW-SINCE-LAST-CONTACT';
const CHANGE_QUESTION = 'red-flags.mental-state-change';

const tag = (subject: Subject) => (subject === 'partner' ? '[partner]' : '[birthing parent]');
const tagShort = (subject: Subject) => (subject === 'partner' ? '[partner]' : '[her]');

const answerWords = { yes: 'yes', no: 'no', 'not-known': 'not known' } as const;

export function sinceLastContactLines(view: SummaryView, services: readonly LocalService[] = []): SummaryLine[] {
  const { contact, evaluation } = view;
  if (!contact.storySoFar) return [];
  const story = storyHistoryOf(contact.storySoFar.facts);
  const started = Date.parse(contact.startedAt);
  const lines: SummaryLine[] = [];

  for (const today of view.instruments) {
    if (today.status !== 'complete' || today.total === null) continue;
    const before = story.scores
      .filter((s) => s.subject === today.subject && s.instrumentId === today.instrumentId && Date.parse(fromMinuteTime(s.at)) <= started)
      .at(-1);
    if (!before) continue;
    const diff = today.total - before.total;
    const change = diff > 0 ? `up ${diff}` : diff < 0 ? `down ${-diff}` : 'no change';
    const bandNow = today.band ? ` (${today.band.label})` : '';
    lines.push(
      line(
        `${tag(today.subject)} ${today.shortName} ${today.total} of ${today.maxTotal}${bandNow} today; ${before.total} on ${ukDate(before.at)} (${roleLabel[before.role]}): ${change}.`,
        `${tagShort(today.subject)} ${today.shortName} ${before.total} -> ${today.total} (${change})`,
        1,
      ),
    );
  }

  const flagged = { [RISE_PROMPT]: ['A rise since the last contact was flagged', 'Rise flagged'], [NEW_FLAG_PROMPT]: ['A red flag new since the last contact was raised', 'New red flag'] } as const;
  for (const prompt of evaluation.prompts.filter((p) => p.ruleId === RISE_PROMPT || p.ruleId === NEW_FLAG_PROMPT)) {
    const [what, whatShort] = flagged[prompt.ruleId as keyof typeof flagged];
    const asked = view.answers.find((a) => a.key === answerKey(prompt.subject, CHANGE_QUESTION));
    const answer = asked ? (asked.state.status === 'answered' ? asked.state.label : asked.state.status === 'declined' ? 'declined' : 'not asked') : 'not asked';
    lines.push(
      line(
        `${tag(prompt.subject)} ${what}; recent significant change in mental state or new symptoms: ${answer}.`,
        `${tagShort(prompt.subject)} ${whatShort}; recent change: ${answer}`,
        0,
      ),
    );
  }

  for (const item of referralLoop(contact, services)) {
    const f = item.followUp;
    const title = item.outcome?.title ?? item.referral.code;
    const asked = f
      ? `received ${f.received ? answerWords[f.received] : 'not recorded'}; seen ${f.seen ? answerWords[f.seen] : 'not recorded'}${f.seenOn ? ` on ${ukDate(`${f.seenOn}T12:00Z`)}` : ''}`
      : 'not asked about today';
    const what = `${item.referral.code} ${title} (${subjectLabel[item.referral.subject]}), ${item.referral.decision === 'done' ? 'referred' : 'offered'} ${ukDate(item.referral.at)} (${roleLabel[item.referral.role]})`;
    lines.push(line(`${what}: ${asked}.`, `${item.referral.code} (${tagShort(item.referral.subject)}) ${ukDate(item.referral.at)}: ${asked}`, item.overdue ? 0 : 1));
    if (item.overdue && item.standard) {
      const chase = item.chase.length ? ` Chase: ${item.chase.map((s) => `${s.name}${s.phone ? ` ${s.phone}` : ''}`).join('; ')}.` : ' Chase it through the referral route.';
      lines.push(
        line(
          `PAST THE STANDARD: ${item.daysSince} days since referral and no appointment recorded (${item.standard.name}).${chase}`,
          `PAST QS115 standard: ${item.daysSince} days, not seen`,
          0,
          1,
        ),
      );
    }
  }

  const babyToday = contact.situation?.babySituation;
  if (story.baby && babyToday && babyToday !== story.baby.situation) {
    lines.push(
      line(
        `Baby: ${babySituationText[babyToday]} today (was: ${babySituationText[story.baby.situation]}, ${ukDate(story.baby.at)}).`,
        `Baby: ${babySituationText[babyToday]} (was ${babySituationText[story.baby.situation]})`,
        1,
      ),
    );
  }

  if (story.dropped > 0) lines.push(line(droppedText(story.dropped), `${story.dropped} older entries dropped`, 1));
  return lines;
}
