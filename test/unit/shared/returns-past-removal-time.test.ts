import { describe, expect, it } from 'vitest';
import { pastRemovalTimeWarning } from '../../../shared/domain/returns/past-removal-time';

// Synthetic: now is 13:00 BST on Wed 13 Aug 2025.
const NOW = '2025-08-13T12:00:00.000Z';

describe('a removal scheduled for a time already past', () => {
  it('is warned about, with the time in UK words, and what to do if it really happened', () => {
    expect(pastRemovalTimeWarning('2025-08-12T09:00:00.000Z', NOW)).toBe(
      '12 Aug 2025, 10:00 has already passed. Check the date; if the removal has already happened, schedule it and then confirm it with the time it happened.',
    );
  });

  it('is not warned about when it is to come, or within a few minutes of now', () => {
    expect(pastRemovalTimeWarning('2025-08-14T09:00:00.000Z', NOW)).toBeNull();
    expect(pastRemovalTimeWarning('2025-08-13T11:57:00.000Z', NOW)).toBeNull();
    expect(pastRemovalTimeWarning('2025-08-13T11:50:00.000Z', NOW)).not.toBeNull();
  });
});
