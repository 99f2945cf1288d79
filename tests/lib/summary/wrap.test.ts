import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLine } from '../../../lib/summary/wrap';

describe('wrapLine', () => {
  it('breaks at spaces with a hanging indent', () => {
    expect(wrapLine('EPDS item 10 (thoughts of self-harm): Never (0)', 20)).toEqual([
      'EPDS item 10',
      '  (thoughts of',
      '  self-harm): Never',
      '  (0)',
    ]);
  });

  it('[H32-l] never breaks a code or a number, even when it is longer than the line', () => {
    expect(wrapLine('SNOMED 803351000000106 Whooley', 10)).toEqual(['SNOMED', '  803351000000106', '  Whooley']);
  });

  it('property: words come back intact and in order; lines fit unless one word is longer than the line', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9().,:;/<>=-]{1,30}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 10, max: 120 }), (words, width) => {
        const lines = wrapLine(words.join(' '), width, '  ', '  ');
        expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(words);
        for (const l of lines) {
          const content = l.trimStart();
          if (content.includes(' ')) expect(l.length).toBeLessThanOrEqual(width);
          else expect(words).toContain(content);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
