import type { Db } from './db/connection';
import { openDatabase, type OpenOptions } from './db/connection';
import { IdleCheckpointer } from './db/checkpoint';
import { ensureDevice, type Device } from './db/device';
import { createHandlers, type HandlerTable } from './api';
import type { HostCapabilities } from './host';

export interface Engine {
  db: Db;
  device: Device;
  appVersion: string;
  checkpointer: IdleCheckpointer;
  handlers: HandlerTable;
  host: HostCapabilities | null;
  close(): void;
}

export interface EngineOptions extends OpenOptions {
  databaseFile: string;
  appVersion: string;
  host?: HostCapabilities;
}

/** Opens the database and builds the handler table; the same engine serves IPC, HTTP and tests. */
export function createEngine(options: EngineOptions): Engine {
  const db = openDatabase(options.databaseFile, options);
  const checkpointer = new IdleCheckpointer(db);
  const engine = {
    db,
    device: ensureDevice(db, new Date()),
    appVersion: options.appVersion,
    checkpointer,
    host: options.host ?? null,
    close() {
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
