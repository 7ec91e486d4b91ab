import { z } from 'zod';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (no 31 April). */
export function isCalendarDate(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const DAY_FIRST = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/;

/**
 * A date as officers type it, day first (14/03/2009, 14.3.2009, 14-03-2009, 14 03 2009),
 * written YYYY-MM-DD. Anything else (a year alone, a date already YYYY-MM-DD, a slip) comes
 * back as typed, for the schema to judge and name.
 */
export function dayFirstDateToIso(typed: string): string {
  const m = DAY_FIRST.exec(typed.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : typed;
}

/** YYYY-MM-DD as an officer types it back, 14/03/2009; anything else (a year alone) as it is. */
export function isoDateToDayFirst(day: string): string {
  const m = DAY.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** A calendar date (no time), e.g. a date of birth or a document's expiry. */
export function calendarDate(label: string) {
  return z
    .string({ error: `Enter ${label} as a date` })
    .trim()
    .refine(isCalendarDate, { error: `${capitalise(label)} must be a real date written YYYY-MM-DD` });
}

/** Today's date in UTC as YYYY-MM-DD, for "not in the future" checks on calendar dates. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
