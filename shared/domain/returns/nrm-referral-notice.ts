import { formatCalendarDate } from '../time';
import { isTerminalState, type ReturnCase } from './case-states';

/*
 * A modern-slavery (NRM) referral is a barrier that pauses a returns case (DOMAIN.md). The
 * referral is recorded on the person (their vulnerability section), the barrier on the case,
 * and only an officer moves a case: every transition records who, when and why, so the case is
 * never paused by itself. Until a modern-slavery barrier has been recorded on an open case, the
 * case says that the person's record holds a referral.
 */

/** The warning for the case page and its eligibility check, or null when there is nothing to say. */
export function nrmReferralNotice(nrmReferredAt: string | null, c: Pick<ReturnCase, 'state' | 'history'>): string | null {
  if (!nrmReferredAt || isTerminalState(c.state)) return null;
  // Raised once is enough: lifted later (a negative decision), it was an officer's decision.
  const recorded = c.history.some((e) => e.event.type === 'RAISE_BARRIER' && e.event.barrier === 'MODERN_SLAVERY_REFERRAL');
  if (recorded) return null;
  return (
    `An NRM (modern-slavery) referral is recorded on this person's record, made on ${formatCalendarDate(nrmReferredAt)}. ` +
    'It is a barrier to removal: record it on the case, which pauses the case until it is lifted.'
  );
}

/** The reason a barrier recorded from that notice starts with: the officer may add to it. */
export function nrmBarrierReason(nrmReferredAt: string): string {
  return `NRM referral made on ${formatCalendarDate(nrmReferredAt)}, as recorded on the person's record.`;
}
