import { tzOffset } from '@date-fns/tz';
import { formatUkDateTime, UK_TIME_ZONE } from '../time';
import type { ReturnCase } from './case-states';

/*
 * A removal confirmed far from the time it was scheduled for is usually a slip (a wrong day or
 * month typed, or "now" when it happened days earlier), or a removal moved without being
 * rescheduled. Either way it is worth a second look, never a refusal: a removal delayed by
 * weather really can happen days late.
 */

/**
 * Beyond this gap the officer is warned. Departures slip by hours (tides, weather, escorts)
 * and that is not worth a warning; more than a day apart is no longer the planned departure.
 */
export const REMOVAL_TIMING_WARNING_HOURS = 24;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The gap between two instants as UK clocks show them, so "the same time the next day" is a day
 * apart even across a clock change (then 23 or 25 hours pass): the officer reads UK times.
 */
function ukClockGap(from: string, to: string): number {
  const ukReading = (iso: string) => Date.parse(iso) + tzOffset(UK_TIME_ZONE, new Date(iso)) * MINUTE;
  return ukReading(to) - ukReading(from);
}

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** e.g. "3 days", "1 day and 6 hours", "over 1 day" (minutes and seconds left over are not spelled out). */
function gapInWords(ms: number): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const words = [days && count(days, 'day'), hours && count(hours, 'hour')].filter(Boolean).join(' and ');
  return ms % HOUR ? `over ${words}` : words;
}

/**
 * A warning when a removal is confirmed more than REMOVAL_TIMING_WARNING_HOURS (on UK clocks)
 * before or after the time it was scheduled for, or null. `givenAt` is the time the officer
 * gave for it; left empty, the removal is taken as happening `now`, and the warning says so.
 */
export function removalTimingWarning(c: Pick<ReturnCase, 'removalScheduledFor'>, givenAt: string | null, now: string): string | null {
  const scheduled = c.removalScheduledFor;
  if (!scheduled) return null;
  const at = givenAt ?? now;
  const gap = ukClockGap(scheduled, at);
  if (Math.abs(gap) <= REMOVAL_TIMING_WARNING_HOURS * HOUR) return null;
  const apart = `${gapInWords(Math.abs(gap))} ${gap > 0 ? 'after' : 'before'} the time the removal was scheduled for, ${formatUkDateTime(scheduled)}`;
  return givenAt
    ? `This is ${apart}. Check the date before confirming.`
    : `Left empty, the removal is recorded as happening now, ${apart}. If it happened at another time, give that time.`;
}
