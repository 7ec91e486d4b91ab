import { FUTURE_TOLERANCE_MS } from '../fields';
import { formatUkDateTime, toUtcIso } from '../time';
import type { CaseEventType, ReturnCase } from './case-states';

/*
 * Steps an officer may record after the fact (after a night offline, or once back from the
 * quay) with the time they happened. That time, not the time of recording, is what the
 * deadlines and the 14-day rule are judged by; the history keeps both.
 */

export const TIMED_EVENTS: ReadonlySet<CaseEventType> = new Set(['DETAIN', 'REFER_TO_FRANCE', 'CONFIRM_REMOVAL']);

/** The time the officer gave for when the event happened, if any (only TIMED_EVENTS carry one). */
export function givenTime(event: object): string | null {
  return 'occurredAt' in event && typeof event.occurredAt === 'string' && event.occurredAt ? toUtcIso(event.occurredAt) : null;
}

/** When an event happened: the time the officer gave, else the time it is recorded. */
export function happenedAt(event: object, now: string): string {
  return givenTime(event) ?? now;
}

type CaseTimes = Pick<ReturnCase, 'arrivedAt' | 'detainedAt' | 'referralSentAt'>;

/**
 * What is wrong with the time an officer gave for a step, or null: it cannot be in the
 * future, nor before a step the case already records (arrival, detention, the request).
 */
export function occurredAtProblem(c: CaseTimes, at: string | null, now: string): string | null {
  if (!at) return null;
  if (Date.parse(at) > Date.parse(now) + FUTURE_TOLERANCE_MS) return `the time it happened (${formatUkDateTime(at)}) is in the future`;
  const earlier: [string, string | null][] = [
    ['the readmission request was sent', c.referralSentAt],
    ['the person was detained', c.detainedAt],
    ['the person arrived', c.arrivedAt],
  ];
  for (const [step, time] of earlier) {
    if (time && at < time) return `the time it happened (${formatUkDateTime(at)}) is before ${step} (${formatUkDateTime(time)})`;
  }
  return null;
}
