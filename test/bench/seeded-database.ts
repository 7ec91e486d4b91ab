import { closeSync, copyFileSync, existsSync, fsyncSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreatePlainKey } from '../../electron/core/db/key-file';
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

/** Seeds N people into a new database file, checkpointed and analysed; returns the milliseconds taken. */
function seedFile(file: string, key: Buffer, rows: number): number {
  const engine = createEngine({ databaseFile: file, appVersion: 'bench', key });
  try {
    const [, seedMs] = timed(() => seedDatabase(engine.db, { seed: 42, people: rows, onProgress: (n) => n % 100_000 < 5000 && progress(`seeded ${n}`) }));
    engine.db.pragma('wal_checkpoint(TRUNCATE)');
    engine.db.exec('ANALYZE');
    progress(`seeded ${rows} people in ${(seedMs / 1000).toFixed(1)} s`);
    return seedMs;
  } finally {
    engine.close();
  }
}

/**
 * Brings a kept database up to this version's schema once (a new migration may take a minute
 * at a million people), instead of in every copy, where it would be timed. Analysed again, as
 * a migration may replace an index and its statistics.
 */
function upgradeTemplate(file: string, key: Buffer): void {
  const engine = createEngine({ databaseFile: file, appVersion: 'bench', key });
  try {
    const unanalysed = engine.db
      .prepare("SELECT count(*) FROM pragma_index_list('arrivals') i WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = i.name)")
      .pluck()
      .get() as number;
    if (unanalysed > 0) {
      engine.db.exec('ANALYZE');
      engine.db.pragma('wal_checkpoint(TRUNCATE)');
    }
  } finally {
    engine.close();
  }
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
