import type { Db } from './connection';

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
    this.timer = setTimeout(() => this.checkpointNow(), this.idleMs);
    this.timer.unref?.();
  }

  checkpointNow(): void {
    this.timer = undefined;
    if (!this.db.open) return;
    this.db.exec(`INSERT INTO arrival_names (arrival_names, rank) VALUES ('merge', ${MERGE_PAGES_WHEN_IDLE})`);
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
