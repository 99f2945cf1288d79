import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPasteSafe, plainInline, plainParagraphs } from '../../../lib/output/plain-text';

describe('plain text for a record textarea', () => {
  it.each([
    ['“curly” and ‘single’ quotes, it’s', '"curly" and \'single\' quotes, it\'s'],
    ['en–dash and em—dash', 'en-dash and em - dash'],
    ['wait…', 'wait...'],
    ['non\u00a0breaking\u202fspaces', 'non breaking spaces'],
    ['• bullet · dot', '- bullet - dot'],
    ['EPDS ≥ 13, ≤ 9', 'EPDS >= 13, <= 9'],
    ['2–2½ years', '2-2 1/2 years'],
    ['café naïve Zoë', 'cafe naive Zoe'],
    ['ﬁnd', 'find'],
    ['soft\u00adhyphen zero\u200bwidth', 'softhyphen zerowidth'],
    ['£5 travel', 'GBP 5 travel'],
    ['⚠ check', '(!) check'],
    ['tab\there  and   spaces', 'tab here and spaces'],
    ['line\r\nbreak', 'line break'],
    ['مرحبا', '?????'],
    ['😀 smile', '? smile'],
  ])('%j becomes %j', (input, expected) => {
    expect(plainInline(input)).toBe(expected);
  });

  it('keeps paragraphs of typed text and drops blank lines', () => {
    expect(plainParagraphs('First “line”\r\n\r\n\nSecond line\rThird')).toEqual(['First "line"', 'Second line', 'Third']);
  });

  it('[H32-a] property: any text becomes printable ASCII, with nothing silently dropped but invisible characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const out = plainInline(text);
        expect(isPasteSafe(out)).toBe(true);
        expect(out).not.toContain('\n');
        for (const p of plainParagraphs(text)) expect(isPasteSafe(p)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
