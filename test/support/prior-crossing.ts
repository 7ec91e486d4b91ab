import type { Input } from '../../shared/api';
import type { Arrival } from '../../shared/domain/arrival';
import { applyEvent, callOk, caseReadyForRemoval } from './returns-case';
import { arrivalInput, interceptionInput, type TempEngine } from './temp-engine';
import { transferInput } from './transfer';

/**
 * Synthetic people for the prior-crossing check on a real engine: small-boat arrivals, a
 * safe-route applicant walked to arrival in the UK, and a person removed under the pilot.
 * Every name is an invented combination of common names.
 */

/** A boat landed at `landedAt` (detected an hour before): its people cannot have arrived before it was seen. */
export async function landBoat(t: TempEngine, landedAt = '2025-08-06T03:05:00.000Z') {
  const detectedAt = new Date(Date.parse(landedAt) - 3_600_000).toISOString();
  return callOk(t, 'interceptions.create', interceptionInput({ detectedAt, interceptedAt: landedAt }) as Input<'interceptions.create'>);
}

export function smallBoatPerson(t: TempEngine, boatId: string, fields: Record<string, unknown>): Promise<Arrival> {
  return callOk(t, 'arrivals.create', arrivalInput({ route: 'SMALL_BOAT', interceptionId: boatId, site: 'WJF', sex: 'M', nationality: 'SDN', ...fields }) as Input<'arrivals.create'>);
}

const ROAD = ['LOCATION_VERIFIED', 'HELD', 'SELECTED', 'BIOMETRICS_TAKEN', 'CHECKS', 'GRANTED', 'TRAVELLED'] as const;

/** A safe-route applicant with every check passed, walked to arrival in the UK: returns their arrival record. */
export async function safeRouteArrival(t: TempEngine, fields: Record<string, unknown>, arrivedUkAt: string): Promise<Arrival> {
  const day = (offset: number) => new Date(Date.parse(arrivedUkAt) + offset * 86_400_000).toISOString().slice(0, 10);
  let view = await callOk(t, 'transfers.create', transferInput({
    checks: { locationVerified: 'PASSED', security: 'PASSED', eligibility: 'PASSED' },
    entryClearanceIssuedOn: day(-20),
    entryClearanceValidUntil: day(40),
    ...fields,
  }));
  for (const to of ROAD) view = await callOk(t, 'transfers.advance', { id: view.transfer.id, version: view.transfer.version, to });
  view = await callOk(t, 'transfers.advance', { id: view.transfer.id, version: view.transfer.version, to: 'ARRIVED_UK', arrivedUkAt });
  return callOk(t, 'arrivals.get', { id: view.transfer.arrivalId! });
}

/** Walks the person's returns case to REMOVED; `setNow` moves the test's clock as the pilot's steps need. */
export async function removeUnderPilot(t: TempEngine, arrivalId: string, removalAt: string, setNow: (iso: string) => void): Promise<void> {
  let view = await caseReadyForRemoval(t, arrivalId);
  view = await applyEvent(t, view, { type: 'SCHEDULE_REMOVAL', removalAt });
  setNow(removalAt);
  await applyEvent(t, view, { type: 'CONFIRM_REMOVAL' });
}
