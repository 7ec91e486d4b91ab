import { FUTURE_TOLERANCE_MS } from '../fields';
import { formatUkDateTime, toUtcIso } from '../time';
import type { CaseEventType, ReturnCase } from './case-states';

/*
 * Steps an officer may record after the fact (after a night offline, or once back from the
 * quay) with the time they happened. That time, not the time of recording, is what the
 * deadlines and the 14-day rule are judged by; the history keeps both.
 *
 * The eligibility check may be given the time it was made too (record-eligibility.ts): a case
 * entered from paper notes days later is assessed as it stood then. It is not one of the
 * TIMED_EVENTS, which the step form offers; it is recorded with the checklist.
 */

/** Each step that may be given the time it happened, named as a message says it happened. */
const TIMED_STEPS = {
  DETAIN: 'the person was detained',
  REFER_TO_FRANCE: 'the readmission request was sent',
  RECORD_FRANCE_ACCEPTANCE: 'France accepted the person',
  DECIDE_INADMISSIBILITY: 'the inadmissibility decision was made',
  CONFIRM_REMOVAL: 'the person was removed',
} as const satisfies Partial<Record<CaseEventType, string>>;

export type TimedEventType = keyof typeof TIMED_STEPS;

export const TIMED_EVENTS: ReadonlySet<CaseEventType> = new Set(Object.keys(TIMED_STEPS) as TimedEventType[]);

/** The time the officer gave for when the event happened, if any (only TIMED_EVENTS carry one). */
export function givenTime(event: object): string | null {
  return 'occurredAt' in event && typeof event.occurredAt === 'string' && event.occurredAt ? toUtcIso(event.occurredAt) : null;
}

/** When an event happened: the time the officer gave, else the time it is recorded. */
export function happenedAt(event: object, now: string): string {
  return givenTime(event) ?? now;
}

const CHECK_MADE = 'the eligibility check was made';

type CaseTimes = Pick<ReturnCase, 'arrivedAt' | 'detainedAt' | 'referralSentAt' | 'history'>;

/**
 * The time given for the case's eligibility check, if it was given one. Only the last check
 * counts: a check again replaces the one before, and may correct its time. A check recorded
 * without a time never bounded a later step, and still does not.
 */
function checkTime(c: CaseTimes): string | null {
  for (let i = c.history.length - 1; i >= 0; i--) if (c.history[i]!.event.type === 'CHECK_ELIGIBILITY') return givenTime(c.history[i]!.event);
  return null;
}

/**
 * The latest step the case records a time of happening for: the arrival, detention and request
 * as the case keeps them, and every timed step in its history at the time given (else recorded).
 * Other steps only say when they were recorded, which after a night offline is later than they
 * happened, so they cannot bound a step recorded late. The eligibility check counts with the
 * time it was given (checkTime), except for a new check (`withChecks` false).
 */
function latestStep(c: CaseTimes, withChecks: boolean): { step: string; at: string } {
  const steps: [string, string | null][] = [
    ['the person arrived', c.arrivedAt],
    [TIMED_STEPS.DETAIN, c.detainedAt],
    [TIMED_STEPS.REFER_TO_FRANCE, c.referralSentAt],
    ...c.history.filter((h) => TIMED_EVENTS.has(h.event.type)).map((h): [string, string] => [TIMED_STEPS[h.event.type as TimedEventType], happenedAt(h.event, h.at)]),
    [CHECK_MADE, withChecks ? checkTime(c) : null],
  ];
  let latest = { step: 'the person arrived', at: c.arrivedAt };
  for (const [step, at] of steps) if (at && at > latest.at) latest = { step, at };
  return latest;
}

const ASSESSED = 'the time it was assessed';

const futureProblem = (at: string, now: string, what: string) =>
  Date.parse(at) > Date.parse(now) + FUTURE_TOLERANCE_MS ? `${what} (${formatUkDateTime(at)}) is in the future` : null;

function givenTimeProblem(c: CaseTimes, at: string | null, now: string, what: string, withChecks: boolean): string | null {
  if (!at) return null;
  const future = futureProblem(at, now, what);
  if (future) return future;
  const latest = latestStep(c, withChecks);
  return at < latest.at ? `${what} (${formatUkDateTime(at)}) is before ${latest.step} (${formatUkDateTime(latest.at)})` : null;
}

/**
 * What is wrong with the time an officer gave for a step, or null: it cannot be in the
 * future, nor before the latest step the case already records as having happened.
 */
export function occurredAtProblem(c: CaseTimes, at: string | null, now: string): string | null {
  return givenTimeProblem(c, at, now, 'the time it happened', true);
}

/**
 * What is wrong with the time an officer gave for the eligibility check, or null: as for a
 * step, it cannot be in the future nor before the arrival (or any step the case records as
 * happened); an earlier check does not bound it.
 */
export function assessedAtProblem(c: CaseTimes, at: string | null, now: string): string | null {
  return givenTimeProblem(c, at, now, ASSESSED, false);
}

/** A problem as it is said beside its field: a sentence. */
export const asSentence = (problem: string) => problem.charAt(0).toUpperCase() + problem.slice(1) + '.';

/** The contract's own check of a given assessment time, which knows no case: only that it is not in the future. */
export function assessedAtFutureProblem(at: string, now: string): string | null {
  return futureProblem(at, now, ASSESSED);
}

/** What is wrong with the time given for this event, or null (no time given is never wrong). */
export function eventTimeProblem(c: CaseTimes, event: { type: CaseEventType }, now: string): string | null {
  return event.type === 'CHECK_ELIGIBILITY' ? assessedAtProblem(c, givenTime(event), now) : occurredAtProblem(c, givenTime(event), now);
}
