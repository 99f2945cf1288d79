import { z } from 'zod';

// Minute-precision UTC times ("2026-03-02T10:00Z"), as the handover facts carry them: seconds
// would only add length to the block. A leaf module, used by the facts schema (lib/contact), the
// engine's known facts and change rules (lib/pathway), the handover and the summary.

const MINUTE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/;

export const minuteTimeSchema = z
  .string()
  .regex(MINUTE_TIME, 'must be a UTC time to the minute, like 2026-03-02T10:00Z')
  .refine((value) => {
    const ms = Date.parse(value.replace('Z', ':00Z'));
    return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 16) + 'Z' === value;
  }, 'must be a real date and time');

/** "2026-03-02T10:00:27.123Z" → "2026-03-02T10:00Z" (the block keeps minutes). */
export function toMinuteTime(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a time: ${iso}`);
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

/** "2026-03-02T10:00Z" → "2026-03-02T10:00:00.000Z". */
export function fromMinuteTime(minute: string): string {
  return minute.replace(/Z$/, ':00.000Z');
}
