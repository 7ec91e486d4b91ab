import { describe, expect, it } from 'vitest';
import { ArrivalInput } from '../../../shared/domain/arrival';
import { toFieldIssues } from '../../../shared/domain/validation';
import { arrivalInput } from '../../support/temp-engine';

/** The issues the shared schema gives a person who arrived on 29 Nov 2026 at 03:35 UK time. */
function issuesFor(overrides: Record<string, unknown>) {
  const result = ArrivalInput.safeParse(arrivalInput({ arrivedAt: '2026-11-29T03:35:00.000Z', ...overrides }));
  return result.success ? [] : toFieldIssues(result.error);
}

const CHILD_AS_ADULT = 'Born in 2019, so a child when they arrived: choose a child\'s age status, or "Assessed as an adult" after an age assessment';

describe('an adult whose date of birth makes them a child', () => {
  it('refuses "Adult" for a seven-year-old, by year alone or by exact date, beside the age status', () => {
    expect(issuesFor({ dateOfBirth: '2019', dateOfBirthPrecision: 'YEAR', ageStatus: 'ADULT' })).toEqual([{ path: 'ageStatus', message: CHILD_AS_ADULT }]);
    expect(issuesFor({ dateOfBirth: '2019-06-12', ageStatus: 'ADULT' })).toEqual([{ path: 'ageStatus', message: CHILD_AS_ADULT }]);
  });

  it('accepts the same child as claimed, accepted or disputed, or as assessed to be an adult', () => {
    for (const ageStatus of ['CLAIMED_CHILD', 'ACCEPTED_CHILD', 'DISPUTED', 'ASSESSED_ADULT']) {
      expect(issuesFor({ dateOfBirth: '2019', dateOfBirthPrecision: 'YEAR', ageStatus })).toEqual([]);
    }
  });

  it('never refuses someone who may be 18: born in 2008, whatever the day', () => {
    expect(issuesFor({ dateOfBirth: '2008', dateOfBirthPrecision: 'YEAR', ageStatus: 'ADULT' })).toEqual([]);
    expect(issuesFor({ dateOfBirth: '2008-01-01', ageStatus: 'ADULT' })).toEqual([]);
    expect(issuesFor({ dateOfBirth: '2009', dateOfBirthPrecision: 'YEAR', ageStatus: 'ADULT' })[0]?.path).toBe('ageStatus');
  });

  it('counts from the arrival, not from today, for a record of an earlier year', () => {
    expect(issuesFor({ arrivedAt: '2025-08-06T04:30:00.000Z', dateOfBirth: '2008', dateOfBirthPrecision: 'YEAR', ageStatus: 'ADULT' })[0]?.path).toBe('ageStatus');
  });
});
