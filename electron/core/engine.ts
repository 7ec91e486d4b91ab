import { hash } from 'node:crypto';
import { useNativeSha256 } from '../../shared/audit-chain';
import type { Db } from './db/connection';
import { openDatabase, type OpenOptions } from './db/connection';
import { IdleCheckpointer } from './db/checkpoint';
import { ensureDevice, type Device } from './db/device';
import { createHandlers, type HandlerTable } from './api';
import type { HostCapabilities } from './host';
import { SyncService } from './sync/sync-service';
import { OfficerSession } from './session/officer-session';
import { readIdleLockMinutes } from './session/idle-lock-setting';
import { RetentionService } from './retention/retention-service';

export interface Engine {
  db: Db;
  device: Device;
  appVersion: string;
  checkpointer: IdleCheckpointer;
  handlers: HandlerTable;
  host: HostCapabilities | null;
  sync: SyncService;
  retention: RetentionService;
  /** The officer using the device (in memory only): signed out when the engine starts. */
  session: OfficerSession;
  clock(): Date;
  close(): void;
}

export interface EngineOptions extends OpenOptions {
  databaseFile: string;
  appVersion: string;
  host?: HostCapabilities;
  /** Sync by itself when the centre is reachable (the apps); tests drive sync by hand. */
  autoSync?: boolean;
  /** Changes per push batch (default: the protocol's maximum). */
  syncBatchChanges?: number;
  /** Who the background sync attributes re-sent records to. */
  syncOfficerId?: () => string;
  /** The time the session rules read (tests move it to pass the idle lock). */
  clock?: () => Date;
  /** Purge records past the retention period by itself (default: as autoSync, i.e. the apps). */
  autoRetention?: boolean;
}

/** Opens the database and builds the handler table; the same engine serves IPC, HTTP and tests. */
export function createEngine(options: EngineOptions): Engine {
  useNativeSha256((text) => hash('sha256', text, 'hex')); // every save links the audit chain
  const db = openDatabase(options.databaseFile, options);
  const checkpointer = new IdleCheckpointer(db);
  const device = ensureDevice(db, new Date());
  const session = new OfficerSession(() => readIdleLockMinutes(db));
  // A re-sent record nobody here changed (pulled, then lost at the centre) is attributed to
  // the officer at the device, signed in or locked out; the centre refuses unknown officers.
  const officerAtDevice = () => {
    const now = new Date();
    return (session.officer(now) ?? session.lockedOfficer(now))?.id ?? 'sync';
  };
  const sync = new SyncService(db, device, options.syncOfficerId ?? officerAtDevice, {
    automatic: options.autoSync ?? false,
    ...(options.syncBatchChanges ? { batchChanges: options.syncBatchChanges } : {}),
  });
  const retention = new RetentionService(db, device, { automatic: options.autoRetention ?? options.autoSync ?? false });
  const engine = {
    db,
    device,
    sync,
    retention,
    session,
    clock: options.clock ?? (() => new Date()),
    appVersion: options.appVersion,
    checkpointer,
    host: options.host ?? null,
    close() {
      sync.stop();
      retention.stop();
      checkpointer.stop();
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  } as Engine;
  engine.handlers = createHandlers(engine);
  return engine;
}
