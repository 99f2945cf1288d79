import { answerKey } from '../contact/answer-key';
import type { AnswerKey, Subject } from '../contact/contact';
import type { BandView, InstrumentResult, ItemRiskView, MissingItem } from './evaluation';
import type { EffectiveResponse } from './responses';
import type { Band, Instrument, Threshold } from './schema';
import type { PathwaySettings } from './settings';

// Instrument scoring. Pure. Scores come from the options (reverse scoring is data, §1.7). A
// declined or not-asked item never counts as 0, so an incomplete instrument has no total and no
// band; positivity and "band at least" are read from the answered items alone only when they
// already reach the cut-off, because the missing items can only add to the sum.

export type ScoredInstrument = Omit<InstrumentResult, 'requirement' | 'requirementReasons'> & {
  /** Stored keys of answered items with a score above 0 (what made a positive result). */
  contributingKeys: AnswerKey[];
  answeredKeys: AnswerKey[];
  /** Stored keys of every item with a response (answered, declined or not asked). */
  respondedKeys: AnswerKey[];
};

export function resolveThreshold(threshold: Threshold, settings: PathwaySettings): number {
  return 'value' in threshold ? threshold.value : settings[threshold.setting];
}

export function bandsFor(instrument: Instrument, subject: Subject, settings: PathwaySettings): BandView[] {
  const bands: Band[] =
    subject === 'partner' && instrument.bands.partner ? instrument.bands.partner : instrument.bands.default;
  const resolved = bands.map((band) => ({ band, from: resolveThreshold(band.from, settings) }));
  return resolved.map(({ band, from }, i) => {
    const next = resolved[i + 1];
    return {
      id: band.id,
      label: band.label,
      from,
      to: next ? next.from - 1 : instrument.maxTotal,
      sources: [...band.sources],
    };
  });
}

/** The band a total falls in: the last band whose lower bound it reaches. */
export function bandOf(bands: readonly BandView[], total: number): BandView | null {
  let found: BandView | null = null;
  for (const band of bands) if (total >= band.from) found = band;
  return found;
}

export function positiveFromFor(instrument: Instrument, subject: Subject, settings: PathwaySettings): number {
  const threshold =
    subject === 'partner' && instrument.positiveFrom.partner
      ? instrument.positiveFrom.partner
      : instrument.positiveFrom.default;
  return resolveThreshold(threshold, settings);
}

/**
 * @param responseOf the effective response for an item of this instrument and subject
 *   (null when unanswered or hidden); hidden items are excluded by `itemCounts`.
 */
export function scoreInstrument(
  instrument: Instrument,
  subject: Subject,
  settings: PathwaySettings,
  itemCounts: (questionId: string) => boolean,
  responseOf: (questionId: string) => EffectiveResponse | null,
): ScoredInstrument {
  const scoredItems = instrument.items.filter((item) => item.scored && itemCounts(item.id));
  let answeredSum = 0;
  let answeredCount = 0;
  let ownResponses = 0;
  const missing: MissingItem[] = [];
  const contributingKeys: AnswerKey[] = [];
  const answeredKeys: AnswerKey[] = [];
  const respondedKeys: AnswerKey[] = [];
  for (const item of scoredItems) {
    const key = answerKey(subject, item.id);
    const response = responseOf(item.id);
    if (response && !response.carried) ownResponses += 1;
    if (response) respondedKeys.push(response.storedKey);
    if (response?.kind === 'option') {
      answeredCount += 1;
      const score = response.option.score ?? 0;
      answeredSum += score;
      answeredKeys.push(response.storedKey);
      if (score > 0) contributingKeys.push(response.storedKey);
    } else if (response) {
      missing.push(
        response.kind === 'not-asked'
          ? { key, questionId: item.id, status: 'not-asked', reason: response.reason }
          : { key, questionId: item.id, status: 'declined' },
      );
    } else {
      missing.push({ key, questionId: item.id, status: 'unanswered' });
    }
  }
  const itemCount = scoredItems.length;
  const complete = itemCount > 0 && answeredCount === itemCount;
  // Answers carried from an identical item elsewhere (GAD-2 → GAD-7) do not start an instrument.
  const started = ownResponses > 0;
  const status: InstrumentResult['status'] =
    !started && !complete
      ? 'not-started'
      : complete
        ? 'complete'
        : answeredCount === 0
          ? 'declined'
          : 'incomplete';
  const bands = bandsFor(instrument, subject, settings);
  const total = complete ? answeredSum : null;
  const band = total === null ? null : bandOf(bands, total);
  const lowerBoundBand = !complete && started && answeredCount > 0 ? bandOf(bands, answeredSum) : null;
  const bandAtLeast = lowerBoundBand && lowerBoundBand !== bands[0] ? lowerBoundBand : null;
  const positiveFrom = positiveFromFor(instrument, subject, settings);
  const positiveOnAnsweredItems = !complete && started && answeredCount > 0 && answeredSum >= positiveFrom;
  const positive = complete ? answeredSum >= positiveFrom : positiveOnAnsweredItems ? true : null;

  const itemRisk: ItemRiskView[] = instrument.riskItems
    .filter((questionId) => itemCounts(questionId))
    .map((questionId) => {
      const key = answerKey(subject, questionId);
      const response = responseOf(questionId);
      if (response?.kind !== 'option') return { key, questionId, status: 'unknown' as const };
      const score = response.option.score ?? 0;
      return {
        key,
        questionId,
        status: score > 0 ? ('positive' as const) : ('negative' as const),
        score,
        optionLabel: response.option.label,
      };
    });

  return {
    instrumentId: instrument.id,
    subject,
    name: instrument.name,
    shortName: instrument.shortName,
    status,
    total,
    answeredSum,
    maxTotal: instrument.maxTotal,
    answeredCount,
    itemCount,
    band,
    bandAtLeast,
    positive,
    positiveOnAnsweredItems,
    positiveLabel: instrument.positiveLabel,
    positiveFrom,
    recallWindow: { ...instrument.recallWindow },
    itemRisk,
    missing,
    codes: {
      ...(instrument.codes.loincPanel ? { loincPanel: instrument.codes.loincPanel } : {}),
      ...(instrument.codes.loincTotal ? { loincTotal: instrument.codes.loincTotal } : {}),
      ...(instrument.codes.snomedScore ? { snomedScore: instrument.codes.snomedScore } : {}),
    },
    sources: [...instrument.sources],
    contributingKeys,
    answeredKeys,
    respondedKeys,
  };
}
