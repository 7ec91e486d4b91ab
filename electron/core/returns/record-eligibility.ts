import type { ParsedInput } from '../../../shared/api';
import { AppError } from '../../../shared/domain/errors';
import { applyCaseEvent } from '../../../shared/domain/returns/case-machine';
import { asSentence, assessedAtProblem } from '../../../shared/domain/returns/event-times';
import type { ReturnsCaseRecord, ReturnsCaseView, StoredAssessment } from '../../../shared/domain/returns/returns-case-record';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { getArrival } from '../records/arrivals';
import type { RequestContext } from '../records/context';
import { getRecord, updateRecord } from '../records/record-store';
import { assessReturnEligibility, type EligibilityFacts } from './eligibility';
import { casePerson, caseView, RETURNS_CASE } from './returns-case-kind';

/** What the person's own record settles (nationality, route, age, dates), beside what the officer recorded. */
function factsFor(c: ReturnsCaseRecord, arrival: ReturnType<typeof getArrival>, assessedAt: string): EligibilityFacts {
  return {
    assessedAt,
    nationality: arrival.nationality,
    route: arrival.route,
    ageStatus: arrival.ageStatus,
    unaccompanied: arrival.unaccompanied,
    arrivedAt: c.arrivedAt,
    referralSentAt: c.referralSentAt,
    activeBarriers: c.activeBarriers,
  };
}

/**
 * Stores each treaty condition as the officer recorded it (met / not met / unknown, with a
 * note), weighs them with the arrival's facts, and records the result as the case's
 * eligibility check. Only a case at that step (screened, or already checked) takes it; the
 * check's result is always the assessment's, never typed, so a detention rests on every condition.
 *
 * A check recorded later than it was made (a case entered from paper notes) carries the time
 * the officer gives: the conditions are weighed as at that time (an unsent readmission request
 * is in time if that time is within the 14 days), and the assessment and the history keep both
 * that time and the time of recording. A time in the future or before the arrival is refused
 * beside its field, and nothing is saved.
 */
export function recordEligibility(db: Db, device: Device, ctx: RequestContext, input: ParsedInput<'returns.recordEligibility'>): ReturnsCaseView {
  return db
    .transaction(() => {
      const current = getRecord(db, RETURNS_CASE, input.id);
      if (current.version !== input.version) {
        throw new AppError('CONFLICT', 'This returns case was changed since you opened it. Reload it to see the changes, then record the check again.');
      }
      const now = ctx.now();
      const recordedAt = now.toISOString();
      const given = input.assessedAt ?? null;
      const problem = assessedAtProblem(current, given, recordedAt);
      if (problem) throw AppError.validation([{ path: 'assessedAt', message: asSentence(problem) }]);
      const arrival = getArrival(db, current.arrivalId);
      const assessedAt = given ?? recordedAt;
      const assessment = assessReturnEligibility(input.conditions, factsFor(current, arrival, assessedAt));
      const summary = assessment.reasons.length ? assessment.reasons.join('; ').slice(0, 2000) : 'Every condition met';
      const event = given ? { type: 'CHECK_ELIGIBILITY' as const, result: assessment.result, occurredAt: given } : { type: 'CHECK_ELIGIBILITY' as const, result: assessment.result };
      const outcome = applyCaseEvent(current, event, { now, actor: ctx.officer.name, reason: summary });
      if (!outcome.ok) throw new AppError('CONFLICT', outcome.message);
      // Without a given time the assessment is stored as it always was: made when recorded.
      const stored: StoredAssessment = { ...assessment, assessedAt, assessedBy: ctx.officer.name, ...(given ? { recordedAt } : {}) };
      const next = { ...(outcome.case as ReturnsCaseRecord), eligibilityConditions: input.conditions, eligibilityAssessment: stored };
      const saved = updateRecord(db, device, ctx, RETURNS_CASE, current.id, current.version, next);
      return caseView(casePerson(arrival), saved, now);
    })
    .immediate();
}
