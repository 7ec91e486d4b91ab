import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { PushResponse } from '../../../shared/sync';
import { currentVersion } from '../../../server/sync/version-clock';
import { BACKENDS, useCentral, type Central } from '../../support/central';
import { comparable, PushModel, type ModelDevice, type PushSpec } from '../../support/push-model';
import type { DeviceClient } from '../../support/sync-client';

const changeSpec = fc.record({
  record: fc.nat(2),
  kind: fc.constantFrom('good', 'good', 'good', 'good', 'good', 'good', 'badHash', 'badShape', 'idMismatch'),
  base: fc.constantFrom('current', 'null', 'stale'),
});
const pushSpec: fc.Arbitrary<PushSpec> = fc.record({
  device: fc.nat(1),
  offset: fc.integer({ min: -3, max: 2 }),
  changes: fc.array(changeSpec, { minLength: 1, maxLength: 5 }),
  resendPrevious: fc.boolean(),
});

/** The database agrees with the model: seqs processed once each, records at the model's versions. */
async function checkInvariants(central: Central, model: PushModel) {
  for (const device of model.devices) {
    const [row] = await central.db.query<{ last: number; n: number; lo: number | null; hi: number | null }>(
      `SELECT d.last_applied_seq AS last, count(c.seq)::int AS n, min(c.seq) AS lo, max(c.seq) AS hi
         FROM devices d LEFT JOIN device_changes c ON c.device_id = d.id WHERE d.id = $1 GROUP BY d.id`,
      [device.id],
    );
    expect(row!.last).toBe(device.last);
    // Every seq 1..last exactly once (primary key + count + bounds).
    expect(row!.n).toBe(device.last);
    if (device.last) expect([row!.lo, row!.hi]).toEqual([1, device.last]);
  }
  const ids = JSON.stringify(model.recordIds);
  const records = await central.db.query<{ record_id: string; version: number; content_hash: string; log_max: number; log_n: number }>(
    `SELECT r.record_id, r.version, r.content_hash,
            (SELECT max(version) FROM change_log l WHERE l.record_id = r.record_id) AS log_max,
            (SELECT count(*) FROM change_log l WHERE l.record_id = r.record_id) AS log_n
       FROM records r WHERE r.record_id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))`,
    [ids],
  );
  expect(Object.fromEntries(records.map((r) => [r.record_id, [r.version, r.content_hash]]))).toEqual(
    Object.fromEntries([...model.records].map(([id, r]) => [id, [r.version, r.hash]])),
  );
  for (const r of records) expect(r.log_max).toBe(r.version);
  expect(await currentVersion(central.db)).toBe(model.clock);
}

/** How often each situation came up over all runs: the generator must reach every one. */
let seen = { replay: 0, gap: 0, duplicate: 0, conflict: 0, rejected: 0, applied: 0 };

async function runPush(client: DeviceClient, device: ModelDevice, model: PushModel, spec: PushSpec) {
  if (spec.resendPrevious && device.previous) {
    const again = await client.request('POST', '/v1/sync/push', { json: device.previous.batch });
    expect(again.status).toBe(200);
    expect(JSON.stringify(again.body)).toBe(device.previous.responseText);
    seen.replay++;
    return;
  }
  const firstSeq = Math.max(1, device.last + 1 + spec.offset);
  const changes = spec.changes.map((c, i) => model.outboxChange(device, firstSeq + i, c));
  const batch = { deviceId: device.id, batchId: uuidv7(), firstSeq, lastSeq: firstSeq + changes.length - 1, changes };
  const answer = await client.request('POST', '/v1/sync/push', { json: batch });
  if (firstSeq > device.last + 1) {
    expect(answer.status).toBe(409);
    expect(answer.body.lastAppliedSeq).toBe(device.last);
    seen.gap++;
    return;
  }
  expect(answer.status).toBe(200);
  const parsed = PushResponse.parse(answer.body);
  const expected = changes.map((c) => (c.seq <= device.last ? model.expectDuplicate(device, c) : model.expectFresh(device, c)));
  expect(parsed.results.map(comparable)).toEqual(expected.map(comparable));
  for (const r of parsed.results) seen[r.status]++;
  device.last = Math.max(device.last, batch.lastSeq);
  expect(parsed.lastAppliedSeq).toBe(device.last);
  device.previous = { batch, responseText: JSON.stringify(answer.body) };
}

describe.each(BACKENDS)('push property: random batches keep the centre consistent (%s)', (backend) => {
  const central = useCentral(backend);

  it('with duplicates, gaps, replays and bad changes, every seq is processed at most once and state follows the model', async () => {
    seen = { replay: 0, gap: 0, duplicate: 0, conflict: 0, rejected: 0, applied: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(pushSpec, { minLength: 1, maxLength: 10 }), async (specs) => {
        const clients = [await central.enrol(), await central.enrol()];
        const devices: ModelDevice[] = clients.map((c) => ({ id: c.id, last: 0, outbox: [], ledger: new Map(), previous: null }));
        const model = new PushModel(devices, await currentVersion(central.db), 3);
        for (const spec of specs) {
          await runPush(clients[spec.device]!, devices[spec.device]!, model, spec);
          await checkInvariants(central, model);
        }
      }),
      { numRuns: 25 },
    );
    for (const [situation, count] of Object.entries(seen)) expect(count, situation).toBeGreaterThan(0);
  }, 300_000);
});
