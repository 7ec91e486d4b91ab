import { describe, expect, it } from 'vitest';
import { REMOVAL_TIMING_WARNING_HOURS, removalTimingWarning } from '../../../shared/domain/returns/removal-timing';

const HOUR = 3_600_000;
const shift = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();
const scheduledFor = (removalScheduledFor: string | null) => ({ removalScheduledFor });

// Synthetic removal scheduled for 10:00 BST on Wed 13 Aug 2025.
const SCHEDULED = '2025-08-13T09:00:00.000Z';
const NOW = '2025-08-13T12:00:00.000Z';

describe('a removal confirmed far from the time it was scheduled for', () => {
  it('warns when the time given is days after, naming the scheduled time in UK time', () => {
    expect(removalTimingWarning(scheduledFor(SCHEDULED), shift(SCHEDULED, 72), NOW)).toBe(
      'This is 3 days after the time the removal was scheduled for, 13 Aug 2025, 10:00. Check the date before confirming.',
    );
    expect(removalTimingWarning(scheduledFor(SCHEDULED), shift(SCHEDULED, 30), NOW)).toBe(
      'This is 1 day and 6 hours after the time the removal was scheduled for, 13 Aug 2025, 10:00. Check the date before confirming.',
    );
  });

  it('warns when it is before the scheduled time, too', () => {
    expect(removalTimingWarning(scheduledFor(SCHEDULED), shift(SCHEDULED, -48), NOW)).toBe(
      'This is 2 days before the time the removal was scheduled for, 13 Aug 2025, 10:00. Check the date before confirming.',
    );
  });

  it('is quiet at exactly the threshold either side, and warns a minute beyond it', () => {
    expect(REMOVAL_TIMING_WARNING_HOURS).toBe(24);
    expect(removalTimingWarning(scheduledFor(SCHEDULED), shift(SCHEDULED, 24), NOW)).toBeNull();
    expect(removalTimingWarning(scheduledFor(SCHEDULED), shift(SCHEDULED, -24), NOW)).toBeNull();
    expect(removalTimingWarning(scheduledFor(SCHEDULED), shift(SCHEDULED, 24 + 1 / 60), NOW)).toContain('over 1 day after');
    expect(removalTimingWarning(scheduledFor(SCHEDULED), shift(SCHEDULED, -24 - 1 / 60), NOW)).toContain('over 1 day before');
  });

  it('is quiet for the hours a departure ordinarily slips', () => {
    expect(removalTimingWarning(scheduledFor(SCHEDULED), shift(SCHEDULED, 5), NOW)).toBeNull();
    expect(removalTimingWarning(scheduledFor(SCHEDULED), shift(SCHEDULED, -3), NOW)).toBeNull();
  });

  it('says nothing for a case with no removal scheduled', () => {
    expect(removalTimingWarning(scheduledFor(null), shift(SCHEDULED, 72), NOW)).toBeNull();
    expect(removalTimingWarning(scheduledFor(null), null, NOW)).toBeNull();
  });

  it('with no time given, judges "now", and says the removal is recorded as happening now', () => {
    expect(removalTimingWarning(scheduledFor(SCHEDULED), null, shift(SCHEDULED, 96))).toBe(
      'Left empty, the removal is recorded as happening now, 4 days after the time the removal was scheduled for, 13 Aug 2025, 10:00. If it happened at another time, give that time.',
    );
    expect(removalTimingWarning(scheduledFor(SCHEDULED), null, NOW)).toBeNull();
  });
});

describe('the gap is read on UK clocks across the clock changes', () => {
  it('March: the same clock time the next day is a day apart, though only 23 hours pass', () => {
    // 10:00 GMT Sat 29 Mar 2025 → 10:00 BST Sun 30 Mar (09:00 UTC).
    const saturday = '2025-03-29T10:00:00.000Z';
    expect(removalTimingWarning(scheduledFor(saturday), '2025-03-30T09:00:00.000Z', NOW)).toBeNull();
    // 10:30 BST on the Sunday: 23½ hours pass, but UK clocks show a day and half an hour.
    expect(removalTimingWarning(scheduledFor(saturday), '2025-03-30T09:30:00.000Z', NOW)).toBe(
      'This is over 1 day after the time the removal was scheduled for, 29 Mar 2025, 10:00. Check the date before confirming.',
    );
  });

  it('October: the same clock time the next day is a day apart, though 25 hours pass', () => {
    // 10:00 BST Sat 25 Oct 2025 (09:00 UTC) → 10:00 GMT Sun 26 Oct.
    const saturday = '2025-10-25T09:00:00.000Z';
    expect(removalTimingWarning(scheduledFor(saturday), '2025-10-26T10:00:00.000Z', NOW)).toBeNull();
    expect(removalTimingWarning(scheduledFor(saturday), '2025-10-26T11:00:00.000Z', NOW)).toBe(
      'This is 1 day and 1 hour after the time the removal was scheduled for, 25 Oct 2025, 10:00. Check the date before confirming.',
    );
  });
});
