import { AppError } from '../../../shared/domain/errors';
import { newReturnCase } from '../../../shared/domain/returns/case-states';
import type { ReturnsCaseView } from '../../../shared/domain/returns/returns-case-record';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { getArrival } from '../records/arrivals';
import type { RequestContext } from '../records/context';
import { createRecord, getRecord } from '../records/record-store';
import { expireIfDue } from './expire-overdue';
import { caseIdForArrival, casePerson, caseView, RETURNS_CASE, returnsCaseIdFor } from './returns-case-kind';

/** The person and their returns case, if one is open; an overdue case is expired first so the view is never stale. */
export function getReturnsCase(db: Db, device: Device, ctx: RequestContext, arrivalId: string, onWrite?: () => void): ReturnsCaseView {
  return db
    .transaction(() => {
      const person = casePerson(getArrival(db, arrivalId));
      const id = caseIdForArrival(db, arrivalId);
      const record = id ? expireIfDue(db, device, ctx, getRecord(db, RETURNS_CASE, id), ctx.now(), onWrite) : null;
      return caseView(person, record, ctx.now());
    })
    .immediate();
}

/**
 * Opens the person's returns case in ARRIVED, its clocks started by their arrival time.
 * One case per person: its reference is the person's with "-R", e.g. WJF-K7M3Q-0042-R.
 */
export function openReturnsCase(db: Db, device: Device, ctx: RequestContext, arrivalId: string): ReturnsCaseView {
  return db
    .transaction(() => {
      const arrival = getArrival(db, arrivalId);
      const existing = caseIdForArrival(db, arrivalId);
      if (existing) {
        const { reference } = getRecord(db, RETURNS_CASE, existing);
        throw new AppError('CONFLICT', `${arrival.reference} already has a returns case (${reference}); a person has only one.`);
      }
      if (!arrival.arrivedAt) {
        throw AppError.validation([{ path: 'arrivalId', message: "Record the person's arrival time first: the pilot's time limits run from it" }]);
      }
      const fields = { ...newReturnCase(arrival.arrivedAt), arrivalId, eligibilityConditions: {}, eligibilityAssessment: null };
      const record = createRecord(db, device, ctx, RETURNS_CASE, fields, ctx.site, `${arrival.reference}-R`, returnsCaseIdFor(arrivalId));
      return caseView(casePerson(arrival), record, ctx.now());
    })
    .immediate();
}
