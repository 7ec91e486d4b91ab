import { tzOffset } from '@date-fns/tz';
import { countOf } from './count-words';
import { UK_TIME_ZONE } from './time';

const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The gap between two instants as UK clocks show them, so "the same time the next day" is a day
 * apart even across a clock change (then 23 or 25 hours pass): the officer reads UK times.
 */
export function ukClockGap(from: string, to: string): number {
  const ukReading = (iso: string) => Date.parse(iso) + tzOffset(UK_TIME_ZONE, new Date(iso)) * MINUTE;
  return ukReading(to) - ukReading(from);
}

/** e.g. "3 days", "1 day and 6 hours", "over 1 day" (minutes and seconds left over are not spelled out). */
export function gapInWords(ms: number): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const words = [days && countOf(days, 'day'), hours && countOf(hours, 'hour')].filter(Boolean).join(' and ');
  return ms % HOUR ? `over ${words}` : words;
}
