import type { ParsedInput } from '../../../shared/api';
import { AppError } from '../../../shared/domain/errors';
import { applyCaseEvent } from '../../../shared/domain/returns/case-machine';
import type { ReturnsCaseRecord, ReturnsCaseView, StoredAssessment } from '../../../shared/domain/returns/returns-case-record';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { getArrival } from '../records/arrivals';
import type { RequestContext } from '../records/context';
import { getRecord, updateRecord } from '../records/record-store';
import { assessReturnEligibility, type EligibilityFacts } from './eligibility';
import { casePerson, caseView, RETURNS_CASE } from './returns-case-kind';

/** What the person's own record settles (nationality, route, age, dates), beside what the officer recorded. */
function factsFor(c: ReturnsCaseRecord, arrival: ReturnType<typeof getArrival>, now: Date): EligibilityFacts {
  return {
    now,
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
 */
export function recordEligibility(db: Db, device: Device, ctx: RequestContext, input: ParsedInput<'returns.recordEligibility'>): ReturnsCaseView {
  return db
    .transaction(() => {
      const current = getRecord(db, RETURNS_CASE, input.id);
      if (current.version !== input.version) {
        throw new AppError('CONFLICT', 'This returns case was changed since you opened it. Reload it to see the changes, then record the check again.');
      }
      const now = ctx.now();
      const arrival = getArrival(db, current.arrivalId);
      const assessment = assessReturnEligibility(input.conditions, factsFor(current, arrival, now));
      const summary = assessment.reasons.length ? assessment.reasons.join('; ').slice(0, 2000) : 'Every condition met';
      const outcome = applyCaseEvent(current, { type: 'CHECK_ELIGIBILITY', result: assessment.result }, { now, actor: ctx.officer.name, reason: summary });
      if (!outcome.ok) throw new AppError('CONFLICT', outcome.message);
      const stored: StoredAssessment = { ...assessment, assessedAt: now.toISOString(), assessedBy: ctx.officer.name };
      const next = { ...(outcome.case as ReturnsCaseRecord), eligibilityConditions: input.conditions, eligibilityAssessment: stored };
      const saved = updateRecord(db, device, ctx, RETURNS_CASE, current.id, current.version, next);
      return caseView(casePerson(arrival), saved, now);
    })
    .immediate();
}
