import type { ParsedInput } from '../../../shared/api';
import { ArrivalInput, type ArrivalFields } from '../../../shared/domain/arrival';
import { AppError } from '../../../shared/domain/errors';
import { ageOnDay, type Transfer, type TransferView } from '../../../shared/domain/transfers/transfer';
import { moveTransfer } from '../../../shared/domain/transfers/transfer-machine';
import { formatCalendarDate, ukDayOf } from '../../../shared/domain/time';
import { parseOrThrow } from '../../../shared/domain/validation';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { createArrival } from '../records/arrivals';
import type { RequestContext } from '../records/context';
import { getRecord, updateRecord } from '../records/record-store';
import { TRANSFER, transferView } from './transfers';

/** What a document number on an arrival may hold (IdentityDocument), once spaces are taken out. */
const DOCUMENT_NUMBER = /^[A-Z0-9<-]{1,20}$/;

/**
 * The identity document the person applied with, so that the prior-crossing check compares
 * its number with every small-boat arrival's. The application does not say which kind of
 * document it was.
 */
function documentsOf(t: Transfer): ArrivalFields['documents'] {
  const number = t.documentNumber.replace(/\s+/g, '');
  return DOCUMENT_NUMBER.test(number) ? [{ type: 'OTHER', number, issuingState: null, expiryDate: null, mrz: '' }] : [];
}

/** The person's arrival record (route SAFE_ROUTE), made from what the application already holds. */
function arrivalFor(t: Transfer, arrivedAt: string, site: string): ArrivalFields {
  return parseOrThrow(ArrivalInput, {
    route: 'SAFE_ROUTE',
    site,
    arrivedAt,
    familyName: t.familyName,
    givenNames: t.givenNames,
    dateOfBirth: t.dateOfBirth,
    sex: t.sex,
    nationality: t.nationality,
    placeOfBirth: t.placeOfBirth,
    // The scheme takes adults and families led by one, so a child here travels with family.
    ageStatus: ageOnDay(t.dateOfBirth, ukDayOf(arrivedAt)) >= 18 ? 'ADULT' : 'ACCEPTED_CHILD',
    familyGroupId: t.familyReference || null,
    documents: documentsOf(t),
    notes: `Arrived by the safe route: transfer ${t.reference}, application ${t.applicationReference}.`,
  });
}

/**
 * Moves a safe-route application one step, recording who, when and why. Arrival in the UK
 * also makes the person's arrival record and links it, in the same transaction.
 */
export function advanceTransfer(db: Db, device: Device, ctx: RequestContext, input: ParsedInput<'transfers.advance'>): TransferView {
  return db
    .transaction(() => {
      const current = getRecord(db, TRANSFER, input.id);
      if (current.version !== input.version) {
        throw new AppError('CONFLICT', 'This transfer was changed since you opened it. Reload it to see where it stands now.');
      }
      const now = ctx.now();
      const outcome = moveTransfer(current, input.to, { now: now.toISOString(), actor: ctx.officer.name, reason: input.reason });
      if (!outcome.ok) {
        throw outcome.kind === 'REASON_REQUIRED' ? AppError.validation([{ path: 'reason', message: outcome.message }]) : new AppError('CONFLICT', outcome.message);
      }
      let next = outcome.transfer;
      if (input.to === 'ARRIVED_UK') {
        if (!input.arrivedUkAt) throw AppError.validation([{ path: 'arrivedUkAt', message: 'Enter the time the person arrived in the UK' }]);
        const issued = current.entryClearanceIssuedOn;
        // The balance counts a transfer in the week it arrived: a slip of the date would move it.
        if (issued && ukDayOf(input.arrivedUkAt) < issued) {
          throw AppError.validation([{ path: 'arrivedUkAt', message: `The arrival cannot be before the entry clearance was issued (${formatCalendarDate(issued)})` }]);
        }
        const arrival = createArrival(db, device, ctx, arrivalFor(current, input.arrivedUkAt, ctx.site));
        // Saving a safe-route arrival starts the prior-crossing check (matching/automatic-check.ts);
        // its verdict is read live from the arrival, never copied here, so a later decision shows.
        next = { ...next, arrivedUkAt: input.arrivedUkAt, arrivalId: arrival.id };
      }
      return transferView(updateRecord(db, device, ctx, TRANSFER, current.id, current.version, next), now);
    })
    .immediate();
}
