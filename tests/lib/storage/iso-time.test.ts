import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime } from '../../../lib/storage/iso-time';

describe('isoTime', () => {
  it('writes exactly what toISOString writes, for any time the store can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }), (ms) => {
        expect(isoTime(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => {
        expect(isoTime(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20000 },
    );
  });

  it.each([0, 1, 999, 86_399_999, 86_400_000, 951_782_400_000, 1_741_597_200_000, 253_402_300_799_999, 253_402_300_800_000, -1, 1.5])(
    'matches toISOString at %s',
    (ms) => expect(isoTime(ms)).toBe(new Date(ms).toISOString()),
  );
});
