import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/domain/errors';

/** Where browser mode keeps the database key: owner-only, next to the database. */
export const PLAIN_KEY_FILE = 'database.key';
/** Where the desktop app keeps it, wrapped by the operating system's keychain (safeStorage). */
export const PROTECTED_KEY_FILE = 'database.key.protected';

/**
 * Browser mode's key: 32 random bytes in a file only the user can read. Weaker than the
 * desktop app's keychain-protected key (anyone who can read the user's files can read
 * it), which the README's threat model says plainly.
 */
export function loadOrCreatePlainKey(userDataDir: string): Buffer {
  const protectedFile = join(userDataDir, PROTECTED_KEY_FILE);
  const file = join(userDataDir, PLAIN_KEY_FILE);
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    if (key.length !== 32) throw new AppError('UNAVAILABLE', `The key file ${file} is damaged. Nothing has been changed.`);
    return key;
  }
  if (existsSync(protectedFile)) {
    throw new AppError('UNAVAILABLE', 'This data folder is protected by the desktop app’s system keychain. Open it with the desktop app.');
  }
  const key = randomBytes(32);
  // A first start: the key is written before the engine creates the folder for the database.
  mkdirSync(userDataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
