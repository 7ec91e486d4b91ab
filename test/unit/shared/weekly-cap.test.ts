import { describe, expect, it } from 'vitest';
import { countInUkIsoWeek, DEFAULT_WEEKLY_CAP, ukIsoWeek, ukIsoWeekStartUtc, ukWeekName, weeklyCapStatus } from '../../../shared/domain/returns/weekly-cap';

describe('ukIsoWeek', () => {
  it('names the ISO week in UK time', () => {
    expect(ukIsoWeek('2025-09-18T10:00:00.000Z')).toBe('2025-W38');
    expect(ukIsoWeek(new Date('2025-09-18T10:00:00.000Z'))).toBe('2025-W38');
  });

  it('summer (BST): Sunday 23:30 is the old week, Monday 00:30 (still Sunday in UTC) the new one', () => {
    expect(ukIsoWeek('2025-09-21T22:30:00.000Z')).toBe('2025-W38');
    expect(ukIsoWeek('2025-09-21T23:30:00.000Z')).toBe('2025-W39');
  });

  it('winter (GMT): Sunday 23:30 is the old week, Monday 00:30 the new one', () => {
    expect(ukIsoWeek('2025-12-07T23:30:00.000Z')).toBe('2025-W49');
    expect(ukIsoWeek('2025-12-08T00:30:00.000Z')).toBe('2025-W50');
  });

  it('handles the weeks in which the clocks change', () => {
    expect(ukIsoWeek('2025-03-30T22:30:00.000Z')).toBe('2025-W13'); // Sun 23:30 BST, the day the clocks went forward
    expect(ukIsoWeek('2025-03-30T23:30:00.000Z')).toBe('2025-W14'); // Mon 00:30 BST
    expect(ukIsoWeek('2025-10-26T23:30:00.000Z')).toBe('2025-W43'); // Sun 23:30 GMT, the day the clocks went back
    expect(ukIsoWeek('2025-10-27T00:30:00.000Z')).toBe('2025-W44');
  });

  it('uses the ISO week year at the turn of the year', () => {
    expect(ukIsoWeek('2025-12-28T23:30:00.000Z')).toBe('2025-W52');
    expect(ukIsoWeek('2025-12-29T00:30:00.000Z')).toBe('2026-W01');
    expect(ukIsoWeek('2027-01-01T12:00:00.000Z')).toBe('2026-W53');
  });
});

describe('ukIsoWeekStartUtc', () => {
  it('is Monday 00:00 UK time, in BST or GMT', () => {
    expect(ukIsoWeekStartUtc('2025-09-18T10:00:00.000Z')).toBe('2025-09-14T23:00:00.000Z');
    expect(ukIsoWeekStartUtc('2025-12-10T10:00:00.000Z')).toBe('2025-12-08T00:00:00.000Z');
    expect(ukIsoWeekStartUtc('2025-09-21T23:30:00.000Z')).toBe('2025-09-21T23:00:00.000Z');
  });

  it('is right for the weeks of the clock changes', () => {
    expect(ukIsoWeekStartUtc('2025-03-30T12:00:00.000Z')).toBe('2025-03-24T00:00:00.000Z');
    expect(ukIsoWeekStartUtc('2025-10-30T12:00:00.000Z')).toBe('2025-10-27T00:00:00.000Z');
    expect(ukIsoWeekStartUtc('2025-10-26T12:00:00.000Z')).toBe('2025-10-19T23:00:00.000Z');
  });
});

describe('ukWeekName', () => {
  it('names the UK week by its Monday, in words, across a clock change', () => {
    expect(ukWeekName('2025-09-30T09:00:00.000Z')).toBe('The week of Monday 29 Sep 2025');
    // Sunday 26 October 2025, 23:30 GMT (the clocks went back that morning): still that week.
    expect(ukWeekName('2025-10-26T23:30:00.000Z')).toBe('The week of Monday 20 Oct 2025');
    // Sunday 30 March 2025, 23:30 BST is 22:30 UTC: still the week of 24 March.
    expect(ukWeekName('2025-03-30T22:30:00.000Z')).toBe('The week of Monday 24 Mar 2025');
  });
});

describe('countInUkIsoWeek', () => {
  it('counts removals by their UK week', () => {
    const times = ['2025-09-15T08:00:00.000Z', '2025-09-21T22:30:00.000Z', '2025-09-21T23:30:00.000Z', '2025-09-14T22:30:00.000Z'];
    expect(countInUkIsoWeek(times, '2025-W38')).toBe(2);
    expect(countInUkIsoWeek(times, '2025-W39')).toBe(1);
    expect(countInUkIsoWeek(times, '2025-W37')).toBe(1);
  });
});

describe('weeklyCapStatus', () => {
  it('defaults to a cap of 50', () => {
    expect(DEFAULT_WEEKLY_CAP).toBe(50);
    expect(weeklyCapStatus(0)).toEqual({ count: 0, cap: 50, remaining: 50, full: false });
  });

  it('has no warning at 49', () => {
    expect(weeklyCapStatus(49)).toEqual({ count: 49, cap: 50, remaining: 1, full: false });
  });

  it('the 50th removal fills the week: a warning, not a block', () => {
    const status = weeklyCapStatus(50);
    expect(status).toMatchObject({ count: 50, cap: 50, remaining: 0, full: true });
    expect(status.warning).toMatch(/full: 50 of 50/);
    expect(status.warning).toMatch(/warning only/);
  });

  it('the 51st removal is over the cap and still allowed, with a warning', () => {
    const status = weeklyCapStatus(51);
    expect(status).toMatchObject({ count: 51, cap: 50, remaining: 0, full: true });
    expect(status.warning).toMatch(/51 removals, 1 over the weekly cap of 50/);
  });

  it('counts a week of scheduled removals one by one, warning from the 50th', () => {
    const monday = Date.parse('2025-09-15T06:00:00.000Z');
    const removals = Array.from({ length: 51 }, (_, i) => new Date(monday + i * 3 * 3_600_000).toISOString());
    expect(countInUkIsoWeek(removals, '2025-W38')).toBe(51);
    const statuses = removals.map((_, i) => weeklyCapStatus(i + 1));
    expect(statuses.filter((s) => s.warning)).toHaveLength(2);
    expect(statuses[48]?.warning).toBeUndefined();
    expect(statuses[49]?.full).toBe(true);
    expect(statuses[50]?.count).toBe(51);
  });

  it('takes the cap as a setting', () => {
    expect(weeklyCapStatus(9, 10)).toEqual({ count: 9, cap: 10, remaining: 1, full: false });
    expect(weeklyCapStatus(10, 10).full).toBe(true);
  });

  it('rejects impossible counts and caps', () => {
    expect(() => weeklyCapStatus(-1)).toThrow(RangeError);
    expect(() => weeklyCapStatus(1.5)).toThrow(RangeError);
    expect(() => weeklyCapStatus(3, 0)).toThrow(RangeError);
  });
});
