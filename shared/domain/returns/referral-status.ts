import { formatUkDateTime } from '../time';
import { isTerminalState, type ReturnCase } from './case-states';
import { isWithinDeadline, referralDue } from './deadlines';
import { CONDITION_STATUS_LABELS, type ConditionStatus, type EligibilityCondition } from './eligibility-conditions';

/*
 * The eligibility check always comes before the readmission request (case-machine.ts), so it
 * finds the 14-day condition "met" while the request is unsent but still in time. That is the
 * right result, but "Met" alone reads as "the request went". These words say, on screen and on
 * paper, that it has not gone and by when it must. They are worked out from the case as it
 * stands, not stored with the assessment, which is a snapshot taken before the request.
 */

type ReferralTimes = Pick<ReturnCase, 'state' | 'arrivedAt' | 'referralSentAt'>;

/** Where an unsent readmission request stands, e.g. "Not yet sent — due by 20 Aug 2025, 23:59"; null once sent. */
export function referralNotSentText(c: ReferralTimes, now: string): string | null {
  if (c.referralSentAt) return null;
  // A closed case will never send one: a due date would suggest it still might.
  if (isTerminalState(c.state)) return 'Not sent (the case is closed)';
  const due = referralDue(c.arrivedAt);
  return isWithinDeadline(now, due) ? `Not yet sent — due by ${formatUkDateTime(due)}` : `Not sent — the 14-day limit ended ${formatUkDateTime(due)}`;
}

/** For the 14-day condition assessed "met" while the request is unsent: what to say instead. Null otherwise. */
export function unsentReferralCondition(condition: EligibilityCondition, status: ConditionStatus, c: ReferralTimes, now: string): string | null {
  return condition === 'REFERRAL_IN_TIME' && status === 'met' ? referralNotSentText(c, now) : null;
}

/** A condition's assessed status in words ("Met", "Not met", "Unknown", or where an unsent request stands). */
export function conditionStatusText(condition: EligibilityCondition, status: ConditionStatus, c: ReferralTimes, now: string): string {
  return unsentReferralCondition(condition, status, c, now) ?? CONDITION_STATUS_LABELS[status];
}

/**
 * Said beside "When was it assessed?" while the checklist is filled in, before saving: the check
 * judges an unsent request by the time it was made, so a check recorded after the 14 days (from
 * paper notes) finds it out of time unless the earlier time is given. Null when nothing to say.
 */
export function assessmentTimeWarning(c: ReferralTimes, assessedAt: string | null, now: string): string | null {
  if (c.referralSentAt || isTerminalState(c.state)) return null;
  const due = referralDue(c.arrivedAt);
  if (isWithinDeadline(assessedAt ?? now, due)) return null;
  return assessedAt
    ? `This is after the 14-day limit for the readmission request ended (${formatUkDateTime(due)}): the check will find the request out of time.`
    : `The 14-day limit for the readmission request ended ${formatUkDateTime(due)}. If the check was made by then, give the time it was made; otherwise the request will be found out of time.`;
}
