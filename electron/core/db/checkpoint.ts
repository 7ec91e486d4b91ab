import { statSync } from 'node:fs';
import { logger } from '../log';
import type { Db } from './connection';
import { stmt } from './statements';

/** At most this many index pages of merging per idle moment: a few milliseconds (migrations/007). */
const MERGE_PAGES_WHEN_IDLE = 500;

/**
 * Runs WAL checkpoints, and merges the name search index's segments, when the app has been
 * idle for a moment, so neither the fsync-heavy nor the merging work lands on an officer's save.
 */
export class IdleCheckpointer {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly db: Db,
    private readonly idleMs = 1500,
  ) {}

  noteWrite(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkpointWhenIdle(), this.idleMs);
    this.timer.unref?.();
  }

  /**
   * From the idle timer: a failure (a full disk, a locked file) is logged and left for the
   * next idle moment, never thrown out of a timer where it would stop the app. Saves report
   * such failures themselves (storage-failure.ts).
   */
  private checkpointWhenIdle(): void {
    try {
      this.checkpointNow();
    } catch (error) {
      logger.warn('idle checkpoint failed', { code: (error as { code?: string }).code ?? 'unknown' });
    }
  }

  checkpointNow(): void {
    this.timer = undefined;
    if (!this.db.open) return;
    this.db.exec(`INSERT INTO arrival_names (arrival_names, rank) VALUES ('merge', ${MERGE_PAGES_WHEN_IDLE})`);
    const [result] = this.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    // The first write after a complete checkpoint starts the WAL afresh (a new, synced header;
    // the file cut back to journal_size_limit): a tiny write here pays for that while idle,
    // instead of the officer's next save (about 2 ms of it at a million people).
    if (result && result.busy === 0 && result.log > 0 && result.checkpointed === result.log) {
      stmt(this.db, "INSERT INTO settings (key, value) VALUES ('wal.restartedWhenIdle', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(new Date().toISOString());
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * How far a long job (a retention purge, a first pull, a large push) lets the WAL grow
 * before it folds it back into the database itself. Automatic checkpoints are off and the
 * idle checkpointer waits for a quiet moment that such a job never leaves: purging half a
 * million people grew the WAL to gigabytes on a laptop's disk. Each such checkpoint holds the
 * engine while it writes and syncs: on the development machine about 0.12 s at 16 MB and
 * 0.26 s at 64 MB (the retention bench). Bigger than the WAL a connection keeps after a reset
 * (JOURNAL_SIZE_LIMIT_BYTES in connection.ts), so a WAL file this large means this much was
 * written since the last checkpoint.
 */
export const LONG_JOB_WAL_BYTES = 32 * 2 ** 20;

/**
 * Called between a long job's transactions: a passive checkpoint when the WAL has passed
 * LONG_JOB_WAL_BYTES (the next write then starts the WAL afresh, and truncates the file).
 * True when it checkpointed.
 */
export function checkpointIfWalLarge(db: Db): boolean {
  if (!db.open || db.memory) return false;
  const wal = statSync(`${db.name}-wal`, { throwIfNoEntry: false });
  if (!wal || wal.size < LONG_JOB_WAL_BYTES) return false;
  db.pragma('wal_checkpoint(PASSIVE)');
  return true;
}
