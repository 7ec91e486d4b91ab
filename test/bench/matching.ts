import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrCreatePlainKey } from '../../electron/core/db/key-file';
import { createEngine, type Engine } from '../../electron/core/engine';
import { dispatch } from '../../electron/core/dispatch';
import { DEFAULT_MATCH_THRESHOLD } from '../../electron/core/matching/score-candidate';
import { generateLabelledSet } from '../fixtures/matching/generate-labelled-set';
import { storeLabelledSet, unseenSafeRouteArrival } from '../fixtures/matching/labelled-arrivals';
import { SeededRandom } from '../fixtures/synthetic/random';
import { seedDatabase } from '../fixtures/synthetic/seed-database';
import { arrivalInput, interceptionInput, testContext } from '../support/temp-engine';
import { benchPerson } from './bench-person';
import { measureQuality, measureUnseen } from './matching-quality';
import { dropStatistics } from './seeded-database';
import { percentile, progress, timed } from './stats';

/**
 * `npm run bench -- matching [--rows N] [--db DIR]`: the prior-crossing check measured at N
 * seeded people (default 1,000,000) plus the labelled set of test/fixtures/matching (known
 * same-person pairs with realistic variants). Prints recall and precision at the default
 * threshold (also by the kind of evidence the two records share), the time to check one
 * person, and what maintaining the identity keys costs a save. `--db DIR` keeps the seeded database in DIR
 * and reuses it on the next run (for tuning; seeding a million people takes minutes); it
 * skips the timing of saves, which adds people, unless `--saves` asks for it.
 * `--labelled-seed N` draws another labelled set (the default is the unit test's seed): figures
 * that hold on one seed only are tuned to it.
 */
const LABELLED = { seed: 20250806, people: 5000, duplicates: 1000 };
const LABELLED_AT = new Date('2025-10-01T09:00:00.000Z');
const UNSEEN_PEOPLE = 1000;

/**
 * Saves of small-boat arrivals (filed under their identity keys) alternated with saves of
 * the same people by another route (not filed): the difference is what the index costs a
 * save, measured under the same load at the same moment. Small-boat arrivals with no place
 * of birth are interleaved too: the difference is what filing the place costs.
 */
async function timeSaves(engine: Engine, count: number): Promise<{ smallBoat: number[]; smallBoatNoPlace: number[]; otherRoute: number[] }> {
  const ctx = testContext();
  const boat = await dispatch(engine.handlers, 'interceptions.create', interceptionInput(), ctx);
  if (!boat.ok) throw new Error(boat.error.message);
  const random = new SeededRandom(7);
  const times = { smallBoat: [] as number[], smallBoatNoPlace: [] as number[], otherRoute: [] as number[] };
  const kinds = [times.smallBoat, times.smallBoatNoPlace, times.otherRoute];
  for (let i = 0; i < 3 * count; i++) {
    const route = i % 3 !== 2 ? { route: 'SMALL_BOAT', interceptionId: (boat.value as { id: string }).id } : { route: 'OTHER' };
    const input = arrivalInput({ ...route, ...benchPerson(random, i % 3 !== 1) });
    const start = process.hrtime.bigint();
    const result = await dispatch(engine.handlers, 'arrivals.create', input, ctx);
    kinds[i % 3]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!result.ok) throw new Error(result.error.message);
    if (i % 50 === 49) engine.checkpointer.checkpointNow(); // as the idle checkpointer does between saves
  }
  return times;
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { rows: { type: 'string', default: '1000000' }, db: { type: 'string' }, saves: { type: 'boolean', default: false }, 'labelled-seed': { type: 'string' } },
  });
  const rows = Number(values.rows);
  const dir = values.db ?? mkdtempSync(join(tmpdir(), 'bench-matching-'));
  const engine = createEngine({ databaseFile: join(dir, 'bench.sqlite'), appVersion: 'bench', key: loadOrCreatePlainKey(dir) });
  try {
    const seeded = (engine.db.prepare('SELECT count(*) AS n FROM arrivals').get() as { n: number }).n;
    let seedMs = 0;
    if (seeded === 0) {
      [, seedMs] = timed(() => seedDatabase(engine.db, { seed: 42, people: rows, onProgress: (n) => n % 100_000 < 5000 && progress(`seeded ${n}`) }));
    } else {
      progress(`reusing ${seeded} people in ${dir}`);
      dropStatistics(engine.db);
    }
    const labelled = { ...LABELLED, seed: Number(values['labelled-seed'] ?? LABELLED.seed) };
    const set = generateLabelledSet(labelled);
    const byArrivalId = storeLabelledSet(engine.db, set, LABELLED_AT);
    engine.db.pragma('wal_checkpoint(TRUNCATE)');
    progress(`${rows} seeded people and ${set.records.length} labelled records; checking ${set.duplicates.length} people`);
    const quality = measureQuality(engine.db, set, byArrivalId, DEFAULT_MATCH_THRESHOLD);
    // People of another seed, never stored: safe-route arrivals who did not cross before.
    const unseen = generateLabelledSet({ seed: labelled.seed + 1, people: UNSEEN_PEOPLE, duplicates: 0 }).records.map((r) => unseenSafeRouteArrival(r, LABELLED_AT));
    const unseenQuality = measureUnseen(engine.db, unseen, DEFAULT_MATCH_THRESHOLD);
    const saves = values.db && !values.saves ? null : await timeSaves(engine, 1000); // a reused database would grow on every run
    const identityKeys = (engine.db.prepare('SELECT count(*) AS n FROM identity_keys').get() as { n: number }).n;
    return {
      bench: 'matching',
      rows,
      labelled_seed: labelled.seed,
      labelled_records: set.records.length,
      threshold: DEFAULT_MATCH_THRESHOLD,
      ...quality,
      unseen_people: unseenQuality,
      ...(saves && {
        save_small_boat_p50_ms: percentile(saves.smallBoat, 50),
        save_small_boat_p99_ms: percentile(saves.smallBoat, 99),
        save_small_boat_no_place_p50_ms: percentile(saves.smallBoatNoPlace, 50),
        save_small_boat_no_place_p99_ms: percentile(saves.smallBoatNoPlace, 99),
        save_other_route_p50_ms: percentile(saves.otherRoute, 50),
        save_other_route_p99_ms: percentile(saves.otherRoute, 99),
      }),
      identity_keys: identityKeys,
      seed_s: Math.round(seedMs / 100) / 10,
    };
  } finally {
    engine.close();
    if (!values.db) rmSync(dir, { recursive: true, force: true });
  }
}
