import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '../../fixtures/synthetic/random';
import { appCall, enrolApp, heldRecords } from '../../support/app-device';
import { useCentral } from '../../support/central';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

const ROOT = resolve(import.meta.dirname, '../../..');
const KILLS = 12;
/**
 * Enough for every kill to land mid-push: the worker sends batches of 50, two at a time, and
 * a kill lands a few batches after the one that triggered it (later on a busy machine).
 */
const RECORDS = 2400;

/** Runs the worker; kills it with SIGKILL once it has pushed `killAfterBatches` batches (null: let it finish). */
function runWorker(t: TempEngine, killAfterBatches: number | null): Promise<'done' | 'killed'> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/sync/sync-worker.ts'], {
    cwd: ROOT,
    env: { ...process.env, WORKER_DB: t.file, WORKER_KEY: t.key.toString('hex'), FIELD_RECORDER_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => {
    output += c.toString();
    const pushed = (output.match(/^PUSHED /gm) ?? []).length;
    if (killAfterBatches !== null && pushed >= killAfterBatches && !output.includes('DONE')) child.kill('SIGKILL');
  });
  return new Promise((done) => child.on('exit', () => done(output.includes('DONE') ? 'done' : 'killed')));
}

describe('kill -9 of the app during push', () => {
  const central = useCentral('pglite');
  let device: TempEngine | undefined;
  afterAll(() => device?.cleanup());

  it('every record reaches the centre exactly once, however often the app is killed', async () => {
    device = createTempEngine();
    await enrolApp(device, central.url, central.db);
    for (let i = 0; i < RECORDS; i++) await appCall(device, 'arrivals.create', arrivalInput({ familyName: `Killed${i}` }));
    device.engine.close(); // the worker process owns the database now

    const random = new SeededRandom(7);
    let killed = 0;
    for (let i = 0; i < KILLS; i++) if ((await runWorker(device, random.int(1, 3))) === 'killed') killed++;
    expect(await runWorker(device, null)).toBe('done');
    expect(killed).toBeGreaterThan(KILLS / 2); // most runs were cut off mid-sync

    device.reopen();
    expect((await appCall(device, 'sync.status')).pending).toBe(0);
    const held = heldRecords(device);
    const centre = await central.db.query<{ id: string; hash: string }>('SELECT record_id AS id, content_hash AS hash FROM records');
    expect(centre).toHaveLength(RECORDS);
    for (const row of centre) expect(held.get(row.id)).toBe(row.hash);
    const [changes] = await central.db.query<{ n: string; distinct_n: string }>('SELECT count(*) AS n, count(DISTINCT seq) AS distinct_n FROM device_changes WHERE device_id = $1', [device.engine.device.id]);
    expect([Number(changes!.n), Number(changes!.distinct_n)]).toEqual([RECORDS, RECORDS]);
  }, 300_000);
});
