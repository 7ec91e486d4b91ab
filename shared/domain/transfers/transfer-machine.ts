import { formatCalendarDate, ukDayOf } from '../time';
import type { Transfer } from './transfer';
import { TRANSFER_STATE_LABELS, type TransferHistoryEntry, type TransferState } from './transfer-states';

/** The safe-route application as a state machine: the UI shows `allowedTransferMoves`, the engine calls `moveTransfer`. */

type Application = Pick<Transfer, 'state' | 'checks' | 'entryClearanceIssuedOn' | 'entryClearanceValidUntil' | 'history'>;

interface TransferTransition {
  to: TransferState;
  from: readonly TransferState[];
  /** Why the application cannot move now, or null when it can. `now` is UTC ISO. */
  guard?: (t: Application, now: string) => string | null;
  reasonRequired?: boolean;
}

const BEFORE_GRANT: TransferState[] = ['EOI_SUBMITTED', 'LOCATION_VERIFIED', 'HELD', 'SELECTED', 'BIOMETRICS_TAKEN', 'CHECKS'];

function clearanceProblem(t: Application, now: string): string | null {
  if (!t.entryClearanceIssuedOn || !t.entryClearanceValidUntil) return 'record the entry clearance dates first';
  const today = ukDayOf(now);
  if (today < t.entryClearanceIssuedOn) return `the entry clearance is valid only from ${formatCalendarDate(t.entryClearanceIssuedOn)}`;
  return today > t.entryClearanceValidUntil ? `the entry clearance ended on ${formatCalendarDate(t.entryClearanceValidUntil)}` : null;
}

export const TRANSFER_TRANSITIONS: readonly TransferTransition[] = [
  {
    to: 'LOCATION_VERIFIED', from: ['EOI_SUBMITTED'],
    guard: (t) => (t.checks.locationVerified === 'PASSED' ? null : 'record the location check as passed first'),
  },
  { to: 'HELD', from: ['LOCATION_VERIFIED'] },
  { to: 'SELECTED', from: ['HELD'] },
  { to: 'BIOMETRICS_TAKEN', from: ['SELECTED'] },
  { to: 'CHECKS', from: ['BIOMETRICS_TAKEN'] },
  {
    to: 'GRANTED', from: ['CHECKS'],
    guard: (t, now) => {
      const failing = [t.checks.security !== 'PASSED' && 'security', t.checks.eligibility !== 'PASSED' && 'eligibility'].filter(Boolean);
      if (failing.length) return `the ${failing.join(' and ')} check${failing.length > 1 ? 's' : ''} must be recorded as passed first`;
      return clearanceProblem(t, now);
    },
  },
  { to: 'REFUSED', from: BEFORE_GRANT, reasonRequired: true },
  { to: 'TRAVELLED', from: ['GRANTED'], guard: clearanceProblem },
  { to: 'ARRIVED_UK', from: ['TRAVELLED'] },
];

const TRANSITION_TO = new Map(TRANSFER_TRANSITIONS.map((t) => [t.to, t]));

export function isTransferReasonRequired(to: TransferState): boolean {
  return TRANSITION_TO.get(to)?.reasonRequired === true;
}

function refusal(t: Application, to: TransferState, now: string): string | null {
  const transition = TRANSITION_TO.get(to);
  if (!transition) return `An application cannot move back to "${TRANSFER_STATE_LABELS[to]}"`;
  const where = `An application in "${TRANSFER_STATE_LABELS[t.state]}" cannot move to "${TRANSFER_STATE_LABELS[to]}"`;
  if (!transition.from.includes(t.state)) {
    if (t.state === 'REFUSED' || t.state === 'ARRIVED_UK') return `${where}: it is closed`;
    return `${where}: only one in ${transition.from.map((s) => `"${TRANSFER_STATE_LABELS[s]}"`).join(' or ')} can`;
  }
  const why = transition.guard?.(t, now);
  return why ? `${where}: ${why}` : null;
}

export type TransferMoveOutcome<T extends Application> =
  | { ok: true; transfer: T; entry: TransferHistoryEntry }
  | { ok: false; kind: 'REFUSED_MOVE' | 'REASON_REQUIRED'; message: string };

/** Moves the application, appending who, when and why to its history; never mutates what it is given. */
export function moveTransfer<T extends Application>(t: T, to: TransferState, { now, actor, reason }: { now: string; actor: string; reason?: string | null }): TransferMoveOutcome<T> {
  const refused = refusal(t, to, now);
  if (refused) return { ok: false, kind: 'REFUSED_MOVE', message: refused };
  const why = reason?.trim() || null;
  if (!why && isTransferReasonRequired(to)) return { ok: false, kind: 'REASON_REQUIRED', message: `Give the reason for moving the application to "${TRANSFER_STATE_LABELS[to]}"` };
  const entry: TransferHistoryEntry = { at: now, actor, from: t.state, to, reason: why };
  return { ok: true, transfer: { ...t, state: to, history: [...t.history, entry] }, entry };
}

/** The states the application can move to now, for showing only legal buttons. */
export function allowedTransferMoves(t: Application, now: string): TransferState[] {
  return TRANSFER_TRANSITIONS.filter((tr) => tr.from.includes(t.state) && !tr.guard?.(t, now)).map((tr) => tr.to);
}

/**
 * The moves this state leads to that are held back now, each with what must happen first:
 * shown beside the buttons, so that an officer is not left with "Refuse" as the only choice.
 */
export function heldBackTransferMoves(t: Application, now: string): { to: TransferState; why: string }[] {
  return TRANSFER_TRANSITIONS.flatMap((tr) => {
    const why = tr.from.includes(t.state) ? tr.guard?.(t, now) : null;
    return why ? [{ to: tr.to, why }] : [];
  });
}
