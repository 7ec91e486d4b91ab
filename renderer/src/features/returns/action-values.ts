import { CASE_TRANSITIONS } from '../../../../shared/domain/returns/case-machine';
import { REASON_REQUIRED_STATES, type CaseEventType } from '../../../../shared/domain/returns/case-states';
import { TIMED_EVENTS } from '../../../../shared/domain/returns/event-times';
import { nrmBarrierReason } from '../../../../shared/domain/returns/nrm-referral-notice';
import { ukLocalToUtcIso } from '../../../../shared/domain/time';

/** What an action's form holds, named like the contract's paths so the engine's messages land beside the right field. */
export interface ActionValues {
  event: { removalAt: string; occurredAt: string; barrier: string; release: boolean };
  reason: string;
}

export const emptyAction = (): ActionValues => ({ event: { removalAt: '', occurredAt: '', barrier: '', release: false }, reason: '' });

/** The action whose form is open, and what it starts with when opened from a notice rather than its button. */
export interface ChosenAction {
  type: CaseEventType;
  initial?: ActionValues;
}

/** "Record a barrier" filled in from the NRM referral on the person's record. */
export function nrmBarrierAction(nrmReferredAt: string): ChosenAction {
  const empty = emptyAction();
  return { type: 'RAISE_BARRIER', initial: { event: { ...empty.event, barrier: 'MODERN_SLAVERY_REFERRAL' }, reason: nrmBarrierReason(nrmReferredAt) } };
}

/** A UK local time typed in a datetime-local field, as the contract's UTC instant; blank stays undefined. */
export const typedInstant = (local: string) => (local.trim() ? (ukLocalToUtcIso(local) ?? local) : undefined);

/** The contract's input for `returns.applyEvent`; a blank stays undefined so the schema names what is missing. */
export function toEventInput(type: CaseEventType, target: { id: string; version: number }, v: ActionValues): unknown {
  const event: Record<string, unknown> = { type };
  if (type === 'SCHEDULE_REMOVAL') event.removalAt = typedInstant(v.event.removalAt);
  // Left blank, the step is taken as happening now.
  if (TIMED_EVENTS.has(type)) event.occurredAt = typedInstant(v.event.occurredAt);
  if (type === 'RAISE_BARRIER' || type === 'LIFT_BARRIER') event.barrier = v.event.barrier || undefined;
  if (type === 'LIFT_BARRIER') event.release = v.event.release;
  return { id: target.id, version: target.version, event, reason: v.reason.trim() || null };
}

/**
 * How the reason field is labelled. The engine decides (a reason is needed to end or halt a
 * removal); lifting a barrier needs one only when the case stays paused or is released.
 */
export function reasonLabel(type: CaseEventType): string {
  if (type === 'LIFT_BARRIER') return 'Reason (required if the case stays paused or is released)';
  const to = CASE_TRANSITIONS.find((t) => t.event === type)?.to;
  return to && REASON_REQUIRED_STATES.has(to) ? 'Reason (required)' : 'Reason (optional)';
}
