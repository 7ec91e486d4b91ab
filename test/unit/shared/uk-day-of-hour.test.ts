import { describe, expect, it } from 'vitest';
import { ukDayOf } from '../../../shared/domain/time';
import { ukDayOfUtcHour } from '../../../shared/domain/uk-day-of-hour';

describe('the UK day of a UTC hour, folded quickly', () => {
  it('agrees with the zone for every hour of 2025 and 2026, both clock changes included', () => {
    const fold = ukDayOfUtcHour();
    const disagreements: string[] = [];
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000) {
      const hour = new Date(ms).toISOString();
      if (fold(hour) !== ukDayOf(hour)) disagreements.push(hour);
    }
    expect(disagreements).toEqual([]);
  });

  it('puts 23:00 UTC in summer on the next UK day, and in winter on the same day', () => {
    const fold = ukDayOfUtcHour();
    expect(fold('2026-07-14T23:00:00.000Z')).toBe('2026-07-15');
    expect(fold('2026-01-14T23:00:00.000Z')).toBe('2026-01-14');
    // The night the clocks go back: 23:00 UTC on Saturday is already Sunday in BST.
    expect(fold('2026-10-24T23:00:00.000Z')).toBe('2026-10-25');
    expect(fold('2026-10-25T23:00:00.000Z')).toBe('2026-10-25');
  });
});
