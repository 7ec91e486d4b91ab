import { describe, expect, it } from 'vitest';
import { DeviceRevokeResponse, EnrolmentCodeResponse, OFFICER_TOKEN_HEADER, SignInResponse } from '../../../shared/sync';
import { createOfficer, disableOfficer } from '../../../server/officers/officers';
import { BACKENDS, useCentral } from '../../support/central';
import { TEST_OFFICER, TEST_PASSWORD, TEST_SUPERVISOR } from '../../support/officers';
import { http, testDeviceCode, type DeviceClient } from '../../support/sync-client';

const HOUR = 3_600_000;

describe.each(BACKENDS)('officer sessions and supervisor-only endpoints (%s)', (backend) => {
  // The server's clock, moved by the tests: expiry is judged by ctx.now, not by the database.
  let clock = Date.now();
  const central = useCentral(backend, { now: () => new Date(clock), officerSessionHours: 12 });

  async function signIn(device: DeviceClient, username: string, password = TEST_PASSWORD) {
    const answer = await device.request('POST', '/v1/officers/sign-in', { json: { username, password } });
    expect(answer.status).toBe(200);
    return SignInResponse.parse(answer.body);
  }
  const asOfficer = (device: DeviceClient, token: string, path: string, json?: unknown) =>
    device.request('POST', path, { headers: { [OFFICER_TOKEN_HEADER]: token }, ...(json === undefined ? {} : { json }) });

  it('sign-in returns an expiring session token; only its hash is stored, bound to the device', async () => {
    clock = Date.now();
    const device = await central.enrol();
    const { session, officer } = await signIn(device, TEST_SUPERVISOR.username);
    expect(officer).toEqual({ id: TEST_SUPERVISOR.id, name: TEST_SUPERVISOR.name, role: 'supervisor' });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(session.expiresAt) - clock).toBe(12 * HOUR);
    const rows = await central.db.query<{ token_hash: string; device_id: string }>('SELECT token_hash, device_id FROM officer_sessions WHERE officer_id = $1', [TEST_SUPERVISOR.id]);
    expect(rows.map((r) => r.device_id)).toContain(device.id);
    expect(JSON.stringify(rows)).not.toContain(session.token);
  });

  it('an officer cannot do a supervisor’s action through the API; a supervisor can', async () => {
    clock = Date.now();
    const device = await central.enrol();
    const officer = await signIn(device, TEST_OFFICER.username);
    const refused = await asOfficer(device, officer.session.token, '/v1/admin/enrolment-codes', {});
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ code: 'FORBIDDEN', message: 'Only a supervisor can issue a device enrolment code' });
    const victim = await central.enrol();
    const notRevoked = await asOfficer(device, officer.session.token, `/v1/admin/devices/${victim.id}/revoke`);
    expect(notRevoked.status).toBe(403);
    expect(notRevoked.body).toMatchObject({ message: 'Only a supervisor can revoke a device' });
    expect((await victim.pull()).status).toBe(200);

    const supervisor = await signIn(device, TEST_SUPERVISOR.username);
    const issued = await asOfficer(device, supervisor.session.token, '/v1/admin/enrolment-codes', { expiresHours: 2 });
    expect(issued.status).toBe(201);
    const { code, expiresAt } = EnrolmentCodeResponse.parse(issued.body);
    expect(Date.parse(expiresAt) - clock).toBe(2 * HOUR);
    // The code works once, for a new device.
    const enrolled = await http(central.url, 'POST', '/v1/devices/enrol', { json: { code, deviceId: '0190a5f0-0000-7000-8000-0000000000aa', deviceCode: testDeviceCode() } });
    expect(enrolled.status).toBe(201);

    const revoked = await asOfficer(device, supervisor.session.token, `/v1/admin/devices/${victim.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(DeviceRevokeResponse.parse(revoked.body).deviceId).toBe(victim.id);
    expect((await victim.pull()).status).toBe(403);
    const unknown = await asOfficer(device, supervisor.session.token, '/v1/admin/devices/0190a5f0-0000-7000-8000-0000000000ff/revoke');
    expect(unknown.status).toBe(404);
  });

  it('refuses with 401 a missing, unknown, expired, foreign-device or disabled officer’s token', async () => {
    clock = Date.now();
    const device = await central.enrol();
    const path = '/v1/admin/enrolment-codes';
    const missing = await device.request('POST', path, { json: {} });
    expect(missing.status).toBe(401);
    expect(missing.body.message).toContain('X-Officer-Token');
    const unknown = await asOfficer(device, 'A'.repeat(43), path, {});
    expect(unknown.status).toBe(401);
    expect(unknown.body.message).toContain('not valid');

    const { session } = await signIn(device, TEST_SUPERVISOR.username);
    const other = await central.enrol();
    const foreign = await asOfficer(other, session.token, path, {});
    expect(foreign.status).toBe(401);
    expect(foreign.body.message).toContain('another device');
    // Without the device token the officer token alone is not enough.
    const noDevice = await http(central.url, 'POST', path, { json: {}, headers: { [OFFICER_TOKEN_HEADER]: session.token } });
    expect(noDevice.status).toBe(401);

    clock += 12 * HOUR - 1000;
    expect((await asOfficer(device, session.token, path, {})).status).toBe(201);
    clock += 1000;
    const expired = await asOfficer(device, session.token, path, {});
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ code: 'FORBIDDEN', message: `The officer session expired at ${session.expiresAt}: sign in again online` });

    clock = Date.now();
    const leaving = await createOfficer(central.db, { name: 'Leaving Supervisor', role: 'supervisor', password: TEST_PASSWORD });
    const theirs = await signIn(device, leaving.username);
    expect((await asOfficer(device, theirs.session.token, path, {})).status).toBe(201);
    expect(await disableOfficer(central.db, leaving.username)).toBe(true);
    const disabled = await asOfficer(device, theirs.session.token, path, {});
    expect(disabled.status).toBe(401);
    expect(disabled.body.message).toContain('disabled');
  });

  it('sign-out ends the session at the centre', async () => {
    clock = Date.now();
    const device = await central.enrol();
    const { session } = await signIn(device, TEST_SUPERVISOR.username);
    expect((await asOfficer(device, session.token, '/v1/admin/enrolment-codes', {})).status).toBe(201);
    const out = await asOfficer(device, session.token, '/v1/officers/sign-out');
    expect(out.status).toBe(204);
    const after = await asOfficer(device, session.token, '/v1/admin/enrolment-codes', {});
    expect(after.status).toBe(401);
    expect(after.body.message).toContain('was ended');
  });
});
