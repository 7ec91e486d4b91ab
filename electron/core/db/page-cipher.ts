import type Database from 'better-sqlite3-multiple-ciphers';

type Db = Database.Database;

/**
 * How the database pages are encrypted at rest (SQLite3 Multiple Ciphers).
 *
 * - `aegis`: AEGIS-256, an authenticated cipher built on the AES round instruction that every
 *   laptop CPU of the last decade has. A fresh random nonce and a 256-bit tag per page: a page
 *   that was changed on disk, or read with another key, is refused. About twice as fast per
 *   page as SQLCipher’s AES-CBC plus HMAC-SHA512, which took about 40% of a save at a
 *   million people. New databases use it.
 * - `sqlcipher4`: the SQLCipher 4 format that earlier versions of the app wrote. Such a
 *   database is opened once with it and re-encrypted to AEGIS (`reencryptInPlace`).
 *
 * The key is always a raw 256-bit key (`x'…'`): it is random, so no key derivation is run.
 */
export type PageCipher = 'aegis' | 'sqlcipher4';

export const CURRENT_PAGE_CIPHER: PageCipher = 'aegis';

function chooseCipher(db: Db, cipher: PageCipher): void {
  if (cipher === 'aegis') {
    db.pragma(`cipher = 'aegis'`);
    db.pragma(`algorithm = 'aegis-256'`);
  } else {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
  }
}

const rawKey = (key: Buffer) => `"x'${key.toString('hex')}'"`;

/** Sets the key for the pages read and written from now on; a wrong one shows at the first read. */
export function applyKey(db: Db, key: Buffer, cipher: PageCipher): void {
  chooseCipher(db, cipher);
  db.pragma(`key = ${rawKey(key)}`);
}

/**
 * Rewrites every page, in one transaction, encrypted with the current cipher: a plain
 * database from before encryption, or one in an older format. Rekeying needs the rollback
 * journal, so the WAL is emptied first; a crash midway leaves the old file as it was.
 */
export function reencryptInPlace(db: Db, key: Buffer): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  chooseCipher(db, CURRENT_PAGE_CIPHER);
  db.pragma(`rekey = ${rawKey(key)}`);
}
