import type { Db } from './connection';

/**
 * Runs WAL checkpoints when the app has been idle for a moment, so the fsync-heavy
 * work never lands on an officer's save.
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
    if (this.db.open) this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
