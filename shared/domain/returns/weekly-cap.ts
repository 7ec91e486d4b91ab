import { TZDate } from '@date-fns/tz';
import { format, startOfISOWeek } from 'date-fns';
import { type Instant, toUtcIso, UK_TIME_ZONE } from '../time';

/*
 * The reported (never confirmed) cap of about 50 returns a week (DOMAIN.md "Balance").
 * It is a setting and only ever a warning: the officer may schedule past it.
 * Weeks are ISO weeks in UK civil time: Monday 00:00 Europe/London to the next Monday,
 * so a removal at 23:30 on a Sunday in BST (22:30 UTC) still counts in that week.
 */

export const DEFAULT_WEEKLY_CAP = 50;

/** The ISO week an instant falls in, in UK time, e.g. '2025-W38' (the ISO week year may differ from the calendar year). */
export function ukIsoWeek(instant: Instant): string {
  return format(new TZDate(toUtcIso(instant), UK_TIME_ZONE), "RRRR-'W'II");
}

/**
 * The UK week an instant falls in, as an officer says it: "The week of Monday 29 Sep 2025".
 * The ISO code (2025-W40) is for queries, not for reading.
 */
export function ukWeekName(instant: Instant): string {
  return `The week of ${format(new TZDate(ukIsoWeekStartUtc(instant), UK_TIME_ZONE), 'EEEE d MMM yyyy')}`;
}

/** Monday 00:00 UK time of the ISO week an instant falls in, as UTC ISO (for "this week" queries). */
export function ukIsoWeekStartUtc(instant: Instant): string {
  return new Date(startOfISOWeek(new TZDate(toUtcIso(instant), UK_TIME_ZONE)).getTime()).toISOString();
}

/** How many of the given removal times fall in the UK ISO week `week` ('2025-W38'). */
export function countInUkIsoWeek(removalTimes: readonly Instant[], week: string): number {
  return removalTimes.filter((t) => ukIsoWeek(t) === week).length;
}

export interface WeeklyCapStatus {
  count: number;
  cap: number;
  /** Places left before the cap; 0 when full or over. */
  remaining: number;
  full: boolean;
  /** Present when the week is full or over: shown to the officer, never a block. */
  warning?: string;
}

/**
 * Where a week stands against the cap. `count` is the week's removals including any being
 * scheduled now, so the 50th gives "full" and the 51st "over". `week` names the week in the
 * warning: "This week", or "The week of Monday 29 Sep 2025" for a removal scheduled into another.
 */
export function weeklyCapStatus(count: number, cap: number = DEFAULT_WEEKLY_CAP, week = 'This week'): WeeklyCapStatus {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A removal count is a whole number, 0 or more (got ${count})`);
  if (!Number.isInteger(cap) || cap < 1) throw new RangeError(`The weekly cap is a whole number, 1 or more (got ${cap})`);
  const status: WeeklyCapStatus = { count, cap, remaining: Math.max(0, cap - count), full: count >= cap };
  if (count > cap) {
    status.warning = `${week} has ${count} removals, ${count - cap} over the weekly cap of ${cap}. The cap is a warning only: removals can still be scheduled.`;
  } else if (count === cap) {
    status.warning = `${week} is full: ${count} of ${cap} removals. The cap is a warning only: removals can still be scheduled.`;
  }
  return status;
}
