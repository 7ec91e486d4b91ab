import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { ErrorBodySchema, MAX_BATCH_BYTES, MAX_BATCH_CHANGES } from '../../../shared/sync';
import { BACKENDS, useCentral } from '../../support/central';
import { writeCounts } from '../../support/central-state';
import { change, type DeviceClient } from '../../support/sync-client';

type Answer = { status: number; body: unknown };

/** A clear 4xx: the app's error shape, with a message a person can act on. */
function expectClear4xx(answer: Answer, status: number) {
  expect(answer.status).toBe(status);
  const body = ErrorBodySchema.parse(answer.body);
  expect(body.message.length).toBeGreaterThan(10);
  return body;
}

function batch(device: DeviceClient, changes = [change(1)]) {
  return { deviceId: device.id, batchId: uuidv7(), firstSeq: changes[0]?.seq ?? 1, lastSeq: changes.at(-1)?.seq ?? 1, changes };
}

describe.each(BACKENDS)('bad input gets a clear 4xx and writes nothing (%s)', (backend) => {
  const central = useCentral(backend);
  let device: DeviceClient;

  const post = (options: Parameters<DeviceClient['request']>[2]) => device.request('POST', '/v1/sync/push', options);

  it('malformed JSON, an empty body, the wrong content type, prototype poisoning', async () => {
    device = await central.enrol();
    const before = await writeCounts(central.db);
    expectClear4xx(await post({ raw: '{"deviceId": ' }), 400);
    expectClear4xx(await post({ raw: '' }), 400);
    expectClear4xx(await post({ raw: 'deviceId=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415);
    expectClear4xx(await post({ raw: '{"__proto__": {"admin": true}}' }), 400);
    expectClear4xx(await post({ raw: '[1, 2, 3]' }), 400);
    expect(await writeCounts(central.db)).toEqual(before);
  });

  it('wrong types, unknown fields, non-contiguous seqs: every issue named by its path', async () => {
    const before = await writeCounts(central.db);
    const wrongTypes = expectClear4xx(await post({ json: { ...batch(device), firstSeq: 'one', changes: [{ ...change(1), seq: -1 }] } }), 400);
    expect(wrongTypes.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(['firstSeq', 'changes.0.seq']));
    const unknown = expectClear4xx(await post({ json: { ...batch(device), extra: true } }), 400);
    expect(unknown.issues!.some((i) => i.message.includes('extra'))).toBe(true);
    const unknownInChange = expectClear4xx(await post({ json: batch(device, [{ ...change(1), note: 'x' } as never]) }), 400);
    expect(unknownInChange.issues!.some((i) => i.path === 'changes.0')).toBe(true);
    const holes = expectClear4xx(await post({ json: batch(device, [change(1), change(3)]) }), 400);
    expect(holes.issues![0]!.path).toBe('changes.1.seq');
    expectClear4xx(await post({ json: { ...batch(device), deviceId: 'not-a-uuid' } }), 400);
    expectClear4xx(await post({ json: batch(device, []) }), 400);
    expect(await writeCounts(central.db)).toEqual(before);
  });

  it('too many changes, too many bytes, a gzip bomb, broken gzip, an unknown encoding', async () => {
    const before = await writeCounts(central.db);
    const many = Array.from({ length: MAX_BATCH_CHANGES + 1 }, (_, i) => change(i + 1));
    const tooMany = expectClear4xx(await post({ json: batch(device, many) }), 400);
    expect(tooMany.message).toContain(String(MAX_BATCH_CHANGES));
    const big = change(1, { payload: { id: uuidv7(), filler: 'x'.repeat(MAX_BATCH_BYTES) } });
    expectClear4xx(await post({ json: batch(device, [big]) }), 413);
    const bomb = gzipSync(JSON.stringify({ ...batch(device), padding: ' '.repeat(MAX_BATCH_BYTES * 4) }));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expectClear4xx(await post({ raw: bomb, headers: { 'content-encoding': 'gzip' } }), 413);
    expectClear4xx(await post({ raw: 'definitely not gzip', headers: { 'content-encoding': 'gzip' } }), 400);
    expectClear4xx(await post({ json: batch(device), headers: { 'content-encoding': 'br' } }), 415);
    expect(await writeCounts(central.db)).toEqual(before);
  });

  it('a payload PostgreSQL could not store is one rejected change, not a failed batch', async () => {
    const nulId = uuidv7();
    const deepId = uuidv7();
    let deep: unknown = 'bottom';
    for (let i = 0; i < 1000; i++) deep = [deep];
    const answer = await post({
      json: batch(device, [
        change(1, { recordId: nulId, payload: { id: nulId, notes: 'nul \u0000 here' }, recordType: 'note' }),
        change(2, { recordId: deepId, payload: { id: deepId, deep }, recordType: 'note' }),
        change(3),
      ]),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
    // The refusal names the field, so the officer knows where the invisible character is.
    expect((answer.body.results[0] as { issues?: unknown }).issues).toEqual([{ path: 'payload.notes', message: expect.stringContaining('NUL character (U+0000)') }]);
  });

  it('pull: a forged cursor, a limit out of range, unknown parameters', async () => {
    expectClear4xx(await device.pull('bm90LWEtY3Vyc29y'), 400);
    expectClear4xx(await device.pull(undefined, 0), 400);
    expectClear4xx(await device.pull(undefined, 100_000), 400);
    expectClear4xx(await device.request('GET', '/v1/sync/pull?since=3'), 400);
  });

  it('receipt, enrolment and sign-in bodies are checked the same way; unknown endpoints are 404', async () => {
    expectClear4xx(await device.request('POST', '/v1/sync/receipt', { json: { deviceId: device.id, recordType: 'interception', ranges: [{ from: 'x' }] } }), 400);
    expectClear4xx(await device.request('POST', '/v1/devices/enrol', { json: { code: 'ABCD', deviceId: 'nope', deviceCode: 'lower' } }), 400);
    expectClear4xx(await device.request('POST', '/v1/officers/sign-in', { json: { username: '', password: '' } }), 400);
    expectClear4xx(await device.request('GET', '/v1/nothing-here'), 404);
  });
});
