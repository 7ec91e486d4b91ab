import type { WeeklyCapView } from '../../../shared/domain/returns/returns-queries';
import { DEFAULT_WEEKLY_CAP, ukIsoWeek, ukIsoWeekStartUtc, ukWeekName, weeklyCapStatus } from '../../../shared/domain/returns/weekly-cap';
import { type Instant, toUtcIso } from '../../../shared/domain/time';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import { readSetting } from '../db/settings';
import { changeAuditedSetting } from '../records/audited-setting';
import type { RequestContext } from '../records/context';

/*
 * The reported, never confirmed, cap of about 50 removals a week (DOMAIN.md "Balance"): a
 * setting, and only ever a warning. A removal counts in the UK ISO week of its scheduled
 * date, whether it is still scheduled or already done.
 */

export const WEEKLY_CAP_KEY = 'returns.weeklyCap';
const COUNTED_STATES = "('REMOVAL_SCHEDULED', 'REMOVED')";

export function readWeeklyCap(db: Db): number {
  const cap = Number(readSetting(db, WEEKLY_CAP_KEY));
  return Number.isInteger(cap) && cap >= 1 ? cap : DEFAULT_WEEKLY_CAP;
}

/** The week an instant falls in, as [Monday 00:00 UK, next Monday 00:00 UK) in UTC. */
function ukWeekBounds(instant: Instant): { week: string; start: string; end: string } {
  const start = ukIsoWeekStartUtc(instant);
  // Eight days on is always inside the next week, whatever the clocks did.
  const end = ukIsoWeekStartUtc(new Date(Date.parse(start) + 8 * 86_400_000));
  return { week: ukIsoWeek(instant), start, end };
}

/**
 * Removals in the week of `instant`, leaving out one case (the one being rescheduled): a
 * removal done counts in the week it was done, as the balance counts it; one still to come,
 * in the week it is scheduled for.
 */
export function removalsInUkWeek(db: Db, instant: Instant, exceptCaseId: string | null = null): number {
  const { start, end } = ukWeekBounds(instant);
  const row = stmt(
    db,
    `SELECT count(*) AS n FROM returns_cases
     WHERE ((removed_at >= @start AND removed_at < @end)
            OR (removed_at IS NULL AND removal_scheduled_for >= @start AND removal_scheduled_for < @end))
       AND state IN ${COUNTED_STATES} AND id IS NOT @except`,
  ).get({ start, end, except: exceptCaseId }) as { n: number };
  return row.n;
}

/** The warning for scheduling one more removal into the week of `removalAt`, when that goes over the cap. */
export function capWarningForRemoval(db: Db, caseId: string, removalAt: string): string | null {
  const status = weeklyCapStatus(removalsInUkWeek(db, removalAt, caseId) + 1, readWeeklyCap(db), ukWeekName(removalAt));
  return status.count > status.cap ? status.warning! : null;
}

/** The week of `now` against the cap; `exceptCaseId` leaves out the case being rescheduled, as capWarningForRemoval does. */
export function weeklyCapView(db: Db, now: Instant, exceptCaseId: string | null = null): WeeklyCapView {
  const { week, start } = ukWeekBounds(toUtcIso(now));
  const status = weeklyCapStatus(removalsInUkWeek(db, now, exceptCaseId), readWeeklyCap(db));
  return { week, weekStart: start, count: status.count, cap: status.cap, remaining: status.remaining, full: status.full, warning: status.warning ?? null };
}

/** Changes the cap; the change is kept in the audit log (who, when, old → new), as every record change is. */
export function setWeeklyCap(db: Db, device: Device, ctx: RequestContext, cap: number): WeeklyCapView {
  changeAuditedSetting(db, device.id, ctx, { key: WEEKLY_CAP_KEY, value: String(cap), field: 'weeklyCap', before: readWeeklyCap(db), after: cap });
  return weeklyCapView(db, ctx.now());
}
