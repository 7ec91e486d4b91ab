import { AppError } from '../../../shared/domain/errors';
import { CASE_TRANSITIONS, type CaseEventOutcome } from '../../../shared/domain/returns/case-machine';
import type { CaseEventType, ReturnCase } from '../../../shared/domain/returns/case-states';
import type { ApplyReturnsEventInput } from '../../../shared/domain/returns/returns-case-record';

type Refusal = Extract<CaseEventOutcome, { ok: false }>;

/** The event detail an officer typed that a refusal is about, so the message can sit beside it. */
const DETAIL_FIELD: Partial<Record<CaseEventType, string>> = {
  SCHEDULE_REMOVAL: 'event.removalAt',
  RAISE_BARRIER: 'event.barrier',
  LIFT_BARRIER: 'event.barrier',
};

/**
 * Turns the case machine's refusal into the error the officer sees. A move the case cannot
 * make now is a CONFLICT carrying the machine's own sentence; a refusal caused by what was
 * typed (a missing reason, a removal date past the 3-month limit) is a VALIDATION issue
 * placed on that field.
 */
export function refusalError(c: ReturnCase, input: ApplyReturnsEventInput, refusal: Refusal, now: string): AppError {
  if (refusal.kind === 'REASON_REQUIRED') return AppError.validation([{ path: 'reason', message: refusal.message }]);
  if (refusal.kind === 'INVALID') return AppError.validation([{ path: 'event', message: refusal.message }]);
  const transition = CASE_TRANSITIONS.find((t) => t.event === input.event.type);
  const field = DETAIL_FIELD[input.event.type];
  const aboutDetails = refusal.kind === 'BLOCKED' && field && transition && !transition.guard?.(c, now) && transition.checkDetails?.(c, input.event, now);
  if (aboutDetails && field) return AppError.validation([{ path: field, message: refusal.message }]);
  return new AppError('CONFLICT', refusal.message);
}
