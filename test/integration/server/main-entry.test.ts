import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { postgresDatabase } from '../../../server/db/postgres';
import { migrate } from '../../../server/db/migrate';
import { createEnrolmentCode } from '../../../server/devices/enrolment-codes';
import { createOfficer } from '../../../server/officers/officers';
import { startPostgres, type PostgresCluster } from '../../support/postgres';
import { startTsx } from '../../support/run-tsx';
import { arrivalInput } from '../../support/temp-engine';
import { change, DeviceClient, http, testDeviceCode } from '../../support/sync-client';

describe('server/main.ts', () => {
  let cluster: PostgresCluster;
  let server: { child: ChildProcess; match: RegExpMatchArray; output: () => string };
  let url: string;
  let databaseUrl: string;

  beforeAll(async () => {
    cluster = await startPostgres();
    databaseUrl = await cluster.createDatabase();
    server = await startTsx('server/main.ts', { DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info' }, /Central API listening on (http:\/\/127\.0\.0\.1:\d+)/);
    url = server.match[1]!;
  }, 120_000);
  afterAll(async () => {
    if (server?.child.exitCode === null) server.child.kill('SIGTERM');
    await cluster?.stop();
  }, 60_000);

  it('prints its URL on 127.0.0.1 and answers health', async () => {
    // Which PostgreSQL, so an administrator can tell a test centre from the live one; never the URL itself.
    const { port, pathname } = new URL(databaseUrl);
    expect(server.output()).toContain(`(PostgreSQL at 127.0.0.1:${port}, database ${pathname.slice(1)} (DATABASE_URL))`);
    expect(server.output()).not.toContain(databaseUrl);
    expect((await http(url, 'GET', '/v1/health')).body).toMatchObject({ status: 'ok' });
  });

  it('logs structured lines with no personal data, and stops cleanly on SIGTERM', async () => {
    const db = postgresDatabase(databaseUrl);
    await migrate(db);
    const { code } = await createEnrolmentCode(db);
    const officer = await createOfficer(db, { name: 'Morgan Quillfeather', role: 'officer', username: 'mquillfeather', password: 'another synthetic passphrase' });
    await db.close();

    const deviceId = uuidv7();
    const enrolled = await http(url, 'POST', '/v1/devices/enrol', { json: { code, deviceId, deviceCode: testDeviceCode() } });
    const device = new DeviceClient(url, deviceId, enrolled.body.deviceToken);
    await device.request('POST', '/v1/officers/sign-in', { json: { username: 'mquillfeather', password: 'another synthetic passphrase' } });
    await device.request('POST', '/v1/officers/sign-in', { json: { username: 'mquillfeather', password: 'wrong guess here' } });
    const id = uuidv7();
    const person = { ...arrivalInput({ familyName: 'Zerihunova', givenNames: 'Selamawit' }), id, reference: 'MAN-K7M3Q-0001', createdBy: 'Morgan Quillfeather', createdAt: '2025-08-06T04:40:00.000Z', updatedAt: '2025-08-06T04:40:00.000Z', version: 1 };
    const pushed = await device.push([change(1, { recordType: 'arrival', recordId: id, payload: person, officerId: officer.id })]);
    expect(pushed.body.results[0]!.status).toBe('applied');
    await device.pull();

    server.child.kill('SIGTERM');
    const [exitCode] = await once(server.child, 'exit');
    expect(exitCode).toBe(0);
    const lines = server.output().split('\n').filter((l) => l.startsWith('{'));
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.some((l) => JSON.parse(l).msg === 'push')).toBe(true);
    for (const secret of ['Zerihunova', 'Selamawit', 'Quillfeather', 'mquillfeather', 'passphrase', 'wrong guess', enrolled.body.deviceToken, code, '127.0.0.1"']) {
      expect(server.output()).not.toContain(secret);
    }
  });
});
