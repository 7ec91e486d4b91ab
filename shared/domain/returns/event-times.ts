import { FUTURE_TOLERANCE_MS } from '../fields';
import { formatUkDateTime, toUtcIso } from '../time';
import type { CaseEventType, ReturnCase } from './case-states';

/*
 * Steps an officer may record after the fact (after a night offline, or once back from the
 * quay) with the time they happened. That time, not the time of recording, is what the
 * deadlines and the 14-day rule are judged by; the history keeps both.
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

type CaseTimes = Pick<ReturnCase, 'arrivedAt' | 'detainedAt' | 'referralSentAt' | 'history'>;

/**
 * The latest step the case records a time of happening for: the arrival, detention and request
 * as the case keeps them, and every timed step in its history at the time given (else recorded).
 * Other steps only say when they were recorded, which after a night offline is later than they
 * happened, so they cannot bound a step recorded late.
 */
function latestStep(c: CaseTimes): { step: string; at: string } {
  const steps: [string, string | null][] = [
    ['the person arrived', c.arrivedAt],
    [TIMED_STEPS.DETAIN, c.detainedAt],
    [TIMED_STEPS.REFER_TO_FRANCE, c.referralSentAt],
    ...c.history.filter((h) => TIMED_EVENTS.has(h.event.type)).map((h): [string, string] => [TIMED_STEPS[h.event.type as TimedEventType], happenedAt(h.event, h.at)]),
  ];
  let latest = { step: 'the person arrived', at: c.arrivedAt };
  for (const [step, at] of steps) if (at && at > latest.at) latest = { step, at };
  return latest;
}

/**
 * What is wrong with the time an officer gave for a step, or null: it cannot be in the
 * future, nor before the latest step the case already records as having happened.
 */
export function occurredAtProblem(c: CaseTimes, at: string | null, now: string): string | null {
  if (!at) return null;
  if (Date.parse(at) > Date.parse(now) + FUTURE_TOLERANCE_MS) return `the time it happened (${formatUkDateTime(at)}) is in the future`;
  const latest = latestStep(c);
  return at < latest.at ? `the time it happened (${formatUkDateTime(at)}) is before ${latest.step} (${formatUkDateTime(latest.at)})` : null;
}
