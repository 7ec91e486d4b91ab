import { tzOffset } from '@date-fns/tz';
import { UK_TIME_ZONE } from './uk-time-zone';

const HOUR = 3_600_000;

/**
 * Gives the UK calendar day of UTC instants on the hour, for folding thousands of hourly
 * counts into days (the dashboard over years): the zone is asked twice per UTC day, and every
 * hour only on a day the clocks change, instead of formatting each hour in the zone (about
 * 20 µs an hour, two seconds for ten years).
 */
export function ukDayOfUtcHour(): (hourIso: string) => string {
  /** UTC day → the one UK offset in force all that day (minutes), or null when the clocks change on it. */
  const offsets = new Map<string, number | null>();
  return (hourIso) => {
    const ms = Date.parse(hourIso);
    const utcDay = hourIso.slice(0, 10);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const start = Date.parse(`${utcDay}T00:00:00Z`);
      const first = tzOffset(UK_TIME_ZONE, new Date(start));
      offset = first === tzOffset(UK_TIME_ZONE, new Date(start + 23 * HOUR)) ? first : null;
      offsets.set(utcDay, offset);
    }
    const minutes = offset ?? tzOffset(UK_TIME_ZONE, new Date(ms));
    return new Date(ms + minutes * 60_000).toISOString().slice(0, 10);
  };
}
