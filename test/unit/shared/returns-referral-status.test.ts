import { describe, expect, it } from 'vitest';
import { assessReturnEligibility } from '../../../electron/core/returns/eligibility';
import type { ReturnCaseState } from '../../../shared/domain/returns/case-states';
import { assessmentTimeWarning, conditionStatusText, referralNotSentText, unsentReferralCondition } from '../../../shared/domain/returns/referral-status';

// Synthetic case: landed at 03:12 BST on 6 Aug 2025; the request is due by the end of 20 Aug (BST).
const ARRIVED_AT = '2025-08-06T02:12:00.000Z';
const DUE = '2025-08-20T22:59:59.999Z';
const caseAt = (state: ReturnCaseState, referralSentAt: string | null = null) => ({ state, arrivedAt: ARRIVED_AT, referralSentAt });
const BEFORE_DUE = '2025-08-08T10:00:00.000Z';

describe('where an unsent readmission request stands', () => {
  it('says it is not yet sent and by when, in UK time, while the limit runs', () => {
    expect(referralNotSentText(caseAt('DETAINED'), BEFORE_DUE)).toBe('Not yet sent — due by 20 Aug 2025, 23:59');
  });

  it("still says when it is due at the limit's last millisecond, and that it ended after it", () => {
    expect(referralNotSentText(caseAt('DETAINED'), DUE)).toBe('Not yet sent — due by 20 Aug 2025, 23:59');
    expect(referralNotSentText(caseAt('DETAINED'), '2025-08-20T23:00:00.000Z')).toBe('Not sent — the 14-day limit ended 20 Aug 2025, 23:59');
  });

  it('gives no due date on a closed case, which will never send one', () => {
    expect(referralNotSentText(caseAt('INELIGIBLE'), BEFORE_DUE)).toBe('Not sent (the case is closed)');
  });

  it('says nothing once the case records the request sent', () => {
    expect(referralNotSentText(caseAt('REFERRED_TO_FRANCE', '2025-08-07T09:00:00.000Z'), BEFORE_DUE)).toBeNull();
  });
});

describe("a condition's status in words", () => {
  it('reads the 14-day condition, assessed met before the request, as not yet sent rather than "Met"', () => {
    // The check always comes before the request: the engine finds the condition met, and rightly so.
    const assessed = assessReturnEligibility({}, { assessedAt: BEFORE_DUE, arrivedAt: ARRIVED_AT, referralSentAt: null });
    expect(assessed.conditions.REFERRAL_IN_TIME.status).toBe('met');
    expect(conditionStatusText('REFERRAL_IN_TIME', assessed.conditions.REFERRAL_IN_TIME.status, caseAt('ELIGIBILITY_CHECKED'), BEFORE_DUE)).toBe(
      'Not yet sent — due by 20 Aug 2025, 23:59',
    );
  });

  it('reads "Met" once the request is sent since the check', () => {
    const sent = caseAt('REFERRED_TO_FRANCE', '2025-08-07T09:00:00.000Z');
    expect(conditionStatusText('REFERRAL_IN_TIME', 'met', sent, BEFORE_DUE)).toBe('Met');
    expect(unsentReferralCondition('REFERRAL_IN_TIME', 'met', sent, BEFORE_DUE)).toBeNull();
  });

  it('leaves every other condition, and the 14-day one not met or unknown, in the usual words', () => {
    const unsent = caseAt('DETAINED');
    expect(conditionStatusText('THIRD_COUNTRY_NATIONAL', 'met', unsent, BEFORE_DUE)).toBe('Met');
    expect(conditionStatusText('REFERRAL_IN_TIME', 'not_met', unsent, BEFORE_DUE)).toBe('Not met');
    expect(conditionStatusText('REFERRAL_IN_TIME', 'unknown', unsent, BEFORE_DUE)).toBe('Unknown');
    expect(unsentReferralCondition('REFERRAL_IN_TIME', 'not_met', unsent, BEFORE_DUE)).toBeNull();
  });
});

describe('the warning beside "When was it assessed?"', () => {
  const LATE = '2025-08-26T09:00:00.000Z'; // day 20, recording from paper notes

  it('asks for the time the check was made when it is recorded after the 14 days with none', () => {
    expect(assessmentTimeWarning(caseAt('SCREENED'), null, LATE)).toBe(
      'The 14-day limit for the readmission request ended 20 Aug 2025, 23:59. If the check was made by then, give the time it was made; otherwise the request will be found out of time.',
    );
  });

  it('says a time given after the limit will find the request out of time, and nothing for one within it', () => {
    expect(assessmentTimeWarning(caseAt('SCREENED'), '2025-08-21T09:00:00.000Z', LATE)).toMatch(/^This is after the 14-day limit/);
    expect(assessmentTimeWarning(caseAt('SCREENED'), BEFORE_DUE, LATE)).toBeNull();
    expect(assessmentTimeWarning(caseAt('SCREENED'), null, BEFORE_DUE)).toBeNull();
  });
});
