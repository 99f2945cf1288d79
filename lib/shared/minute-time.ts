// Minute-precision UTC times ("2026-03-02T10:00Z"), as the handover facts carry them: seconds
// would only add length to the block. A leaf module (no validator: the pathway data imports it),
// used by the facts schema (lib/contact/id-schemas.ts builds the schema from isMinuteTime), the
// engine's known facts and change rules (lib/pathway), the handover and the summary.

/** The shape of a minute time; isMinuteTime also checks that it names a real date and time. */
export const MINUTE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})Z$/;

/** True when `value` (already of the MINUTE_TIME shape) is a real date and time, written the one way it prints. */
export function isRealMinuteTime(value: string): boolean {
  const ms = Date.parse(value.replace('Z', ':00Z'));
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 16) + 'Z' === value;
}

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
