import { afterAll, describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../../shared/api';
import { revokeDevice } from '../../../server/devices/admin';
import { createEnrolmentCode } from '../../../server/devices/enrolment-codes';
import { createOfficer, disableOfficer } from '../../../server/officers/officers';
import { callEngine } from '../../../electron/core/session/call-engine';
import { CONNECT_ONCE, WRONG_CREDENTIALS } from '../../../electron/core/session/sign-in';
import { writeSyncState } from '../../../electron/core/sync/sync-state';
import { useCentral, type Central } from '../../support/central';
import { TEST_OFFICER, TEST_PASSWORD, TEST_SUPERVISOR } from '../../support/officers';
import { createTempEngine, type TempEngine } from '../../support/temp-engine';

async function call<M extends Method>(t: TempEngine, method: M, input?: Input<M>): Promise<Output<M>> {
  const result = await callEngine(t.engine, method, input);
  if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.message}`), { body: result.error });
  return result.value as Output<M>;
}
async function refused(t: TempEngine, method: Method, input?: unknown) {
  const result = await callEngine(t.engine, method, input);
  if (result.ok) throw new Error(`${method} was allowed`);
  return result.error;
}

/** A new laptop: nobody can sign in yet, but it may be enrolled with the administrator's code. */
async function enrolDevice(central: Central, devices: TempEngine[]): Promise<TempEngine> {
  const t = createTempEngine();
  devices.push(t);
  expect((await refused(t, 'interceptions.list', {})).code).toBe('FORBIDDEN');
  await call(t, 'sync.configure', { apiUrl: central.url });
  await call(t, 'sync.enrol', { code: (await createEnrolmentCode(central.db)).code });
  // Enrolled: setting up is a supervisor's job again.
  expect((await refused(t, 'sync.configure', { apiUrl: central.url })).code).toBe('FORBIDDEN');
  return t;
}

// The real central API (Fastify on PGlite) over real HTTP; sign-in is not backend-specific.
describe('officer sign-in against the real central API', () => {
  const central = useCentral('pglite');
  const devices: TempEngine[] = [];
  afterAll(() => devices.forEach((d) => d.cleanup()));

  const enrolledDevice = () => enrolDevice(central, devices);

  it('signs in online, keeps an offline verifier (never the password), then signs in offline while the centre is away', async () => {
    const t = await enrolledDevice();
    const online = await call(t, 'session.signIn', { username: TEST_SUPERVISOR.username, password: TEST_PASSWORD });
    expect(online).toMatchObject({ state: 'signed_in', via: 'online', officer: { id: TEST_SUPERVISOR.id, name: TEST_SUPERVISOR.name, role: 'supervisor' } });

    const row = t.engine.db.prepare('SELECT * FROM officer_verifiers').get() as Record<string, string>;
    expect(row).toMatchObject({ username: TEST_SUPERVISOR.username, officer_id: TEST_SUPERVISOR.id, role: 'supervisor' });
    expect(row.verifier).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(JSON.stringify(row)).not.toContain(TEST_PASSWORD);
    const days = (Date.parse(row.valid_until!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    // The centre cannot be reached (nothing listens on port 9): the cached verifier is used.
    await call(t, 'session.signOut');
    writeSyncState(t.engine.db, 'apiUrl', 'http://127.0.0.1:9/');
    expect((await call(t, 'session.signIn', { username: TEST_SUPERVISOR.username, password: TEST_PASSWORD })).via).toBe('offline');
    expect(await refused(t, 'session.signIn', { username: TEST_SUPERVISOR.username, password: 'not the password' })).toEqual({ code: 'FORBIDDEN', message: WRONG_CREDENTIALS });
    // An officer who never signed in here while connected cannot sign in offline.
    expect((await refused(t, 'session.signIn', { username: TEST_OFFICER.username, password: TEST_PASSWORD })).message).toContain(CONNECT_ONCE);

    // A week later the verifier has expired: only an online sign-in helps.
    t.engine.clock = () => new Date(Date.now() + 7 * 86_400_000 + 60_000);
    expect((await refused(t, 'session.signIn', { username: TEST_SUPERVISOR.username, password: TEST_PASSWORD })).message).toMatch(/expired.*Sign in once while connected/);
  });

  it('a wrong password at the centre gets the same generic answer, and is not tried offline', async () => {
    const t = await enrolledDevice();
    await call(t, 'session.signIn', { username: TEST_OFFICER.username, password: TEST_PASSWORD });
    await call(t, 'session.signOut');
    expect(await refused(t, 'session.signIn', { username: TEST_OFFICER.username, password: 'wrong password here' })).toEqual({ code: 'FORBIDDEN', message: WRONG_CREDENTIALS });
    expect(await refused(t, 'session.signIn', { username: 'no.such.officer', password: TEST_PASSWORD })).toEqual({ code: 'FORBIDDEN', message: WRONG_CREDENTIALS });
    expect((await call(t, 'session.status')).state).toBe('signed_out');
  });

  it('an officer signed in online is refused a supervisor operation; the session carries their centre identity', async () => {
    const t = await enrolledDevice();
    const status = await call(t, 'session.signIn', { username: TEST_OFFICER.username, password: TEST_PASSWORD });
    expect(status.officer).toMatchObject({ id: TEST_OFFICER.id, role: 'officer' });
    expect(await refused(t, 'sync.enrol', { code: 'ABCD-EFGH' })).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/^Only a supervisor can enrol this device/) });
    expect((await call(t, 'app.info')).officer).toEqual({ id: TEST_OFFICER.id, name: TEST_OFFICER.name, role: 'officer' });

    // A centre that issues officer tokens: kept in memory for later calls, never on disk, gone when locked.
    const token = t.engine.session.officerToken(new Date());
    if (token !== null) {
      const stored = t.engine.db.prepare("SELECT group_concat(value) AS v FROM (SELECT value FROM settings UNION ALL SELECT value FROM sync_state)").get() as { v: string };
      expect(stored.v).not.toContain(token);
      await call(t, 'session.lock');
      expect(t.engine.session.officerToken(new Date())).toBeNull();
    }
  });

  it('an officer disabled at the centre is refused there, and loses their offline sign-in on this device', async () => {
    const t = await enrolledDevice();
    await createOfficer(central.db, { name: 'Leaving Officer', role: 'officer', username: 'leaving.officer', password: TEST_PASSWORD });
    await call(t, 'session.signIn', { username: 'leaving.officer', password: TEST_PASSWORD });
    await call(t, 'session.signOut');
    await disableOfficer(central.db, 'leaving.officer');
    expect(await refused(t, 'session.signIn', { username: 'leaving.officer', password: TEST_PASSWORD })).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/disabled/) });
    expect(t.engine.db.prepare("SELECT count(*) AS n FROM officer_verifiers WHERE username = 'leaving.officer'").get()).toEqual({ n: 0 });
    writeSyncState(t.engine.db, 'apiUrl', 'http://127.0.0.1:9/');
    expect((await refused(t, 'session.signIn', { username: 'leaving.officer', password: TEST_PASSWORD })).message).toContain(CONNECT_ONCE);
  });

  it('on a device an administrator revoked, an officer signs in offline and is told at once that the centre refuses the device', async () => {
    const t = await enrolledDevice();
    await call(t, 'session.signIn', { username: TEST_OFFICER.username, password: TEST_PASSWORD });
    await call(t, 'session.signOut');
    await revokeDevice(central.db, t.engine.device.id);
    expect((await call(t, 'session.signIn', { username: TEST_OFFICER.username, password: TEST_PASSWORD })).via).toBe('offline');
    // Not "reachable" (whose badge says to lock and unlock to sign in online, which cannot work) until a sync finds out.
    expect(await call(t, 'sync.status')).toMatchObject({
      activity: 'refused',
      lastError: expect.stringMatching(/^The central API no longer accepts this device \(an administrator has revoked it\)/),
    });
  });
});

describe("the centre's own limit on sign-in attempts", () => {
  const central = useCentral('pglite', { rateLimits: { signIn: { max: 2, windowMs: 60_000 } } });
  const devices: TempEngine[] = [];
  afterAll(() => devices.forEach((d) => d.cleanup()));

  it('is not side-stepped by the offline verifier', async () => {
    const t = await enrolDevice(central, devices);
    await call(t, 'session.signIn', { username: TEST_OFFICER.username, password: TEST_PASSWORD });
    await call(t, 'session.signOut');
    for (let i = 0; i < 2; i++) await refused(t, 'session.signIn', { username: TEST_OFFICER.username, password: `wrong ${i}` });
    // The right password now: the centre says wait, and the device does not fall back to its cache.
    expect((await refused(t, 'session.signIn', { username: TEST_OFFICER.username, password: TEST_PASSWORD })).message).toMatch(/Too many failed attempts/);
    expect((await call(t, 'session.status')).state).toBe('signed_out');
  });
});
