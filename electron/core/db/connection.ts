import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/domain/errors';
import { logger } from '../log';
import { migrate } from './migrations';
import { applyKey, CURRENT_PAGE_CIPHER, reencryptInPlace, type PageCipher } from './page-cipher';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for Electron's ABI; Node's build is used when absent. */
  nativeBinding?: string;
  /**
   * 32-byte key: the file is encrypted at rest (page-cipher.ts). Without it the
   * database is plain, which only tests and benchmarks that say so use.
   */
  key?: Buffer | null;
}

const PLAIN_HEADER = 'SQLite format 3\0';

/** What is left of the WAL file after a checkpoint lets it restart: a few busy minutes of saves. */
export const JOURNAL_SIZE_LIMIT_BYTES = 8 * 2 ** 20;

/** True when the file exists and is an unencrypted SQLite database. */
function isPlainDatabase(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const header = Buffer.alloc(16);
      return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === PLAIN_HEADER;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Opens (creating if needed) the app's one connection and brings its schema up to date.
 * synchronous=FULL: with NORMAL a save that returned success can vanish on power loss.
 * Automatic checkpoints are off so they never land on a save; see IdleCheckpointer.
 * A wrong key is found by the first read, before anything could be written.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const db = options.key ? openEncrypted(file, options.key, options.nativeBinding) : openPlain(file, options.nativeBinding);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('wal_autocheckpoint = 0');
    // A WAL that grew during a long job shrinks back to this when it restarts (db/checkpoint.ts).
    db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`);
    // 64 MiB of decrypted pages: at a million people the hot index pages stay in memory.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const connect = (file: string, nativeBinding?: string) => new Database(file, nativeBinding ? { nativeBinding } : {});

function readable(db: Db): boolean {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  }
}

function openPlain(file: string, nativeBinding?: string): Db {
  const db = connect(file, nativeBinding);
  if (readable(db)) return db;
  db.close();
  throw new AppError('UNAVAILABLE', 'The database on this laptop is encrypted and no key was given. Nothing has been changed.');
}

/**
 * Opens with the current cipher; a database still plain, or in the SQLCipher format of
 * earlier versions, is re-encrypted once. A key that opens neither leaves the file untouched.
 */
function openEncrypted(file: string, key: Buffer, nativeBinding?: string): Db {
  const formats = isPlainDatabase(file) ? (['plain'] as const) : ([CURRENT_PAGE_CIPHER, 'sqlcipher4'] as const);
  for (const format of formats) {
    const db = openAs(file, key, format, nativeBinding);
    if (!db) continue;
    if (format !== CURRENT_PAGE_CIPHER) {
      logger.info('re-encrypting the database once, in place (about 40 s at a million people)', { from: format, to: CURRENT_PAGE_CIPHER });
      try {
        reencryptInPlace(db, key);
      } catch (error) {
        db.close();
        throw error;
      }
    }
    return db;
  }
  throw new AppError(
    'UNAVAILABLE',
    'The database on this laptop cannot be opened with this device’s key (the key is wrong or was lost). Nothing has been changed. Contact your administrator; records already safe at the centre can be recovered by syncing a new device.',
  );
}

/** A connection whose pages read with this key in this format, or null (closed again) when they do not. */
function openAs(file: string, key: Buffer, format: PageCipher | 'plain', nativeBinding?: string): Db | null {
  const db = connect(file, nativeBinding);
  if (format !== 'plain') applyKey(db, key, format);
  if (readable(db)) return db;
  db.close();
  return null;
}
