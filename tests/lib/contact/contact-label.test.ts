import { describe, expect, it } from 'vitest';
import { checkContactLabel, defaultContactLabel } from '../../../lib/contact/contact-label';

describe('the contact label', () => {
  it.each([
    ['14:00 visit', null],
    ['Tuesday NBV', null],
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(41), 'too-long'],
    ['943 476 5919', 'looks-like-nhs-number'],
    ['9434765919', 'looks-like-nhs-number'],
    ['943-476-5919 visit', 'looks-like-nhs-number'],
    ['born 03/04/2001', 'looks-like-date-of-birth'],
    ['3.4.01', 'looks-like-date-of-birth'],
  ])('[H17-y] checks %j as %s', (label, problem) => {
    expect(checkContactLabel(label)).toBe(problem);
  });

  it('defaults to the time of the visit', () => {
    expect(defaultContactLabel(new Date(2026, 10, 21, 9, 5))).toBe('09:05 visit');
  });
});
