import type { AnswerKey, Contact } from '../contact/contact';
import type { z } from 'zod';
import type { Evaluation, OutstandingKind } from '../pathway/evaluation';
import { KNOWN_FACT_QUESTIONS } from '../pathway/known-facts';
import { summaryView, type SummaryView } from '../output/summary-view';
import {
  HANDOVER_FACTS_VERSION,
  factOutstandingKindSchema,
  handoverFactsSchema,
  type FlagFact,
  type HandoverFacts,
  type HistoryFact,
  type OutcomeFact,
  type OutstandingFact,
  type ReferralFact,
  type ScreeningFact,
} from '../contact/handover-facts';
import { toMinuteTime } from '../shared/minute-time';
import { flagRaisedFromFlag, mergeHistories, scoreFromScreening, storyHistoryOf, withHistory, type StoryHistory } from '../contact/story-history';

// The facts this contact hands over: what the family record may hold (summary-view.ts: counted
// answers only, nothing private, the partner's own findings only with their consent to share),
// reduced to ids, numbers and times. Known facts loaded from an earlier block and not re-asked
// today are carried forward unchanged (with their own date and role), so a history told once keeps
// travelling; earlier screening results and flags are carried as the latest of each kind, marked
// with their own dates, never as today's.
//
// Version 2 (issue 14): the block also carries the story over time: every dated score, red flag and
// referral of this contact and of the earlier story, merged by date, deduplicated and bounded
// (oldest dropped first, counted), and the baby's situation (today's, or the latest earlier one).
// Free text (the family's words, the plan, an answer's note) never enters: the schema has no
// string field that is not an id.

const MAX_HISTORY = 20;

/** @param evaluation the record evaluation (`evaluateForRecord`), never the screen's. */
export function handoverFactsFrom(contact: Contact, evaluation: Evaluation): HandoverFacts {
  return handoverFactsFromView(summaryView(contact, evaluation, 'family-record'));
}

export function handoverFactsFromView(view: SummaryView): HandoverFacts {
  const { contact } = view;
  const role = contact.role;
  const answerTimes = new Map(view.answers.map((a) => [a.key, a.state.answeredAt]));
  const latestTime = (keys: readonly AnswerKey[]) =>
    keys.map((k) => answerTimes.get(k)).filter((t): t is string => !!t).sort().at(-1) ?? contact.startedAt;

  // History: enduring facts answered today (option answers only: declined is not a fact), then
  // known facts not answered today, carried forward.
  const history: HistoryFact[] = [];
  for (const answer of view.answers) {
    if (!KNOWN_FACT_QUESTIONS.includes(answer.questionId) || answer.state.status !== 'answered') continue;
    history.push({
      questionId: answer.questionId,
      subject: answer.subject,
      optionId: answer.state.optionId,
      at: toMinuteTime(answer.state.answeredAt),
      role,
    });
  }
  const earlier = contact.storySoFar?.facts;
  for (const fact of earlier?.history ?? []) {
    if (history.some((h) => h.questionId === fact.questionId && h.subject === fact.subject)) continue;
    if (!KNOWN_FACT_QUESTIONS.includes(fact.questionId)) continue;
    history.push(fact);
  }

  // Screening: today's results (started ones), then the latest earlier result of each
  // instrument and subject not repeated today.
  const screening: ScreeningFact[] = [];
  for (const result of view.instruments) {
    if (result.status === 'not-started') continue;
    const complete = result.status === 'complete';
    const band = complete ? result.band : null;
    screening.push({
      instrumentId: result.instrumentId,
      subject: result.subject,
      at: toMinuteTime(latestTime(view.answers.filter((a) => a.instrumentId === result.instrumentId && a.subject === result.subject).map((a) => a.key))),
      role,
      status: result.status,
      total: complete ? result.total : null,
      maxTotal: result.maxTotal,
      bandId: band ? band.id : null,
      bandFrom: band ? band.from : null,
      itemRisk: result.itemRisk.map((r) => ({
        questionId: r.questionId,
        status: r.status,
        score: r.status === 'unknown' ? null : (r.score ?? null),
      })),
    });
  }
  for (const fact of earlier?.screening ?? []) {
    if (screening.some((s) => s.instrumentId === fact.instrumentId && s.subject === fact.subject)) continue;
    screening.push(fact);
  }

  const todayScores = screening.map(scoreFromScreening).filter((x) => x !== null);

  const flags: FlagFact[] = view.flags.map((flag) => ({
    ruleId: flag.ruleId,
    subject: flag.subject,
    level: flag.level,
    at: toMinuteTime(latestTime(flag.triggeredBy)),
    acknowledged: flag.acknowledgedAt !== undefined,
  }));
  for (const fact of earlier?.flags ?? []) {
    if (flags.some((f) => f.ruleId === fact.ruleId && f.subject === fact.subject)) continue;
    flags.push(fact);
  }

  const outcomes: OutcomeFact[] = [
    ...view.outcomes.map((o) => ({
      code: o.code,
      subject: o.subject,
      strength: o.strength,
      decision: o.decision?.status ?? null,
    })),
    ...view.chosen.map((d) => ({ code: d.code, subject: d.subject, strength: 'chosen' as const, decision: d.status })),
  ];

  // Referrals (and other outcomes acted on) today, dated by their decision.
  const referrals: ReferralFact[] = [
    ...view.outcomes.map((o) => o.decision).filter((d) => d !== undefined),
    ...view.chosen,
  ].flatMap((d): ReferralFact[] =>
    d.status === 'done' || d.status === 'offered'
      ? [{ code: d.code, subject: d.subject, decision: d.status, at: toMinuteTime(d.decidedAt), role }]
      : [],
  );
  const babySituation = contact.situation?.babySituation;
  const today: StoryHistory = {
    scores: todayScores,
    flagsRaised: flags.slice(0, view.flags.length).map(flagRaisedFromFlag),
    referrals,
    baby: babySituation ? { situation: babySituation, at: toMinuteTime(contact.startedAt) } : undefined,
    dropped: 0,
  };
  const story = mergeHistories(earlier ? [storyHistoryOf(earlier), today] : [today]);

  const outstanding: OutstandingFact[] = [];
  // An item whose rule says it takes the place of others in the block (data `handoverReplaces`, H117).
  const replaced = new Set(view.outstanding.flatMap((o) => (o.handoverReplaces ?? []).map((k) => `${o.subject ?? ''}|${k}`)));
  for (const item of view.outstanding) {
    if (replaced.has(`${item.subject ?? ''}|${item.kind}`)) continue;
    const kind = factOutstandingKindSchema.safeParse(item.kind);
    if (!kind.success) continue;
    const fact: OutstandingFact = { kind: kind.data, subject: item.subject ?? null, instrumentId: item.instrumentId ?? null };
    if (!outstanding.some((o) => o.kind === fact.kind && o.subject === fact.subject && o.instrumentId === fact.instrumentId)) {
      outstanding.push(fact);
    }
  }

  const facts: HandoverFacts = {
    v: HANDOVER_FACTS_VERSION,
    source: {
      contactType: contact.contactType,
      role,
      at: toMinuteTime(contact.startedAt),
      pathwayVersion: view.evaluation.pathwayVersion,
    },
    history: history.slice(0, MAX_HISTORY),
    screening: screening.slice(0, 20),
    flags: flags.slice(0, 30),
    outcomes: outcomes.slice(0, 40),
    outstanding: outstanding.slice(0, 30),
  };
  return handoverFactsSchema.parse(withHistory(facts, story));
}

// Every outstanding kind a block may carry must be one of the engine's: a kind the engine renamed
// would otherwise be dropped from every block by the safeParse above without a sound. The facts
// schema (lib/contact) cannot import the engine's types without a folder cycle, so the check is here.
const blockKindsAreEngineKinds: z.infer<typeof factOutstandingKindSchema> extends OutstandingKind ? true : false = true;
void blockKindsAreEngineKinds;
