import { describe, expect, it } from 'vitest';
import { nobodyElsePresent, type Presence } from '../../../lib/contact/contact';
import { presenceFacts } from '../../../lib/pathway/privacy';
import { defaultPathwaySettings } from '../../../lib/pathway/settings';

// Who counts as "others in the room" for private questions (reference §2.11; S20).

describe('is she alone for private questions?', () => {
  it.each([
    ['nobody else', {}, 2, true, 'S20'],
    ['the partner', { partner: true }, 2, false, 'S20'],
    ['another adult', { otherAdults: true }, 2, false, 'S20 (relative or friend)'],
    ['a family interpreter', { familyInterpreter: true }, 2, false, 'S20 RCGP: never family, friends or carers'],
    ['a professional interpreter', { professionalInterpreter: true }, 2, true, 'S20 RCGP'],
    ['a baby (age 0)', { childrenAges: [0] }, 2, true, '§6.15 (configurable)'],
    ['a 1-year-old', { childrenAges: [1] }, 2, true, '§6.15 default 2'],
    ['a 2-year-old', { childrenAges: [2] }, 2, false, '§6.15 default 2'],
    ['a 4-year-old with the age set to 5', { childrenAges: [4] }, 5, true, '§6.15 organisation setting'],
    ['a 5-year-old with the age set to 5', { childrenAges: [5] }, 5, false, '§6.15 organisation setting'],
    ['"an older child" (no age given)', { olderChildPresent: true }, 12, false, '§6.15'],
    ['a professional interpreter and a baby', { professionalInterpreter: true, childrenAges: [0] }, 2, true, 'S20'],
  ] as const)('[H05-a] with %s in the room (children count from %#): private = %s (%s)', (_who, presence, age, expected, _source) => {
    const settings = { ...defaultPathwaySettings, childPresentFromAgeYears: age };
    const facts = presenceFacts({ ...nobodyElsePresent, ...(presence as Partial<Presence>) }, settings);
    expect(facts.privateNow).toBe(expected);
    expect(facts.othersPresent).toBe(!expected);
  });

  it('[H05-b] is never private when the birthing parent is not in the room', () => {
    expect(presenceFacts({ ...nobodyElsePresent, birthingParent: false }, defaultPathwaySettings).privateNow).toBe(false);
  });
});
