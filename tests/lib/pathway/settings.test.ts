import { describe, expect, it } from 'vitest';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';
import { pathwaySettingsSchema } from '../../../lib/pathway/settings-schema';

// The organisation's choices stay within the documented bounds (reference §6.4, §6.15).

describe('pathway settings', () => {
  it('accepts the national defaults', () => {
    expect(pathwaySettingsSchema.parse(defaultPathwaySettings)).toEqual(defaultPathwaySettings);
  });

  it.each([
    ['epdsPossibleFrom', 9, 'S10: below the sensitive cut-off'],
    ['epdsPossibleFrom', 13, 'S10'],
    ['epdsProbableFrom', 11, 'S10'],
    ['epdsProbableFrom', 15, 'S10'],
    ['partnerEpdsFrom', 5, 'S11'],
    ['partnerEpdsFrom', 12, 'S11'],
    ['childPresentFromAgeYears', 0, 'S20, §6.15'],
    ['childPresentFromAgeYears', 13, 'S20, §6.15'],
  ] as const)('[H20-a] rejects %s = %i, outside the documented bounds (%s)', (field, value, _source) => {
    expect(pathwaySettingsSchema.safeParse({ ...defaultPathwaySettings, [field]: value }).success).toBe(false);
  });

  it('[H20-b] rejects a "probable" EPDS threshold below the "possible" one (S10)', () => {
    expect(pathwaySettingsSchema.safeParse({ ...defaultPathwaySettings, epdsPossibleFrom: 12, epdsProbableFrom: 12 }).success).toBe(true);
    expect(pathwaySettingsSchema.safeParse({ ...defaultPathwaySettings, epdsPossibleFrom: 12, epdsProbableFrom: 11 }).success).toBe(false);
  });

  it('keeps the help question off by default (§1.2 ⚠) and accepts an optional depression measure preference', () => {
    expect(defaultPathwaySettings.helpQuestionEnabled).toBe(false);
    expect(pathwaySettingsSchema.safeParse({ ...defaultPathwaySettings, depressionMeasure: 'phq-9' }).success).toBe(true);
    expect(pathwaySettingsSchema.safeParse({ ...defaultPathwaySettings, depressionMeasure: 'hads' }).success).toBe(false);
  });
});
