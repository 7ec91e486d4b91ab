import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { PushResponse, type PushResult } from '../../../shared/sync';
import { createOfficer, disableOfficer } from '../../../server/officers/officers';
import { BACKENDS, useCentral } from '../../support/central';
import { lastAppliedSeq } from '../../support/central-state';
import { TEST_OFFICER, TEST_PASSWORD, TEST_SUPERVISOR } from '../../support/officers';
import { change } from '../../support/sync-client';

/** A returns case as the app syncs it, with a history of (type, actor) events. */
function returnsCase(id: string, events: Array<[type: string, actor: string]>, version = 1): Record<string, unknown> {
  let state = 'ARRIVED';
  const history = events.map(([type, actor], i) => {
    const to = `STATE_${i + 1}`;
    const entry = { at: `2025-08-0${6 + Math.floor(i / 9)}T0${i % 9}:00:00.000Z`, actor, event: { type }, from: state, to, reason: null };
    state = to;
    return entry;
  });
  return { id, state, arrivedAt: '2025-08-06T04:30:00.000Z', arrivalId: uuidv7(), reference: 'MAN-K7M3Q-0001', history, createdBy: 'Test Officer', createdAt: '2025-08-06T04:40:00.000Z', updatedAt: '2025-08-06T05:40:00.000Z', version };
}

const results = (body: unknown): PushResult[] => PushResponse.parse(body).results;

describe.each(BACKENDS)('the centre enforces officers and roles on pushed changes (%s)', (backend) => {
  const central = useCentral(backend);

  it('refuses, per change, an officer the centre does not know or has disabled; the rest of the batch applies and the seq advances', async () => {
    const device = await central.enrol();
    const leaving = await createOfficer(central.db, { name: 'Leaving Officer', role: 'officer', password: TEST_PASSWORD });
    await disableOfficer(central.db, leaving.username);
    const batch = [change(1), change(2, { officerId: 'duty-officer' }), change(3, { officerId: '0190a5f0-0000-7000-8000-00000000dead' }), change(4, { officerId: leaving.id }), change(5)];
    const answer = await device.push(batch);
    expect(answer.status).toBe(200);
    const [first, unknownText, unknownUuid, disabled, last] = results(answer.body);
    expect(first).toMatchObject({ status: 'applied' });
    expect(last).toMatchObject({ status: 'applied' });
    expect(unknownText).toEqual({ seq: 2, status: 'rejected', issues: [{ path: 'officerId', message: expect.stringContaining('The centre does not know officer duty-officer') }] });
    expect(unknownUuid).toMatchObject({ status: 'rejected', issues: [{ path: 'officerId' }] });
    expect(disabled).toEqual({ seq: 4, status: 'rejected', issues: [{ path: 'officerId', message: expect.stringContaining('disabled') }] });
    expect(await lastAppliedSeq(central.db, device.id)).toBe(5);
    // Nothing of the refused changes reached the records…
    const stored = await central.db.query<{ record_id: string }>("SELECT record_id::text AS record_id FROM records WHERE record_id = ANY(string_to_array($1, ',')::uuid[])", [batch.map((c) => c.recordId).join(',')]);
    expect(stored.map((r) => r.record_id).sort()).toEqual([batch[0]!.recordId, batch[4]!.recordId].sort());
    // …and a resend is answered from the ledger (no loop): duplicate of a rejected change, with why.
    const again = results((await device.push([batch[1]!])).body);
    expect(again).toEqual([{ seq: 2, status: 'duplicate', original: 'rejected', version: null, sameContent: true, first: unknownText }]);
  });

  it('refuses a returns-case change that adds a supervisor-only event by an officer, and accepts it from a supervisor', async () => {
    const [officerDevice, supervisorDevice] = [await central.enrol(), await central.enrol()];
    const id = uuidv7();
    const opened = returnsCase(id, [['SCREEN', TEST_OFFICER.name], ['DECIDE_INADMISSIBILITY', TEST_SUPERVISOR.name]]);
    // A supervisor's decision at creation is checked too.
    const byOfficer = results((await officerDevice.push([change(1, { recordType: 'returns_case', recordId: id, payload: opened })])).body)[0];
    expect(byOfficer).toEqual({
      seq: 1,
      status: 'rejected',
      issues: [{ path: 'payload.history.1.event.type', message: 'Only a supervisor can record the inadmissibility decision (DECIDE_INADMISSIBILITY): this officer is not a supervisor at the centre' }],
    });
    const bySupervisor = results((await supervisorDevice.push([change(1, { recordType: 'returns_case', recordId: id, payload: opened, officerId: TEST_SUPERVISOR.id })])).body)[0]!;
    expect(bySupervisor).toMatchObject({ status: 'applied' });
    const base = (bySupervisor as { version: number }).version;

    // The officer schedules the removal on top of the supervisor's decision: the decision is not new, so it is accepted…
    const scheduled = returnsCase(id, [['SCREEN', TEST_OFFICER.name], ['DECIDE_INADMISSIBILITY', TEST_SUPERVISOR.name], ['SCHEDULE_REMOVAL', TEST_OFFICER.name]], 2);
    const schedule = results((await officerDevice.push([change(2, { recordType: 'returns_case', recordId: id, payload: scheduled, baseVersion: base })])).body)[0]!;
    expect(schedule).toMatchObject({ status: 'applied' });
    // …but confirming the removal is a supervisor's, whoever the history names as actor.
    const confirmed = returnsCase(id, [['SCREEN', TEST_OFFICER.name], ['DECIDE_INADMISSIBILITY', TEST_SUPERVISOR.name], ['SCHEDULE_REMOVAL', TEST_OFFICER.name], ['CONFIRM_REMOVAL', TEST_SUPERVISOR.name]], 3);
    const version = (schedule as { version: number }).version;
    const confirm = results((await officerDevice.push([change(3, { recordType: 'returns_case', recordId: id, payload: confirmed, baseVersion: version })])).body)[0]!;
    expect(confirm).toMatchObject({ status: 'rejected', issues: [{ path: 'payload.history.3.event.type', message: expect.stringContaining('Only a supervisor can confirm the removal') }] });
    const [current] = await central.db.query<{ version: number }>("SELECT version FROM records WHERE record_type = 'returns_case' AND record_id = $1", [id]);
    expect(current!.version).toBe(version);

    // In one batch, a supervisor's decision then an officer's edit that keeps it: both accepted.
    const fromSupervisor = change(2, { recordType: 'returns_case', recordId: id, payload: confirmed, baseVersion: version, officerId: TEST_SUPERVISOR.id });
    const noted = { ...confirmed, updatedAt: '2025-08-07T09:00:00.000Z', version: 4 };
    const fromOfficer = change(3, { recordType: 'returns_case', recordId: id, payload: noted, baseVersion: version });
    const shared = results((await supervisorDevice.push([fromSupervisor, fromOfficer])).body);
    expect(shared.map((r) => r.status)).toEqual(['applied', 'applied']);
  });

  it('refuses release to the asylum route by an officer when it comes by lifting the last barrier, as it refuses the direct release', async () => {
    const device = await central.enrol();
    const push = async (seq: number, payload: unknown, officerId?: string) =>
      results((await device.push([change(seq, { recordType: 'returns_case', recordId: (payload as { id: string }).id, payload, ...(officerId ? { officerId } : {}) })])).body)[0]!;
    const paused = (id: string, last: Record<string, unknown>) => {
      const c = returnsCase(id, [['SCREEN', TEST_OFFICER.name]]);
      const raised = { at: '2025-08-06T02:00:00.000Z', actor: TEST_OFFICER.name, event: { type: 'RAISE_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' }, from: 'STATE_1', to: 'PAUSED', reason: 'Claim lodged' };
      return { ...c, state: last.to, history: [...(c.history as unknown[]), raised, { at: '2025-08-06T03:00:00.000Z', actor: TEST_OFFICER.name, from: 'PAUSED', reason: 'Claim refused', ...last }] };
    };
    const released = paused(uuidv7(), { event: { type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM', release: true }, to: 'RELEASED_TO_ASYLUM' });
    expect(await push(1, released)).toEqual({
      seq: 1,
      status: 'rejected',
      issues: [{ path: 'payload.history.2.event.type', message: 'Only a supervisor can release to the asylum route (LIFT_BARRIER): this officer is not a supervisor at the centre' }],
    });
    // The outcome decides, not the event's name: an entry ending in release is that decision however it is labelled.
    const relabelled = paused(uuidv7(), { event: { type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM', release: false }, to: 'RELEASED_TO_ASYLUM' });
    expect(await push(2, relabelled)).toMatchObject({ status: 'rejected', issues: [{ path: 'payload.history.2.event.type' }] });
    // Lifting it to resume the case is an officer's step; the same release from a supervisor is accepted.
    expect(await push(3, paused(uuidv7(), { event: { type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM', release: false }, to: 'STATE_1' }))).toMatchObject({ status: 'applied' });
    expect(await push(4, released, TEST_SUPERVISOR.id)).toMatchObject({ status: 'applied' });
  });
});
