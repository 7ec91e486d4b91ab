import { tzOffset, tzScan } from '@date-fns/tz';
import { format } from 'date-fns';
import { UK_TIME_ZONE } from './uk-time-zone';

/**
 * A UK local date-time as an officer types it, read with the clock changes in mind. Most
 * local times are one instant; on the last Sunday of March 01:00–01:59 never happens (the
 * clocks go forward), and on the last Sunday of October 01:00–01:59 happens twice (first
 * BST, then GMT). Neither is ever guessed: a time that did not happen is refused, and a time
 * that happened twice needs the officer to say which one.
 *
 * What a form holds for such a field: `YYYY-MM-DDTHH:mm` as typed, or, once the officer has
 * said which of two it was, the same followed by that occurrence's UTC offset
 * (`2026-10-25T01:30+00:00` is the second 01:30, in GMT). The zone facts come from
 * @date-fns/tz (the runtime's time-zone database), never from a table of our own.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const TYPED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})([+-]\d{2}:\d{2})?$/;

/** One of the two instants a local time names on the night the clocks go back. */
export interface UkOccurrence {
  /** The instant, as UTC ISO. */
  iso: string;
  /** Its UTC offset, as written after the typed time to record the choice: `+01:00`. */
  offset: string;
  /** What UK clocks called that hour: `BST` or `GMT`. */
  zone: string;
}

export type UkLocalReading =
  | { kind: 'blank' }
  | { kind: 'unreadable' }
  | { kind: 'once'; iso: string }
  /** The clocks jumped over it: the message says so and what to enter instead. */
  | { kind: 'skipped'; message: string }
  /** It happened twice: `chosen` is the one the officer picked, if any. */
  | { kind: 'twice'; first: UkOccurrence; second: UkOccurrence; chosen: UkOccurrence | null; question: string; message: string };

/** The local time as typed, without any chosen occurrence: what a `datetime-local` input shows. */
export function typedUkTime(value: string): string {
  const m = TYPED.exec(value.trim());
  return m ? value.trim().slice(0, 16) : value;
}

/** The form value that records which of two occurrences the officer chose. */
export const withOccurrence = (typed: string, occurrence: UkOccurrence): string => `${typedUkTime(typed)}${occurrence.offset}`;

/**
 * The value after the officer retypes the time: a choice already made stays while the new
 * time is on the same night and still one that happened twice (01:30 changed to 01:45), and
 * is dropped otherwise, so it can never silently apply to another time.
 */
export function keepOccurrence(typed: string, previous: string): string {
  const offset = TYPED.exec(previous.trim())?.[6];
  if (!offset || typed.slice(0, 10) !== previous.trim().slice(0, 10)) return typed;
  const kept = readUkLocalTime(`${typed}${offset}`);
  return kept.kind === 'twice' && kept.chosen ? `${typed}${offset}` : typed;
}

/** Reads a form value (see above) as UK local time. */
export function readUkLocalTime(value: string): UkLocalReading {
  const text = value.trim();
  if (text === '') return { kind: 'blank' };
  const m = TYPED.exec(text);
  if (!m) return { kind: 'unreadable' };
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  // The typed reading taken as if it were UTC: the wall clock, before any offset is applied.
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || check.getUTCHours() !== h || check.getUTCMinutes() !== mi) return { kind: 'unreadable' };

  const instants = instantsShowing(wall);
  const chosenOffset = m[6];
  if (instants.length === 1) {
    const [only] = instants as [number];
    if (chosenOffset && chosenOffset !== offsetText(only)) return { kind: 'unreadable' };
    return { kind: 'once', iso: new Date(only).toISOString() };
  }
  const change = clockChangeNear(wall);
  const time = clock(wall);
  const day = format(new Date(y, mo - 1, d), 'd MMMM yyyy');
  if (instants.length === 0) {
    // The same instant read with the offset before the change: what a watch not yet put forward showed.
    const jump = (change?.change ?? 60) * MINUTE;
    const went = change ? ` the clocks went forward from ${change.from} to ${change.to}.` : ' the clocks went forward.';
    return { kind: 'skipped', message: `${time} did not happen on ${day}:${went} If the watch had not been put forward yet, the UK time was ${clock(wall + jump)}: enter that` };
  }
  const [first, second] = instants.map(occurrence) as [UkOccurrence, UkOccurrence];
  const chosen = [first, second].find((o) => o.offset === chosenOffset) ?? null;
  if (chosenOffset && !chosen) return { kind: 'unreadable' };
  const back = change ? ` (the clocks went back from ${change.from} to ${change.to})` : '';
  return {
    kind: 'twice',
    first,
    second,
    chosen,
    question: `${time} on ${day} happened twice${back}. Which one was it?`,
    // Said under the question above, so it says only what to do.
    message: `Choose which ${time} it was: the first (${first.zone}) or the second (${second.zone})`,
  };
}

/**
 * A form value as the UTC instant it names; undefined when blank, unreadable, a time that
 * did not happen, or a time that happened twice with no choice made: never a guess.
 */
export function ukLocalToUtcIso(value: string): string | undefined {
  const reading = readUkLocalTime(value);
  if (reading.kind === 'once') return reading.iso;
  if (reading.kind === 'twice') return reading.chosen?.iso;
  return undefined;
}

/** What to say beside the field when a typed time cannot be saved because of a clock change; null otherwise. */
export function ukClockChangeProblem(value: string): string | null {
  const reading = readUkLocalTime(value);
  if (reading.kind === 'skipped') return reading.message;
  if (reading.kind === 'twice' && !reading.chosen) return reading.message;
  return null;
}

/** For an instant whose UK local time happened twice, which of the two it is; null for every other instant. */
export function ukRepeatedHourOf(iso: string): { which: 'first' | 'second'; occurrence: UkOccurrence } | null {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  // Most instants are nowhere near a clock change: two look-ups settle it (times are shown by the thousand in lists).
  if (tzOffset(UK_TIME_ZONE, new Date(instant - 2 * HOUR)) === tzOffset(UK_TIME_ZONE, new Date(instant + 2 * HOUR))) return null;
  const instants = instantsShowing(instant + tzOffset(UK_TIME_ZONE, new Date(instant)) * MINUTE);
  if (instants.length !== 2) return null;
  return { which: instant === instants[0] ? 'first' : 'second', occurrence: occurrence(instant) };
}

/** The UTC instants whose UK clock showed this wall-clock reading: none, one, or two (earliest first). */
function instantsShowing(wall: number): number[] {
  // Any offset in force within half a day either side; an instant counts if its own offset gives this reading.
  const offsets = new Set([tzOffset(UK_TIME_ZONE, new Date(wall - 12 * HOUR)), tzOffset(UK_TIME_ZONE, new Date(wall + 12 * HOUR))]);
  return [...offsets]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => tzOffset(UK_TIME_ZONE, new Date(instant)) * MINUTE === wall - instant)
    .sort((a, b) => a - b);
}

/** The UK clock change within a day of this wall-clock reading, if any, with the clock readings either side of it. */
function clockChangeNear(wall: number) {
  // tzScan steps by whole hours from its start: starting on the hour finds the change to the minute (UK clocks change on the hour).
  const hour = wall - (wall % HOUR);
  const change = tzScan(UK_TIME_ZONE, { start: new Date(hour - 24 * HOUR), end: new Date(hour + 24 * HOUR) })[0];
  if (!change) return undefined;
  const at = change.date.getTime();
  return { change: change.change, from: clock(at + (change.offset - change.change) * MINUTE), to: clock(at + change.offset * MINUTE) };
}

function occurrence(instant: number): UkOccurrence {
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, timeZoneName: 'short' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
  return { iso: new Date(instant).toISOString(), offset: offsetText(instant), zone: zone ?? offsetText(instant) };
}

/** The UK offset at an instant, as ISO 8601 writes it: `+01:00`. */
function offsetText(instant: number): string {
  const minutes = tzOffset(UK_TIME_ZONE, new Date(instant));
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `HH:mm` of a wall-clock reading held as if it were UTC. */
const clock = (wall: number) => new Date(wall).toISOString().slice(11, 16);
const pad = (n: number) => String(n).padStart(2, '0');
