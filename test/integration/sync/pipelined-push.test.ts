import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { runSync } from '../../../electron/core/sync/sync-run';
import { appCall, enrolApp } from '../../support/app-device';
import { useCentral } from '../../support/central';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

/**
 * A proxy that holds back every other push for a while, so the batch sent behind it reaches
 * the centre first: the order the app sends two batches in is not the order they arrive in.
 */
async function reorderingProxy(target: string): Promise<{ url: string; pushes: () => number; close(): Promise<void> }> {
  const targetUrl = new URL(target);
  let pushes = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    const isPush = req.url === '/v1/sync/push';
    const held = isPush && pushes++ % 2 === 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      setTimeout(() => {
        const upstream = httpRequest({ host: targetUrl.hostname, port: targetUrl.port, path: req.url, method: req.method, headers: { ...req.headers, host: targetUrl.host } }, (answer) => {
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => req.socket.destroy());
        upstream.end(Buffer.concat(chunks));
      }, held ? 150 : 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    pushes: () => pushes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
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
