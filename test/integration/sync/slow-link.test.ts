import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { runSync, type SyncResult } from '../../../electron/core/sync/sync-run';
import { appCall, enrolApp } from '../../support/app-device';
import { useCentral } from '../../support/central';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

interface SlowLink {
  url: string;
  /** Push request bodies the centre received in full, by size in bytes. */
  pushesDelivered: number[];
  close(): Promise<void>;
}

/**
 * A proxy in front of the centre whose uplink carries `bytesPerSecond` (a phone signal on the
 * quayside): it reads request bodies no faster, so the app's upload is held back by TCP.
 * `loseFirstAnswer`: the first push reaches the centre, but its answer never comes back.
 */
async function slowLink(target: string, bytesPerSecond: number, loseFirstAnswer: boolean): Promise<SlowLink> {
  const targetUrl = new URL(target);
  const pushesDelivered: number[] = [];
  let answersLost = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      req.pause();
      setTimeout(() => req.resume(), (chunk.length / bytesPerSecond) * 1000);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const isPush = req.url === '/v1/sync/push';
      if (isPush) pushesDelivered.push(body.length);
      const lose = isPush && loseFirstAnswer && answersLost++ === 0;
      const upstream = httpRequest({ host: targetUrl.hostname, port: targetUrl.port, path: req.url, method: req.method, headers: { ...req.headers, host: targetUrl.host } }, (answer) => {
        if (lose) {
          answer.resume();
          answer.on('end', () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 500, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => req.socket.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    pushesDelivered,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Sync as SyncService would, again after each failure (without its waits), until one completes. */
async function syncUntilDone(device: TempEngine, requestTimeoutMs: number, maxAttempts: number): Promise<{ result: SyncResult; failures: number }> {
  for (let failures = 0; failures < maxAttempts; failures++) {
    try {
      return { result: await runSync(device.engine.db, device.engine.device, 'test', undefined, { requestTimeoutMs }), failures };
    } catch (error) {
      if (!(error instanceof Error) || !/cannot be reached|not answering/.test(error.message)) throw error;
    }
  }
  throw new Error(`no sync completed in ${maxAttempts} attempts`);
}

describe('pushing over a slow link', () => {
  const central = useCentral('postgres');
  const devices: TempEngine[] = [];
  afterAll(() => devices.forEach((d) => d.cleanup()));

  async function deviceWithPeople(apiUrl: string, people: number): Promise<TempEngine> {
    const device = createTempEngine();
    devices.push(device);
    await enrolApp(device, apiUrl, central.db);
    for (let i = 0; i < people; i++) await appCall(device, 'arrivals.create', arrivalInput({ familyName: `Quayside${i}`, notes: `Seen at the ramp, ${'wet and cold; '.repeat(20)}${i}` }));
    return device;
  }

  it('a batch too big to upload before the request times out is sent again smaller, until everything is at the centre once', async () => {
    // 120 people make one batch of about 25 KB compressed: 3 s at 8 KB/s, against 1.5 s allowed.
    const link = await slowLink(central.url, 8 * 1024, false);
    try {
      const device = await deviceWithPeople(link.url, 120);
      const { result, failures } = await syncUntilDone(device, 1_500, 12);

      expect(failures).toBeGreaterThan(0);
      expect(result).toMatchObject({ sent: 120, duplicates: 0, rejected: 0, conflicts: 0 });
      expect((await appCall(device, 'sync.status')).pending).toBe(0);
      expect(Math.max(...link.pushesDelivered)).toBeLessThan(1.5 * 8 * 1024);
      const [ledger] = await central.db.query<{ n: string; distinct_n: string }>(
        'SELECT count(*) AS n, count(DISTINCT seq) AS distinct_n FROM device_changes WHERE device_id = $1',
        [device.engine.device.id],
      );
      expect([Number(ledger!.n), Number(ledger!.distinct_n)]).toEqual([120, 120]);
    } finally {
      await link.close();
    }
  });

  it('a batch whose answer was lost is sent again in a new batch: what the centre refused the first time still says why', async () => {
    const link = await slowLink(central.url, 10 * 1024 * 1024, true);
    try {
      const device = await deviceWithPeople(link.url, 30);
      const stranger = { ...device, ctx: { ...device.ctx, officer: { id: '0190a5f0-0000-7000-8000-0000000000fe', name: 'Unknown Officer', role: 'supervisor' as const } } };
      const refusedPerson = await appCall(stranger, 'arrivals.create', arrivalInput({ familyName: 'Refused' }));

      const { result, failures } = await syncUntilDone(device, 5_000, 4);

      expect(failures).toBe(1);
      expect(link.pushesDelivered.length).toBe(2); // the lost batch, then the same changes in a new one
      expect(result).toMatchObject({ sent: 0, duplicates: 30, rejected: 1 });
      const [refused, ...others] = await appCall(device, 'sync.refused');
      expect(others).toEqual([]);
      expect(refused).toMatchObject({ recordId: refusedPerson.id, cause: 'officer_unknown', reason: expect.stringContaining('The centre does not know officer Unknown Officer') });
      expect((await appCall(device, 'sync.status')).pending).toBe(0);
    } finally {
      await link.close();
    }
  });
});
