import type { z } from 'zod';
import type { Balance, BalanceWeek } from '../../../shared/domain/returns/returns-queries';
import { ukIsoWeek, ukIsoWeekStartUtc } from '../../../shared/domain/returns/weekly-cap';
import { ukDayEndUtc, ukDayOf, ukDayStartUtc } from '../../../shared/domain/time';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

const DAY_MS = 86_400_000;

/** Monday 00:00 UK of every ISO week touching [from, to], plus the Monday after the last (UTC ISO). */
function weekStarts(from: string, to: string): string[] {
  const end = ukDayEndUtc(to);
  const starts = [ukIsoWeekStartUtc(ukDayStartUtc(from))];
  while (starts[starts.length - 1]! < end) {
    // Eight days on is always inside the next week, whatever the clocks did.
    starts.push(ukIsoWeekStartUtc(new Date(Date.parse(starts[starts.length - 1]!) + 8 * DAY_MS)));
  }
  return starts;
}

function timesIn(db: Db, sql: string, start: string, end: string): string[] {
  return (stmt(db, sql).all(start, end) as { at: string }[]).map((r) => r.at);
}

function countBefore(db: Db, sql: string, start: string): number {
  return (stmt(db, sql).get(start) as { n: number }).n;
}

/**
 * Returns out and transfers in, per UK ISO week (whole weeks covering the dates asked
 * for): people removed (by the time of removal) against safe-route arrivals (by the time
 * they arrived), with running totals since records began (DOMAIN.md "Balance"). Weeks
 * after the current one are left out: shown as empty weeks, they read as weeks counted.
 */
export function returnsBalance(db: Db, from: string, to: string, now: Date): z.output<typeof Balance> {
  const today = ukDayOf(now.toISOString());
  const until = to < today ? to : today;
  const starts = from <= until ? weekStarts(from, until) : [ukIsoWeekStartUtc(ukDayStartUtc(from))];
  const first = starts[0]!;
  const last = starts[starts.length - 1]!;
  const removedAt = timesIn(db, "SELECT removed_at AS at FROM returns_cases WHERE state = 'REMOVED' AND removed_at >= ? AND removed_at < ?", first, last);
  const arrivedAt = timesIn(db, "SELECT arrived_at AS at FROM transfers WHERE state = 'ARRIVED_UK' AND arrived_at >= ? AND arrived_at < ?", first, last);
  const before = {
    removals: countBefore(db, "SELECT count(*) AS n FROM returns_cases WHERE state = 'REMOVED' AND removed_at < ?", first),
    transfersIn: countBefore(db, "SELECT count(*) AS n FROM transfers WHERE state = 'ARRIVED_UK' AND arrived_at < ?", first),
  };
  const tally = (times: string[]) => times.reduce((m, t) => m.set(ukIsoWeek(t), (m.get(ukIsoWeek(t)) ?? 0) + 1), new Map<string, number>());
  const removals = tally(removedAt);
  const transfersIn = tally(arrivedAt);
  let cumulativeRemovals = before.removals;
  let cumulativeTransfersIn = before.transfersIn;
  const weeks: BalanceWeek[] = starts.slice(0, -1).map((weekStart) => {
    const week = ukIsoWeek(weekStart);
    cumulativeRemovals += removals.get(week) ?? 0;
    cumulativeTransfersIn += transfersIn.get(week) ?? 0;
    return { week, weekStart, removals: removals.get(week) ?? 0, transfersIn: transfersIn.get(week) ?? 0, cumulativeRemovals, cumulativeTransfersIn };
  });
  return { from, to, until, weeks, before };
}
