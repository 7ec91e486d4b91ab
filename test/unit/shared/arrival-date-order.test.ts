import { describe, expect, it } from 'vitest';
import { ArrivalInput } from '../../../shared/domain/arrival';
import { toFieldIssues } from '../../../shared/domain/validation';
import { arrivalInput } from '../../support/temp-engine';

/** The issues the shared schema gives a person (an adult who arrived 00:30 UK time on 6 Aug 2025). */
function issuesFor(overrides: Record<string, unknown>) {
  const result = ArrivalInput.safeParse(arrivalInput({ arrivedAt: '2025-08-05T23:30:00.000Z', ...overrides }));
  return result.success ? [] : toFieldIssues(result.error);
}

const nrm = (dates: Record<string, string>) => ({ vulnerability: { traffickingIndicators: true, ...dates } });

describe("the dates on a person's record follow one another", () => {
  it('refuses a screening interview or an asylum claim before the UK day of the arrival', () => {
    expect(issuesFor({ screenedAt: '1999-01-01', asylumClaimedAt: '2025-08-05' })).toEqual([
      { path: 'asylumClaimedAt', message: 'The asylum claim cannot be before the arrival (6 Aug 2025)' },
      { path: 'screenedAt', message: 'The screening interview cannot be before the arrival (6 Aug 2025)' },
    ]);
  });

  it('accepts a claim and a screening on the day of the arrival or later', () => {
    expect(issuesFor({ screenedAt: '2025-08-06', asylumClaimedAt: '2025-08-06' })).toEqual([]);
    expect(issuesFor({ screenedAt: '2025-08-09', asylumClaimedAt: '2025-08-07' })).toEqual([]);
  });

  it('refuses a reasonable grounds decision before the NRM referral', () => {
    expect(issuesFor(nrm({ nrmReferredAt: '2025-08-08', reasonableGroundsAt: '2025-08-07' }))).toEqual([
      { path: 'vulnerability.reasonableGroundsAt', message: 'The reasonable grounds decision cannot be before the NRM referral (8 Aug 2025)' },
    ]);
  });

  it('refuses a conclusive grounds decision before the reasonable grounds decision', () => {
    expect(issuesFor(nrm({ nrmReferredAt: '2025-08-08', reasonableGroundsAt: '2025-08-12', conclusiveGroundsAt: '2025-08-10' }))).toEqual([
      { path: 'vulnerability.conclusiveGroundsAt', message: 'The conclusive grounds decision cannot be before the reasonable grounds decision (12 Aug 2025)' },
    ]);
  });

  it('accepts the NRM dates in order, and the same day for each step', () => {
    expect(issuesFor(nrm({ nrmReferredAt: '2025-08-08', reasonableGroundsAt: '2025-08-08', conclusiveGroundsAt: '2025-10-01' }))).toEqual([]);
  });
});
