import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { BalanceWeek } from '../../../../shared/domain/returns/returns-queries';
import { UK_TIME_ZONE } from '../../../../shared/domain/time';

/**
 * "23 Nov": the Monday each week starts on, in UK time, short enough to sit under a bar;
 * "29 Dec 2025" when the weeks run into another year, so that January is not read as this one.
 */
export function weekLabels(weeks: readonly BalanceWeek[]): string[] {
  const mondays = weeks.map((w) => new TZDate(w.weekStart, UK_TIME_ZONE));
  const oneYear = new Set(mondays.map((d) => d.getFullYear())).size <= 1;
  return mondays.map((d) => format(d, oneYear ? 'd MMM' : 'd MMM yyyy'));
}

/** "The week from Monday 23 November 2026": for tooltips and the table. */
export function weekName(w: BalanceWeek): string {
  return `The week from ${format(new TZDate(w.weekStart, UK_TIME_ZONE), 'EEEE d MMMM yyyy')}`;
}

/** The Sunday a UK ISO week ends on (noon of it: well inside the day whatever the clocks did). */
const sundayOf = (weekStart: string) => new TZDate(Date.parse(weekStart) + 6 * 86_400_000 + 12 * 3_600_000, UK_TIME_ZONE);

/** "Monday 23 Nov to Sunday 29 Nov": a UK ISO week, from the instant it starts. */
export function weekSpan(weekStart: string): string {
  return `${format(new TZDate(weekStart, UK_TIME_ZONE), 'EEEE d MMM')} to ${format(sundayOf(weekStart), 'EEEE d MMM')}`;
}

/** "Sunday 29 Nov 2026": the last day of a UK ISO week, for totals that run to its end. */
export function weekEndDay(weekStart: string): string {
  return format(sundayOf(weekStart), 'EEEE d MMM yyyy');
}

/** The chart's drawing area, shared by the weekly bars and the running totals. */
export const CHART = { height: 240, top: 20, right: 12, bottom: 40, left: 56 } as const;
export const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;
