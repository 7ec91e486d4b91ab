import { afterEach, describe, expect, it } from 'vitest';
import { landBoat, smallBoatPerson } from '../../support/prior-crossing';
import { callOk } from '../../support/returns-case';
import { createTempEngine, testContext, type TempEngine } from '../../support/temp-engine';

// Synthetic people only. The test's clock is fixed.
const now = new Date('2025-10-20T10:00:00.000Z');
let t: TempEngine;
afterEach(() => t?.cleanup());

describe('a candidate recorded from the same boat', () => {
  it('is marked as the same crossing (a person recorded twice), not left to read as an earlier one', async () => {
    t = createTempEngine();
    t.ctx = testContext({ now: () => now });
    const june = await landBoat(t, '2025-06-02T04:00:00.000Z');
    const october = await landBoat(t, '2025-10-19T03:35:00.000Z');
    const person = { familyName: 'Ahmadi', givenNames: 'Farid', dateOfBirth: '1987', dateOfBirthPrecision: 'YEAR', nationality: 'AFG' };
    const crossedBefore = await smallBoatPerson(t, june.id, { ...person, arrivedAt: '2025-06-02T04:00:00.000Z' });
    const first = await smallBoatPerson(t, october.id, { ...person, arrivedAt: '2025-10-19T03:35:00.000Z' });
    const twice = await smallBoatPerson(t, october.id, { ...person, arrivedAt: '2025-10-19T03:35:00.000Z' });

    const check = await callOk(t, 'matching.priorCrossings', { arrivalId: twice.id });
    const byId = new Map(check.candidates.map((c) => [c.arrivalId, c]));
    expect(byId.get(first.id)).toMatchObject({ probable: true, sameBoat: true });
    expect(byId.get(crossedBefore.id)).toMatchObject({ probable: true, sameBoat: false });
  });
});
