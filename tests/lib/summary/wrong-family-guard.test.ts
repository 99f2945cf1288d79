import { describe, expect, it } from 'vitest';
import { describeAge, FUTURE_TOLERANCE_MS, wrongFamilyGuard } from '../../../lib/summary/wrong-family-guard';

const NOW = Date.parse('2025-11-21T15:00:00Z');
const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

describe('the wrong-family guard', () => {
  it.each([
    { case: 'a contact started an hour ago, limit 24 h', startedAt: NOW - HOUR, hours: 24, expected: 'single' },
    { case: 'a contact started just now', startedAt: NOW, hours: 24, expected: 'single' },
    { case: 'exactly at the limit (not older than it)', startedAt: NOW - 24 * HOUR, hours: 24, expected: 'single' },
    { case: 'one millisecond past the limit', startedAt: NOW - 24 * HOUR - 1, hours: 24, expected: 'extra' },
    { case: 'three days old, limit 24 h', startedAt: NOW - 72 * HOUR, hours: 24, expected: 'extra' },
    { case: 'a limit of 0: any contact that has started', startedAt: NOW - 1, hours: 0, expected: 'extra' },
    { case: 'a fractional limit of 1.5 h, 89 minutes old', startedAt: NOW - 89 * MINUTE, hours: 1.5, expected: 'single' },
    { case: 'a fractional limit of 1.5 h, 91 minutes old', startedAt: NOW - 91 * MINUTE, hours: 1.5, expected: 'extra' },
    { case: 'clock skew within tolerance (starts 4 minutes ahead)', startedAt: NOW + 4 * MINUTE, hours: 24, expected: 'single' },
    { case: 'a start time well in the future', startedAt: NOW + FUTURE_TOLERANCE_MS + 1, hours: 24, expected: 'extra' },
    { case: 'a negative limit (misconfigured): fail safe', startedAt: NOW - HOUR, hours: -1, expected: 'extra' },
    { case: 'a limit that is not a number: fail safe', startedAt: NOW - HOUR, hours: Number.NaN, expected: 'extra' },
    { case: 'an infinite limit: fail safe', startedAt: NOW - HOUR, hours: Number.POSITIVE_INFINITY, expected: 'extra' },
  ])('[H07-b] asks for $expected confirmation for $case', ({ startedAt, hours, expected }) => {
    expect(wrongFamilyGuard(startedAt, NOW, hours).confirmation).toBe(expected);
  });

  it.each([
    { startedAt: NOW - 30 * HOUR, hours: 24, reason: 'older-than-limit' },
    { startedAt: NOW + HOUR, hours: 24, reason: 'starts-in-future' },
    { startedAt: 'not a date', hours: 24, reason: 'unknown-start' },
    { startedAt: NOW - HOUR, hours: -5, reason: 'invalid-limit' },
  ])('[H07-c] says why the extra confirmation is needed: $reason', ({ startedAt, hours, reason }) => {
    expect(wrongFamilyGuard(startedAt, NOW, hours)).toMatchObject({ confirmation: 'extra', reason });
  });

  it('accepts ISO strings and Dates as the record keeps them', () => {
    expect(wrongFamilyGuard('2025-11-21T14:05:00Z', new Date(NOW), 24)).toEqual({ confirmation: 'single', ageMs: 55 * MINUTE });
  });
});

describe('describing how long ago a contact started', () => {
  it.each([
    { ageMs: 0, words: '0 minutes' },
    { ageMs: MINUTE, words: '1 minute' },
    { ageMs: 59 * MINUTE, words: '59 minutes' },
    { ageMs: HOUR, words: '1 hour' },
    { ageMs: 27 * HOUR + 59 * MINUTE, words: '27 hours' },
    { ageMs: 47 * HOUR, words: '47 hours' },
    { ageMs: 48 * HOUR, words: '2 days' },
    { ageMs: -HOUR, words: '0 minutes' },
  ])('$ageMs ms is "$words"', ({ ageMs, words }) => {
    expect(describeAge(ageMs)).toBe(words);
  });
});
