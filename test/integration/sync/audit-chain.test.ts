import { afterAll, describe, expect, it } from 'vitest';
import { chainGenesis, chainLink } from '../../../shared/audit-chain';
import { ChainStatusResponse, PushResponse, type PushChange } from '../../../shared/sync';
import { recordKindOf } from '../../../electron/core/records/record-kinds';
import { nextBatch } from '../../../electron/core/sync/outbox';
import { requeueRecords } from '../../../electron/core/sync/resend';
import { appCall, enrolApp } from '../../support/app-device';
import { BACKENDS, useCentral } from '../../support/central';
import { TEST_OFFICER } from '../../support/officers';
import { change, type DeviceClient } from '../../support/sync-client';
import { arrivalInput, createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

/** Changes with the chain hashes a device would give them, from its genesis. */
function chained(deviceId: string, changes: PushChange[], prev = chainGenesis(deviceId)): PushChange[] {
  return changes.map((c) => {
    prev = chainLink(prev, c);
    return { ...c, chainHash: prev };
  });
}

async function chainAtCentre(device: DeviceClient) {
  const answer = await device.request('GET', '/v1/sync/chain');
  expect(answer.status).toBe(200);
  return ChainStatusResponse.parse(answer.body);
}

async function breaksAtCentre(central: ReturnType<typeof useCentral>, deviceId: string) {
  return central.db.query<{ seq: number; reason: string }>('SELECT seq, reason FROM audit_chain_breaks WHERE device_id = $1 ORDER BY seq', [deviceId]);
}

describe.each(BACKENDS)('the audit chain at the centre (%s)', (backend) => {
  const central = useCentral(backend);
  const apps: TempEngine[] = [];
  afterAll(() => apps.forEach((a) => a.cleanup()));

  async function appWithRecords(n: number): Promise<TempEngine> {
    const t = createTempEngine();
    apps.push(t);
    await enrolApp(t, central.url, central.db);
    const boat = await appCall(t, 'interceptions.create', interceptionInput({ peopleAboard: n }));
    for (let i = 1; i < n; i++) await appCall(t, 'arrivals.create', arrivalInput({ familyName: `Person ${i}`, route: 'SMALL_BOAT', interceptionId: boat.id }));
    return t;
  }

  it('verifies a normal push from the app: no break, every link checked', async () => {
    const t = await appWithRecords(4);
    const result = await appCall(t, 'sync.run');
    expect(result).toMatchObject({ sent: 4, rejected: 0 });
    const [row] = await central.db.query<{ chain_from_seq: number; chain_seq: number; chain_verified: number; chain_break_count: number }>(
      'SELECT chain_from_seq, chain_seq, chain_verified, chain_break_count FROM devices WHERE id = $1',
      [t.engine.device.id],
    );
    expect(row).toEqual({ chain_from_seq: 1, chain_seq: 4, chain_verified: 4, chain_break_count: 0 });
    const status = await appCall(t, 'audit.chainStatus');
    expect(status).toMatchObject({ intact: true, entries: 4, verified: 4, centre: { checkedThroughSeq: 4, breaks: [] } });
    // Later saves carry on from where the centre holds the chain.
    await appCall(t, 'arrivals.create', arrivalInput({ familyName: 'Later' }));
    await appCall(t, 'sync.run');
    expect(await breaksAtCentre(central, t.engine.device.id)).toEqual([]);
  });

  it('chains a record re-sent after a receipt found it missing at the centre: no false break, here or there', async () => {
    const t = await appWithRecords(3);
    await appCall(t, 'sync.run');
    const [lost] = t.engine.db.prepare('SELECT id FROM arrivals ORDER BY seq LIMIT 1').all() as { id: string }[];
    // What the receipt step does for a record the centre turned out not to hold.
    expect(requeueRecords(t.engine.db, recordKindOf('arrival')!, [lost!.id], t.ctx.officer.id, new Date())).toBe(1);
    await appCall(t, 'arrivals.create', arrivalInput({ familyName: 'After the resend' }));
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: true, entries: 5, verified: 5 });
    expect(await appCall(t, 'sync.run')).toMatchObject({ sent: 2, rejected: 0 });
    expect(await breaksAtCentre(central, t.engine.device.id)).toEqual([]);
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: true, centre: { checkedThroughSeq: 5, breaks: [] } });
    // The re-sent change is in the record's history: an update with no field changed.
    expect((await appCall(t, 'audit.forRecord', { recordId: lost!.id })).map((e) => [e.action, e.changes.length])).toEqual([
      ['create', expect.any(Number)],
      ['update', 0],
    ]);
  });

  it('flags a change whose officer was forged in the outbox before the push, and the app shows it', async () => {
    const t = await appWithRecords(4);
    // Someone with the database key makes seq 2 look like another (real) officer's work.
    t.engine.db.prepare('UPDATE outbox SET officer_id = ? WHERE seq = 2').run(TEST_OFFICER.id);
    const local = await appCall(t, 'audit.chainStatus');
    expect(local).toMatchObject({ intact: false, firstBreak: { seq: 2, problem: 'queued_copy_differs' } });

    const result = await appCall(t, 'sync.run');
    // Nothing is lost for a break: the changes are applied as usual.
    expect(result).toMatchObject({ sent: 4, rejected: 0 });
    expect(await breaksAtCentre(central, t.engine.device.id)).toEqual([{ seq: 2, reason: 'mismatch' }]);
    const status = await appCall(t, 'audit.chainStatus');
    expect(status.centre).toEqual({ checkedThroughSeq: 4, breaks: [{ seq: 2, reason: 'mismatch', detectedAt: expect.any(String) }] });
  });

  it('flags a change whose payload was edited (content hash made to match) before the push', async () => {
    const t = await appWithRecords(3);
    const row = t.engine.db.prepare('SELECT payload FROM outbox WHERE seq = 3').get() as { payload: string };
    const edited = JSON.stringify({ ...(JSON.parse(row.payload) as object), familyName: 'Someone Else' });
    const { createHash } = await import('node:crypto');
    t.engine.db.prepare('UPDATE outbox SET payload = ?, content_hash = ? WHERE seq = 3').run(edited, createHash('sha256').update(edited).digest('hex'));
    await appCall(t, 'sync.run');
    expect(await breaksAtCentre(central, t.engine.device.id)).toEqual([{ seq: 3, reason: 'mismatch' }]);
  });

  it('flags a fabricated request with a wrong chain hash once, carries on from it, and never flags a resend or replay again', async () => {
    const device = await central.enrol();
    const changes = chained(device.id, [change(1), change(2), change(3), change(4)]);
    changes[1] = { ...changes[1]!, chainHash: 'f'.repeat(64) };
    const batchId = '0190a1b2-0000-7000-8000-0000000c0a17';
    const first = await device.push(changes, { batchId });
    expect(first.status).toBe(200);
    const answer = PushResponse.parse(first.body);
    expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(answer.chainBreaks).toEqual([{ seq: 2, reason: 'mismatch', expected: chainLink(changes[0]!.chainHash!, changes[1]!), got: 'f'.repeat(64) }]);
    // Seq 3 was chained from the real hash of seq 2, not the forged one: it still fits, and is not flagged.
    const afterFirst = await chainAtCentre(device);
    expect(afterFirst).toMatchObject({ fromSeq: 1, headSeq: 4, breakCount: 1 });

    const replay = await device.push(changes, { batchId });
    expect(replay.headers.get('x-sync-replayed')).toBe('true');
    const resent = PushResponse.parse((await device.push([...changes, ...chained(device.id, [change(5)], changes[3]!.chainHash)])).body);
    expect(resent.chainBreaks).toBeUndefined();
    expect(await chainAtCentre(device)).toMatchObject({ headSeq: 5, breakCount: 1, verified: afterFirst.verified + 1, breaks: [{ seq: 2, reason: 'mismatch' }] });
  });

  it('flags a wrong chain hash on the last change of a push once, and not the next push\'s first change', async () => {
    const device = await central.enrol();
    const changes = chained(device.id, [change(1), change(2), change(3)]);
    const forged = [changes[0]!, { ...changes[1]!, chainHash: 'f'.repeat(64) }];
    expect(PushResponse.parse((await device.push(forged)).body).chainBreaks).toEqual([expect.objectContaining({ seq: 2, reason: 'mismatch' })]);
    // The device linked seq 3 to the real hash of seq 2: it fits, in a push of its own too.
    expect(PushResponse.parse((await device.push([changes[2]!])).body).chainBreaks).toBeUndefined();
    expect(await chainAtCentre(device)).toMatchObject({ headSeq: 3, breakCount: 1, breaks: [{ seq: 2, reason: 'mismatch' }] });
  });

  it('flags a change removed from the chain (the seqs renumbered), and one sent without its chain hash', async () => {
    const device = await central.enrol();
    const original = chained(device.id, [change(1), change(2), change(3)]);
    // Seq 2 removed, seq 3 renumbered into its place: its hash was made for another seq and another predecessor.
    const renumbered = [original[0]!, { ...original[2]!, seq: 2 }];
    expect(PushResponse.parse((await device.push(renumbered)).body).chainBreaks).toEqual([expect.objectContaining({ seq: 2, reason: 'mismatch' })]);
    const { chainHash: _dropped, ...bare } = chained(device.id, [change(3)], renumbered[1]!.chainHash)[0]!;
    expect(PushResponse.parse((await device.push([bare])).body).chainBreaks).toEqual([{ seq: 3, reason: 'missing', expected: expect.any(String), got: null }]);
  });

  it('leaves a device that never sent a chain hash (an app from before the chain) unflagged', async () => {
    const device = await central.enrol();
    const answer = PushResponse.parse((await device.push([change(1), change(2)])).body);
    expect(answer.chainBreaks).toBeUndefined();
    expect(await chainAtCentre(device)).toMatchObject({ fromSeq: null, headSeq: null, breakCount: 0 });
    // Once it starts sending them (after an upgrade), its first chained change anchors the chain.
    const later = chained(device.id, [change(3), change(4)], 'a'.repeat(64));
    expect(PushResponse.parse((await device.push(later)).body).chainBreaks).toBeUndefined();
    expect(await chainAtCentre(device)).toMatchObject({ fromSeq: 3, headSeq: 4, verified: 1, breakCount: 0 });
  });
});

describe('the app’s batches carry the chain hash', () => {
  it('as the last key of each change, as the schema orders it', async () => {
    const t = createTempEngine();
    try {
      await appCall(t, 'interceptions.create', interceptionInput());
      const body = nextBatch(t.engine.db, t.engine.device.id)!.body;
      expect(body).toMatch(/"recordedAt":"[^"]+","chainHash":"[0-9a-f]{64}"\}\]\}$/);
    } finally {
      t.cleanup();
    }
  });
});
