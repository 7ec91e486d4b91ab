import { rmSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createEngine } from '../../electron/core/engine';
import { dispatch } from '../../electron/core/dispatch';
import { NAME_POOLS } from '../fixtures/synthetic/name-pools';
import { SeededRandom } from '../fixtures/synthetic/random';
import { arrivalInput, interceptionInput, testContext } from '../support/temp-engine';
import { benchPerson } from './bench-person';
import { seededDatabase } from './seeded-database';
import { percentile } from './stats';

/**
 * `npm run bench -- records [--rows N] [--db DIR]`: saves, searches and list pages on a
 * database of N synthetic people (default 1,000,000). With `--db DIR` the seeded database is
 * kept in DIR and each run measures a fresh copy of it (seeding a million people takes
 * minutes; the saves of one run must not change the next run's database).
 */
export async function run(args: string[]) {
  const { values } = parseArgs({ args, options: { rows: { type: 'string', default: '1000000' }, db: { type: 'string' } } });
  const rows = Number(values.rows);
  const { dir, file, key, seedMs } = seededDatabase('records', rows, values.db);
  // Measure the app as an officer meets it: freshly opened, not a process full of seeding garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const engine = createEngine({ databaseFile: file, appVersion: 'bench', key });
  const ctx = testContext();
  try {
    /** 1,000 saves after 50 to warm up, with the idle checkpointer's work every 50 as between an officer's saves; ms each. */
    const timeSaves = async (input: (i: number) => Record<string, unknown>): Promise<number[]> => {
      for (let i = 0; i < 50; i++) await dispatch(engine.handlers, 'arrivals.create', input(-1 - i), ctx);
      engine.checkpointer.checkpointNow();
      const times: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const start = process.hrtime.bigint();
        const result = await dispatch(engine.handlers, 'arrivals.create', input(i), ctx);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (!result.ok) throw new Error(result.error.message);
        if (i % 50 === 49) engine.checkpointer.checkpointNow();
      }
      return times;
    };
    // The records layer: one arrival with its audit and outbox rows.
    const saves = await timeSaves((i) => arrivalInput({ familyName: `Benchmark${i}`, documents: i < 0 ? [] : [{ type: 'PASSPORT', number: `B${1000000 + i}` }] }));
    // The commonest save, and the dearest: a small-boat arrival also files about 8.5 identity keys for the prior-crossing check.
    const boat = await dispatch(engine.handlers, 'interceptions.create', interceptionInput(), ctx);
    if (!boat.ok) throw new Error(boat.error.message);
    const people = new SeededRandom(7);
    const smallBoatSaves = await timeSaves(() => arrivalInput({ route: 'SMALL_BOAT', interceptionId: (boat.value as { id: string }).id, ...benchPerson(people) }));

    const random = new SeededRandom(99);
    const pools = Object.values(NAME_POOLS);
    const searches: number[] = [];
    const list = (filter: Record<string, unknown>) => dispatch(engine.handlers, 'arrivals.list', { filter, limit: 50 }, ctx);
    for (let i = 0; i < 200; i++) {
      const pool = random.pick(pools);
      const family = random.pick(pool.family);
      const given = random.pick(pool.given.M);
      const text = random.chance(0.5) ? `${given.slice(0, 4)} ${family.slice(0, 5)}` : family.slice(0, 6);
      const start = process.hrtime.bigint();
      await list({ search: text });
      searches.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    for (let i = 0; i < 200; i++) {
      const number = `B${1000000 + random.int(0, 999)}`;
      const start = process.hrtime.bigint();
      const result = await list({ search: number });
      searches.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!result.ok || (result.value as { total: number }).total !== 1) throw new Error(`document ${number} not found exactly once`);
    }

    // A list opens with its first page and its count; scrolling then fetches pages without one.
    const pages: number[] = [];
    const firstPages: number[] = [];
    const pageQueries = [{}, { nationality: 'ERI' }, { site: 'MAN' }, { vulnerable: true }, { from: '2020-01-01', to: '2030-12-31' }];
    for (let i = 0; i < 100; i++) {
      const offset = (i % 10) * 100;
      const start = process.hrtime.bigint();
      await dispatch(engine.handlers, 'arrivals.list', { filter: pageQueries[i % pageQueries.length], offset, limit: 100, withTotal: offset === 0 }, ctx);
      (offset === 0 ? firstPages : pages).push(Number(process.hrtime.bigint() - start) / 1e6);
    }

    // The dashboard over a month, and over the widest range it takes (3,660 days), both ending on the newest arrival's day.
    const newest = Date.parse(engine.db.prepare('SELECT max(arrived_at) FROM arrivals').pluck().get() as string);
    const dashboard = async (days: number) => {
      const to = new Date(newest).toISOString().slice(0, 10);
      const from = new Date(newest - (days - 1) * 86_400_000).toISOString().slice(0, 10);
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = process.hrtime.bigint();
        const result = await dispatch(engine.handlers, 'dashboard.summary', { from, to }, ctx);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (!result.ok) throw new Error(result.error.message);
      }
      return percentile(times, 50);
    };
    const dashboardMonth = await dashboard(28);
    const dashboardWidest = await dashboard(3660);

    const dbBytes = statSync(file).size + (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0);
    return {
      bench: 'records',
      rows,
      seed_s: Math.round(seedMs / 100) / 10, // 0: a kept database (--db) was reused
      save_p50_ms: percentile(saves, 50),
      save_p99_ms: percentile(saves, 99),
      save_small_boat_p50_ms: percentile(smallBoatSaves, 50),
      save_small_boat_p99_ms: percentile(smallBoatSaves, 99),
      search_p50_ms: percentile(searches, 50),
      search_p95_ms: percentile(searches, 95),
      list_page_ms: percentile(pages, 50),
      list_page_p95_ms: percentile(pages, 95),
      list_first_page_with_count_ms: percentile(firstPages, 50),
      dashboard_28_days_ms: dashboardMonth,
      dashboard_3660_days_ms: dashboardWidest,
      db_mb: Math.round(dbBytes / 1e5) / 10,
    };
  } finally {
    engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
