import { safeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAIN_KEY_FILE, PROTECTED_KEY_FILE } from '../core/db/key-file';

/**
 * The database key, wrapped by the operating system's keychain (Keychain, DPAPI, or
 * libsecret/kwallet on Linux) through safeStorage. A plain key left by browser mode is
 * wrapped and the plain file removed. Refuses to run on Linux's fallback "basic_text"
 * store, which would protect nothing.
 */
export function loadDatabaseKey(userDataDir: string): Buffer {
  if (!safeStorage.isEncryptionAvailable()) {
    throw new Error('The system keychain is not available, so the database key cannot be protected. Sign in to a desktop session with a keyring.');
  }
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    throw new Error('No system keyring was found (gnome-keyring or kwallet). The field recorder needs one to protect its data.');
  }
  const protectedFile = join(userDataDir, PROTECTED_KEY_FILE);
  const plainFile = join(userDataDir, PLAIN_KEY_FILE);
  if (existsSync(protectedFile)) return Buffer.from(safeStorage.decryptString(readFileSync(protectedFile)), 'hex');
  const key = existsSync(plainFile) ? Buffer.from(readFileSync(plainFile, 'utf8').trim(), 'hex') : randomBytes(32);
  writeFileSync(protectedFile, safeStorage.encryptString(key.toString('hex')), { mode: 0o600 });
  rmSync(plainFile, { force: true });
  return key;
}
