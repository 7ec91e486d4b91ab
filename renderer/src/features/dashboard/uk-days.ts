import { addDays as addCalendarDays, endOfMonth, format, startOfMonth, startOfWeek } from 'date-fns';
import { ukDayOf } from '../../../../shared/domain/time';

/**
 * UK calendar days written YYYY-MM-DD. A calendar day has no zone: each is held as the
 * laptop's local midnight of that date, so date-fns sums and formats give the same date
 * back whatever zone the laptop is in. Only "today" needs the UK clock.
 */
function asLocalDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const asDay = (date: Date): string => format(date, 'yyyy-MM-dd');

export function ukToday(now = new Date()): string {
  return ukDayOf(now.toISOString());
}

export const addDays = (day: string, days: number): string => asDay(addCalendarDays(asLocalDate(day), days));

/** Monday of the week `day` falls in (UK weeks start on Monday). */
export const mondayOf = (day: string): string => asDay(startOfWeek(asLocalDate(day), { weekStartsOn: 1 }));

export const firstOfMonth = (day: string): string => asDay(startOfMonth(asLocalDate(day)));

export const lastOfMonth = (day: string): string => asDay(endOfMonth(asLocalDate(day)));

/** "Monday 4 August 2025" */
export const longDay = (day: string): string => format(asLocalDate(day), 'EEEE d MMMM yyyy');
/** "Mon 4 Aug 2025" */
export const mediumDay = (day: string): string => format(asLocalDate(day), 'EEE d MMM yyyy');
/** "4 Aug" */
export const dayAndMonth = (day: string): string => format(asLocalDate(day), 'd MMM');
/** "4 Aug 2025" */
export const dayMonthYear = (day: string): string => format(asLocalDate(day), 'd MMM yyyy');
/** "Mon 4" */
export const shortDay = (day: string): string => format(asLocalDate(day), 'EEE d');
