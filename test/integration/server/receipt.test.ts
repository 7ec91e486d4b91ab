import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { PushResponse, ReceiptResponse, receiptDigestInput } from '../../../shared/sync';
import { BACKENDS, useCentral } from '../../support/central';
import { change, interceptionPayload, type DeviceClient } from '../../support/sync-client';

const NIL = '00000000-0000-0000-0000-000000000000';
const digest = (records: { recordId: string; contentHash: string }[]) => createHash('sha256').update(receiptDigestInput(records)).digest('hex');

interface Held {
  recordId: string;
  contentHash: string;
}

/** What the app does: split its own records into ranges of ids and send count + digest per range. */
function ranges(held: Held[], bounds: string[]) {
  const edges = [NIL, ...bounds];
  return edges.map((from, i) => {
    const to = edges[i + 1] ?? null;
    const inside = held.filter((r) => r.recordId >= from && (to === null || r.recordId < to));
    return { from, to, count: inside.length, hash: digest(inside) };
  });
}

async function receipt(device: DeviceClient, body: object) {
  const answer = await device.request('POST', '/v1/sync/receipt', { json: { deviceId: device.id, recordType: 'interception', ...body } });
  expect(answer.status).toBe(200);
  return ReceiptResponse.parse(answer.body);
}

describe.each(BACKENDS)('receipt: the app proves the centre holds its records (%s)', (backend) => {
  const central = useCentral(backend);

  it('matches when the centre holds exactly what the device holds; names the differing range and its records when not', async () => {
    const device = await central.enrol();
    const changes = Array.from({ length: 30 }, (_, i) => change(i + 1));
    const pushed = PushResponse.parse((await device.push(changes)).body);
    expect(pushed.results.every((r) => r.status === 'applied')).toBe(true);
    const held: Held[] = changes.map((c) => ({ recordId: c.recordId, contentHash: c.contentHash }));
    const sorted = held.map((h) => h.recordId).sort();
    const bounds = [sorted[10]!, sorted[20]!];

    const all = await receipt(device, { ranges: ranges(held, bounds) });
    // Other suites' interceptions live below this device's ids (UUIDv7 is time-ordered), so the first range may differ.
    expect(all.ranges.slice(1).map((r) => r.status)).toEqual(['match', 'match']);
    expect(all.asOfVersion).toBeGreaterThan(0);

    // Another device changes one record in the middle range: that range now differs, with the centre's list.
    const other = await central.enrol();
    const target = sorted[15]!;
    const edited = interceptionPayload(target, { notes: 'changed elsewhere' });
    await other.push([change(1, { recordId: target, baseVersion: (pushed.results[changes.findIndex((c) => c.recordId === target)] as { version: number }).version, payload: edited })]);
    const after = await receipt(device, { ranges: ranges(held, bounds).slice(1) });
    expect(after.ranges.map((r) => r.status)).toEqual(['differs', 'match']);
    const differing = after.ranges[0]!;
    expect(differing.serverCount).toBe(10);
    const serverCopy = differing.serverRecords!.find((r) => r.recordId === target)!;
    const mine = held.find((h) => h.recordId === target)!;
    expect(serverCopy.contentHash).not.toBe(mine.contentHash);
    expect(differing.serverRecords!.filter((r) => r.recordId !== target).map((r) => r.contentHash)).toEqual(
      held.filter((h) => h.recordId >= bounds[0]! && h.recordId < bounds[1]! && h.recordId !== target).sort((a, b) => (a.recordId < b.recordId ? -1 : 1)).map((h) => h.contentHash),
    );
  });

  it('a record missing at the centre makes its range differ; an empty range matches with the digest of nothing', async () => {
    const device = await central.enrol();
    const ghost = { recordId: uuidv7(), contentHash: 'f'.repeat(64) };
    const beyond = uuidv7();
    const answer = await receipt(device, { ranges: [{ from: ghost.recordId, to: beyond, count: 1, hash: digest([ghost]) }, { from: 'ffffffff-ffff-ffff-ffff-fffffffffff0', to: null, count: 0, hash: digest([]) }] });
    expect(answer.ranges[0]).toMatchObject({ status: 'differs', serverCount: 0, serverHash: digest([]) });
    expect(answer.ranges[0]).not.toHaveProperty('serverRecords');
    expect(answer.ranges[1]).toMatchObject({ status: 'match', serverCount: 0 });
  });
});
