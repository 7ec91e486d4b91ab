import { afterEach, describe, expect, it } from 'vitest';
import { landBoat, smallBoatPerson } from '../../support/prior-crossing';
import { callError, callOk } from '../../support/returns-case';
import { createTempEngine, testContext, type TempEngine } from '../../support/temp-engine';

// Synthetic people only: invented combinations of common names. The test's clock is fixed.
let now = new Date('2025-10-20T10:00:00.000Z');
let t: TempEngine;
afterEach(() => t?.cleanup());

describe('matching.decisions: what the person screen shows as it opens', () => {
  it('lists every candidate decided on for this person, with the decision that stands and the earlier ones, and nobody else', async () => {
    t = createTempEngine();
    t.ctx = testContext({ now: () => now });
    const boat = await landBoat(t, '2025-06-02T04:00:00.000Z');
    const before = await smallBoatPerson(t, boat.id, { familyName: 'Mohammed', givenNames: 'Abdul Rahman', dateOfBirth: '1994-03-11', arrivedAt: '2025-06-02T04:00:00.000Z' });
    const again = await landBoat(t, '2025-10-20T04:00:00.000Z');
    const person = await smallBoatPerson(t, again.id, { familyName: 'Muhammad', givenNames: 'Abdelrahman', dateOfBirth: '1994-03-11', arrivedAt: '2025-10-20T04:00:00.000Z' });
    const stranger = await smallBoatPerson(t, again.id, { familyName: 'Tesfay', givenNames: 'Yonas', nationality: 'ERI', dateOfBirth: '1990-01-20', arrivedAt: '2025-10-20T04:00:00.000Z' });
    expect(await callOk(t, 'matching.decisions', { arrivalId: person.id })).toEqual([]);

    await callOk(t, 'matching.decide', { subjectId: person.id, candidateId: before.id, decision: 'CONFIRMED', note: 'Same scar on the left hand.' });
    now = new Date('2025-10-20T11:00:00.000Z');
    await callOk(t, 'matching.decide', { subjectId: person.id, candidateId: before.id, decision: 'DISMISSED', note: 'The scar is on the right hand.' });
    await callOk(t, 'matching.decide', { subjectId: stranger.id, candidateId: before.id, decision: 'DISMISSED', note: 'Another man.' });

    const decided = await callOk(t, 'matching.decisions', { arrivalId: person.id });
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({
      arrivalId: before.id,
      reference: before.reference,
      name: 'Mohammed, Abdul Rahman',
      probable: true,
      decision: { decision: 'DISMISSED', note: 'The scar is on the right hand.' },
      earlierDecisions: [{ decision: 'CONFIRMED', note: 'Same scar on the left hand.' }],
    });
    expect(decided[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('refuses an id that is not a record id', async () => {
    t = createTempEngine();
    expect(await callError(t, 'matching.decisions', { arrivalId: 'nobody' })).toMatchObject({ code: 'VALIDATION' });
  });
});
