import { describe, expect, it } from 'vitest';
import type { Subject } from '../../../lib/contact/contact';
import { declined, notAsked, scores, scoresTotalling } from '../../../lib/pathway/contact-builder';
import type { InstrumentId } from '../../../lib/pathway/schema';
import { defaultPathwaySettings, type PathwaySettings } from '../../../lib/pathway/settings';
import { evaluateSpec, result } from './support/evaluate-spec';

// Totals, bands and positive cut-offs at every threshold boundary (reference §1.2-1.7).

function scored(instrumentId: InstrumentId, total: number, subject: Subject = 'birthing-parent', settings = defaultPathwaySettings) {
  const answers = scoresTotalling(instrumentId, total);
  const evaluation = evaluateSpec(
    {
      contactType: 'hv-6-8-weeks',
      presence: subject === 'partner' ? { partner: true } : {},
      answers:
        subject === 'partner'
          ? { partner: { 'partner.consent-screening': 'yes-share', ...answers } }
          : { 'birthing-parent': answers },
    },
    settings,
  );
  const r = result(evaluation, subject, instrumentId);
  if (!r) throw new Error(`no ${instrumentId} result`);
  return r;
}

describe('threshold boundaries', () => {
  it.each([
    // instrument, total, band, positive, source
    ['epds', 0, 'below-threshold', false, 'S10'],
    ['epds', 9, 'below-threshold', false, 'S10'],
    ['epds', 10, 'possible-depression', true, 'S10'],
    ['epds', 12, 'possible-depression', true, 'S10'],
    ['epds', 13, 'probable-depression', true, 'S10'],
    ['epds', 30, 'probable-depression', true, 'S10'],
    ['gad-2', 2, 'negative', false, 'S13'],
    ['gad-2', 3, 'positive', true, 'S13'],
    ['gad-2', 6, 'positive', true, 'S13'],
    ['phq-9', 4, 'none-minimal', false, 'S12'],
    ['phq-9', 5, 'mild', false, 'S12'],
    ['phq-9', 9, 'mild', false, 'S12'],
    ['phq-9', 10, 'moderate', true, 'S12'],
    ['phq-9', 14, 'moderate', true, 'S12'],
    ['phq-9', 15, 'moderately-severe', true, 'S12'],
    ['phq-9', 19, 'moderately-severe', true, 'S12'],
    ['phq-9', 20, 'severe', true, 'S12'],
    ['phq-9', 27, 'severe', true, 'S12'],
    ['gad-7', 4, 'minimal', false, 'S13'],
    ['gad-7', 5, 'mild', false, 'S13'],
    ['gad-7', 9, 'mild', false, 'S13'],
    ['gad-7', 10, 'moderate', true, 'S13'],
    ['gad-7', 14, 'moderate', true, 'S13'],
    ['gad-7', 15, 'severe', true, 'S13'],
    ['gad-7', 21, 'severe', true, 'S13'],
    ['whooley', 0, 'negative', false, 'S1'],
    ['whooley', 1, 'positive', true, 'S1'],
    ['whooley', 2, 'positive', true, 'S1'],
  ] as const)('[H04-a] %s total %i is band %s, positive %s (%s)', (instrumentId, total, band, positive, _source) => {
    const r = scored(instrumentId, total);
    expect(r.status).toBe('complete');
    expect(r.total).toBe(total);
    expect(r.band?.id).toBe(band);
    expect(r.positive).toBe(positive);
  });

  it.each([
    // possible, probable, total, band, source
    [12, 14, 11, 'below-threshold', 'S10 (organisation choice within bounds)'],
    [12, 14, 12, 'possible-depression', 'S10'],
    [12, 14, 13, 'possible-depression', 'S10 ("above 13")'],
    [12, 14, 14, 'probable-depression', 'S10 ("above 13")'],
    [12, 12, 11, 'below-threshold', 'S10'],
    [12, 12, 12, 'probable-depression', 'S10 (equal thresholds: no possible band)'],
  ] as const)('[H04-b] EPDS with thresholds %i/%i: total %i is %s (%s)', (epdsPossibleFrom, epdsProbableFrom, total, band, _source) => {
    const settings: PathwaySettings = { ...defaultPathwaySettings, epdsPossibleFrom, epdsProbableFrom };
    expect(scored('epds', total, 'birthing-parent', settings).band?.id).toBe(band);
  });

  it.each([
    // partner threshold, total, band, positive, source
    [10, 9, 'below-partner-threshold', false, 'S11 (default: > 10 for depression in fathers, Edmondson 2010)'],
    [10, 10, 'at-or-above-partner-threshold', true, 'S11'],
    [6, 5, 'below-partner-threshold', false, 'S11 (5/6 any distress, Matthey 2001)'],
    [6, 6, 'at-or-above-partner-threshold', true, 'S11'],
  ] as const)('[H04-c] partner EPDS with threshold %i: total %i is %s (%s)', (partnerEpdsFrom, total, band, positive, _source) => {
    const settings: PathwaySettings = { ...defaultPathwaySettings, partnerEpdsFrom };
    const r = scored('epds', total, 'partner', settings);
    expect(r.band?.id).toBe(band);
    expect(r.positive).toBe(positive);
    expect(r.positiveFrom).toBe(partnerEpdsFrom);
  });

  it('uses the birthing parent bands, not the partner threshold, for the birthing parent (S10, S11)', () => {
    const settings: PathwaySettings = { ...defaultPathwaySettings, partnerEpdsFrom: 6 };
    expect(scored('epds', 7, 'birthing-parent', settings).positive).toBe(false);
    expect(scored('epds', 7, 'partner', settings).positive).toBe(true);
  });
});

describe('declined and not-asked items', () => {
  const nineItemsSumming = (sum: number) => {
    const all = scoresTotalling('epds', sum);
    delete all['epds.10'];
    return all;
  };

  it.each([
    ['declined', declined],
    ['not asked', notAsked('parent-distressed')],
  ] as const)('[H03-a] an EPDS with item 10 %s has no total and no band, and is not negative (S10)', (_label, response) => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { ...nineItemsSumming(9), 'epds.10': response } },
    });
    const r = result(evaluation, 'birthing-parent', 'epds');
    expect(r?.status).toBe('incomplete');
    expect(r?.total).toBeNull();
    expect(r?.band).toBeNull();
    expect(r?.positive).toBeNull();
    expect(r?.answeredSum).toBe(9);
    expect(r?.missing.map((m) => m.status)).toEqual([response === declined ? 'declined' : 'not-asked']);
  });

  it('[H03-b] an incomplete EPDS already at the threshold on the answered items is positive, without a total (S10)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { ...nineItemsSumming(13), 'epds.10': declined } },
    });
    const r = result(evaluation, 'birthing-parent', 'epds');
    expect(r?.total).toBeNull();
    expect(r?.positive).toBe(true);
    expect(r?.positiveOnAnsweredItems).toBe(true);
    expect(r?.bandAtLeast?.id).toBe('probable-depression');
  });

  it('[H03-c] an instrument where every answered item was declined is "declined", with no total (S10, S13)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'gad-2.1': declined, 'gad-2.2': declined } },
    });
    const r = result(evaluation, 'birthing-parent', 'gad-2');
    expect(r?.status).toBe('declined');
    expect(r?.total).toBeNull();
    expect(r?.positive).toBeNull();
  });

  it('[H03-d] a Whooley with one No and one declined answer is not negative (S1)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'whooley.1': 'no', 'whooley.2': declined } },
    });
    expect(result(evaluation, 'birthing-parent', 'whooley')?.positive).toBeNull();
  });

  it('[H10-a] a Whooley with one Yes is positive even when the other answer is declined (S1: Yes to either)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { 'whooley.1': 'yes', 'whooley.2': declined } },
    });
    expect(result(evaluation, 'birthing-parent', 'whooley')?.positive).toBe(true);
  });
});

describe('totals come from the option scores', () => {
  it('[H02-a] an EPDS of every top option scores 3 on items 3 and 5-10 and 0 on items 1, 2 and 4 (S10)', () => {
    const tops = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`epds.${i + 1}`, ['as-much-as-i-always-could', 'as-much-as-i-ever-did', 'yes-most-of-the-time', 'no-not-at-all', 'yes-quite-a-lot', 'yes-most-of-the-time-not-coping', 'yes-most-of-the-time', 'yes-most-of-the-time', 'yes-most-of-the-time', 'yes-quite-often'][i] as string]),
    );
    const evaluation = evaluateSpec({ contactType: 'hv-6-8-weeks', answers: { 'birthing-parent': tops } });
    expect(result(evaluation, 'birthing-parent', 'epds')?.total).toBe(7 * 3);
  });

  it('[H11-a] stores the Whooley recall window as a month and the EPDS as 7 days, never as interchangeable (S1, S10)', () => {
    const evaluation = evaluateSpec({
      contactType: 'hv-6-8-weeks',
      answers: { 'birthing-parent': { ...scores('whooley', [1, 0]), ...scores('epds', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) } },
    });
    expect(result(evaluation, 'birthing-parent', 'whooley')?.recallWindow).toEqual({ days: 30, text: 'the past month' });
    expect(result(evaluation, 'birthing-parent', 'epds')?.recallWindow).toEqual({ days: 7, text: 'the past 7 days' });
    expect(result(evaluation, 'birthing-parent', 'phq-9')?.recallWindow.days).toBe(14);
  });
});
