import { type Instant, toUtcIso, ukDayEndUtc, ukDayOf } from '../time';
import { isTerminalState, type ReturnCase, type ReturnCaseState } from './case-states';

/*
 * The pilot's time limits (DOMAIN.md "Time limits"), counted in Europe/London civil time.
 *
 * Convention, used for every limit here: "T + N days" ends at 23:59:59.999 UK time on the
 * Nth UK calendar day after the UK calendar day T falls on. The day of T is day 0, so an
 * arrival at 03:12 on 6 Aug has until the end of 20 Aug for its referral: a referral on
 * day 14 is in time, on day 15 it is not. Why this choice:
 * - the treaty and officers count calendar days, not 24-hour blocks, and a deadline that
 *   falls at 03:12 because the boat landed at 03:12 is easy to misread on a list;
 * - counting whole UK days keeps the answer right across the clock changes (a window
 *   that spans the last Sunday of March is one hour shorter in elapsed time, and one that
 *   spans October one hour longer; the officer's calendar is what matters);
 * - it never ends sooner than a strict "14 × 24 hours", so nobody is refused early.
 * "T + N months" is the same, on the same-numbered day N months later, clamped to the
 * last day of a shorter month: 31 Aug + 3 months → 30 Nov, 30 Nov + 3 months → 28 Feb
 * (29 Feb in a leap year).
 */

export const REFERRAL_DUE_DAYS = 14;
export const REFERRAL_TARGET_DAYS = 3;
export const FRANCE_ANSWER_DAYS = 14;
export const FRANCE_ANSWER_EXCEPTIONAL_DAYS = 28;
export const PROCESS_LIMIT_MONTHS = 3;
export const DUE_SOON_HOURS = 48;

/** The UK calendar day (YYYY-MM-DD) `months` then `days` after `day`, clamping to month end. */
function shiftUkDay(day: string, months: number, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastDayOfTargetMonth = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDayOfTargetMonth) + days)).toISOString().slice(0, 10);
}

/** 23:59:59.999 UK time on a UK calendar day, as UTC ISO. */
function lastInstantOfUkDay(day: string): string {
  return new Date(Date.parse(ukDayEndUtc(day)) - 1).toISOString();
}

/** End of the Nth UK calendar day after the day `from` falls on (see the convention above). */
export function endOfUkDayAfterDays(from: Instant, days: number): string {
  return lastInstantOfUkDay(shiftUkDay(ukDayOf(toUtcIso(from)), 0, days));
}

/** End of the UK calendar day N months after the day `from` falls on (clamped to month end). */
export function endOfUkDayAfterMonths(from: Instant, months: number): string {
  return lastInstantOfUkDay(shiftUkDay(ukDayOf(toUtcIso(from)), months, 0));
}

/** Treaty limit: the readmission request must reach France within 14 days of arrival. */
export function referralDue(arrivedAt: Instant): string {
  return endOfUkDayAfterDays(arrivedAt, REFERRAL_DUE_DAYS);
}

/** Operational target, not law: refer within 3 days of detention. */
export function referralTarget(detainedAt: Instant): string {
  return endOfUkDayAfterDays(detainedAt, REFERRAL_TARGET_DAYS);
}

/** France answers within 14 days of the request, or 28 when the case is marked exceptional. */
export function franceAnswerDue(referralSentAt: Instant, exceptional = false): string {
  return endOfUkDayAfterDays(referralSentAt, exceptional ? FRANCE_ANSWER_EXCEPTIONAL_DAYS : FRANCE_ANSWER_DAYS);
}

/** After this France need not accept: the whole process must end within 3 months of arrival. */
export function processLimit(arrivedAt: Instant): string {
  return endOfUkDayAfterMonths(arrivedAt, PROCESS_LIMIT_MONTHS);
}

/** True when `at` is on or before the deadline (the deadline's last millisecond still counts). */
export function isWithinDeadline(at: Instant, due: Instant): boolean {
  return Date.parse(toUtcIso(at)) <= Date.parse(toUtcIso(due));
}

export type DeadlineStatus = 'ok' | 'due_soon' | 'overdue';

export interface DeadlineStatusOptions {
  /** How close a deadline must be to count as due soon. */
  dueSoonHours?: number;
}

/** 'overdue' once `now` is past `due`; 'due_soon' within `dueSoonHours` (48 by default) of it. */
export function deadlineStatus(due: Instant, now: Instant, { dueSoonHours = DUE_SOON_HOURS }: DeadlineStatusOptions = {}): DeadlineStatus {
  const left = Date.parse(toUtcIso(due)) - Date.parse(toUtcIso(now));
  if (left < 0) return 'overdue';
  return left <= dueSoonHours * 3_600_000 ? 'due_soon' : 'ok';
}

export type DeadlineKind = 'REFERRAL_DUE' | 'REFERRAL_TARGET' | 'FRANCE_ANSWER_DUE' | 'PROCESS_LIMIT';

export const DEADLINE_LABELS: Record<DeadlineKind, string> = {
  REFERRAL_DUE: 'Readmission request to France (14 days from arrival)',
  REFERRAL_TARGET: 'Readmission request target (3 days from detention)',
  FRANCE_ANSWER_DUE: "France's answer (14 days from the referral)",
  PROCESS_LIMIT: 'Removal limit (3 months from arrival)',
};

/** France's answer is due in 14 days, or 28 once the referral is marked exceptional: each list and print says which. */
const labelOf = (kind: DeadlineKind, c: ReturnCase): string =>
  kind === 'FRANCE_ANSWER_DUE' && c.franceAnswerExceptional ? "France's answer (28 days, exceptional)" : DEADLINE_LABELS[kind];

export interface OpenDeadline {
  kind: DeadlineKind;
  label: string;
  /** UTC ISO, the last instant that is still in time. */
  due: string;
  status: DeadlineStatus;
}

const BEFORE_REFERRAL: ReadonlySet<ReturnCaseState> = new Set(['ARRIVED', 'SCREENED', 'ELIGIBILITY_CHECKED', 'DETAINED', 'NOTICE_SERVED']);

/**
 * The deadlines still running for a case, soonest first, for the "due soon / overdue"
 * list. A barrier does not stop the clocks (the treaty has no such pause), so a paused
 * case shows the deadlines of the state it was paused from.
 */
export function openDeadlines(c: ReturnCase, now: Instant, options: DeadlineStatusOptions = {}): OpenDeadline[] {
  if (isTerminalState(c.state)) return [];
  const stage = c.state === 'PAUSED' && c.pausedFrom ? c.pausedFrom : c.state;
  const open: [DeadlineKind, string][] = [];
  if (!c.referralSentAt && BEFORE_REFERRAL.has(stage)) {
    open.push(['REFERRAL_DUE', referralDue(c.arrivedAt)]);
    if (c.detainedAt) open.push(['REFERRAL_TARGET', referralTarget(c.detainedAt)]);
  }
  if (c.referralSentAt && stage === 'REFERRED_TO_FRANCE') {
    open.push(['FRANCE_ANSWER_DUE', franceAnswerDue(c.referralSentAt, c.franceAnswerExceptional)]);
  }
  open.push(['PROCESS_LIMIT', processLimit(c.arrivedAt)]);
  return open
    .map(([kind, due]) => ({ kind, label: labelOf(kind, c), due, status: deadlineStatus(due, now, options) }))
    .sort((a, b) => a.due.localeCompare(b.due));
}
