import { describe, expect, it } from 'vitest';
import { ARRIVAL_AFTER_BOAT_WARNING_HOURS, arrivalBeforeBoatProblem, arrivalLongAfterBoatWarning } from '../../../shared/domain/arrival-boat-time';

const HOUR = 3_600_000;
const shift = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

// Synthetic boat: detected 00:40 on 29 Nov 2025 (GMT, so UK time is UTC), landed at 03:10.
const BOAT = { reference: 'WJF-K7M3Q-0042', detectedAt: '2025-11-29T00:40:00.000Z', interceptedAt: '2025-11-29T03:10:00.000Z' };

describe("a small-boat arrival's time against its boat", () => {
  it('refuses an arrival before the boat was detected, naming the boat and its time in UK time', () => {
    expect(arrivalBeforeBoatProblem('2025-11-16T22:30:00.000Z', BOAT)).toBe('Arrival time cannot be before boat WJF-K7M3Q-0042 was detected (29 Nov 2025, 00:40 UK time)');
    expect(arrivalBeforeBoatProblem(shift(BOAT.detectedAt, -1 / 60), BOAT)).not.toBeNull();
  });

  it('names the detection time in UK time in summer too (BST)', () => {
    const summer = { ...BOAT, detectedAt: '2025-08-06T02:10:00.000Z', interceptedAt: null };
    expect(arrivalBeforeBoatProblem('2025-08-05T22:00:00.000Z', summer)).toContain('(6 Aug 2025, 03:10 UK time)');
  });

  it('accepts an arrival at or after detection, or when either time is missing', () => {
    expect(arrivalBeforeBoatProblem(BOAT.detectedAt, BOAT)).toBeNull();
    expect(arrivalBeforeBoatProblem(BOAT.interceptedAt, BOAT)).toBeNull();
    expect(arrivalBeforeBoatProblem(null, BOAT)).toBeNull();
    expect(arrivalBeforeBoatProblem('2025-11-16T22:30:00.000Z', { ...BOAT, detectedAt: null })).toBeNull();
  });

  it('warns, from the landing time, when the arrival is more than a day after it, saying deadlines count from it', () => {
    expect(ARRIVAL_AFTER_BOAT_WARNING_HOURS).toBe(24);
    expect(arrivalLongAfterBoatWarning(shift(BOAT.interceptedAt, 24), BOAT)).toBeNull();
    expect(arrivalLongAfterBoatWarning(shift(BOAT.interceptedAt, 72), BOAT)).toBe(
      'This is 3 days after boat WJF-K7M3Q-0042 was intercepted or landed (29 Nov 2025, 03:10 UK time). The 14-day referral and the 3-month limit count from the arrival time: check the date.',
    );
  });

  it('warns from the detection time when the boat has no landing time, and never for an arrival before it', () => {
    const detectedOnly = { ...BOAT, interceptedAt: null };
    expect(arrivalLongAfterBoatWarning(shift(BOAT.detectedAt, 30), detectedOnly)).toContain('1 day and 6 hours after boat WJF-K7M3Q-0042 was detected (29 Nov 2025, 00:40 UK time)');
    expect(arrivalLongAfterBoatWarning('2025-11-16T22:30:00.000Z', BOAT)).toBeNull();
  });
});
