import { gapInWords, HOUR, ukClockGap } from './clock-gap';
import { countOf } from './count-words';
import type { Interception } from './interception';
import { formatUkDateTime } from './time';

/*
 * A small-boat arrival's time starts every returns clock (the 14-day referral, the 3-month
 * limit), so it is checked against the boat the person came on. Arriving before the boat was
 * even detected is impossible: refused. Arriving long after it landed can happen (a person
 * kept aboard a cutter, found later) but is more often a wrong day typed: warned, not refused.
 * The engine applies the refusal where an officer saves, never to records pulled from the
 * centre: another device's boat may come later, and a record is never lost for it.
 */

/** Beyond this gap after the boat landed (on UK clocks) the officer is asked to check the date. */
export const ARRIVAL_AFTER_BOAT_WARNING_HOURS = 24;

export type BoatTimes = Pick<Interception, 'reference' | 'detectedAt' | 'interceptedAt'>;

const ukTime = (iso: string) => `${formatUkDateTime(iso)} UK time`;

/** Why the arrival time cannot stand for a person from this boat, or null. */
export function arrivalBeforeBoatProblem(arrivedAt: string | null, boat: BoatTimes): string | null {
  if (!arrivedAt || !boat.detectedAt || Date.parse(arrivedAt) >= Date.parse(boat.detectedAt)) return null;
  return `Arrival time cannot be before boat ${boat.reference} was detected (${ukTime(boat.detectedAt)})`;
}

/**
 * Why a boat's detection time cannot be corrected to `detectedAt`: people already recorded
 * from it would then have arrived before it was detected. `earliestArrival` is the earliest
 * arrival time among them, and `before` how many arrived before `detectedAt`.
 */
export function boatDetectedAfterArrivalsProblem(detectedAt: string | null, earliestArrival: string | null, before: number): string | null {
  if (!detectedAt || !earliestArrival || before === 0) return null;
  return `Detection time cannot be after the arrival of ${countOf(before, 'person', 'people')} recorded from this boat (the earliest arrived ${ukTime(earliestArrival)}). Check this time, or correct their arrival times first.`;
}

/** A warning when the arrival is more than ARRIVAL_AFTER_BOAT_WARNING_HOURS after the boat landed, or null. */
export function arrivalLongAfterBoatWarning(arrivedAt: string | null, boat: BoatTimes): string | null {
  const landed = boat.interceptedAt ?? boat.detectedAt;
  if (!arrivedAt || !landed) return null;
  const gap = ukClockGap(landed, arrivedAt);
  if (gap <= ARRIVAL_AFTER_BOAT_WARNING_HOURS * HOUR) return null;
  const event = boat.interceptedAt ? 'was intercepted or landed' : 'was detected';
  return `This is ${gapInWords(gap)} after boat ${boat.reference} ${event} (${ukTime(landed)}). The 14-day referral and the 3-month limit count from the arrival time: check the date.`;
}
