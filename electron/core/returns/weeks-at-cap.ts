import type { WeeksAtCap } from '../../../shared/domain/returns/returns-queries';
import { ukIsoWeek, ukIsoWeekStartUtc, weeklyCapStatus } from '../../../shared/domain/returns/weekly-cap';
import { type Instant, toUtcIso } from '../../../shared/domain/time';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { readWeeklyCap } from './weekly-cap-setting';

/*
 * A week over the cap is otherwise seen only by the officer who schedules into it. Weeks after
 * this one hold only removals still to come, so each counts the cases scheduled into it, as
 * removalsInUkWeek does; this week has its own card on the Returns page.
 */

/** The UK weeks after the one `now` falls in with as many removals scheduled as the cap, or more. */
export function weeksAtCap(db: Db, now: Instant): WeeksAtCap {
  const thisWeek = ukIsoWeekStartUtc(toUtcIso(now));
  // Eight days on is always inside the next week, whatever the clocks did.
  const nextWeek = ukIsoWeekStartUtc(new Date(Date.parse(thisWeek) + 8 * 86_400_000));
  const rows = stmt(
    db,
    `SELECT removal_scheduled_for AS at FROM returns_cases
     WHERE state = 'REMOVAL_SCHEDULED' AND removed_at IS NULL AND removal_scheduled_for >= @nextWeek
     ORDER BY removal_scheduled_for`,
  ).all({ nextWeek }) as { at: string }[];
  const counts = new Map<string, { week: string; weekStart: string; count: number }>();
  for (const { at } of rows) {
    const week = ukIsoWeek(at);
    const found = counts.get(week) ?? { week, weekStart: ukIsoWeekStartUtc(at), count: 0 };
    counts.set(week, { ...found, count: found.count + 1 });
  }
  const cap = readWeeklyCap(db);
  return { cap, weeks: [...counts.values()].filter((w) => weeklyCapStatus(w.count, cap).full) };
}
