import type { Input } from '../../shared/api';
import type { TransferState } from '../../shared/domain/transfers/transfer-states';
import { callOk } from './returns-case';
import type { TempEngine } from './temp-engine';

/** A synthetic safe-route applicant: an adult Eritrean in France. */
export function transferInput(overrides: Record<string, unknown> = {}): Input<'transfers.create'> {
  return {
    applicationReference: 'UKEATS-0001',
    familyName: 'Gebremedhin',
    givenNames: 'Ruth',
    dateOfBirth: '1994-05-02',
    nationality: 'ERI',
    sex: 'F',
    ...overrides,
  } as Input<'transfers.create'>;
}

const ROAD: TransferState[] = ['LOCATION_VERIFIED', 'HELD', 'SELECTED', 'BIOMETRICS_TAKEN', 'CHECKS', 'GRANTED', 'TRAVELLED'];

/** Creates an application with every check passed and walks it to arrival in the UK at `arrivedUkAt`. */
export async function walkTransferToArrival(t: TempEngine, applicationReference: string, arrivedUkAt: string) {
  const today = t.ctx.now().toISOString().slice(0, 10);
  let view = await callOk(t, 'transfers.create', transferInput({
    applicationReference,
    checks: { locationVerified: 'PASSED', security: 'PASSED', eligibility: 'PASSED' },
    entryClearanceIssuedOn: '2025-09-01',
    entryClearanceValidUntil: today < '2025-11-30' ? '2025-11-30' : today,
  }));
  for (const to of ROAD) view = await callOk(t, 'transfers.advance', { id: view.transfer.id, version: view.transfer.version, to });
  return callOk(t, 'transfers.advance', { id: view.transfer.id, version: view.transfer.version, to: 'ARRIVED_UK', arrivedUkAt });
}
