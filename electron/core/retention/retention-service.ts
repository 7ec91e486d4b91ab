import type { PurgeSummary, RetentionConfigureInput, RetentionStatus } from '../../../shared/domain/retention';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import { logger } from '../log';
import type { RequestContext } from '../records/context';
import { countPurgeable, purgeSettledRecords } from './purge';
import { configureRetention, readLastPurge, readRetentionDays, writeLastPurge } from './retention-setting';

const DAY_MS = 86_400_000;
/** The first automatic purge waits until the app has settled after starting. */
const FIRST_RUN_DELAY_MS = 60_000;
/** How long a count of eligible records is shown before it is counted again. */
const COUNT_REUSE_MS = 5 * 60_000;

export interface RetentionServiceOptions {
  /** Purge by itself: soon after start, then daily (the apps; tests purge by hand). */
  automatic: boolean;
  now?: () => Date;
}

/**
 * Runs the purge one at a time, by itself (a minute after start, then every day while the
 * app runs) and on demand. The cutoff is "now minus the retention period".
 */
export class RetentionService {
  private running: Promise<PurgeSummary | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextAt: number | null = null;
  private stopped = false;
  private count: { days: number; changes: number; at: number; result: Promise<{ eligible: number; kept: number }> } | null = null;

  constructor(
    private readonly db: Db,
    private readonly device: Device,
    private readonly options: RetentionServiceOptions,
  ) {
    if (options.automatic) this.schedule(FIRST_RUN_DELAY_MS);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private cutoff(days: number, now: Date): string {
    return new Date(now.getTime() - days * DAY_MS).toISOString();
  }

  /**
   * Counting walks every record (in windows, never blocking for long): at a million people
   * that takes a while, so a count is reused for a few minutes while nothing is written, and
   * shared by callers who ask while it runs. A write, a change of the period or a purge counts afresh.
   */
  private counted(days: number): Promise<{ eligible: number; kept: number }> {
    // Any write on the engine's one connection (a save, a sync) makes the count stale.
    const changes = (stmt(this.db, 'SELECT total_changes() AS n').get() as { n: number }).n;
    const fresh = this.count && this.count.days === days && this.count.changes === changes && Date.now() - this.count.at < COUNT_REUSE_MS;
    if (!fresh) {
      const count = { days, changes, at: Date.now(), result: countPurgeable(this.db, this.cutoff(days, this.now())) };
      count.result.catch(() => {
        if (this.count === count) this.count = null;
      });
      this.count = count;
    }
    return this.count!.result;
  }

  async status(): Promise<RetentionStatus> {
    const days = readRetentionDays(this.db);
    const counts = days === null ? { eligible: 0, kept: 0 } : await this.counted(days);
    return {
      days,
      eligibleNow: counts.eligible,
      keptForNow: counts.kept,
      lastPurge: readLastPurge(this.db),
      running: this.running !== null,
      nextAutomaticAt: this.nextAt === null ? null : new Date(this.nextAt).toISOString(),
    };
  }

  configure(ctx: RequestContext, input: RetentionConfigureInput): void {
    configureRetention(this.db, this.device, ctx, input);
    this.count = null;
  }

  /** Purges now; joins a purge already under way. Null when retention is off. */
  purge(trigger: PurgeSummary['trigger'] = 'on_demand'): Promise<PurgeSummary | null> {
    this.running ??= this.purgeOnce(trigger).finally(() => {
      this.running = null;
      this.count = null;
    });
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.nextAt = null;
  }

  private async purgeOnce(trigger: PurgeSummary['trigger']): Promise<PurgeSummary | null> {
    const days = readRetentionDays(this.db);
    if (days === null) return null;
    const started = this.now();
    const cutoff = this.cutoff(days, started);
    const outcome = await purgeSettledRecords(this.db, cutoff);
    const summary: PurgeSummary = {
      startedAt: started.toISOString(),
      finishedAt: this.now().toISOString(),
      cutoff,
      days,
      trigger,
      ...outcome,
    };
    this.db.transaction(() => {
      writeLastPurge(this.db, summary);
      if (summary.total > 0) {
        // The purge itself is on the device's audit trail (how many, up to when), never the records.
        stmt(
          this.db,
          `INSERT INTO audit_log (record_type, record_id, action, officer_id, officer_name, device_id, at, changes)
           VALUES ('setting', 'retention.purge', 'update', 'system', 'Retention purge', ?, ?, ?)`,
        ).run(this.device.id, summary.finishedAt, JSON.stringify({ purged: [null, { ...summary.purged, cutoff, trigger }] }));
      }
    })();
    logger.info('retention purge', { trigger, total: summary.total, batches: summary.batches });
    return summary;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAt = Date.now() + delayMs;
    this.timer = setTimeout(() => {
      this.nextAt = null;
      this.purge('automatic')
        .catch((error: unknown) => logger.error('retention purge failed', { error: error instanceof Error ? error.name : typeof error }))
        .finally(() => this.schedule(DAY_MS));
    }, delayMs);
    this.timer.unref?.();
  }
}
