import type { ParsedInput, Output } from '../../../shared/api';
import { AppError } from '../../../shared/domain/errors';
import { applyCaseEvent } from '../../../shared/domain/returns/case-machine';
import type { ReturnsCaseRecord } from '../../../shared/domain/returns/returns-case-record';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { getArrival } from '../records/arrivals';
import type { RequestContext } from '../records/context';
import { getRecord, updateRecord } from '../records/record-store';
import { refusalError } from './case-refusal';
import { casePerson, caseView, RETURNS_CASE } from './returns-case-kind';
import { capWarningForRemoval } from './weekly-cap-setting';

/**
 * Moves a returns case by one event, recorded with the acting officer's name, the time and
 * the reason. The case machine decides; a move it refuses changes nothing and comes back
 * with its own explanation. Scheduling a removal into a full week succeeds with a warning.
 */
export function applyReturnsEvent(db: Db, device: Device, ctx: RequestContext, input: ParsedInput<'returns.applyEvent'>): Output<'returns.applyEvent'> {
  return db
    .transaction(() => {
      const current = getRecord(db, RETURNS_CASE, input.id);
      if (current.version !== input.version) {
        throw new AppError('CONFLICT', 'This returns case was changed since you opened it. Reload it to see where it stands now.');
      }
      if (input.event.type === 'CHECK_ELIGIBILITY') {
        // The result must come from the recorded conditions, not be typed: see record-eligibility.ts.
        throw AppError.validation([{ path: 'event', message: 'Record the eligibility check with the checklist, condition by condition' }]);
      }
      const now = ctx.now();
      const outcome = applyCaseEvent(current, input.event, { now, actor: ctx.officer.name, reason: input.reason });
      if (!outcome.ok) throw refusalError(current, input, outcome, now.toISOString());
      const event = input.event;
      const warning = event.type === 'SCHEDULE_REMOVAL' ? capWarningForRemoval(db, current.id, event.removalAt) : null;
      const saved = updateRecord(db, device, ctx, RETURNS_CASE, current.id, current.version, outcome.case as ReturnsCaseRecord);
      return { ...caseView(casePerson(getArrival(db, saved.arrivalId)), saved, now), warning };
    })
    .immediate();
}
