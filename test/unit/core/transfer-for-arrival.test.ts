import { afterEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/returns-case';
import { createTempEngine, type TempEngine } from '../../support/temp-engine';
import { transferInput } from '../../support/transfer';

let t: TempEngine;
afterEach(() => t?.cleanup());

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('transfers.forArrival', () => {
  it('finds the safe-route application a person arrived under, and nothing for others', async () => {
    t = createTempEngine();
    let view = await callOk(t, 'transfers.create', transferInput({
      applicationReference: 'UKEATS-7001',
      checks: { locationVerified: 'PASSED', security: 'PASSED', eligibility: 'PASSED' },
      entryClearanceIssuedOn: day(-10),
      entryClearanceValidUntil: day(30),
    }));
    for (const to of ['LOCATION_VERIFIED', 'HELD', 'SELECTED', 'BIOMETRICS_TAKEN', 'CHECKS', 'GRANTED', 'TRAVELLED'] as const) {
      view = await callOk(t, 'transfers.advance', { id: view.transfer.id, version: view.transfer.version, to });
    }
    const arrived = await callOk(t, 'transfers.advance', { id: view.transfer.id, version: view.transfer.version, to: 'ARRIVED_UK', arrivedUkAt: new Date(Date.now() - 3_600_000).toISOString() });
    const found = await callOk(t, 'transfers.forArrival', { arrivalId: arrived.transfer.arrivalId! });
    expect(found?.transfer.applicationReference).toBe('UKEATS-7001');
    expect(found?.transfer.state).toBe('ARRIVED_UK');
    expect(await callOk(t, 'transfers.forArrival', { arrivalId: '01927f6e-0000-7000-8000-000000000000' })).toBeNull();
  });
});
