import { formatUkDateTime } from '../time';

/*
 * A removal scheduled for a time already past is allowed (a removal done after a night offline
 * is scheduled, then confirmed with its time), but it is far more often a slip: the wrong day,
 * month or year typed. So it is a warning beside the field, never a refusal.
 */

/** Within this of now, "now" was meant: the field holds minutes, and typing takes a moment. */
const GRACE_MS = 5 * 60_000;

/** The warning for scheduling a removal at `removalAt` when it has already passed at `now`, or null. */
export function pastRemovalTimeWarning(removalAt: string, now: string): string | null {
  if (Date.parse(removalAt) >= Date.parse(now) - GRACE_MS) return null;
  return `${formatUkDateTime(removalAt)} has already passed. Check the date; if the removal has already happened, schedule it and then confirm it with the time it happened.`;
}
