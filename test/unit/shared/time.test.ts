import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatUkDateTime, ukLocalToUtcIso, utcIsoToUkLocalInput } from '../../../shared/domain/time';

describe('UK local time', () => {
  it('reads form times as UK time in summer (BST, UTC+1) and winter (GMT)', () => {
    expect(ukLocalToUtcIso('2025-08-06T03:12')).toBe('2025-08-06T02:12:00.000Z');
    expect(ukLocalToUtcIso('2025-12-06T03:12')).toBe('2025-12-06T03:12:00.000Z');
  });
  it('round-trips to the form value and formats for display', () => {
    expect(utcIsoToUkLocalInput('2025-08-06T02:12:00.000Z')).toBe('2025-08-06T03:12');
    expect(formatUkDateTime('2025-08-06T02:12:00.000Z')).toBe('6 Aug 2025, 03:12');
  });
  it('gives undefined for blank or malformed input', () => {
    expect(ukLocalToUtcIso('')).toBeUndefined();
    expect(ukLocalToUtcIso('6/8/2025 3pm')).toBeUndefined();
  });
});

describe('calendar dates', () => {
  it('read like the app\'s other dates, on the same day whatever the zone', () => {
    expect(formatCalendarDate('2026-11-28')).toBe('28 Nov 2026');
    expect(formatCalendarDate('2025-03-30')).toBe('30 Mar 2025'); // the day the clocks go forward
    expect(formatCalendarDate('1998-01-01')).toBe('1 Jan 1998');
  });
  it('shows a dash for nothing, and anything unreadable as stored', () => {
    expect(formatCalendarDate(null)).toBe('—');
    expect(formatCalendarDate('')).toBe('—');
    expect(formatCalendarDate('28/11/2026')).toBe('28/11/2026');
  });
});
