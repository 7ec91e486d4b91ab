import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { buildServer } from '../../../server/app';
import { lockDataDir } from '../../../server/db/data-dir-lock';
import { openDatabase } from '../../../server/db/open';
import { startPostgres, type PostgresCluster } from '../../support/postgres';
import { runTsx } from '../../support/run-tsx';
import { DeviceClient, http, testDeviceCode } from '../../support/sync-client';

const PASSWORD = 'a long synthetic passphrase';
const cli = (env: Record<string, string | undefined>, args: string[], stdin?: string) => runTsx('server/cli.ts', args, { env, stdin });

/** Everything the CLI made, used through the API the way a device would. */
async function useThroughApi(env: Record<string, string | undefined>, code: string, username: string) {
  const db = await openDatabase(env);
  const app = await buildServer({ database: db });
  try {
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const deviceId = uuidv7();
    const enrolled = await http(url, 'POST', '/v1/devices/enrol', { json: { code, deviceId, deviceCode: testDeviceCode() } });
    expect(enrolled.status).toBe(201);
    const device = new DeviceClient(url, deviceId, enrolled.body.deviceToken);
    const signIn = await device.request('POST', '/v1/officers/sign-in', { json: { username, password: PASSWORD } });
    expect(signIn.status).toBe(200);
    return device.id;
  } finally {
    await app.close();
    await db.close();
  }
}

// Each command is a process of its own (tsx starting up): a test of several takes a while on a busy machine.
describe('administrator CLI on PostgreSQL (DATABASE_URL)', { timeout: 90_000 }, () => {
  let cluster: PostgresCluster;
  let env: Record<string, string | undefined>;
  beforeAll(async () => {
    cluster = await startPostgres();
    env = { DATABASE_URL: await cluster.createDatabase(), SERVER_DATA_DIR: undefined };
  }, 120_000);
  afterAll(() => cluster?.stop(), 60_000);

  it('creates an officer (password from stdin) and a one-time code that work through the API; lists and revokes devices', async () => {
    const officer = await cli(env, ['create-officer', '--name', 'Jordan Synthetic', '--role', 'officer'], `${PASSWORD}\n`);
    expect(officer.stderr).toBe('');
    expect(officer.code).toBe(0);
    expect(officer.stdout).toMatch(/username jordan\.synthetic, role officer/);
    expect(officer.stdout).not.toContain(PASSWORD);
    expect(officer.stdout).toContain('Next: they sign in with username jordan.synthetic and this password on a device enrolled with this centre');

    const made = await cli(env, ['create-enrolment-code', '--expires-hours', '2']);
    expect(made.code).toBe(0);
    const code = /Enrolment code: (\S+)/.exec(made.stdout)![1]!;
    expect(made.stdout).toContain('Next: on the laptop, enter this centre\'s address and the code under "Set up this device" on the sign-in screen');

    const deviceId = await useThroughApi(env, code, 'jordan.synthetic');
    const listed = await cli(env, ['list-devices']);
    expect(listed.stdout).toContain(deviceId);
    expect(listed.stdout).toContain('active');

    // By the code an officer reads out from the app's status bar ("device 450WT"), in any case.
    const deviceCode = new RegExp(`${deviceId}\\t(\\w{5})\\t`).exec(listed.stdout)![1]!;
    const revoked = await cli(env, ['revoke-device', deviceCode.toLowerCase()]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`Device ${deviceCode} (id ${deviceId}) revoked: its token, and the sessions of officers signed in on it, are refused from now on.`);
    expect(revoked.stdout).toContain('To bring it back, make a code with create-enrolment-code and have a supervisor enter it in Settings on that laptop.');
    expect((await cli(env, ['list-devices'])).stdout).toMatch(new RegExp(`${deviceId}.*revoked`));
    const again = await cli(env, ['revoke-device', deviceId]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`Device ${deviceCode} \\(id ${deviceId}\\) was already revoked on .* UK time: nothing was changed.`));

    const disabled = await cli(env, ['disable-officer', 'jordan.synthetic']);
    expect(disabled.code).toBe(0);
    expect(disabled.stdout).toContain('Officer jordan.synthetic disabled');
    const db = await openDatabase(env);
    const [row] = await db.query<{ disabled: boolean }>("SELECT disabled_at IS NOT NULL AS disabled FROM officers WHERE username = 'jordan.synthetic'");
    await db.close();
    expect(row!.disabled).toBe(true);
    expect((await cli(env, ['disable-officer', 'nobody.here'])).stderr).toContain('No officer with username nobody.here');
  });

  it('enables a disabled officer again, as the app tells officers to ask for', async () => {
    await cli(env, ['create-officer', '--name', 'Robin Synthetic', '--role', 'officer', '--password', PASSWORD]);
    expect((await cli(env, ['disable-officer', 'robin.synthetic'])).code).toBe(0);
    // The administrator can see who exists and who is disabled, without the database.
    const listed = await cli(env, ['list-officers']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^robin\.synthetic\tRobin Synthetic\tofficer\tdisabled \d+ \w{3} \d{4}, \d\d:\d\d\t[0-9a-f-]{36}$/m);
    expect(listed.stdout).not.toContain('argon2');
    const enabled = await cli(env, ['enable-officer', 'robin.synthetic']);
    expect(enabled.code).toBe(0);
    expect(enabled.stdout).toContain('Officer robin.synthetic enabled');
    const db = await openDatabase(env);
    const [row] = await db.query<{ disabled: boolean }>("SELECT disabled_at IS NOT NULL AS disabled FROM officers WHERE username = 'robin.synthetic'");
    await db.close();
    expect(row!.disabled).toBe(false);
    expect((await cli(env, ['enable-officer', 'nobody.here'])).stderr).toContain('No officer with username nobody.here: nothing was changed. See list-officers.');
  });

  it('explains bad usage and refuses weak passwords', async () => {
    const unknown = await cli(env, ['make-coffee']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: make-coffee');
    expect(unknown.stderr).toContain('Usage');
    const badRole = await cli(env, ['create-officer', '--name', 'X Y', '--role', 'admiral', '--password', PASSWORD]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role must be officer or supervisor');
    const weak = await cli(env, ['create-officer', '--name', 'Weak Synthetic', '--role', 'officer'], 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('at least 12 characters');
    // Twelve characters, but guessed first: repeated, a run of keys, the officer's own name, a common word.
    const guessable: [string, string][] = [
      ['aaaaaaaaaaaa', 'one or a few characters repeated'],
      ['123456789012', 'a run of keys or characters (like 123456789012 or qwertyuiop)'],
      ['Weak.Synthetic2026', "the officer's name or username"],
      ['Password1234!', 'a commonly used word with digits or symbols'],
    ];
    for (const [password, why] of guessable) {
      const refused = await cli(env, ['create-officer', '--name', 'Weak Synthetic', '--role', 'officer'], `${password}\n`);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`The password is ${why}: choose a passphrase of several words. Nothing was changed.`);
    }
    expect((await cli(env, ['disable-officer', 'weak.synthetic'])).stderr).toContain('No officer with username weak.synthetic');
    const noDevice = await cli(env, ['revoke-device', uuidv7()]);
    expect(noDevice.code).toBe(1);
    const noCode = await cli(env, ['revoke-device', 'ZZZZZ']);
    expect(noCode.code).toBe(1);
    expect(noCode.stderr).toContain('No device with code ZZZZZ at this centre: nothing was changed. See list-devices.');
    const notAnId = await cli(env, ['revoke-device', 'laptop-7']);
    expect(notAnId.code).toBe(2);
    expect(notAnId.stderr).toContain('laptop-7 is not a device id or code: copy one from list-devices');
    const noHours = await cli(env, ['create-enrolment-code', '--expires-hours', '0']);
    expect(noHours.code).toBe(1);
    expect(noHours.stderr).toContain('--expires-hours must be more than 0 and at most 720 (30 days)');
    const badId = await cli(env, ['create-officer', '--name', 'Id Synthetic', '--role', 'officer', '--id', 'not-a-uuid', '--password', PASSWORD]);
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('--id must be a UUID');
  });

  it('creates an officer under the id devices already know them by, once', async () => {
    const id = uuidv7();
    const made = await cli(env, ['create-officer', '--name', 'Known Synthetic', '--role', 'supervisor', '--username', 'known.synthetic', '--id', id.toUpperCase(), '--password', PASSWORD]);
    expect(made.stdout).toContain(`Officer created: id ${id}, username known.synthetic, role supervisor`);
    const again = await cli(env, ['create-officer', '--name', 'Known Again', '--role', 'officer', '--username', 'known.again', '--id', id, '--password', PASSWORD]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`An officer with id ${id} already exists`);
  });
});

describe('administrator CLI on PGlite (SERVER_DATA_DIR)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'central-cli-'));
  const env = { DATABASE_URL: undefined, SERVER_DATA_DIR: join(dir, 'central') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the data folder on first use, and its code and officer work once the server opens it', async () => {
    const officer = await cli(env, ['create-officer', '--name', 'Robin Synthetic', '--role', 'supervisor', '--username', 'robin', '--password', PASSWORD]);
    expect(officer.code).toBe(0);
    const made = await cli(env, ['create-enrolment-code']);
    const code = /Enrolment code: (\S+)/.exec(made.stdout)![1]!;
    await useThroughApi(env, code, 'robin');
  }, 120_000);

  it('names the database it used, and does not make an empty centre of a folder that is not one', async () => {
    const listed = await cli(env, ['list-devices']);
    expect(listed.stdout).toContain(`Central database: PGlite in ${env.SERVER_DATA_DIR}\n`);
    // Run from another folder, or with a mistyped SERVER_DATA_DIR: refused, and nothing created there.
    const elsewhere = { DATABASE_URL: undefined, SERVER_DATA_DIR: join(dir, 'centrl') };
    for (const args of [['list-devices'], ['revoke-device', uuidv7()], ['disable-officer', 'robin']]) {
      const refused = await cli(elsewhere, args);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`There is no central database in ${elsewhere.SERVER_DATA_DIR}: nothing was changed. Set SERVER_DATA_DIR to the data folder`);
      expect(existsSync(elsewhere.SERVER_DATA_DIR)).toBe(false);
    }
    // Officers and codes are made before a new centre's first start: allowed, and said to be a new centre.
    const made = await cli(elsewhere, ['create-enrolment-code']);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain(`Central database: PGlite in ${elsewhere.SERVER_DATA_DIR} (new: created now)`);
    expect(made.stdout).toContain('This is a new, empty centre. If your central API already runs with another data folder, this is the wrong one');
  }, 60_000);

  it('a mistake in the arguments is refused before any data folder is created', async () => {
    const fresh = { DATABASE_URL: undefined, SERVER_DATA_DIR: join(dir, 'not-yet') };
    // What `npm run server:cli create-officer --name "Kim Synthetic" --role officer` passes on without `--`.
    const npmAte = await cli(fresh, ['create-officer', 'officer']);
    expect(npmAte.code).toBe(2);
    expect(npmAte.stderr).toContain('With npm, type -- before the command, or npm keeps its options: npm run server:cli -- create-officer --name');
    const weak = await cli(fresh, ['create-officer', '--name', 'Kim Synthetic', '--role', 'officer', '--password', 'aaaaaaaaaaaa']);
    expect(weak.code).toBe(1);
    expect((await cli(fresh, ['create-enrolment-code', '--expires-hours', '0'])).code).toBe(1);
    expect(existsSync(fresh.SERVER_DATA_DIR)).toBe(false);
  }, 60_000);

  it('refuses to open a data folder another process is using', async () => {
    const unlock = lockDataDir(env.SERVER_DATA_DIR);
    try {
      const refused = await cli(env, ['list-devices']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/in use by process \d+/);
    } finally {
      unlock();
    }
  });
});
