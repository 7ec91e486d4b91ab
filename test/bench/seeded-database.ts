import { closeSync, copyFileSync, existsSync, fsyncSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreatePlainKey } from '../../electron/core/db/key-file';
import type { Db } from '../../electron/core/db/connection';
import { createEngine } from '../../electron/core/engine';
import { seedDatabase } from '../fixtures/synthetic/seed-database';
import { progress, timed } from './stats';

export interface SeededDatabase {
  /** A temp folder of the bench's own: remove it when done. */
  dir: string;
  file: string;
  key: Buffer;
  /** 0 when an already seeded copy was reused. */
  seedMs: number;
}

/**
 * A database of N synthetic people (seed 42) in a new temp folder, for a bench to change as
 * it likes. With `keepDir`, the seeded file is kept there as a template and each run gets a
 * fresh copy of it: seeding a million people takes minutes, and one run's writes must not
 * change the next run's database.
 */
export function seededDatabase(name: string, rows: number, keepDir?: string): SeededDatabase {
  const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const file = join(dir, 'bench.sqlite');
  const key = loadOrCreatePlainKey(keepDir ?? dir);
  let seedMs = 0;
  if (keepDir) {
    const template = join(keepDir, `records-${rows}.sqlite`);
    if (!existsSync(template)) seedMs = seedFile(template, key, rows);
    else upgradeTemplate(template, key);
    copyFileSync(template, file);
  } else {
    seedMs = seedFile(file, key, rows);
  }
  flushToDisk(file);
  return { dir, file, key, seedMs };
}

/**
 * Seeds N people into a new database file, checkpointed; returns the milliseconds taken. Not
 * analysed: a laptop never runs ANALYZE, so the bench plans its queries as a laptop does
 * (measured at a million people: the same figures with statistics and without).
 */
function seedFile(file: string, key: Buffer, rows: number): number {
  const engine = createEngine({ databaseFile: file, appVersion: 'bench', key });
  try {
    const [, seedMs] = timed(() => seedDatabase(engine.db, { seed: 42, people: rows, onProgress: (n) => n % 100_000 < 5000 && progress(`seeded ${n}`) }));
    engine.db.pragma('wal_checkpoint(TRUNCATE)');
    progress(`seeded ${rows} people in ${(seedMs / 1000).toFixed(1)} s`);
    return seedMs;
  } finally {
    engine.close();
  }
}

/**
 * Brings a kept database up to this version's schema once (a new migration may take a minute
 * at a million people), instead of in every copy, where it would be timed. Statistics an
 * earlier version of the bench gathered are dropped: a laptop has none.
 */
function upgradeTemplate(file: string, key: Buffer): void {
  const engine = createEngine({ databaseFile: file, appVersion: 'bench', key });
  try {
    if (dropStatistics(engine.db)) engine.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    engine.close();
  }
}

/** Drops the planner statistics an earlier version of a bench gathered (a laptop has none); true if there were some. */
export function dropStatistics(db: Db): boolean {
  const analysed = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'").pluck().get() as number;
  if (analysed > 0) db.exec('DROP TABLE sqlite_stat1');
  return analysed > 0;
}

/**
 * Waits until the seeded or copied file is on disk: otherwise the kernel is still writing two
 * gigabytes back while the bench is timed, and each fsync waits behind it.
 */
function flushToDisk(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
