import { afterAll, describe, expect, it } from 'vitest';
import { runSync } from '../../../electron/core/sync/sync-run';
import { appCall, enrolApp } from '../../support/app-device';
import { useCentral } from '../../support/central';
import { forward, startRelay, type Relay } from '../../support/relay';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

/**
 * A proxy that holds back every other push for a while, so the batch sent behind it reaches
 * the centre first: the order the app sends two batches in is not the order they arrive in.
 */
async function reorderingProxy(target: string): Promise<Relay & { pushes: () => number }> {
  let pushes = 0;
  const relay = await startRelay((req, res) => {
    const held = req.url === '/v1/sync/push' && pushes++ % 2 === 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => setTimeout(() => forward(target, req, res, Buffer.concat(chunks)), held ? 150 : 0));
  });
  return { ...relay, pushes: () => pushes };
}

describe('pushing with two batches at the centre at once', () => {
  const central = useCentral('postgres');
  const devices: TempEngine[] = [];
  afterAll(() => devices.forEach((d) => d.cleanup()));

  it('a batch that overtakes the one before it is refused as a gap and sent again: nothing lost, nothing twice, nothing counted twice', async () => {
    const proxy = await reorderingProxy(central.url);
    try {
      const device = createTempEngine();
      devices.push(device);
      await enrolApp(device, proxy.url, central.db);
      for (let i = 0; i < 30; i++) await appCall(device, 'arrivals.create', arrivalInput({ familyName: `Pipelined${i}` }));

      const result = await runSync(device.engine.db, device.engine.device, 'test', undefined, { maxBatchChanges: 4 });

      expect(result).toMatchObject({ sent: 30, duplicates: 0, rejected: 0, conflicts: 0, safeAtCentre: 30 });
      expect(proxy.pushes()).toBeGreaterThan(8); // 8 batches, and some were overtaken and sent again
      expect((await appCall(device, 'sync.status')).pending).toBe(0);
      const [ledger] = await central.db.query<{ n: string; distinct_n: string; max: string }>(
        'SELECT count(*) AS n, count(DISTINCT seq) AS distinct_n, max(seq) AS max FROM device_changes WHERE device_id = $1',
        [device.engine.device.id],
      );
      expect([Number(ledger!.n), Number(ledger!.distinct_n), Number(ledger!.max)]).toEqual([30, 30, 30]);
      const [records] = await central.db.query<{ n: string }>("SELECT count(*) AS n FROM records WHERE record_type = 'arrival' AND device_id = $1", [device.engine.device.id]);
      expect(Number(records!.n)).toBe(30);
    } finally {
      await proxy.close();
    }
  });
});
