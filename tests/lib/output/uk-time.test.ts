import { describe, expect, it } from 'vitest';
import { TIME_ZONE_LABEL, ukClock, ukDate, ukDateTime, ukTimeRelativeTo } from '../../../lib/output/uk-time';

// Times come from the contact's own UTC timestamps, shown in UK time whatever the machine's zone.

describe('UK time', () => {
  it('uses Europe/London here (Node has full ICU)', () => {
    expect(TIME_ZONE_LABEL).toBe('UK time');
  });

  it.each([
    ['2026-03-02T10:00:00.000Z', '2 Mar 2026 10:00'], // GMT
    ['2026-07-15T09:05:00.000Z', '15 Jul 2026 10:05'], // BST
    ['2026-03-29T00:59:00.000Z', '29 Mar 2026 00:59'], // just before the clocks go forward
    ['2026-03-29T01:00:00.000Z', '29 Mar 2026 02:00'], // just after
    ['2026-10-25T00:30:00.000Z', '25 Oct 2026 01:30'], // the repeated hour (BST)
    ['2026-10-25T01:30:00.000Z', '25 Oct 2026 01:30'], // the repeated hour (GMT)
    ['2026-12-31T23:59:00.000Z', '31 Dec 2026 23:59'],
    ['2026-06-30T23:30:00.000Z', '1 Jul 2026 00:30'], // the UK date, not the UTC date
  ])('%s is %s', (iso, expected) => {
    expect(ukDateTime(iso)).toBe(expected);
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(ukDateTime('2026-03-02T10:00:00.000Z')).toBe('2 Mar 2026 10:00');
    } finally {
      process.env.TZ = before;
    }
  });

  it('shows only the clock on the same UK day', () => {
    expect(ukTimeRelativeTo('2026-03-02T10:25:00.000Z', '2026-03-02T10:00:00.000Z')).toBe('10:25');
    expect(ukTimeRelativeTo('2026-03-03T10:25:00.000Z', '2026-03-02T10:00:00.000Z')).toBe('3 Mar 2026 10:25');
  });

  it('says so for a time it cannot read', () => {
    expect(ukDate('not a time')).toBe('unknown date');
    expect(ukClock('not a time')).toBe('--:--');
  });
});
