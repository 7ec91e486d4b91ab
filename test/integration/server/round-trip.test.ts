import { describe, expect, it } from 'vitest';
import { ArrivalInput } from '../../../shared/domain/arrival';
import { InterceptionInput } from '../../../shared/domain/interception';
import { PullResponse, PushResponse, type PushChange } from '../../../shared/sync';
import { createEnrolmentCode } from '../../../server/devices/enrolment-codes';
import { BACKENDS, useCentral } from '../../support/central';
import { arrivalInput, createTempEngine, interceptionInput } from '../../support/temp-engine';
import { DeviceClient, http } from '../../support/sync-client';

interface OutboxRow {
  seq: number;
  record_type: string;
  record_id: string;
  base_version: number | null;
  payload: string;
  content_hash: string;
  officer_id: string;
  created_at: string;
}

/** The app's outbox rows as the sync client would send them. */
function fromOutbox(rows: OutboxRow[]): PushChange[] {
  return rows.map((r) => ({
    seq: r.seq,
    recordType: r.record_type,
    recordId: r.record_id,
    baseVersion: r.base_version,
    payload: JSON.parse(r.payload),
    contentHash: r.content_hash,
    officerId: r.officer_id,
    recordedAt: r.created_at,
  }));
}

describe.each(BACKENDS)('enrol → push → pull over HTTP on 127.0.0.1 (%s)', (backend) => {
  const central = useCentral(backend);

  it('carries records written by the real app engine to another device, in order, with their hashes', async () => {
    const laptop = createTempEngine();
    try {
      const { handlers } = laptop.engine;
      const boat = await handlers['interceptions.create'](InterceptionInput.parse(interceptionInput()), laptop.ctx);
      await handlers['arrivals.create'](ArrivalInput.parse(arrivalInput({ route: 'SMALL_BOAT', interceptionId: boat.id })), laptop.ctx);
      await handlers['interceptions.update'](
        { id: boat.id, version: boat.version, changes: InterceptionInput.parse(interceptionInput({ peopleAboard: 61 })) },
        laptop.ctx,
      );
      const outbox = laptop.engine.db.prepare('SELECT * FROM outbox ORDER BY seq').all() as OutboxRow[];
      expect(outbox.map((r) => r.seq)).toEqual([1, 2, 3]);

      // Enrol the laptop with its own device id and code, as the app will.
      const { code } = await createEnrolmentCode(central.db);
      const enrolled = await http(central.url, 'POST', '/v1/devices/enrol', {
        json: { code: code.toLowerCase().replace(/-/g, ' '), deviceId: laptop.engine.device.id, deviceCode: laptop.engine.device.code },
      });
      expect(enrolled.status).toBe(201);
      expect(enrolled.body.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const device = new DeviceClient(central.url, laptop.engine.device.id, enrolled.body.deviceToken);

      const pushed = await device.push(fromOutbox(outbox), { gzip: true });
      expect(pushed.status).toBe(200);
      const answer = PushResponse.parse(pushed.body);
      expect(answer.lastAppliedSeq).toBe(3);
      expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
      const versions = answer.results.map((r) => (r.status === 'applied' ? r.version : 0));
      expect(versions[2]).toBeGreaterThan(versions[0]!); // the update got a newer version than the create

      const other = await central.enrol();
      const pulled = await other.pull(undefined, 1);
      expect(pulled.status).toBe(200);
      const first = PullResponse.parse(pulled.body);
      expect(first.hasMore).toBe(true);
      const rest = await other.pullAll(first.cursor);
      const all = [...first.changes, ...rest.changes];
      // Two records; the boat appears once, at its newest version (the arrival committed in between).
      expect(all.map((c) => c.recordType)).toEqual(['arrival', 'interception']);
      const latestBoat = outbox[2]!;
      const pulledBoat = all[1]!;
      expect(pulledBoat.recordId).toBe(boat.id);
      expect(pulledBoat.version).toBe(versions[2]);
      expect(pulledBoat.contentHash).toBe(latestBoat.content_hash);
      expect(pulledBoat.payload).toEqual(JSON.parse(latestBoat.payload));
      expect((pulledBoat.payload as { peopleAboard: number }).peopleAboard).toBe(61);
      expect(pulledBoat.deviceId).toBe(laptop.engine.device.id);
      expect(all.map((c) => c.version)).toEqual([...all.map((c) => c.version)].sort((a, b) => a - b));

      const nothingNew = await other.pull(rest.cursor);
      expect(nothingNew.body).toMatchObject({ changes: [], hasMore: false, cursor: rest.cursor });
    } finally {
      laptop.cleanup();
    }
  });

  it('answers health and serves its OpenAPI document', async () => {
    expect((await http(central.url, 'GET', '/v1/health')).body).toEqual({ status: 'ok', protocolVersion: 1 });
    const doc = await http<{ paths: Record<string, unknown> }>(central.url, 'GET', '/v1/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/v1/sync/push', '/v1/sync/pull', '/v1/sync/receipt', '/v1/devices/enrol', '/v1/officers/sign-in']));
  });
});
