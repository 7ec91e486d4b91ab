import { describe, expect, it } from 'vitest';
import { appCall as call, appDevices } from '../../support/app-device';
import { BACKENDS, useCentral } from '../../support/central';
import { arrivalInput } from '../../support/temp-engine';

describe.each(BACKENDS)('one returns case per person across devices, on %s', (backend) => {
  const central = useCentral(backend);
  const enrolledDevice = appDevices(central);

  it('two laptops that open the same person’s case offline make one case, edited in two places, not two cases or a stuck sync', async () => {
    const a = await enrolledDevice();
    const b = await enrolledDevice();
    const person = await call(a, 'arrivals.create', arrivalInput({ familyName: 'Berhane', arrivedAt: new Date(Date.now() - 3_600_000).toISOString() }));
    await call(a, 'sync.run');
    await call(b, 'sync.run');

    // Both officers open the case while the network is down, and each screens the person.
    const onA = await call(a, 'returns.open', { arrivalId: person.id });
    const onB = await call(b, 'returns.open', { arrivalId: person.id });
    expect(onB.case!.id).toBe(onA.case!.id);
    await call(a, 'returns.applyEvent', { id: onA.case!.id, version: 1, event: { type: 'SCREEN' }, reason: 'Screened at Western Jet Foil' });
    await call(b, 'returns.applyEvent', { id: onB.case!.id, version: 1, event: { type: 'SCREEN' }, reason: 'Screened at Manston' });

    expect(await call(a, 'sync.run')).toMatchObject({ rejected: 0, conflicts: 0 });
    // B's two changes (opened, screened) both met A's version of the case.
    const fromB = await call(b, 'sync.run');
    expect(fromB).toMatchObject({ rejected: 0, conflicts: 2 });
    expect((await call(b, 'sync.status')).pending).toBe(0);
    const atCentre = await central.db.query<{ n: string }>("SELECT count(*) AS n FROM records WHERE record_type = 'returns_case'", []);
    expect(Number(atCentre[0]!.n)).toBe(1);

    const conflicts = await call(b, 'sync.conflicts');
    expect(conflicts.map((c) => c.recordId)).toEqual([onA.case!.id]); // one record in conflict, shown once
    const [conflict] = conflicts;
    await call(b, 'sync.resolveConflict', { id: conflict!.id, keep: 'server' });
    await call(b, 'sync.run');
    await call(a, 'sync.run');
    // Proven held by the centre again: the person and their one case.
    expect((await call(b, 'sync.run')).safeAtCentre).toBe(2);
    expect((await call(b, 'sync.recordStates', { recordIds: [onA.case!.id] }))[0]!.state).toBe('safe');
    const [finalA, finalB] = [await call(a, 'returns.get', { arrivalId: person.id }), await call(b, 'returns.get', { arrivalId: person.id })];
    expect(finalB.case!.history.map((h) => h.reason)).toEqual(['Screened at Western Jet Foil']);
    expect(finalA.case!.history).toEqual(finalB.case!.history);
    expect(await call(b, 'sync.conflicts')).toEqual([]);
  });
});
