import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ukRepeatedHourOf } from './uk-local-time';
import { UK_TIME_ZONE } from './uk-time-zone';

export { UK_TIME_ZONE } from './uk-time-zone';
// Reading typed UK times (and refusing those a clock change makes impossible or ambiguous) lives in uk-local-time.ts.
export { ukLocalToUtcIso } from './uk-local-time';

/** The value a `datetime-local` input needs to show an instant in UK local time. */
export function utcIsoToUkLocalInput(iso: string): string {
  return format(new TZDate(iso, UK_TIME_ZONE), "yyyy-MM-dd'T'HH:mm");
}

/**
 * What a UK time field holds for an instant: its UK local time, and, when that local time
 * happened twice (the night the clocks go back), which of the two it was, so a correction
 * opens with the same choice made and saves the same instant (see uk-local-time.ts).
 */
export function utcIsoToUkLocalTime(iso: string): string {
  return `${utcIsoToUkLocalInput(iso)}${ukRepeatedHourOf(iso)?.occurrence.offset ?? ''}`;
}

/**
 * e.g. `6 Aug 2025, 04:12` (UK local time). On the night the clocks go back, a time in the
 * hour that happened twice says which one it was: `25 Oct 2026, 01:30 GMT (after the clocks went back)`.
 */
export function formatUkDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const shown = format(new TZDate(iso, UK_TIME_ZONE), 'd MMM yyyy, HH:mm');
  const repeated = ukRepeatedHourOf(iso);
  return repeated ? `${shown} ${repeated.occurrence.zone} (${repeated.which === 'first' ? 'before' : 'after'} the clocks went back)` : shown;
}

/**
 * A calendar date with no time or zone (YYYY-MM-DD: a date of birth, an expiry, the day a
 * claim was made) in the same style as formatUkDateTime, e.g. `28 Nov 2026`. Read as a
 * date, not an instant, so no zone can move it a day. Anything unreadable is shown as stored.
 */
export function formatCalendarDate(day: string | null | undefined): string {
  if (!day) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  return format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), 'd MMM yyyy');
}

/**
 * A date of birth as far as it is known: a year-only date is stored as 1 January, so only its
 * year is shown ("1998 (year only)"); an estimate says so ("14 Mar 1996 (estimated)"); an
 * exact date is the date alone. Null when there is none.
 */
export function formatDateOfBirth(day: string | null | undefined, precision: string | null | undefined): string | null {
  if (!day) return null;
  if (precision === 'YEAR') return `${day.slice(0, 4)} (year only)`;
  return `${formatCalendarDate(day)}${precision === 'ESTIMATED' ? ' (estimated)' : ''}`;
}

/** The first instant of a UK calendar day (YYYY-MM-DD), as UTC ISO: midnight in London. */
export function ukDayStartUtc(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, UK_TIME_ZONE).getTime()).toISOString();
}

/** The first instant after a UK calendar day, as UTC ISO (use with `<`). */
export function ukDayEndUtc(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, 0, UK_TIME_ZONE).getTime()).toISOString();
}

/** The UK calendar day (YYYY-MM-DD) an instant falls on. */
export function ukDayOf(iso: string): string {
  return format(new TZDate(iso, UK_TIME_ZONE), 'yyyy-MM-dd');
}

/** An instant as callers hold it: a Date, or an ISO 8601 string with an offset or `Z`. */
export type Instant = Date | string;

const WITH_OFFSET = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Any Instant as UTC ISO (`…Z`); throws RangeError for an unreadable time rather than guessing. */
export function toUtcIso(instant: Instant): string {
  // A string without an offset would be read in the laptop's own zone: refuse it, never guess.
  if (typeof instant === 'string' && !WITH_OFFSET.test(instant)) throw new RangeError(`Not a UTC time with an offset: ${instant}`);
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid time: ${String(instant)}`);
  return new Date(ms).toISOString();
}
