import type { Subject } from '../../contact/contact';
import { escalationLadder, levelWordsFor } from '../../pathway/escalation';
import type { ItemView, OutstandingItem } from '../../pathway/evaluation';
import { decisionLabel, questionLabel, riskItemLabel, sourceTag, sourceTagShort, subjectLabel } from '../../output/labels';
import { line, type SummaryLine } from '../summary-line';
import type { SummaryView, ViewFlag } from '../../output/summary-view';
import { ukTimeRelativeTo } from '../../output/uk-time';
import { type SummarySection, subjectShort } from './section';

/**
 * An outstanding item said here, beside the cards, and nowhere else in the sections: an unknown
 * self-harm risk (the engine's 'risk-not-known', from pathway data). "Not asked, and why" leaves it
 * out and the headline's outstanding count does not count it (H122): one rule, so they agree.
 */
export function saidUnderRisk(item: OutstandingItem): boolean {
  return item.kind === 'risk-not-known';
}

// Risk and red flags: the level, risk not known, each flag with its routes and timeframe.

/** Said of a partner's card or safeguarding outcome kept in the family record without their consent to share (S27). */
export const SHARED_FOR_SAFETY_TEXT =
  "Shared here without the partner's consent to share because of a risk to the baby or others (a child's protection from harm takes priority, S27): record the information-sharing decision and reasons.";

const ladder = new Map(escalationLadder.map((e) => [e.level, e]));

function flagTag(view: SummaryView, flag: ViewFlag): { full: string; short: string } {
  const first = flag.triggeredBy.map((k) => view.items.get(k)).find((i): i is ItemView => !!i);
  if (!first) return { full: `[${subjectLabel[flag.subject]}]`, short: `[${subjectShort(flag.subject)}]` };
  return { full: sourceTag(first.respondent, first.subject), short: sourceTagShort(first.respondent, first.subject) };
}

function hiddenLabel(questionId: string, text: string): { full: string; short: string } {
  return riskItemLabel[questionId] ?? questionLabel[questionId] ?? { full: text, short: text };
}

function decisionFor(view: SummaryView, subject: Subject, code: string) {
  return view.contact.outcomeDecisions[`${subject}/${code}`];
}

export function riskSection(view: SummaryView): SummarySection {
  const rung = ladder.get(view.level);
  // The level's words for this contact where the pathway gives them (H117, H119), for the subjects
  // whose content this output holds (a partner's own words never reach a record they are kept from).
  const shown: Subject[] =
    view.audience === 'partner-record' ? ['partner'] : view.partnerShare === 'yes' ? ['birthing-parent', 'partner'] : ['birthing-parent'];
  const words = levelWordsFor(view.evaluation.levelActions, view.level, shown);
  // The level, risk not known, the warning and "no red flags" are written by the headline's "Risk"
  // line (H82; marked `headline: 'risk'`); the red flags are in both, the section with their detail.
  const lines: SummaryLine[] = [
    line(
      // The level's words for this contact's situation where the pathway gives them (H119).
      `Level: ${view.level} ${rung?.label ?? ''} - ${words?.action ?? rung?.action ?? ''}. Timeframe: ${words?.timeframe ?? rung?.timeframe ?? ''}.`,
      `Level ${view.level} ${rung?.label ?? ''}`,
      0,
    ),
  ];
  // Unknown self-harm risk is said beside the red-flag lines, with why, never left to read as
  // "none" (issue 10 item 3; the engine's outstanding 'risk-not-known', from pathway data).
  const riskNotKnown = view.outstanding.filter(saidUnderRisk);
  for (const item of riskNotKnown) lines.push(line(item.text, item.text.replace(/\.$/, ''), 0));
  const reference = view.contact.startedAt;
  for (const flag of view.flags) {
    const tag = flagTag(view, flag);
    // The acknowledgement state only for a card that is to be acknowledged (pathway data, H109): a
    // "risk not known" prompt has nothing to acknowledge, and "NOT acknowledged" beside it reads as a
    // missed red flag to the next professional (its unknown is said by the outstanding line above).
    const ack = !flag.needsAcknowledgement ? '' : flag.acknowledgedAt ? ` Acknowledged ${ukTimeRelativeTo(flag.acknowledgedAt, reference)}.` : ' Not yet acknowledged.';
    const ackShort = !flag.needsAcknowledgement ? '' : flag.acknowledgedAt ? `; ack ${ukTimeRelativeTo(flag.acknowledgedAt, reference)}` : '; NOT acknowledged';
    const routes = flag.routes.map((code) => {
      const decision = decisionFor(view, flag.subject, code);
      return decision ? `${code} (${decisionLabel[decision.status]})` : `${code} (no decision recorded)`;
    });
    const routesShort = flag.routes.map((code) => {
      const decision = decisionFor(view, flag.subject, code);
      return decision ? `${code} ${decisionLabel[decision.status]}` : code;
    });
    const safety = flag.sharedForSafety ? ` ${SHARED_FOR_SAFETY_TEXT}` : '';
    // A risk answer whose question a later change hid is named, with the answer given: it is the
    // one thing the next professional must act on, and the flag alone does not say which it was.
    const given = (flag.hiddenAnswers ?? []).map((h) => ({
      full: `${sourceTag(h.respondent, h.subject)} ${hiddenLabel(h.questionId, h.text).full}: ${h.answer}`,
      short: `${hiddenLabel(h.questionId, h.text).short}: ${h.answer}`,
    }));
    const givenFull = given.length ? ` Answer given earlier, now hidden by a later change: ${given.map((g) => g.full).join('; ')}.` : '';
    const givenShort = given.length ? `; earlier answer: ${given.map((g) => g.short).join(', ')}` : '';
    lines.push(
      line(
        `${tag.full} [${flag.level}] ${flag.title} (${subjectLabel[flag.subject]}).${givenFull}${ack}${routes.length ? ` Routes: ${routes.join(', ')}.` : ''} Timeframe: ${flag.timeframe}. Rule ${flag.ruleId} (${flag.sources.join(', ')}).${safety}`,
        `${tag.short} [${flag.level}] ${flag.title}${givenShort}${ackShort}${routesShort.length ? `; routes ${routesShort.join(', ')}` : ''}${flag.sharedForSafety ? '; shared for safety (S27)' : ''}`,
        0,
      ),
    );
  }
  if (view.madeFromScreen) {
    // A caller passed the screen evaluation while she was not alone: say so rather than claim
    // completeness (lib/summary takes the record evaluation, evaluateForRecord).
    lines.push(
      line(
        'WARNING: this summary was made from the on-screen view while others were in the room, so anything shown only in private may be missing from it. Make it again from the record view before it goes into the record.',
        'WARNING: made from the on-screen view; may be incomplete',
        0,
      ),
    );
  } else if (view.flags.length === 0 && riskNotKnown.length === 0) {
    // Never claims the absence of what this output leaves out (decision 20, docs/pathway.md): a
    // private safeguarding flag is not a mental health red flag (the next line covers it), and a
    // flag from the partner's own answers is in the partner's own summary when it is not shared here.
    const partnerElsewhere = view.audience === 'family-record' && view.partnerWithheld;
    lines.push(
      view.audience === 'partner-record'
        ? line(
            "No mental health red flags and no positive item-level risk answers were recorded from the partner's own answers.",
            'No MH red flags; no risk item above 0',
            0,
          )
        : partnerElsewhere
          ? line(
              "No mental health red flags and no positive item-level risk answers were recorded for the birthing parent or in her report; the partner's own answers, and anything flagged from them, are in the separate partner summary.",
              'No MH red flags; no risk item above 0 (partner: see partner summary)',
              0,
            )
          : line(
              'No mental health red flags and no positive item-level risk answers were recorded.',
              'No MH red flags; no risk item above 0',
              0,
            ),
    );
  }
  // The same words in every summary, the partner's own too (specialist review of H118), so its
  // presence can never hint at a private disclosure or at a safeguarding outcome left out (S27, §4.3).
  lines.push(line('Any other safeguarding information is recorded under local procedures, not in this summary.', '', 1));
  const isFlag = new Set(lines.slice(1 + riskNotKnown.length, 1 + riskNotKnown.length + view.flags.length));
  return {
    id: 'risk',
    title: 'RISK AND RED FLAGS',
    shortTitle: 'Risk',
    lines: lines.filter((l) => l.full !== '').map((l) => (l.tier === 0 && !isFlag.has(l) ? { ...l, headline: 'risk' as const } : l)),
  };
}
