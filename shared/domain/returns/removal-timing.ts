import { gapInWords, HOUR, ukClockGap } from '../clock-gap';
import { formatUkDateTime } from '../time';
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
