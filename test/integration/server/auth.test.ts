import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { revokeDevice } from '../../../server/devices/admin';
import { createEnrolmentCode } from '../../../server/devices/enrolment-codes';
import { BACKENDS, useCentral } from '../../support/central';
import { writeCounts } from '../../support/central-state';
import { change, DeviceClient, http, testDeviceCode } from '../../support/sync-client';

describe.each(BACKENDS)('device authentication (%s)', (backend) => {
  const central = useCentral(backend);

  it('refuses sync calls without a token, with a malformed header, or with a forged token', async () => {
    const device = await central.enrol();
    const before = await writeCounts(central.db);
    const batch = { deviceId: device.id, batchId: uuidv7(), firstSeq: 1, lastSeq: 1, changes: [change(1)] };
    const forged = new DeviceClient(central.url, device.id, 'A'.repeat(43));
    for (const answer of [
      await http(central.url, 'POST', '/v1/sync/push', { json: batch }),
      await http(central.url, 'POST', '/v1/sync/push', { json: batch, headers: { authorization: `Basic ${device.token}` } }),
      await forged.push([change(1)]),
      await forged.pull(),
      await http(central.url, 'GET', '/v1/sync/pull', { headers: { authorization: 'Bearer' } }),
    ]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ code: 'FORBIDDEN', message: expect.any(String) });
    }
    expect(await writeCounts(central.db)).toEqual(before);
  });

  it('stops a revoked token at once, on every sync call', async () => {
    const device = await central.enrol();
    expect((await device.push([change(1)])).status).toBe(200);
    expect(await revokeDevice(central.db, device.id)).toBe(true);
    const before = await writeCounts(central.db);
    for (const answer of [
      await device.push([change(2)]),
      await device.pull(),
      await device.request('POST', '/v1/sync/receipt', { json: { deviceId: device.id, recordType: 'interception', ranges: [] } }),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('revoked') });
    }
    expect(await writeCounts(central.db)).toEqual(before);
  });

  it('never lets a device write as another device', async () => {
    const [mine, theirs] = [await central.enrol(), await central.enrol()];
    const before = await writeCounts(central.db);
    const answer = await mine.push([change(1)], { deviceId: theirs.id });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ code: 'FORBIDDEN', message: expect.stringContaining('deviceId') });
    const receipt = await mine.request('POST', '/v1/sync/receipt', {
      json: { deviceId: theirs.id, recordType: 'interception', ranges: [{ from: '00000000-0000-0000-0000-000000000000', to: null, count: 0, hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }] },
    });
    expect(receipt.status).toBe(403);
    expect(await writeCounts(central.db)).toEqual(before);
  });
});

describe.each(BACKENDS)('enrolment codes (%s)', (backend) => {
  const central = useCentral(backend);
  const enrol = (code: string, deviceId = uuidv7()) => http(central.url, 'POST', '/v1/devices/enrol', { json: { code, deviceId, deviceCode: testDeviceCode() } });

  it('are one-time', async () => {
    const { code } = await createEnrolmentCode(central.db);
    expect((await enrol(code)).status).toBe(201);
    const again = await enrol(code);
    expect(again.status).toBe(403);
    expect(again.body).toEqual({ code: 'FORBIDDEN', message: expect.stringContaining('enrolment code') });
  });

  it('answer the device that used one again, with a new token, if its first answer was lost; nobody else, and not for long', async () => {
    const { code } = await createEnrolmentCode(central.db);
    const request = { code, deviceId: uuidv7(), deviceCode: testDeviceCode() };
    const first = await http(central.url, 'POST', '/v1/devices/enrol', { json: request });
    expect(first.status).toBe(201);
    // The answer never reached the device; it asks again with the same code.
    const again = await http(central.url, 'POST', '/v1/devices/enrol', { json: request });
    expect(again.status).toBe(201);
    expect(again.body.deviceToken).not.toBe(first.body.deviceToken);
    const pull = (token: string) => http(central.url, 'GET', '/v1/sync/pull', { token });
    expect((await pull(again.body.deviceToken)).status).toBe(200);
    expect((await pull(first.body.deviceToken)).status).toBe(401);
    // Another device, or the same id under another device code, gets nothing from the code.
    expect((await http(central.url, 'POST', '/v1/devices/enrol', { json: { ...request, deviceId: uuidv7() } })).status).toBe(403);
    expect((await http(central.url, 'POST', '/v1/devices/enrol', { json: { ...request, deviceCode: testDeviceCode() } })).status).toBe(403);
    // An hour after its use, the code is spent for good.
    await central.db.query("UPDATE enrolment_codes SET used_at = used_at - interval '61 minutes' WHERE used_by_device = $1", [request.deviceId]);
    expect((await http(central.url, 'POST', '/v1/devices/enrol', { json: request })).status).toBe(403);
  });

  it('expire', async () => {
    const { code } = await createEnrolmentCode(central.db, { expiresHours: 1, now: new Date(Date.now() - 2 * 3_600_000) });
    expect((await enrol(code)).status).toBe(403);
  });

  it('refuse an unknown code, and a device id that is already enrolled (without using up the code)', async () => {
    expect((await enrol('ABCD-EFGH-JKMN')).status).toBe(403);
    const device = await central.enrol();
    const { code } = await createEnrolmentCode(central.db);
    const taken = await enrol(code, device.id);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('CONFLICT');
    expect((await enrol(code)).status).toBe(201);
  });

  it('bring back a revoked device with a fresh code: a new token, its old one still refused, its seqs following on', async () => {
    const { code: first } = await createEnrolmentCode(central.db);
    const request = { code: first, deviceId: uuidv7(), deviceCode: testDeviceCode() };
    const enrolled = await http(central.url, 'POST', '/v1/devices/enrol', { json: request });
    const old = new DeviceClient(central.url, request.deviceId, enrolled.body.deviceToken);
    expect((await old.push([change(1)])).status).toBe(200);
    await revokeDevice(central.db, request.deviceId);

    // The same device under another device code is not this device: refused, the code kept.
    const { code } = await createEnrolmentCode(central.db);
    const impostor = await http(central.url, 'POST', '/v1/devices/enrol', { json: { ...request, code, deviceCode: testDeviceCode() } });
    expect(impostor.status).toBe(409);
    const again = await http(central.url, 'POST', '/v1/devices/enrol', { json: { ...request, code } });
    expect(again.status).toBe(201);
    const back = new DeviceClient(central.url, request.deviceId, again.body.deviceToken);
    // What it recorded while revoked follows on from its last applied seq: no gap.
    const pushed = await back.push([change(2)]);
    expect(pushed.status).toBe(200);
    expect(pushed.body.results).toEqual([expect.objectContaining({ seq: 2, status: 'applied' })]);
    expect((await old.pull()).status).toBe(401);
    const [row] = await central.db.query<{ revoked_at: Date | null; last_applied_seq: string }>('SELECT revoked_at, last_applied_seq FROM devices WHERE id = $1', [request.deviceId]);
    expect(row).toMatchObject({ revoked_at: null });
    expect(Number(row!.last_applied_seq)).toBe(2);
  });

  it('store only hashes of codes and tokens', async () => {
    const { code } = await createEnrolmentCode(central.db);
    const answer = await enrol(code);
    const dump = JSON.stringify(await central.db.query('SELECT * FROM enrolment_codes')) + JSON.stringify(await central.db.query('SELECT * FROM devices'));
    expect(dump).not.toContain(code);
    expect(dump).not.toContain(answer.body.deviceToken);
  });
});

describe.each(BACKENDS)('rate limits (%s)', (backend) => {
  const central = useCentral(backend, { rateLimits: { enrol: { max: 3, windowMs: 60_000 }, signIn: { max: 3, windowMs: 60_000 } } });

  it('slow down enrolment guesses from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await http(central.url, 'POST', '/v1/devices/enrol', { json: { code: 'WRNG-CODE-0000', deviceId: uuidv7(), deviceCode: testDeviceCode() } })).status);
    }
    expect(statuses).toEqual([403, 403, 403, 429, 429]);
    const limited = await http(central.url, 'POST', '/v1/devices/enrol', { json: {} });
    expect(limited.body).toMatchObject({ code: 'UNAVAILABLE', retryAfterSeconds: expect.any(Number) });
  });
});
