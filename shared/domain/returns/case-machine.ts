import type { z } from 'zod';
import { formatUkDateTime, type Instant, toUtcIso } from '../time';
import { BARRIER_LABELS, type CaseBarrier, CASE_STATE_LABELS, CaseEvent, caseEventLabel, type CaseEventType, type CaseHistoryEntry } from './case-states';
import { isTerminalState, REASON_REQUIRED_STATES, RETURN_CASE_STATES, type ReturnCase, type ReturnCaseState } from './case-states';
import { franceAnswerDue, isWithinDeadline, processLimit, referralDue } from './deadlines';
import { eventTimeProblem, givenTime, happenedAt } from './event-times';

/** The returns case as one state machine: the UI shows `allowedEvents`, the engine calls `applyCaseEvent`. */

type Event = z.output<typeof CaseEvent>;

export interface CaseTransition {
  event: CaseEventType;
  from: readonly ReturnCaseState[];
  /** Where the event leads; LIFT_BARRIER's real target depends on the barriers left. */
  to: ReturnCaseState;
  /** Why the event cannot happen to this case now, or null when it can. */
  guard?: (c: ReturnCase, now: string) => string | null;
  /** As `guard`, for rules that depend on the event's own details. */
  checkDetails?: (c: ReturnCase, e: Event, now: string) => string | null;
  /** Why a case in a state not in `from` cannot take this event, when the general answer would mislead. */
  notFrom?: string;
}

/** Actor recorded when the system, not an officer, moves a case (the 3-month expiry). */
export const SYSTEM_ACTOR = 'system';

const OPEN = RETURN_CASE_STATES.filter((s) => !isTerminalState(s));
const DETAINED_ONWARDS: ReturnCaseState[] = ['DETAINED', 'NOTICE_SERVED', 'REFERRED_TO_FRANCE', 'FRANCE_ACCEPTED', 'FRANCE_REFUSED', 'NO_RESPONSE', 'INADMISSIBILITY_DECIDED', 'REMOVAL_SCHEDULED', 'PAUSED'];
const when = formatUkDateTime;
const barrierList = (bs: readonly CaseBarrier[]) => bs.map((b) => BARRIER_LABELS[b]).join(', ');

/**
 * What is wrong with a removal time for this case, or null: the machine's own rule, also
 * shown by the schedule form while the time is picked.
 */
export function removalTimeProblem(c: Pick<ReturnCase, 'arrivedAt'>, removalAt: string): string | null {
  const limit = processLimit(c.arrivedAt);
  if (!isWithinDeadline(removalAt, limit)) return `the removal (${when(removalAt)}) would fall after the 3-month limit (${when(limit)})`;
  // A date in the past is allowed (a removal recorded late, after a night offline); one before the arrival is a slip.
  return removalAt < c.arrivedAt ? `the removal (${when(removalAt)}) would be before the person arrived (${when(c.arrivedAt)})` : null;
}

export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  { event: 'SCREEN', from: ['ARRIVED'], to: 'SCREENED' },
  // Re-checking is allowed: an 'undetermined' result is expected to be settled later. The check
  // may carry the time it was made (event-times.ts); the engine assessed the conditions at it.
  { event: 'CHECK_ELIGIBILITY', from: ['SCREENED', 'ELIGIBILITY_CHECKED'], to: 'ELIGIBILITY_CHECKED' },
  { event: 'MARK_INELIGIBLE', from: ['ELIGIBILITY_CHECKED'], to: 'INELIGIBLE' },
  {
    event: 'DETAIN', from: ['ELIGIBILITY_CHECKED'], to: 'DETAINED',
    guard: (c) => (c.eligibility === 'eligible' ? null : `the eligibility check must find the person eligible first (it found ${c.eligibility ?? 'nothing yet'})`),
  },
  { event: 'SERVE_NOTICE', from: ['DETAINED'], to: 'NOTICE_SERVED' },
  {
    event: 'REFER_TO_FRANCE', from: ['NOTICE_SERVED'], to: 'REFERRED_TO_FRANCE',
    // Judged by when it was sent, so a request sent in time and recorded late is accepted.
    checkDetails: (c, e, now) =>
      isWithinDeadline(happenedAt(e, now), referralDue(c.arrivedAt))
        ? null
        : `the 14-day limit for the readmission request ended ${when(referralDue(c.arrivedAt))}${givenTime(e) ? '' : ' (if it was sent in time, give the time it was sent)'}`,
  },
  {
    event: 'MARK_EXCEPTIONAL', from: ['REFERRED_TO_FRANCE'], to: 'REFERRED_TO_FRANCE',
    guard: (c) => (c.franceAnswerExceptional ? 'it is already marked exceptional' : null),
    notFrom: "only a referral awaiting France's answer can be marked exceptional",
  },
  { event: 'RECORD_FRANCE_ACCEPTANCE', from: ['REFERRED_TO_FRANCE'], to: 'FRANCE_ACCEPTED' },
  { event: 'RECORD_FRANCE_REFUSAL', from: ['REFERRED_TO_FRANCE'], to: 'FRANCE_REFUSED' },
  {
    event: 'RECORD_NO_RESPONSE', from: ['REFERRED_TO_FRANCE'], to: 'NO_RESPONSE',
    guard: (c, now) => {
      const due = franceAnswerDue(c.referralSentAt ?? c.arrivedAt, c.franceAnswerExceptional);
      return isWithinDeadline(now, due) ? `France has until ${when(due)} to answer` : null;
    },
  },
  { event: 'DECIDE_INADMISSIBILITY', from: ['FRANCE_ACCEPTED'], to: 'INADMISSIBILITY_DECIDED' },
  {
    // Rescheduling is the same event from REMOVAL_SCHEDULED.
    event: 'SCHEDULE_REMOVAL', from: ['INADMISSIBILITY_DECIDED', 'REMOVAL_SCHEDULED'], to: 'REMOVAL_SCHEDULED',
    checkDetails: (c, e) => (e.type === 'SCHEDULE_REMOVAL' ? removalTimeProblem(c, e.removalAt) : null),
  },
  {
    // A removal done in time may be recorded only after the 3-month limit expired the case
    // (after a night offline): with the time it happened, on a case expired with a removal scheduled.
    event: 'CONFIRM_REMOVAL', from: ['REMOVAL_SCHEDULED', 'EXPIRED'], to: 'REMOVED',
    guard: (c) => (c.state === 'EXPIRED' && !c.removalScheduledFor ? 'no removal was scheduled before it expired' : null),
    checkDetails: (c, e) => {
      if (c.state !== 'EXPIRED') return null;
      const at = givenTime(e);
      const limit = processLimit(c.arrivedAt);
      return at && isWithinDeadline(at, limit) ? null : `give the time the removal happened: it can be recorded only if it happened by the 3-month limit (${when(limit)})`;
    },
  },
  { event: 'RELEASE_TO_ASYLUM', from: DETAINED_ONWARDS, to: 'RELEASED_TO_ASYLUM', notFrom: 'only a detained case is released; before detention, mark it not eligible' },
  {
    event: 'RAISE_BARRIER', from: OPEN, to: 'PAUSED',
    guard: (c) => (c.activeBarriers.length === 3 ? 'every barrier is already active' : null),
    checkDetails: (c, e) => (e.type === 'RAISE_BARRIER' && c.activeBarriers.includes(e.barrier) ? `${BARRIER_LABELS[e.barrier]} is already active` : null),
  },
  {
    event: 'LIFT_BARRIER', from: ['PAUSED'], to: 'PAUSED', notFrom: 'it has no active barrier',
    checkDetails: (c, e) => {
      if (e.type !== 'LIFT_BARRIER') return null;
      if (!c.activeBarriers.includes(e.barrier)) return `${BARRIER_LABELS[e.barrier]} is not an active barrier`;
      const left = c.activeBarriers.filter((b) => b !== e.barrier);
      return e.release && left.length ? `${barrierList(left)} would still be active: lift every barrier first, or release to the asylum route directly` : null;
    },
  },
  {
    event: 'EXPIRE', from: OPEN, to: 'EXPIRED',
    guard: (c, now) => (isWithinDeadline(now, processLimit(c.arrivedAt)) ? `the 3-month limit runs until ${when(processLimit(c.arrivedAt))}` : null),
  },
];

const TRANSITION_OF = new Map(CASE_TRANSITIONS.map((t) => [t.event, t]));

/** The main road through the pilot, used to say what step is missing. */
const MAIN_PATH: ReturnCaseState[] = ['ARRIVED', 'SCREENED', 'ELIGIBILITY_CHECKED', 'DETAINED', 'NOTICE_SERVED', 'REFERRED_TO_FRANCE', 'FRANCE_ACCEPTED', 'INADMISSIBILITY_DECIDED', 'REMOVAL_SCHEDULED', 'REMOVED'];
const NEXT_STEP: Partial<Record<ReturnCaseState, string>> = {
  ARRIVED: 'screening comes first',
  SCREENED: 'the eligibility check comes first',
  ELIGIBILITY_CHECKED: 'the person must be detained first',
  DETAINED: 'the notice must be served first',
  NOTICE_SERVED: 'the readmission request to France comes first',
  REFERRED_TO_FRANCE: "France's answer comes first",
  FRANCE_ACCEPTED: 'the inadmissibility decision comes first',
  INADMISSIBILITY_DECIDED: 'the removal must be scheduled first',
};

function whyNotFrom(c: ReturnCase, t: CaseTransition): string {
  if (isTerminalState(c.state)) return 'the case is closed';
  if (c.state === 'PAUSED') return `it is paused by ${barrierList(c.activeBarriers)}; lift ${c.activeBarriers.length > 1 ? 'every barrier' : 'it'} first`;
  if (c.state === 'FRANCE_REFUSED' || c.state === 'NO_RESPONSE') return 'France has not accepted the person, so the case can only be released to the asylum route';
  if (t.notFrom) return t.notFrom;
  const here = MAIN_PATH.indexOf(c.state);
  const needed = Math.min(...t.from.map((s) => MAIN_PATH.indexOf(s)).filter((i) => i >= 0));
  if (here >= 0 && needed > here) return NEXT_STEP[c.state] ?? 'an earlier step is missing';
  if (here >= 0 && needed <= here) return 'the case is past that stage';
  return `only a case in ${t.from.map(named).join(' or ')} can`;
}

/** A state in a message, as the officer sees it on the case. */
const named = (state: ReturnCaseState) => `"${CASE_STATE_LABELS[state]}"`;

function refusalMessage(c: ReturnCase, t: CaseTransition, to: ReturnCaseState, why: string): string {
  const inPlace = to === c.state || t.event === 'LIFT_BARRIER';
  return inPlace ? `"${caseEventLabel(t.event, c.state)}" is not possible for a case in ${named(c.state)}: ${why}` : `A case in ${named(c.state)} cannot move to ${named(to)}: ${why}`;
}

function targetOf(c: ReturnCase, e: Event, t: CaseTransition): ReturnCaseState {
  if (e.type !== 'LIFT_BARRIER') return t.to;
  if (c.activeBarriers.some((b) => b !== e.barrier)) return 'PAUSED';
  return e.release ? 'RELEASED_TO_ASYLUM' : (c.pausedFrom ?? 'PAUSED');
}

/** The case after the event: its new state and the dates the deadlines need. */
function nextCase(c: ReturnCase, e: Event, to: ReturnCaseState, now: string): ReturnCase {
  const next: ReturnCase = { ...c, state: to };
  if (e.type === 'CHECK_ELIGIBILITY') next.eligibility = e.result;
  if (e.type === 'DETAIN') next.detainedAt = happenedAt(e, now);
  if (e.type === 'REFER_TO_FRANCE') next.referralSentAt = happenedAt(e, now);
  if (e.type === 'MARK_EXCEPTIONAL') next.franceAnswerExceptional = true;
  if (e.type === 'SCHEDULE_REMOVAL') next.removalScheduledFor = e.removalAt;
  if (e.type === 'CONFIRM_REMOVAL') next.removedAt = happenedAt(e, now);
  if (e.type === 'RAISE_BARRIER') Object.assign(next, { pausedFrom: c.pausedFrom ?? c.state, activeBarriers: [...c.activeBarriers, e.barrier] });
  if (e.type === 'LIFT_BARRIER') next.activeBarriers = c.activeBarriers.filter((b) => b !== e.barrier);
  // Barriers belong to the pause: leaving PAUSED (by lifting, release or expiry) clears them.
  if (to !== 'PAUSED') Object.assign(next, { pausedFrom: null, activeBarriers: [] });
  return next;
}

export interface CaseEventContext {
  now: Instant;
  actor: string;
  reason?: string | null;
}

export type CaseRefusalKind = 'INVALID' | 'NOT_FROM_THIS_STATE' | 'BLOCKED' | 'REASON_REQUIRED';

export type CaseEventOutcome =
  | { ok: true; case: ReturnCase; entry: CaseHistoryEntry }
  | { ok: false; kind: CaseRefusalKind; message: string };

const overdue = (c: ReturnCase, now: string) => !isTerminalState(c.state) && !isWithinDeadline(now, processLimit(c.arrivedAt));

/** Why this event cannot happen to the case now (kind and message), or null when it can. */
function refusal(c: ReturnCase, e: Event, t: CaseTransition, now: string): { kind: CaseRefusalKind; message: string } | null {
  const to = targetOf(c, e, t);
  if (!t.from.includes(c.state)) return { kind: 'NOT_FROM_THIS_STATE', message: refusalMessage(c, t, to, whyNotFrom(c, t)) };
  // A step recorded late is judged at the time it happened.
  const why = overdue(c, happenedAt(e, now)) && e.type !== 'EXPIRE'
    ? `the 3-month limit ended ${when(processLimit(c.arrivedAt))}, so the case must expire`
    : (eventTimeProblem(c, e, now) ?? t.guard?.(c, now) ?? t.checkDetails?.(c, e, now));
  return why ? { kind: 'BLOCKED', message: refusalMessage(c, t, to, why) } : null;
}

/** What needs a reason, as the officer sees it: lifting one of several barriers leaves the case where it is, so say why a reason is asked. */
function reasonRequiredMessage(c: ReturnCase, e: Event, to: ReturnCaseState): string {
  if (e.type === 'LIFT_BARRIER' && to === 'PAUSED') {
    return `A reason is required to lift a barrier while another still holds the case (${barrierList(c.activeBarriers.filter((b) => b !== e.barrier))})`;
  }
  return `A reason is required to move a case to ${named(to)}`;
}

/**
 * Applies one event: the new case (with the history entry appended) and the entry, or a
 * refusal an officer can read. Never mutates the case passed in.
 */
export function applyCaseEvent(c: ReturnCase, event: CaseEvent, { now, actor, reason }: CaseEventContext): CaseEventOutcome {
  const parsed = CaseEvent.safeParse(event);
  if (!parsed.success) return { ok: false, kind: 'INVALID', message: `This action is not valid: ${parsed.error.issues[0]?.message ?? 'unknown action'}` };
  const e = parsed.data;
  const at = toUtcIso(now);
  const who = actor.trim();
  if (!who) return { ok: false, kind: 'INVALID', message: 'Record who made the change' };
  const t = TRANSITION_OF.get(e.type)!;
  const refused = refusal(c, e, t, at);
  if (refused) return { ok: false, ...refused };
  const to = targetOf(c, e, t);
  const why = reason?.trim() || null;
  if (!why && REASON_REQUIRED_STATES.has(to)) return { ok: false, kind: 'REASON_REQUIRED', message: reasonRequiredMessage(c, e, to) };
  const entry: CaseHistoryEntry = { at, actor: who, event: e, from: c.state, to, reason: why };
  return { ok: true, case: { ...nextCase(c, e, to, at), history: [...c.history, entry] }, entry };
}

/**
 * The events this case can take now, for showing only legal buttons. Rules on an event's
 * own details (which barrier, which removal date) are checked when it is applied.
 */
export function allowedEvents(c: ReturnCase, now: Instant): CaseEventType[] {
  const at = toUtcIso(now);
  const expiring = overdue(c, at);
  return CASE_TRANSITIONS.filter((t) => t.from.includes(c.state) && (expiring ? t.event === 'EXPIRE' : !t.guard?.(c, at))).map((t) => t.event);
}

/** Forces EXPIRED on an open case past its 3-month limit; any other case comes back unchanged. */
export function expireIfOverdue(c: ReturnCase, now: Instant): ReturnCase {
  const at = toUtcIso(now);
  if (!overdue(c, at)) return c;
  const outcome = applyCaseEvent(c, { type: 'EXPIRE' }, { now: at, actor: SYSTEM_ACTOR, reason: `The 3-month limit ended ${when(processLimit(c.arrivedAt))}` });
  return outcome.ok ? outcome.case : c;
}
