import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for Electron's ABI; Node's build is used when absent. */
  nativeBinding?: string;
}

/**
 * Opens (creating if needed) the app's one connection and brings its schema up to date.
 * synchronous=FULL: with NORMAL a save that returned success can vanish on power loss.
 * Automatic checkpoints are off so they never land on a save; see IdleCheckpointer.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('wal_autocheckpoint = 0');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
