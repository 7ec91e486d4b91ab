import type { IncomingMessage } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/domain/errors';
import { runSync, type SyncResult } from '../../../electron/core/sync/sync-run';
import { appCall, enrolApp } from '../../support/app-device';
import { useCentral } from '../../support/central';
import { forward, startRelay, type Relay } from '../../support/relay';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

interface SlowLink extends Relay {
  /** Push request bodies the centre received in full, by size in bytes. */
  pushesDelivered: number[];
  /** Pull answers as they crossed the link: bytes, and whether gzipped. */
  pullAnswers: { bytes: number; gzip: boolean }[];
}

interface LinkSpeed {
  upBytesPerSecond: number;
  downBytesPerSecond?: number;
  /** The first push reaches the centre, but its answer never comes back. */
  loseFirstAnswer?: boolean;
}

/**
 * Passes `from` on in 1 KB pieces no faster than `bytesPerSecond`, pausing it meanwhile (TCP
 * then holds the sender back): `onPiece` gets each piece as it "arrives", `onEnd` follows the last.
 */
function throttle(from: NodeJS.ReadableStream, bytesPerSecond: number, onPiece: (piece: Buffer) => void, onEnd: () => void): void {
  const pieces: Buffer[] = [];
  let ended = false;
  let sending = false;
  const next = () => {
    const piece = pieces.shift();
    if (!piece) {
      sending = false;
      if (ended) onEnd();
      else from.resume();
      return;
    }
    setTimeout(() => (onPiece(piece), next()), (piece.length / bytesPerSecond) * 1000);
  };
  from.on('data', (chunk: Buffer) => {
    from.pause();
    for (let i = 0; i < chunk.length; i += 1024) pieces.push(chunk.subarray(i, i + 1024));
    if (sending) return;
    sending = true;
    next();
  });
  from.on('end', () => {
    ended = true;
    if (!sending) onEnd();
  });
}

/** A proxy in front of the centre with the speeds of a phone signal on the quayside. */
async function slowLink(target: string, speed: LinkSpeed): Promise<SlowLink> {
  const pushesDelivered: number[] = [];
  const pullAnswers: { bytes: number; gzip: boolean }[] = [];
  let answersLost = 0;
  const relay = await startRelay((req, res) => {
    const chunks: Buffer[] = [];
    throttle(req, speed.upBytesPerSecond, (piece) => chunks.push(piece), () => {
      const body = Buffer.concat(chunks);
      const isPush = req.url === '/v1/sync/push';
      if (isPush) pushesDelivered.push(body.length);
      const loseAnswer = isPush && speed.loseFirstAnswer === true && answersLost++ === 0;
      const down = speed.downBytesPerSecond;
      forward(target, req, res, body, {
        loseAnswer,
        ...(down
          ? {
              deliver: (answer: IncomingMessage) => {
                const pull = req.url?.startsWith('/v1/sync/pull') ? { bytes: 0, gzip: answer.headers['content-encoding'] === 'gzip' } : null;
                if (pull) pullAnswers.push(pull);
                throttle(answer, down, (piece) => {
                  if (pull) pull.bytes += piece.length;
                  res.write(piece);
                }, () => res.end());
              },
            }
          : {}),
      });
    });
  });
  return { ...relay, pushesDelivered, pullAnswers };
}

/** Sync as SyncService would, again after each failure (without its waits), until one completes. */
async function syncUntilDone(device: TempEngine, requestTimeoutMs: number, maxAttempts: number): Promise<{ result: SyncResult; failures: number; messages: string[] }> {
  const messages: string[] = [];
  for (let failures = 0; failures < maxAttempts; failures++) {
    try {
      return { result: await runSync(device.engine.db, device.engine.device, 'test', undefined, { requestTimeoutMs }), failures, messages };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'UNAVAILABLE') throw error;
      messages.push(error.message);
    }
  }
  throw new Error(`no sync completed in ${maxAttempts} attempts`);
}

/** An 8 KB/s link makes these tests slow by design (11–15 s on a quiet machine): room for a loaded one. */
const THROTTLED_TEST_MS = 60_000;

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
    const link = await slowLink(central.url, { upBytesPerSecond: 8 * 1024 });
    try {
      const device = await deviceWithPeople(link.url, 120);
      const { result, failures, messages } = await syncUntilDone(device, 1_500, 30);

      expect(failures).toBeGreaterThan(0);
      // The officer is told the link is slow, not that the centre is gone.
      expect(messages[0]).toBe('The network is too slow for the central API to answer in time. Records stay safe on this laptop; sync will try again, sending less at a time.');
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
  }, THROTTLED_TEST_MS);

  it('a batch whose answer was lost is sent again in a new batch: what the centre refused the first time still says why', async () => {
    const link = await slowLink(central.url, { upBytesPerSecond: 10 * 1024 * 1024, loseFirstAnswer: true });
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

  it('pull pages too big to download in time come smaller, gzipped, until every record has arrived', async () => {
    const sender = await deviceWithPeople(central.url, 150);
    await runSync(sender.engine.db, sender.engine.device, 'test');
    const link = await slowLink(central.url, { upBytesPerSecond: 10 * 1024 * 1024, downBytesPerSecond: 8 * 1024 });
    try {
      const receiver = createTempEngine();
      devices.push(receiver);
      await enrolApp(receiver, link.url, central.db);

      const { failures } = await syncUntilDone(receiver, 1_500, 30);

      expect(failures).toBeGreaterThan(0);
      // Pages stored by attempts that later timed out are not counted by the run that finished: the records themselves are looked at.
      for (const { id } of sender.engine.db.prepare('SELECT id FROM arrivals').all() as { id: string }[]) {
        expect((await appCall(receiver, 'arrivals.get', { id })).id).toBe(id);
      }
      const large = link.pullAnswers.filter((a) => a.bytes > 8 * 1024);
      expect(large.length).toBeGreaterThan(0);
      expect(large.every((a) => a.gzip)).toBe(true);
    } finally {
      await link.close();
    }
  }, THROTTLED_TEST_MS);
});
