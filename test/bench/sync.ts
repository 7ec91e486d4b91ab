import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_BATCH_CHANGES } from '../../shared/sync';
import { ArrivalInput } from '../../shared/domain/arrival';
import { migrate } from '../../server/db/migrate';
import { postgresDatabase } from '../../server/db/postgres';
import { createEnrolmentCode } from '../../server/devices/enrolment-codes';
import { createEngine, type Engine } from '../../electron/core/engine';
import { createArrival } from '../../electron/core/records/arrivals';
import { configureSync, enrolDevice } from '../../electron/core/sync/sync-handlers';
import { runSync } from '../../electron/core/sync/sync-run';
import { generateBoats } from '../fixtures/synthetic/generate';
import { startPostgres } from '../support/postgres';
import { testContext } from '../support/temp-engine';
import { progress } from './stats';
import { startCentralProcess } from './central-process';

/** Push N changes from one device and pull them on another, over HTTP on 127.0.0.1, to a real PostgreSQL. */
export async function run(args: string[]) {
  const { values } = parseArgs({ args, options: { records: { type: 'string', default: '100000' } } });
  const records = Number(values.records);
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const cluster = await startPostgres();
  const databaseUrl = await cluster.createDatabase();
  const database = postgresDatabase(databaseUrl, { max: 4 });
  await migrate(database);
  // The central API in its own process, as deployed: the app and the centre do not share a CPU thread.
  const { url, stop } = await startCentralProcess(databaseUrl);
  const open = (name: string) => createEngine({ databaseFile: join(dir, `${name}.sqlite`), appVersion: 'bench', key: randomBytes(32) });
  const [sender, receiver] = [open('sender'), open('receiver')];
  try {
    for (const engine of [sender, receiver]) {
      configureSync(engine.db, url);
      await enrolDevice(engine.db, engine.device, (await createEnrolmentCode(database)).code);
    }
    recordPeople(sender, records);
    progress(`recorded ${records} people on the sending device`);

    const pushStart = performance.now();
    const phases: Record<string, number> = {};
    let phaseStart = performance.now();
    let phase = '';
    const pushed = await runSync(sender.db, sender.device, 'bench', (p) => {
      if (p.phase !== phase) {
        if (phase) phases[phase] = (performance.now() - phaseStart) / 1000;
        phase = p.phase;
        phaseStart = performance.now();
      }
    });
    progress(`phases: ${JSON.stringify(phases)}`);
    const pushSeconds = (performance.now() - pushStart) / 1000;
    if (pushed.sent !== records) throw new Error(`sent ${pushed.sent} of ${records}`);
    progress(`pushed in ${pushSeconds.toFixed(1)} s (including pull and receipt of its own records)`);

    const pullStart = performance.now();
    const pulled = await runSync(receiver.db, receiver.device, 'bench');
    const pullSeconds = (performance.now() - pullStart) / 1000;
    if (pulled.received !== records) throw new Error(`received ${pulled.received} of ${records}`);
    return {
      bench: 'sync',
      records,
      push_per_s: Math.round(records / pushSeconds),
      pull_per_s: Math.round(records / pullSeconds),
      batch_size: MAX_BATCH_CHANGES,
      push_s: Math.round(pushSeconds * 10) / 10,
      pull_s: Math.round(pullSeconds * 10) / 10,
      database: 'PostgreSQL',
    };
  } finally {
    sender.close();
    receiver.close();
    await stop();
    await database.close();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
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
