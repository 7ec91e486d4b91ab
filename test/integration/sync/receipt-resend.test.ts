import { describe, expect, it } from 'vitest';
import { appCall, appDevices } from '../../support/app-device';
import { BACKENDS, useCentral } from '../../support/central';
import { arrivalInput, interceptionInput } from '../../support/temp-engine';

describe.each(BACKENDS)('the receipt finds what the centre lost (%s)', (backend) => {
  const central = useCentral(backend);
  const device = appDevices(central);

  /** What a centre restored from an older backup looks like: the record and its history gone. */
  async function loseAtCentre(recordId: string): Promise<void> {
    await central.db.query('DELETE FROM records WHERE record_id = $1', [recordId]);
    await central.db.query('DELETE FROM change_log WHERE record_id = $1', [recordId]);
  }

  it.each([3, 120])('a record missing at the centre is sent again, once, and then proven held (%i records)', async (people) => {
    const t = await device();
    const boat = await appCall(t, 'interceptions.create', interceptionInput({ peopleAboard: people }));
    const ids: string[] = [];
    for (let i = 0; i < people; i++) ids.push((await appCall(t, 'arrivals.create', arrivalInput({ familyName: `Lost ${i}`, route: 'SMALL_BOAT', interceptionId: boat.id }))).id);
    const first = await appCall(t, 'sync.run');
    expect(first).toMatchObject({ sent: people + 1, rejected: 0, resent: 0 });
    // Records pulled from other tests' devices on this centre are proven too: count from here.
    const held = first.safeAtCentre;

    const lost = ids[Math.floor(people / 2)]!;
    await loseAtCentre(lost);
    const noticed = await appCall(t, 'sync.run');
    expect(noticed).toMatchObject({ resent: 1, safeAtCentre: held - 1 });
    expect((await appCall(t, 'sync.recordStates', { recordIds: [lost] }))[0]!.state).toBe('not_sent');
    expect((await appCall(t, 'audit.forRecord', { recordId: lost })).at(-1)).toMatchObject({
      action: 'update', changes: [], note: 'Sent to the centre again: its receipt showed it did not hold this record',
    });

    expect(await appCall(t, 'sync.run')).toMatchObject({ sent: 1, rejected: 0, resent: 0, safeAtCentre: held });
    const atCentre = await central.db.query<{ n: string }>("SELECT count(*) AS n FROM records WHERE record_type = 'arrival' AND record_id = $1", [lost]);
    expect(Number(atCentre[0]!.n)).toBe(1);
  });

  it('a centre restored to before changes this laptop has since removed says so, once, instead of resending for ever', async () => {
    const t = await device();
    for (const name of ['Kept', 'Purged']) await appCall(t, 'arrivals.create', arrivalInput({ familyName: name }));
    expect(await appCall(t, 'sync.run')).toMatchObject({ sent: 2, rejected: 0 });
    // Retention removed the acknowledged changes here; then the centre was restored from a backup made before them.
    t.engine.db.prepare('DELETE FROM outbox').run();
    await central.db.query('UPDATE devices SET last_applied_seq = 0 WHERE id = $1', [t.engine.device.id]);

    const later = await appCall(t, 'arrivals.create', arrivalInput({ familyName: 'Recorded later' }));
    await expect(appCall(t, 'sync.run')).rejects.toThrow(/no longer has changes 1–2 from this laptop/);
    expect(await appCall(t, 'sync.status')).toMatchObject({ pending: 1 });
    expect((await appCall(t, 'sync.recordStates', { recordIds: [later.id] }))[0]!.state).toBe('not_sent');
  });
});
