import { z } from 'zod';
import { calendarDate } from '../dates';
import { formatCalendarDate, type Instant, toUtcIso, ukDayOf } from '../time';

/*
 * The pilot runs "to 11 June 2026 unless renewed" (DOMAIN.md). Whether it was renewed, and
 * until when, is news no device can know by itself: a supervisor records the day it now runs
 * until (a device setting, audited, as the weekly cap is). After that day every officer is
 * told, on the Returns page and before opening a case; nothing is refused, since a renewal
 * may be agreed before anyone records it.
 */

/** The end the agreement states. */
export const PILOT_STATED_END_DAY = '2026-06-11';
/** Before this the pilot was not yet in force: no end date can be earlier. */
export const PILOT_START_DAY = '2025-08-01';
/** A renewal recorded further ahead than this is a typing slip. */
const LATEST_END_DAY = '2035-12-31';

export const PilotPeriod = z.object({
  /** The last UK day of the pilot, YYYY-MM-DD. */
  runsUntil: z.string(),
  /** True when a supervisor recorded a renewal or an earlier end; false while it is the agreement's stated end. */
  recorded: z.boolean(),
  /** True once the UK day is after `runsUntil`. */
  ended: z.boolean(),
});
export type PilotPeriod = z.output<typeof PilotPeriod>;

export const SetPilotEndInput = z.strictObject({
  runsUntil: calendarDate('the last day of the pilot')
    .refine((day) => day >= PILOT_START_DAY, { error: 'The pilot came into force in August 2025: enter a later day' })
    .refine((day) => day <= LATEST_END_DAY, { error: 'Enter a day before 2036' }),
});

/** True once the UK day of `now` is after the pilot's last day. */
export function isPilotOver(runsUntil: string, now: Instant): boolean {
  return ukDayOf(toUtcIso(now)) > runsUntil;
}

/** What officers are told once the pilot's last day has passed, or null while it runs. */
export function pilotEndedWarning(period: PilotPeriod): string | null {
  if (!period.ended) return null;
  const day = formatCalendarDate(period.runsUntil);
  return period.recorded
    ? `The pilot ran until ${day}, as a supervisor recorded. Before opening a case, check that it has been renewed again.`
    : `The pilot was agreed to run until ${day} unless renewed. Before opening a case, check that it has been renewed; a supervisor records a renewal on the Returns page.`;
}

/** The pilot's end as a line of the Returns page, while it runs. */
export function pilotRunsUntilLine(period: PilotPeriod): string {
  const day = formatCalendarDate(period.runsUntil);
  return period.recorded ? `The pilot runs until ${day}, as a supervisor recorded.` : `The pilot runs until ${day} unless renewed.`;
}
