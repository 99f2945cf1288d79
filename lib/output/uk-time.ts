// Times in the summary are UK local time (Europe/London, so GMT in winter and BST in summer),
// because that is what the practitioner and the next professional read on their clocks. They are
// computed from the contact's own stored UTC timestamps with an explicit time zone, never the
// machine's, so a summary is the same on every machine and in every test run. If a browser had no
// time-zone data (Intl without Europe/London), times fall back to UTC and say so.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

type Parts = { year: number; month: number; day: number; hour: number; minute: number };

function londonFormatter(): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    return null;
  }
}

const formatter = londonFormatter();

/** 'UK time' normally; 'UTC' only where the runtime has no time-zone data. */
export const TIME_ZONE_LABEL: 'UK time' | 'UTC' = formatter ? 'UK time' : 'UTC';

function partsOf(iso: string): Parts | null {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  if (!formatter) {
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
    };
  }
  // Numeric parts, and month names from our own table: ICU versions differ ("Sep" vs "Sept").
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(formatter.formatToParts(date).find((p) => p.type === type)?.value ?? NaN);
  const parts = { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute') };
  return Object.values(parts).every(Number.isFinite) ? parts : null;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2 Mar 2026" */
export function ukDate(iso: string): string {
  const p = partsOf(iso);
  return p ? `${p.day} ${MONTHS[p.month - 1] ?? '?'} ${p.year}` : 'unknown date';
}

/** "10:05" */
export function ukClock(iso: string): string {
  const p = partsOf(iso);
  return p ? `${two(p.hour)}:${two(p.minute)}` : '--:--';
}

/** "2 Mar 2026 10:05" */
export function ukDateTime(iso: string): string {
  return `${ukDate(iso)} ${ukClock(iso)}`;
}

/** "10:05" on the same UK day as `reference`, else "3 Mar 2026 10:05". */
export function ukTimeRelativeTo(iso: string, reference: string): string {
  return ukDate(iso) === ukDate(reference) ? ukClock(iso) : ukDateTime(iso);
}
