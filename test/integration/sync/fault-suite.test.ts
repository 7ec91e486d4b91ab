import { afterAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../../fixtures/synthetic/random';
import { appCall, enrolApp, heldRecords } from '../../support/app-device';
import { useCentral } from '../../support/central';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

const ROUNDS = Number(process.env.SYNC_FAULT_ROUNDS ?? 200);
const SEED = Number(process.env.SYNC_FAULT_SEED ?? 20250806);

/**
 * Two app devices record and correct people while syncing through a proxy that drops,
 * delays, refuses, answers 5xx, loses answers, truncates and resets. Then the network
 * heals. Nothing recorded may be missing at the centre, nothing may be applied twice, and
 * both devices must end up holding the same records with the same content.
 */
describe('sync through a faulty network (seeded)', () => {
  const central = useCentral('pglite');
  const devices: TempEngine[] = [];
  let proxy: FaultProxy | undefined;
  afterAll(async () => {
    devices.forEach((d) => d.cleanup());
    await proxy?.close();
  });

  it(`${ROUNDS} rounds: nothing lost, nothing twice, devices converge`, async () => {
    proxy = await startFaultProxy(central.url, SEED);
    proxy.setFaulty(false);
    const [a, b] = [createTempEngine(), createTempEngine()];
    devices.push(a, b);
    for (const d of [a, b]) await enrolApp(d, proxy.url, central.db);
    proxy.setFaulty(true);

    const random = new SeededRandom(SEED);
    const own = new Map<TempEngine, string[]>([[a, []], [b, []]]);
    let failedSyncs = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const device = random.chance(0.5) ? a : b;
      for (let w = random.int(0, 3); w > 0; w--) {
        const mine = own.get(device)!;
        if (mine.length && random.chance(0.35)) {
          const id = random.pick(mine);
          const current = await appCall(device, 'arrivals.get', { id });
          const { id: _id, reference: _r, createdBy: _c, createdAt: _ca, updatedAt: _u, version, ...fields } = current;
          await appCall(device, 'arrivals.update', { id, version, changes: { ...fields, notes: `round ${round}` } });
        } else {
          mine.push((await appCall(device, 'arrivals.create', arrivalInput({ familyName: `Fault${round}x${w}` }))).id);
        }
      }
      await appCall(device, 'sync.run').catch(() => failedSyncs++);
    }

    proxy.setFaulty(false);
    for (let settle = 0; settle < 4; settle++) for (const d of [a, b]) await appCall(d, 'sync.run');

    expect(failedSyncs).toBeGreaterThan(ROUNDS / 10); // the faults really happened
    const counts = proxy.counts;
    expect(counts['lose-answer'] + counts.truncate + counts['reset-mid-body']).toBeGreaterThan(10);

    const centre = new Map((await central.db.query<{ id: string; hash: string }>('SELECT record_id AS id, content_hash AS hash FROM records')).map((r) => [r.id, r.hash]));
    const [heldA, heldB] = [heldRecords(a), heldRecords(b)];
    const created = [...own.get(a)!, ...own.get(b)!];
    expect(centre.size).toBe(created.length);
    for (const [device, held] of [[a, heldA], [b, heldB]] as const) {
      for (const id of own.get(device)!) expect(centre.get(id), `record ${id} at the centre`).toBe(held.get(id));
      expect((await appCall(device, 'sync.status')).pending).toBe(0);
      expect(await appCall(device, 'sync.conflicts')).toEqual([]);
    }
    // Both devices hold every record, with the same content as the centre.
    expect(new Map([...heldA].sort())).toEqual(new Map([...centre].sort()));
    expect(new Map([...heldB].sort())).toEqual(new Map([...centre].sort()));

    // Each device's sequence was processed exactly once, with no gap.
    for (const device of [a, b]) {
      const maxSeq = (device.engine.db.prepare('SELECT max(seq) AS n FROM outbox').get() as { n: number }).n;
      const [row] = await central.db.query<{ n: string; max: string; distinct_n: string }>(
        'SELECT count(*) AS n, max(seq) AS max, count(DISTINCT seq) AS distinct_n FROM device_changes WHERE device_id = $1',
        [device.engine.device.id],
      );
      expect([Number(row!.n), Number(row!.distinct_n), Number(row!.max)]).toEqual([maxSeq, maxSeq, maxSeq]);
    }
  }, Math.max(600_000, ROUNDS * 1_000));
});
