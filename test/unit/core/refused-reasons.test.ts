import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/api';
import { callOk } from '../../support/returns-case';
import { TEST_SUPERVISOR } from '../../support/officers';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

// Synthetic records only. The centre's answers are written into the outbox as the sync client stores them.
let t: TempEngine;
afterEach(() => t?.cleanup());

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function refusedWith(message: string, path = 'officerId') {
  t = createTempEngine();
  const person = await callOk(t, 'arrivals.create', arrivalInput({ familyName: 'Habte' }) as Input<'arrivals.create'>);
  const result = JSON.stringify({ issues: [{ path, message }] });
  t.engine.db.prepare("UPDATE outbox SET state = 'rejected', result = ?, acked_at = ? WHERE record_id = ?").run(result, new Date().toISOString(), person.id);
  return person;
}

describe('a refusal by the centre, as the officer reads it', () => {
  it('names a disabled officer by name, never by their id, and says what must be put right', async () => {
    const person = await refusedWith(`Officer ${TEST_SUPERVISOR.id} is disabled at the centre: their changes are no longer accepted`);
    const [refused] = await callOk(t, 'sync.refused', undefined);
    expect(refused).toMatchObject({ recordId: person.id, cause: 'officer_disabled', reason: `Officer ${TEST_SUPERVISOR.name} is disabled at the centre: their changes are no longer accepted` });
    const [state] = await callOk(t, 'sync.recordStates', { recordIds: [person.id] });
    expect(state).toMatchObject({ state: 'rejected', reason: refused!.reason });
    expect(state!.reason).not.toMatch(UUID);
  });

  it('falls back to words when the device never knew the officer by name', async () => {
    const person = await refusedWith('The centre does not know officer 0190a5f0-0000-7000-8000-0000000000ff: an administrator must create this officer at the centre');
    t.engine.db.prepare('UPDATE audit_log SET officer_id = ? WHERE record_id = ?').run('0190a5f0-0000-7000-8000-0000000000ee', person.id);
    const [refused] = await callOk(t, 'sync.refused', undefined);
    expect(refused).toMatchObject({ cause: 'officer_unknown', reason: 'The centre does not know the officer who made this change: an administrator must create this officer at the centre' });
  });

  it('keeps a refusal of a field as the record to correct', async () => {
    await refusedWith('The date of birth cannot be in the future', 'payload.dateOfBirth');
    const [refused] = await callOk(t, 'sync.refused', undefined);
    expect(refused).toMatchObject({ cause: 'record', reason: 'Date of birth: The date of birth cannot be in the future' });
  });
});
