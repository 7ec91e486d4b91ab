import { dispatch } from '../../electron/core/dispatch';
import type { Input, Method, Output } from '../../shared/api';
import type { ReturnsCaseView } from '../../shared/domain/returns/returns-case-record';
import { appCall, arrivalInput, interceptionInput, type TempEngine } from './temp-engine';

/** Synthetic returns-pilot fixtures on a real engine: people, and cases walked through the pilot. */

/** appCall with the method's input type checked. */
export const callOk = <M extends Method>(t: TempEngine, method: M, input: Input<M>): Promise<Output<M>> => appCall(t, method, input);

export async function callError(t: TempEngine, method: Method, input: unknown) {
  const result = await dispatch(t.engine.handlers, method, input, t.ctx);
  if (result.ok) throw new Error(`${method} succeeded but should have been refused`);
  return result.error;
}

/** Every condition the officer records, met: with an adult small-boat arrival the person is eligible. */
export const ALL_MET = {
  ENTERED_DIRECTLY_FROM_FRANCE: { status: 'met', note: '' },
  NO_PROTECTION_CLAIM: { status: 'met', note: 'No claim made (synthetic)' },
  NO_HUMAN_RIGHTS_BAR: { status: 'met', note: '' },
  NOT_A_THREAT: { status: 'met', note: '' },
} as const;

/** An adult who landed by small boat at `arrivedAt` (the boat detected an hour before); returns the arrival. */
export async function smallBoatArrival(t: TempEngine, arrivedAt: string, overrides: Record<string, unknown> = {}) {
  const detectedAt = new Date(Date.parse(arrivedAt) - 3_600_000).toISOString();
  const boat = await callOk(t, 'interceptions.create', interceptionInput({ detectedAt, interceptedAt: arrivedAt }) as Input<'interceptions.create'>);
  return callOk(t, 'arrivals.create', arrivalInput({ route: 'SMALL_BOAT', interceptionId: boat.id, arrivedAt, ...overrides }) as Input<'arrivals.create'>);
}

type Step = Input<'returns.applyEvent'>['event'];

export async function applyEvent(t: TempEngine, view: ReturnsCaseView, event: Step, reason: string | null = null) {
  return callOk(t, 'returns.applyEvent', { id: view.case!.id, version: view.case!.version, event, reason });
}

/** Opens a case and walks it to the inadmissibility decision: the step before a removal is scheduled. */
export async function caseReadyForRemoval(t: TempEngine, arrivalId: string): Promise<ReturnsCaseView> {
  let view = await callOk(t, 'returns.open', { arrivalId });
  view = await applyEvent(t, view, { type: 'SCREEN' });
  view = await callOk(t, 'returns.recordEligibility', { id: view.case!.id, version: view.case!.version, conditions: ALL_MET });
  for (const type of ['DETAIN', 'SERVE_NOTICE', 'REFER_TO_FRANCE', 'RECORD_FRANCE_ACCEPTANCE', 'DECIDE_INADMISSIBILITY'] as const) {
    view = await applyEvent(t, view, { type });
  }
  return view;
}
