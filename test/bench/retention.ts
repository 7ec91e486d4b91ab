import { rmSync, statSync } from 'node:fs';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createEngine } from '../../electron/core/engine';
import { countPurgeable, purgeSettledRecords, WINDOW } from '../../electron/core/retention/purge';
import { seededDatabase } from './seeded-database';
import { progress } from './stats';

/**
 * `npm run bench -- retention [--rows N] [--db DIR]`: the retention purge on a database of N
 * synthetic people (default 1,000,000), all safe at the centre, with the cutoff at the time
 * of the middle person stored, so at least half of them go (at a million, three in four: the
 * seeded crossings bunch up in their last hours). It times the count the Settings page shows and the
 * purge itself, and, since both run in the engine's process between officers' requests, how
 * long the event loop was held at once (what a save or a search could have waited).
 * `--db DIR` reuses a seeded database kept there, as the records bench does.
 */
export async function run(args: string[]) {
  const { values } = parseArgs({ args, options: { rows: { type: 'string', default: '1000000' }, db: { type: 'string' } } });
  const rows = Number(values.rows);
  const { dir, file, key, seedMs } = seededDatabase('retention', rows, values.db);
  (globalThis as { gc?: () => void }).gc?.();
  const engine = createEngine({ databaseFile: file, appVersion: 'bench', key, autoRetention: false });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  try {
    // Seeded people are stored oldest first: everyone up to the middle one goes.
    const middle = engine.db.prepare(`SELECT data ->> '$.updatedAt' AS at FROM arrivals ORDER BY seq LIMIT 1 OFFSET ?`).get(Math.floor(rows / 2)) as { at: string };
    const cutoff = middle.at;
    const before = countRows(engine.db);

    delay.enable();
    let start = performance.now();
    const counted = await countPurgeable(engine.db, cutoff);
    const countS = (performance.now() - start) / 1000;
    const countBlock = blocking(delay);
    progress(`counted ${counted.eligible} records to purge in ${countS.toFixed(1)} s`);

    delay.reset();
    start = performance.now();
    const outcome = await purgeSettledRecords(engine.db, cutoff);
    const purgeS = (performance.now() - start) / 1000;
    const purgeBlock = blocking(delay);
    delay.disable();
    const after = countRows(engine.db);
    if (outcome.total !== counted.eligible) throw new Error(`purged ${outcome.total}, but the count said ${counted.eligible}`);
    if (before.arrivals - after.arrivals !== outcome.purged.arrival) throw new Error('the people left do not add up');

    const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
    return {
      bench: 'retention',
      rows,
      cutoff,
      seed_s: round(seedMs / 1000),
      count_s: round(countS),
      eligible: counted.eligible,
      kept: counted.kept,
      purge_s: round(purgeS),
      purged: outcome.total,
      purged_per_s: Math.round(outcome.total / purgeS),
      audit_rows_removed: outcome.auditRows,
      window_rows: WINDOW,
      windows: outcome.batches,
      people_left: after.arrivals,
      count_longest_block_ms: countBlock.max,
      purge_longest_block_ms: purgeBlock.max,
      purge_block_p99_ms: purgeBlock.p99,
      db_mib: round(statSync(file).size / 2 ** 20, 0),
      wal_mib: round((statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0) / 2 ** 20, 0),
    };
  } finally {
    delay.disable();
    engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function countRows(db: ReturnType<typeof createEngine>['db']): { arrivals: number } {
  return { arrivals: (db.prepare('SELECT count(*) AS n FROM arrivals').get() as { n: number }).n };
}

/** The longest and 99th-percentile hold of the event loop, in ms (the histogram is in ns, less its 5 ms resolution). */
function blocking(h: IntervalHistogram): { max: number; p99: number } {
  const ms = (ns: number) => Math.round(Math.max(0, ns / 1e6 - 5) * 10) / 10;
  return { max: ms(h.max), p99: ms(h.percentile(99)) };
}
