import type {
  BabyFact,
  FlagRaisedFact,
  HandoverFacts,
  HistoryFact,
  ReferralFact,
  ScoreFact,
  ScreeningFact,
  FlagFact,
} from './handover-facts';

// The story over time (issue 14): the dated scores, red flags and referrals a family's blocks
// carry, read the same way whether a block is version 1 (latest facts only) or version 2 (history
// lists). Pure. Used to merge several pasted blocks, to carry the history forward into the next
// block, and by the trend, the change rules and the referral loop.
//
// Bounded: each list keeps its newest entries up to its maximum; older ones are dropped first and
// counted in `dropped`, so the block and the screen can say that older history was left out
// (hazard H90: history dropped silently).

/**
 * Bounds of the story over time: the oldest entries are dropped first, and `dropped` counts them.
 * Here rather than beside the facts schema (which re-exports them) so that the engine, which reads
 * the story, imports no validator (issue 17).
 */
export const MAX_SCORE_FACTS = 48;
export const MAX_FLAG_RAISED_FACTS = 30;
export const MAX_REFERRAL_FACTS = 24;

export interface StoryHistory {
  scores: ScoreFact[];
  flagsRaised: FlagRaisedFact[];
  referrals: ReferralFact[];
  baby: BabyFact | undefined;
  dropped: number;
}

export function scoreFromScreening(s: ScreeningFact): ScoreFact | null {
  if (s.status !== 'complete' || s.total === null) return null;
  return { instrumentId: s.instrumentId, subject: s.subject, at: s.at, role: s.role, total: s.total, maxTotal: s.maxTotal, bandId: s.bandId, bandFrom: s.bandFrom };
}

export function flagRaisedFromFlag(f: FlagFact): FlagRaisedFact {
  return { ruleId: f.ruleId, subject: f.subject, level: f.level, at: f.at };
}

/** The history one block holds: its own lists, plus what its version-1 parts say (deduplicated). */
export function storyHistoryOf(facts: HandoverFacts): StoryHistory {
  const scores = [...(facts.scores ?? []), ...facts.screening.map(scoreFromScreening).filter((s): s is ScoreFact => s !== null)];
  const flagsRaised = [...(facts.flagsRaised ?? []), ...facts.flags.map(flagRaisedFromFlag)];
  // A version-1 block's outcomes are those of its own contact, decided then (it has no dates).
  const referrals = [
    ...(facts.referrals ?? []),
    ...(facts.v === 1
      ? facts.outcomes.flatMap((o): ReferralFact[] =>
          o.decision === 'done' || o.decision === 'offered'
            ? [{ code: o.code, subject: o.subject, decision: o.decision, at: facts.source.at, role: facts.source.role }]
            : [],
        )
      : []),
  ];
  return normaliseHistory({ scores, flagsRaised, referrals, baby: facts.baby, dropped: facts.dropped ?? 0 });
}

const scoreKey = (s: ScoreFact) => `${s.subject}|${s.instrumentId}|${s.at}`;
const flagKey = (f: FlagRaisedFact) => `${f.subject}|${f.ruleId}|${f.at}`;
const referralKey = (r: ReferralFact) => `${r.subject}|${r.code}|${r.at}`;

/** A total order on equal keys, so that the result never depends on the order blocks were pasted. */
function preferred<T>(a: T, b: T): T {
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function uniqueByDate<T extends { at: string }>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const current = seen.get(key(item));
    seen.set(key(item), current ? preferred(current, item) : item);
  }
  // Oldest first; ties in a stable order of the key so that merging is order-independent.
  return [...seen.values()].sort((a, b) => (a.at === b.at ? key(a).localeCompare(key(b)) : a.at < b.at ? -1 : 1));
}

function keepNewest<T>(items: T[], max: number): { kept: T[]; dropped: number } {
  return items.length <= max ? { kept: items, dropped: 0 } : { kept: items.slice(items.length - max), dropped: items.length - max };
}

/** Deduplicates (same subject, item and time), sorts oldest first and bounds each list. */
export function normaliseHistory(history: StoryHistory): StoryHistory {
  const scores = keepNewest(uniqueByDate(history.scores, scoreKey), MAX_SCORE_FACTS);
  const flags = keepNewest(uniqueByDate(history.flagsRaised, flagKey), MAX_FLAG_RAISED_FACTS);
  const referrals = keepNewest(uniqueByDate(history.referrals, referralKey), MAX_REFERRAL_FACTS);
  return {
    scores: scores.kept,
    flagsRaised: flags.kept,
    referrals: referrals.kept,
    baby: history.baby,
    dropped: Math.min(9999, history.dropped + scores.dropped + flags.dropped + referrals.dropped),
  };
}

function latestBaby(babies: readonly (BabyFact | undefined)[]): BabyFact | undefined {
  return babies.reduce<BabyFact | undefined>(
    (latest, b) => (!b ? latest : !latest || b.at > latest.at ? b : b.at === latest.at ? preferred(latest, b) : latest),
    undefined,
  );
}

/** Several histories as one (for several pasted blocks, or earlier story plus today). */
export function mergeHistories(histories: readonly StoryHistory[]): StoryHistory {
  return normaliseHistory({
    scores: histories.flatMap((h) => h.scores),
    flagsRaised: histories.flatMap((h) => h.flagsRaised),
    referrals: histories.flatMap((h) => h.referrals),
    baby: latestBaby(histories.map((h) => h.baby)),
    // Drops in different blocks may overlap (the same old entries dropped from each): the largest
    // count is a floor, and saying "some were dropped" is what matters (H90).
    dropped: Math.max(0, ...histories.map((h) => h.dropped)),
  });
}

/** Writes a history into facts as version 2. */
export function withHistory(facts: HandoverFacts, history: StoryHistory): HandoverFacts {
  const { baby: _b, scores: _s, flagsRaised: _f, referrals: _r, dropped: _d, ...rest } = facts;
  return {
    ...rest,
    v: 2,
    ...(history.baby ? { baby: history.baby } : {}),
    scores: history.scores,
    flagsRaised: history.flagsRaised,
    referrals: history.referrals,
    ...(history.dropped > 0 ? { dropped: history.dropped } : {}),
  };
}

function latestBy<T extends { at: string }>(items: readonly T[], key: (item: T) => string): T[] {
  const latest = new Map<string, T>();
  for (const item of items) {
    const current = latest.get(key(item));
    if (!current || item.at > current.at) latest.set(key(item), item);
    else if (item.at === current.at) latest.set(key(item), preferred(current, item));
  }
  return [...latest.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Several pasted blocks as one story (issue 14): the latest block's own facts (source, outcomes,
 * outstanding items), the latest answer to each history question, the latest result of each
 * measure and flag, and the dated history of all of them, merged by date with duplicates removed.
 * Order of the blocks does not matter.
 */
export function mergeHandoverFacts(all: readonly HandoverFacts[]): HandoverFacts {
  if (all.length === 0) throw new RangeError('mergeHandoverFacts needs at least one block');
  const order = (f: HandoverFacts) => `${f.source.at}|${JSON.stringify(f)}`;
  const sorted = [...all].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const latest = sorted[sorted.length - 1]!;
  if (all.length === 1) return latest;
  const history: HistoryFact[] = latestBy(sorted.flatMap((f) => f.history), (h) => `${h.subject}|${h.questionId}`).slice(0, 20);
  const screening = latestBy(sorted.flatMap((f) => f.screening), (s) => `${s.subject}|${s.instrumentId}`).slice(0, 20);
  const flags = latestBy(sorted.flatMap((f) => f.flags), (f) => `${f.subject}|${f.ruleId}`).slice(0, 30);
  return withHistory({ ...latest, history, screening, flags }, mergeHistories(sorted.map(storyHistoryOf)));
}
