import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_BATCH_BYTES, MAX_BATCH_CHANGES } from '../../shared/sync';
import { ArrivalInput } from '../../shared/domain/arrival';
import { migrate } from '../../server/db/migrate';
import { postgresDatabase } from '../../server/db/postgres';
import { createEnrolmentCode } from '../../server/devices/enrolment-codes';
import { createEngine, type Engine } from '../../electron/core/engine';
import { createArrival } from '../../electron/core/records/arrivals';
import { configureSync, enrolDevice } from '../../electron/core/sync/sync-handlers';
import { runSync, type SyncProgress } from '../../electron/core/sync/sync-run';
import { generateBoats } from '../fixtures/synthetic/generate';
import { registerTestOfficers } from '../support/officers';
import { startPostgres } from '../support/postgres';
import { testContext } from '../support/temp-engine';
import { progress } from './stats';
import { startCentralProcess } from './central-process';
import { ownCpuSeconds, processTreeCpuSeconds } from './cpu';

/**
 * Push N changes from one device and pull them on another, over HTTP on 127.0.0.1, to a real
 * PostgreSQL, with the central API in its own process.
 *
 * Each figure is one phase of runSync, timed from the app's progress reports:
 * - push_s: the sender's push phase — all N changes accepted by the centre (push_per_s);
 * - own_pull_s, own_receipt_s: the rest of the sender's sync (pulling back its own changes,
 *   then proving the centre holds them);
 * - pull_s: the receiver's pull phase — all N records stored on a second device (pull_per_s);
 * - receipt_s: the receiver's receipt.
 * *_cpu_s is the CPU time of the app (this process), the central API and PostgreSQL during
 * the push and the pull phase, and load_1m the machine's load average before and after:
 * the bench often shares its machine, and CPU time does not depend on what else runs.
 */
export async function run(args: string[]) {
  const { values } = parseArgs({ args, options: { records: { type: 'string', default: '100000' } } });
  const records = Number(values.records);
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const cluster = await startPostgres({ durable: true }); // fsync and synchronous commit on, as deployed
  const databaseUrl = await cluster.createDatabase();
  const database = postgresDatabase(databaseUrl, { max: 4 });
  await migrate(database);
  await registerTestOfficers(database);
  // The central API in its own process, as deployed: the app and the centre do not share a CPU thread.
  const central = await startCentralProcess(databaseUrl);
  const open = (name: string) => createEngine({ databaseFile: join(dir, `${name}.sqlite`), appVersion: 'bench', key: randomBytes(32) });
  const [sender, receiver] = [open('sender'), open('receiver')];
  const cpu = () => ({ app: ownCpuSeconds(), central: processTreeCpuSeconds(central.pid), postgres: processTreeCpuSeconds(cluster.pid()) });
  try {
    for (const engine of [sender, receiver]) {
      await configureSync(engine.db, central.url);
      await enrolDevice(engine.db, engine.device, (await createEnrolmentCode(database)).code);
    }
    recordPeople(sender, records);
    progress(`recorded ${records} people on the sending device`);
    const loadBefore = loadavg()[0]!;

    const sent = await timePhases((onProgress) => runSync(sender.db, sender.device, 'bench', onProgress), cpu);
    if (sent.result.sent !== records) throw new Error(`sent ${sent.result.sent} of ${records}`);
    progress(`sender: ${JSON.stringify(sent.seconds)}`);
    const got = await timePhases((onProgress) => runSync(receiver.db, receiver.device, 'bench', onProgress), cpu);
    if (got.result.received !== records) throw new Error(`received ${got.result.received} of ${records}`);
    progress(`receiver: ${JSON.stringify(got.seconds)}`);

    const round = (n: number) => Math.round(n * 100) / 100;
    const cpuOf = (phase: Record<string, number> | undefined) => Object.fromEntries(Object.entries(phase ?? {}).map(([k, v]) => [k, round(v)]));
    return {
      bench: 'sync',
      records,
      push_per_s: Math.round(records / sent.seconds.push!),
      pull_per_s: Math.round(records / got.seconds.pull!),
      batch_size: MAX_BATCH_CHANGES,
      batch_mib: MAX_BATCH_BYTES / 2 ** 20,
      push_s: round(sent.seconds.push!),
      own_pull_s: round(sent.seconds.pull ?? 0),
      own_receipt_s: round(sent.seconds.receipt ?? 0),
      pull_s: round(got.seconds.pull!),
      receipt_s: round(got.seconds.receipt ?? 0),
      push_cpu_s: cpuOf(sent.cpu.push),
      pull_cpu_s: cpuOf(got.cpu.pull),
      load_1m: [round(loadBefore), round(loadavg()[0]!)],
      cores: availableParallelism(),
      database: 'PostgreSQL (durable: fsync, synchronous_commit on)',
    };
  } finally {
    sender.close();
    receiver.close();
    await central.stop();
    await database.close();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one sync and times each of its phases (wall and CPU) from its progress reports. */
async function timePhases<T>(sync: (onProgress: (p: SyncProgress) => void) => Promise<T>, cpu: () => Record<string, number>) {
  const seconds: Record<string, number> = {};
  const cpuByPhase: Record<string, Record<string, number>> = {};
  let phase = '';
  let start = performance.now();
  let cpuStart = cpu();
  const mark = (next: string) => {
    if (next === phase) return;
    const now = performance.now();
    const cpuNow = cpu();
    if (phase) {
      seconds[phase] = (now - start) / 1000;
      cpuByPhase[phase] = Object.fromEntries(Object.entries(cpuNow).map(([k, v]) => [k, v - cpuStart[k]!]));
    }
    [phase, start, cpuStart] = [next, now, cpuNow];
  };
  const result = await sync((p) => mark(p.phase));
  mark('done');
  return { result, seconds, cpu: cpuByPhase };
}

/** N synthetic people written the way the app writes them (record, audit and outbox rows), in large transactions. */
function recordPeople(engine: Engine, count: number): void {
  const ctx = testContext();
  let written = 0;
  const writeMany = engine.db.transaction((people: ReturnType<typeof ArrivalInput.parse>[]) => {
    for (const person of people) createArrival(engine.db, engine.device, ctx, { ...person, interceptionId: null, route: 'OTHER' });
  });
  for (const boat of generateBoats({ seed: 11, people: count })) {
    writeMany(boat.people.map(({ id: _id, ...person }) => person));
    written += boat.people.length;
  }
  if (written !== count) throw new Error(`generated ${written} people, wanted ${count}`);
}
