import { afterEach, describe, expect, it } from 'vitest';
import { matchPersonOf } from '../../../electron/core/matching/arrival-person';
import { blockingKeys } from '../../../electron/core/matching/blocking-keys';
import { ARRIVAL } from '../../../electron/core/records/arrivals';
import { recordKindOf } from '../../../electron/core/records/record-kinds';
import { storeReceivedRecord } from '../../../electron/core/records/record-store';
import { ArrivalInput } from '../../../shared/domain/arrival';
import { landBoat, removeUnderPilot, safeRouteArrival, smallBoatPerson } from '../../support/prior-crossing';
import { callError, callOk } from '../../support/returns-case';
import { arrivalInput, createTempEngine, testContext, type TempEngine } from '../../support/temp-engine';

// Synthetic people only: invented combinations of common names. The test's clock is fixed.
let now = new Date('2025-10-20T10:00:00.000Z');
let t: TempEngine;
afterEach(() => t?.cleanup());

function engine() {
  t = createTempEngine();
  t.ctx = testContext({ now: () => now });
  return t;
}

const keysOf = (arrivalId: string) =>
  (t.engine.db.prepare('SELECT key FROM identity_keys ik JOIN arrivals a ON a.seq = ik.arrival_seq WHERE a.id = ?').all(arrivalId) as { key: string }[]).map((r) => r.key);

/** He crossed by small boat in June as "Mohammed, Abdul Rahman", born 11 March 1994. */
async function crossedInJune() {
  const boat = await landBoat(t, '2025-06-02T04:00:00.000Z');
  const before = await smallBoatPerson(t, boat.id, { familyName: 'Mohammed', givenNames: 'Abdul Rahman', dateOfBirth: '1994-03-11', arrivedAt: '2025-06-02T04:00:00.000Z' });
  await smallBoatPerson(t, boat.id, { familyName: 'Tesfay', givenNames: 'Yonas', nationality: 'ERI', dateOfBirth: '1990-01-20' });
  return { boat, before };
}

/** …and arrives by the safe route as "Muhammad, Abdelrahman", his date typed month first. */
const applicant = () => safeRouteArrival(t, { familyName: 'Muhammad', givenNames: 'Abdelrahman', dateOfBirth: '1994-11-03', nationality: 'SDN', sex: 'M' }, '2025-10-20T09:00:00.000Z');

describe('the prior-crossing check of a safe-route arrival', () => {
  it('finds the small-boat crossing made under another spelling, with the reasons for its score', async () => {
    engine();
    const { before } = await crossedInJune();
    const person = await applicant();
    const check = await callOk(t, 'matching.priorCrossings', { arrivalId: person.id });
    expect(check.candidates[0]).toMatchObject({ arrivalId: before.id, reference: before.reference, name: 'Mohammed, Abdul Rahman', probable: true, removedUnderPilot: false, decision: null });
    expect(check.candidates[0]!.reasons).toEqual([
      'Family name matches a spelling variant (Muhammad / Mohammed)',
      'Given name matches (Abdul Rahman)',
      'Date of birth matches with day and month swapped (03/11/1994 / 11/03/1994)',
      'Same nationality (SDN)',
    ]);
    expect(check.candidates.filter((c) => c.probable)).toHaveLength(1);
    const flags = await callOk(t, 'matching.flags', { arrivalId: person.id });
    expect(flags).toMatchObject({ priorCrossing: { status: 'POSSIBLE', undecided: 1, confirmed: 0 }, reEntry: null });
  });

  it('searches arrivals pulled from the centre as well as those recorded here', async () => {
    engine();
    const boat = await landBoat(t);
    const fields = ArrivalInput.parse(arrivalInput({ route: 'SMALL_BOAT', interceptionId: boat.id, familyName: 'Mohamed', givenNames: 'Abdel Rahman', dateOfBirth: '1994-03-11', sex: 'M', nationality: 'SDN' }));
    const pulled = { ...fields, id: '01990000-0000-7000-8000-000000000001', reference: 'MAN-Q7W2X-0012', createdBy: 'Another officer', createdAt: '2025-06-02T05:00:00.000Z', updatedAt: '2025-06-02T05:00:00.000Z', version: 1 };
    storeReceivedRecord(t.engine.db, ARRIVAL, pulled, 7);
    const check = await callOk(t, 'matching.priorCrossings', { arrivalId: (await applicant()).id });
    expect(check.candidates[0]).toMatchObject({ arrivalId: pulled.id, reference: 'MAN-Q7W2X-0012', probable: true });
  });

  it('compares the identity document number given on the application, which the arrival record keeps', async () => {
    engine();
    const boat = await landBoat(t);
    const before = await smallBoatPerson(t, boat.id, {
      familyName: 'Tesfay', givenNames: 'Yonas', nationality: 'ERI', dateOfBirth: '1990-01-20',
      documents: [{ type: 'PASSPORT', number: 'P04561238', issuingState: 'ERI' }],
    });
    // Another name and date of birth: only the document number says it is the same person.
    const person = await safeRouteArrival(t, { familyName: 'Haile', givenNames: 'Samuel', dateOfBirth: '1985-07-07', nationality: 'ERI', sex: 'M', documentNumber: 'p0456 1238' }, '2025-10-20T09:00:00.000Z');
    expect(person.documents).toEqual([{ type: 'OTHER', number: 'P04561238', issuingState: null, expiryDate: null, mrz: '' }]);
    const check = await callOk(t, 'matching.priorCrossings', { arrivalId: person.id });
    expect(check.candidates[0]).toMatchObject({ arrivalId: before.id });
    expect(check.candidates[0]!.reasons).toContain('Same document number');
  });

  it('does not propose someone else with the same common name and a different date of birth', async () => {
    engine();
    const boat = await landBoat(t);
    const namesake = await smallBoatPerson(t, boat.id, { familyName: 'Mohamed', givenNames: 'Abdelrahman', dateOfBirth: '1987-06-21' });
    const person = await applicant();
    const other = (await callOk(t, 'matching.priorCrossings', { arrivalId: person.id })).candidates.find((c) => c.arrivalId === namesake.id);
    expect(other?.probable ?? false).toBe(false);
    expect(other?.score ?? 0).toBeLessThan(0.5);
    expect(await callOk(t, 'matching.flags', { arrivalId: person.id })).toMatchObject({ priorCrossing: { status: 'CLEAR', undecided: 0 } });
  });

  it('weighs a common name by how many people share it: one namesake born that year is probable, forty are not', async () => {
    engine();
    const boat = await landBoat(t);
    const first = await smallBoatPerson(t, boat.id, { familyName: 'Ahmed', givenNames: 'Mohammed', dateOfBirth: '1995', dateOfBirthPrecision: 'YEAR' });
    const person = await safeRouteArrival(t, { familyName: 'Ahmed', givenNames: 'Mohamed', dateOfBirth: '1995-05-05', nationality: 'SDN', sex: 'M' }, '2025-10-20T09:00:00.000Z');
    const alone = await callOk(t, 'matching.priorCrossings', { arrivalId: person.id });
    expect(alone.candidates[0]).toMatchObject({ arrivalId: first.id, probable: true });

    for (let i = 0; i < 39; i++) await smallBoatPerson(t, boat.id, { familyName: 'Ahmed', givenNames: 'Mohammed', dateOfBirth: '1995', dateOfBirthPrecision: 'YEAR' });
    const many = await callOk(t, 'matching.priorCrossings', { arrivalId: person.id });
    expect(many.candidates.filter((c) => c.probable)).toEqual([]);
    expect(many.candidates).toHaveLength(10); // namesakes are still shown, as weaker candidates
    expect(many.candidates[0]!.reasons).toContain('Common name: 39 other people recorded with this name born the same year');
    expect(await callOk(t, 'matching.flags', { arrivalId: person.id })).toMatchObject({ priorCrossing: { status: 'CLEAR', weaker: 40 } });
  });

  it('counts only the namesakes born in the same place when the place of birth agrees: of forty, one was born in Kassala', async () => {
    engine();
    const boat = await landBoat(t);
    const born = (placeOfBirth: string) => ({ familyName: 'Ahmed', givenNames: 'Mohammed', dateOfBirth: '1995', dateOfBirthPrecision: 'YEAR', placeOfBirth });
    const first = await smallBoatPerson(t, boat.id, born('Kassala'));
    for (let i = 0; i < 39; i++) await smallBoatPerson(t, boat.id, born(['Khartoum', 'Omdurman'][i % 2]!));
    const person = await safeRouteArrival(t, { familyName: 'Ahmed', givenNames: 'Mohamed', dateOfBirth: '1995-05-05', nationality: 'SDN', sex: 'M', placeOfBirth: 'Kasala' }, '2025-10-20T09:00:00.000Z');
    const check = await callOk(t, 'matching.priorCrossings', { arrivalId: person.id });
    expect(check.candidates[0]).toMatchObject({ arrivalId: first.id, probable: true });
    expect(check.candidates[0]!.reasons).toContain('Same place of birth, spelt differently: Kasala / Kassala');
    expect(check.candidates[0]!.reasons).toContain('Common name: 39 other people recorded with this name born the same year, none of them born in Kassala');
    expect(check.candidates.filter((c) => c.probable)).toHaveLength(1);
    const elsewhere = check.candidates.find((c) => c.reasons.includes('Place of birth differs: Kasala / Khartoum'));
    expect(elsewhere).toMatchObject({ probable: false });
    expect(elsewhere!.reasons).toContain('Common name: 39 other people recorded with this name born the same year');

    // A second man born in Kassala the same year: the place no longer says which of the two crossed.
    await smallBoatPerson(t, boat.id, born('Kassala'));
    const two = await callOk(t, 'matching.priorCrossings', { arrivalId: person.id });
    expect(two.candidates[1]!.score).toBeCloseTo(two.candidates[0]!.score, 6);
    expect(two.candidates.filter((c) => c.probable)).toEqual([]);
    expect(two.candidates[0]!.reasons).toContain('Common name: 40 other people recorded with this name born the same year, 1 of them born in Kassala');
  });
});

describe("an officer's decision", () => {
  it('is recorded with the engine\'s score and reasons, audited, queued for the centre, and shown on the flag', async () => {
    engine();
    const { before } = await crossedInJune();
    const person = await applicant();
    const [proposed] = (await callOk(t, 'matching.priorCrossings', { arrivalId: person.id })).candidates;
    const note = 'Admits crossing in June 2025; same scar on the left hand.';
    const decision = await callOk(t, 'matching.decide', { subjectId: person.id, candidateId: before.id, decision: 'CONFIRMED', note });
    expect(decision).toMatchObject({ subjectId: person.id, candidateId: before.id, decision: 'CONFIRMED', note, officer: 'Test Supervisor', reasons: proposed!.reasons });
    expect(decision.score).toBeCloseTo(proposed!.score, 6);

    const trail = await callOk(t, 'audit.forRecord', { recordId: decision.id });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'create', officerName: 'Test Supervisor' });
    expect(trail[0]!.changes).toEqual(expect.arrayContaining([{ field: 'decision', from: null, to: 'CONFIRMED' }, { field: 'note', from: null, to: note }]));
    expect(t.engine.db.prepare('SELECT record_type FROM outbox WHERE record_id = ?').get(decision.id)).toEqual({ record_type: 'match_decision' });
    expect(recordKindOf('match_decision')?.table).toBe('match_decisions'); // a decision pulled from the centre is stored too

    expect((await callOk(t, 'matching.priorCrossings', { arrivalId: person.id })).candidates[0]!.decision).toMatchObject({ id: decision.id, decision: 'CONFIRMED' });
    expect(await callOk(t, 'matching.flags', { arrivalId: person.id })).toMatchObject({ priorCrossing: { status: 'CONFIRMED', confirmed: 1, undecided: 0 } });

    now = new Date('2025-10-20T11:00:00.000Z'); // a change of mind is a new decision; the latest stands
    await callOk(t, 'matching.decide', { subjectId: person.id, candidateId: before.id, decision: 'DISMISSED', note: 'The scar is on the right hand: a different man.' });
    expect(await callOk(t, 'matching.flags', { arrivalId: person.id })).toMatchObject({ priorCrossing: { status: 'CLEAR', confirmed: 0, undecided: 0 } });
    const [shown] = (await callOk(t, 'matching.priorCrossings', { arrivalId: person.id })).candidates;
    expect(shown).toMatchObject({ decision: { decision: 'DISMISSED' }, earlierDecisions: [{ decision: 'CONFIRMED', note }] });
  });

  it('needs a note and two different people', async () => {
    engine();
    const { before } = await crossedInJune();
    const person = await applicant();
    const noNote = await callError(t, 'matching.decide', { subjectId: person.id, candidateId: before.id, decision: 'DISMISSED', note: '  ' });
    expect(noNote).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'note', message: 'Say why: what you checked, and what the person said' }] });
    const self = await callError(t, 'matching.decide', { subjectId: person.id, candidateId: person.id, decision: 'CONFIRMED', note: 'x' });
    expect(self).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'candidateId' }] });
    expect(t.engine.db.prepare('SELECT count(*) AS n FROM match_decisions').get()).toEqual({ n: 0 });
  });
});

describe('re-entry under the returns pilot', () => {
  it('flags a new small-boat arrival who matches someone removed to France, and nobody else', async () => {
    engine();
    now = new Date('2025-09-29T10:00:00.000Z');
    const boat = await landBoat(t, '2025-09-20T04:00:00.000Z');
    const removed = await smallBoatPerson(t, boat.id, { familyName: 'Rahimi', givenNames: 'Jawad', nationality: 'AFG', dateOfBirth: '1995-04-02', arrivedAt: '2025-09-20T04:00:00.000Z' });
    await removeUnderPilot(t, removed.id, '2025-10-01T09:00:00.000Z', (iso) => (now = new Date(iso)));

    now = new Date('2025-11-10T06:00:00.000Z');
    const again = await landBoat(t, '2025-11-10T03:00:00.000Z');
    const back = await smallBoatPerson(t, again.id, { familyName: 'Rahimy', givenNames: 'Javad', nationality: 'AFG', dateOfBirth: '1995-04-02', arrivedAt: '2025-11-10T03:00:00.000Z' });
    const stranger = await smallBoatPerson(t, again.id, { familyName: 'Haidari', givenNames: 'Farid', nationality: 'AFG', dateOfBirth: '1992-08-14', arrivedAt: '2025-11-10T03:00:00.000Z' });

    expect(await callOk(t, 'matching.flags', { arrivalId: back.id })).toMatchObject({ reEntry: { status: 'POSSIBLE', undecided: 1 }, priorCrossing: null });
    const [candidate] = (await callOk(t, 'matching.priorCrossings', { arrivalId: back.id })).candidates;
    expect(candidate).toMatchObject({ arrivalId: removed.id, probable: true, removedUnderPilot: true });
    expect(candidate!.reasons).toEqual(expect.arrayContaining(['Family name matches a spelling variant (Rahimy / Rahimi)', 'Given name matches a spelling variant (Javad / Jawad)']));
    expect(await callOk(t, 'matching.flags', { arrivalId: stranger.id })).toMatchObject({ reEntry: { status: 'CLEAR', undecided: 0 } });
  });
});

describe('the identity index', () => {
  it('follows corrections, and holds small-boat arrivals only', async () => {
    engine();
    const boat = await landBoat(t);
    const person = await smallBoatPerson(t, boat.id, { familyName: 'Hagos', givenNames: 'Kibrom', nationality: 'ERI', dateOfBirth: '1993-02-17' });
    const first = keysOf(person.id);
    expect(first.sort()).toEqual(blockingKeys(matchPersonOf(person)).sort());
    const fields = arrivalInput({ route: 'SMALL_BOAT', interceptionId: boat.id, site: 'WJF', sex: 'M', nationality: 'ERI', familyName: 'Hagos', givenNames: 'Robel', dateOfBirth: '1993-02-17' });
    const corrected = await callOk(t, 'arrivals.update', { id: person.id, version: 1, changes: fields } as never);
    expect(keysOf(person.id).sort()).toEqual(blockingKeys(matchPersonOf(corrected)).sort());
    expect(keysOf(person.id)).not.toEqual(expect.arrayContaining(first.filter((k) => k.startsWith('n:'))));
    await callOk(t, 'arrivals.update', { id: person.id, version: corrected.version, changes: { ...fields, route: 'OTHER', interceptionId: null } } as never);
    expect(keysOf(person.id)).toEqual([]);
  });
});
