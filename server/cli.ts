/**
 * Administration of the central API: `tsx server/cli.ts <command>`. Uses the same database
 * as the server (DATABASE_URL, else PGlite in SERVER_DATA_DIR; with PGlite, stop the server
 * first — one process at a time may open its folder).
 *
 *   create-officer --name "Alex Smith" --role officer|supervisor [--username alex.smith] [--password …] [--id <uuid>]
 *       (without --password the password is read from stdin, which keeps it out of shell history)
 *   list-officers                                  usernames, names, roles, disabled or not
 *   disable-officer <username>                     sign-in, sessions and pushes in their name refused from now on
 *   enable-officer <username>                      a disabled officer can sign in again, and their changes are taken
 *   create-enrolment-code [--expires-hours 24]     prints the one-time code, once
 *   list-devices
 *   revoke-device <device id or code>               the code as the app's status bar shows it, e.g. 450WT
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatUkDateTime } from '../shared/domain/time';
import { DeviceCode, OfficerRole, WireId } from '../shared/sync';
import type { Database } from './db/database';
import { DEFAULT_DATA_DIR, describeDatabase, openDatabase } from './db/open';
import { findDevice, listDevices, revokeDevice } from './devices/admin';
import { checkCodeHours, createEnrolmentCode, DEFAULT_CODE_HOURS } from './devices/enrolment-codes';
import { checkNewOfficer, createOfficer, disableOfficer, enableOfficer, listOfficers } from './officers/officers';
import { readPassword } from './read-password';

class UsageError extends Error {}

const USAGE = `Usage: npm run server:cli -- <command>
  create-officer --name <name> --role officer|supervisor [--username <u>] [--password <p> | typed when asked, not shown, or piped]
                 [--id <uuid>]   an officer who signs in on enrolled devices (--id: the id devices already
                                 know them by, e.g. the seeded demo officers)
  list-officers                  every officer: username, name, role, and whether disabled
  disable-officer <username>     sign-in, their sessions and their pushed changes refused from now on
  enable-officer <username>      a disabled officer can sign in again
  create-enrolment-code [--expires-hours <h>]   a one-time code to enrol one device (default ${DEFAULT_CODE_HOURS} hours)
  list-devices                   every enrolled device, its code (as the app's status bar shows it) and status
  revoke-device <device id or code>   the device's token stops working at once
The database is PostgreSQL with DATABASE_URL, else PGlite in SERVER_DATA_DIR (default .data/central);
with PGlite, stop the central API first (one process at a time opens its folder).`;

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * A command reads and checks its arguments first, and only then gets the database: a mistake in
 * them is refused before a PGlite folder is created or any database is opened.
 */
type Run = (db: Database) => Promise<void>;

async function createOfficerCommand(args: string[]): Promise<Run> {
  const { values } = parseArgs({
    args,
    options: { name: { type: 'string' }, role: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' }, id: { type: 'string' } },
  });
  if (!values.name) throw new UsageError('--name is required');
  const role = OfficerRole.safeParse(values.role);
  if (!role.success) throw new UsageError('--role must be officer or supervisor');
  const id = values.id === undefined ? undefined : WireId.safeParse(values.id.trim().toLowerCase());
  if (id && !id.success) throw new UsageError('--id must be a UUID, e.g. 0190a5f0-0000-7000-8000-00000000d002');
  const newOfficer = { id: id?.data, name: values.name, role: role.data, username: values.username, password: values.password ?? (await readPassword()) };
  checkNewOfficer(newOfficer);
  return async (db) => {
    const officer = await createOfficer(db, newOfficer);
    say(`Officer created: id ${officer.id}, username ${officer.username}, role ${officer.role}`);
    say(`Next: they sign in with username ${officer.username} and this password on a device enrolled with this centre (create-enrolment-code).`);
  };
}

function noArguments(command: string, args: string[]): void {
  if (args.length) throw new UsageError(`${command} takes no arguments, not ${args.join(' ')}`);
}

async function listOfficersCommand(args: string[]): Promise<Run> {
  noArguments('list-officers', args);
  return async (db) => {
    const officers = await listOfficers(db);
    if (!officers.length) return say('No officers yet: add one with create-officer.');
    say(['username', 'name', 'role', 'status', 'id'].join('\t'));
    for (const o of officers) say([o.username, o.name, o.role, o.disabledAt ? `disabled ${formatUkDateTime(o.disabledAt)}` : 'active', o.id].join('\t'));
  };
}

async function disableOfficerCommand(args: string[]): Promise<Run> {
  const username = args[0];
  if (!username) throw new UsageError('disable-officer needs a username');
  return async (db) => {
    if (!(await disableOfficer(db, username))) throw new Error(`No officer with username ${username}: nothing was changed. See list-officers.`);
    say(`Officer ${username.trim().toLowerCase()} disabled: sign-in, their sessions and changes pushed in their name are refused from now on. Undo with enable-officer.`);
  };
}

async function enableOfficerCommand(args: string[]): Promise<Run> {
  const username = args[0];
  if (!username) throw new UsageError('enable-officer needs a username');
  return async (db) => {
    if (!(await enableOfficer(db, username))) throw new Error(`No officer with username ${username}: nothing was changed. See list-officers.`);
    say(`Officer ${username.trim().toLowerCase()} enabled: they can sign in again, and their changes are taken. A change refused while they were disabled is taken once it is saved again on its device.`);
  };
}

async function createCodeCommand(args: string[]): Promise<Run> {
  const { values } = parseArgs({ args, options: { 'expires-hours': { type: 'string' } } });
  const hours = checkCodeHours(values['expires-hours'] === undefined ? DEFAULT_CODE_HOURS : Number(values['expires-hours']));
  return async (db) => {
    const { code, expiresAt } = await createEnrolmentCode(db, { expiresHours: hours });
    say(`Enrolment code: ${code}`);
    say(`Valid once, until ${formatUkDateTime(expiresAt)} UK time (${expiresAt}). It is not stored and cannot be shown again.`);
    say("Next: on the laptop, enter this centre's address and the code under \"Set up this device\" on the sign-in screen (a supervisor's Settings once enrolled).");
  };
}

async function listDevicesCommand(args: string[]): Promise<Run> {
  noArguments('list-devices', args);
  return async (db) => {
    const devices = await listDevices(db);
    if (!devices.length) return say('No devices enrolled.');
    // Times in UK time, as the app shows them, for an administrator matching a device to what an officer saw.
    const uk = (iso: string) => formatUkDateTime(iso);
    say(['id', 'code', 'enrolled (UK time)', 'last seen (UK time)', 'last seq', 'status'].join('\t'));
    for (const d of devices) {
      say([d.id, d.code, uk(d.enrolledAt), d.lastSeenAt ? uk(d.lastSeenAt) : '-', d.lastAppliedSeq, d.revokedAt ? `revoked ${uk(d.revokedAt)}` : 'active'].join('\t'));
    }
  };
}

async function revokeCommand(args: string[]): Promise<Run> {
  const typed = args[0]?.trim();
  if (!typed) throw new UsageError('revoke-device needs a device id or code (see list-devices)');
  const id = WireId.safeParse(typed.toLowerCase());
  const code = DeviceCode.safeParse(typed.toUpperCase());
  if (!id.success && !code.success) throw new UsageError(`${typed} is not a device id or code: copy one from list-devices`);
  return async (db) => {
    const device = await findDevice(db, id.success ? { id: id.data } : { code: code.data! });
    if (!device) throw new Error(`No device with ${id.success ? 'id' : 'code'} ${typed} at this centre: nothing was changed. See list-devices.`);
    if (device.revokedAt) {
      return say(`Device ${device.code} (id ${device.id}) was already revoked on ${formatUkDateTime(device.revokedAt)} UK time: nothing was changed.`);
    }
    await revokeDevice(db, device.id);
    say(`Device ${device.code} (id ${device.id}) revoked: its token, and the sessions of officers signed in on it, are refused from now on.`);
    say('Its records stay on the laptop. To bring it back, make a code with create-enrolment-code and have a supervisor enter it in Settings on that laptop.');
  };
}

const COMMANDS: Record<string, (args: string[]) => Promise<Run>> = {
  'create-officer': createOfficerCommand,
  'list-officers': listOfficersCommand,
  'disable-officer': disableOfficerCommand,
  'enable-officer': enableOfficerCommand,
  'create-enrolment-code': createCodeCommand,
  'list-devices': listDevicesCommand,
  'revoke-device': revokeCommand,
};

// Only these may start a new centre's PGlite folder (officers and codes are made before its first start).
const MAY_CREATE_A_CENTRE = new Set(['create-officer', 'create-enrolment-code']);

/**
 * A PGlite folder holding no central database yet: run from another folder, or with another
 * SERVER_DATA_DIR, the CLI would otherwise quietly make a new, empty centre beside the real one.
 */
function newPgliteFolder(env: NodeJS.ProcessEnv): string | null {
  if (env.DATABASE_URL) return null;
  const dir = resolve(env.SERVER_DATA_DIR || DEFAULT_DATA_DIR);
  return existsSync(join(dir, 'PG_VERSION')) ? null : dir;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const unknown = name && name !== '--help' ? `Unknown command: ${name}\n` : '';
    process.stderr.write(`${unknown}${USAGE}\n`);
    return name && name !== '--help' ? 2 : 0;
  }
  const run = await command(args);
  const newFolder = newPgliteFolder(process.env);
  if (newFolder && !MAY_CREATE_A_CENTRE.has(name!)) {
    throw new Error(
      `There is no central database in ${newFolder}: nothing was changed. Set SERVER_DATA_DIR to the data folder the central API ` +
        'printed when it started (or DATABASE_URL, for PostgreSQL), and run this again.',
    );
  }
  const db = await openDatabase(process.env);
  try {
    say(`Central database: ${describeDatabase(process.env)}${newFolder ? ' (new: created now)' : ''}`);
    await run(db);
    if (newFolder) {
      say(`This is a new, empty centre. If your central API already runs with another data folder, this is the wrong one: set SERVER_DATA_DIR to that folder and run this again.`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const code = String((error as { code?: unknown }).code);
    // `npm run server:cli create-officer --name …` without `--`: npm keeps the options and passes their values on.
    const npmAteOptions = code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? '\nWith npm, type -- before the command, or npm keeps its options: npm run server:cli -- create-officer --name …' : '';
    const message = `${error instanceof Error ? error.message : String(error)}${npmAteOptions}`;
    const usage = error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`${message}${usage ? `\n${USAGE}` : ''}\n`);
    process.exit(usage ? 2 : 1);
  },
);
