import { formatCalendarDate, ukDayOf } from './time';

/*
 * The dates on a person's record follow one another: the claim and the screening come after
 * the arrival, the NRM's reasonable grounds decision after the referral, and its conclusive
 * grounds decision after that. A date out of order is a typing slip (01/01/1999 for a 2026
 * arrival) and would mislead every deadline and report read from it, so it is refused.
 * Days are compared as calendar dates; the arrival's day is its UK day.
 */

interface DatedArrival {
  arrivedAt: string | null;
  asylumClaimedAt: string | null;
  screenedAt: string | null;
  vulnerability: { nrmReferredAt: string | null; reasonableGroundsAt: string | null; conclusiveGroundsAt: string | null };
}

export interface DateOrderIssue {
  path: string[];
  message: string;
}

/** Each date that comes before the one it must follow, with a message for beside its field. */
export function arrivalDateOrderIssues(v: DatedArrival): DateOrderIssue[] {
  const issues: DateOrderIssue[] = [];
  const notBefore = (path: string[], day: string | null, earliest: string | null, what: string, after: string) => {
    if (day && earliest && day < earliest) issues.push({ path, message: `${what} cannot be before ${after} (${formatCalendarDate(earliest)})` });
  };
  const arrivalDay = v.arrivedAt ? ukDayOf(v.arrivedAt) : null;
  notBefore(['asylumClaimedAt'], v.asylumClaimedAt, arrivalDay, 'The asylum claim', 'the arrival');
  notBefore(['screenedAt'], v.screenedAt, arrivalDay, 'The screening interview', 'the arrival');
  const n = v.vulnerability;
  notBefore(['vulnerability', 'reasonableGroundsAt'], n.reasonableGroundsAt, n.nrmReferredAt, 'The reasonable grounds decision', 'the NRM referral');
  notBefore(['vulnerability', 'conclusiveGroundsAt'], n.conclusiveGroundsAt, n.reasonableGroundsAt, 'The conclusive grounds decision', 'the reasonable grounds decision');
  return issues;
}
