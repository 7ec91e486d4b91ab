import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { storageFailureCode, storageFailureDuringSync } from '../db/storage-failure';
import { logger } from '../log';
import { countPending } from './outbox';
import { CANNOT_BE_REACHED, deviceRefusedText } from './central-api';
import { centralApiFor, runSync, type SyncProgress, type SyncResult } from './sync-run';
import { readSyncState, writeSyncState } from './sync-state';

/** `refused`: the centre answers but no longer accepts this device's token (revoked, or unknown there). */
export type SyncActivity = 'not_configured' | 'idle' | 'syncing' | 'offline' | 'refused' | 'error';

export interface SyncServiceOptions {
  /** Probe the centre and sync by itself (off in tests that drive sync by hand). */
  automatic: boolean;
  probeEveryMs?: number;
  /** Pull at least this often when nothing is pending, so other devices' records arrive. */
  pullEveryMs?: number;
  random?: () => number;
  /** Changes per push (default the protocol's maximum); small batches for tests and slow links. */
  batchChanges?: number;
  /**
   * While the centre does not answer its health check, it is asked again about this often
   * (give or take half), however long the backoff has grown: a health check costs the centre
   * nothing, and records must leave soon after the network comes back, not minutes later.
   */
  probeWhileUnreachableMs?: number;
}

const BACKOFF_BASE_MS = 2_000;
const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * Runs sync one at a time, by the Sync button or by itself: when the centre becomes
 * reachable with changes pending, soon after a save, and every few minutes to pull.
 * Failures back off exponentially with jitter and never stop the retries; a reachable
 * centre again (or a new save) retries at once.
 */
export class SyncService {
  activity: SyncActivity = 'idle';
  progress: SyncProgress | null = null;
  lastError: string | null = null;
  nextAttemptAt: number | null = null;
  private running: Promise<SyncResult> | null = null;
  private failures = 0;
  private lastSuccessAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly device: Device,
    private readonly officerId: () => string,
    private readonly options: SyncServiceOptions,
  ) {
    if (options.automatic) this.schedule(1_000);
  }

  get configured(): boolean {
    return readSyncState(this.db, 'apiUrl') !== null && readSyncState(this.db, 'deviceToken') !== null;
  }

  lastResult(): SyncResult | null {
    const text = readSyncState(this.db, 'lastResult');
    return text ? (JSON.parse(text) as SyncResult) : null;
  }

  /** Sync now (the Sync button). Joins a sync already under way rather than starting a second. */
  run(): Promise<SyncResult> {
    this.running ??= this.runOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** A save happened: try soon, instead of waiting for the next probe. */
  noteWrite(): void {
    if (this.options.automatic && this.configured && !this.running) this.schedule(2_000 + this.jitter(1_000));
  }

  /**
   * The address or the enrolment changed: the status bar says so at once (not "not set up"
   * until the next probe) and, once enrolled, the first sync is tried soon.
   */
  settingsChanged(): void {
    if (this.running) return;
    this.failures = 0;
    this.lastError = null;
    this.activity = this.configured ? 'idle' : 'not_configured';
    if (this.options.automatic && this.configured) this.schedule(1_000);
  }

  /**
   * An officer's sign-in found the device refused (revoked by an administrator): say so now.
   * Before, the health check kept saying "Centre reachable", and the officer, signed in offline,
   * was told to lock and unlock to sign in online, until a sync minutes later found the refusal.
   */
  deviceRefused(centreMessage: string): void {
    if (this.running || !this.configured) return;
    this.activity = 'refused';
    this.lastError = deviceRefusedText(centreMessage);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async runOnce(): Promise<SyncResult> {
    this.activity = 'syncing';
    try {
      const sizes = this.options.batchChanges ? { maxBatchChanges: this.options.batchChanges } : {};
      const result = await runSync(this.db, this.device, this.officerId(), (p) => (this.progress = p), sizes);
      writeSyncState(this.db, 'lastResult', JSON.stringify(result));
      this.failures = 0;
      this.lastSuccessAt = Date.now();
      this.lastError = null;
      this.activity = 'idle';
      return result;
    } catch (error) {
      this.failures++;
      // Every sync call carries the device token: a refusal of an enrolled device is about that token.
      const deviceRefused = error instanceof AppError && error.code === 'FORBIDDEN' && this.configured;
      const storage = storageFailureDuringSync(error);
      this.lastError = storage ?? (deviceRefused ? deviceRefusedText(error.message) : error instanceof Error ? error.message : 'Sync failed');
      this.activity = error instanceof AppError && error.code === 'UNAVAILABLE' ? 'offline' : deviceRefused ? 'refused' : 'error';
      logger.warn('sync failed', { kind: error instanceof AppError ? error.code : (storageFailureCode(error) ?? 'unexpected'), failures: this.failures });
      // The Sync button's answer says the same as the status bar (dispatch would speak of a save).
      throw storage ? new AppError('UNAVAILABLE', storage) : error;
    } finally {
      this.progress = null;
      if (this.options.automatic) this.schedule(this.failures ? this.backoff() : this.options.probeEveryMs ?? 15_000);
    }
  }

  private async tick(): Promise<void> {
    if (this.stopped || this.running) return;
    if (!this.configured) {
      this.activity = 'not_configured';
      return this.schedule(this.options.probeEveryMs ?? 15_000);
    }
    const due = countPending(this.db) > 0 || Date.now() - this.lastSuccessAt > (this.options.pullEveryMs ?? 120_000);
    const reachable = await centralApiFor(this.db).health();
    // A sync started meanwhile (the Sync button) owns the activity now, and schedules the next tick.
    if (this.stopped || this.running) return;
    // The status bar must not go on saying "reachable" (nor a last sync's "Up to date") for
    // minutes after the centre went away: the health check costs the centre nothing.
    if (!reachable) {
      // A device the centre refused stays refused: that, not the network, is what needs doing.
      if (this.activity !== 'refused') this.activity = 'offline';
      if (this.lastError === null) this.lastError = CANNOT_BE_REACHED;
    } else if (this.activity === 'offline') {
      this.activity = 'idle';
      this.lastError = null; // "cannot be reached" is no longer true
    }
    if (!due) return this.schedule(this.options.probeEveryMs ?? 15_000);
    if (!reachable) {
      this.failures++;
      const every = this.options.probeWhileUnreachableMs ?? 15_000;
      return this.schedule(Math.min(this.backoff(), every / 2 + this.jitter(every)));
    }
    await this.run().catch(() => undefined);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAttemptAt = Date.now() + delayMs;
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref?.();
  }

  /** Exponential backoff with full jitter, capped, so a fleet of laptops does not retry in step. */
  private backoff(): number {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(this.failures, 20));
    return Math.max(1_000, Math.floor(this.jitter(ceiling)));
  }

  private jitter(max: number): number {
    return (this.options.random ?? Math.random)() * max;
  }
}
