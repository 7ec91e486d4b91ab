import Database from 'better-sqlite3-multiple-ciphers';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { loadOrCreatePlainKey, PROTECTED_KEY_FILE } from '../../../electron/core/db/key-file';
import { applyKey, CURRENT_PAGE_CIPHER, type PageCipher } from '../../../electron/core/db/page-cipher';
import { dispatch } from '../../../electron/core/dispatch';
import { createEngine } from '../../../electron/core/engine';
import { arrivalInput, createTempEngine, testContext, type TempEngine } from '../../support/temp-engine';

let temp: TempEngine | undefined;
let dir: string | undefined;
afterEach(() => {
  temp?.cleanup();
  temp = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Whether the file's pages can be read with this key and cipher, without the app's migrations. */
function opensWith(file: string, key: Buffer, cipher: PageCipher): boolean {
  const db = new Database(file, { readonly: true });
  try {
    applyKey(db, key, cipher);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/** An unencrypted database, as versions before encryption wrote it, holding one person. */
async function plainDatabaseWith(familyName: string) {
  dir = mkdtempSync(join(tmpdir(), 'plain-'));
  const file = join(dir, 'db.sqlite');
  const plain = createEngine({ databaseFile: file, appVersion: 't' });
  const saved = await dispatch(plain.handlers, 'arrivals.create', arrivalInput({ familyName }), testContext());
  plain.close();
  return { file, saved };
}

const filesOf = (file: string) => [file, `${file}-wal`, `${file}-shm`].filter(existsSync);
const hashOf = (file: string) => filesOf(file).map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')).join();

describe('encryption at rest', () => {
  it('leaves no plaintext personal data in the database files, before or after a checkpoint', async () => {
    temp = createTempEngine();
    const result = await dispatch(temp.engine.handlers, 'arrivals.create', arrivalInput({ familyName: 'Tesfamariamzz', documents: [{ type: 'PASSPORT', number: 'PX7654321' }] }), temp.ctx);
    expect(result.ok).toBe(true);
    for (const stage of ['in the WAL', 'after checkpoint']) {
      if (stage === 'after checkpoint') temp.engine.db.pragma('wal_checkpoint(TRUNCATE)');
      for (const file of filesOf(temp.file)) {
        const bytes = readFileSync(file);
        expect(bytes.includes(Buffer.from('Tesfamariamzz')), `${file} ${stage}`).toBe(false);
        expect(bytes.includes(Buffer.from('PX7654321')), `${file} ${stage}`).toBe(false);
        expect(bytes.includes(Buffer.from('SQLite format 3')), `${file} ${stage}`).toBe(false);
      }
    }
  });

  it('refuses a wrong key with a clear message and changes nothing', () => {
    temp = createTempEngine();
    temp.engine.close();
    const before = hashOf(temp.file);
    expect(() => openDatabase(temp!.file, { key: randomBytes(32) })).toThrow(/cannot be opened with this device’s key .*Nothing has been changed/);
    expect(() => openDatabase(temp!.file, {})).toThrow(/encrypted and no key was given/);
    expect(hashOf(temp.file)).toBe(before);
    temp.reopen(); // the right key still opens it
  });

  it('re-encrypts a database in the SQLCipher format of earlier versions once, keeping its records', async () => {
    const { file, saved } = await plainDatabaseWith('Oldformat');
    const key = randomBytes(32);
    const old = new Database(file);
    old.pragma('journal_mode = DELETE');
    old.pragma(`cipher = 'sqlcipher'`);
    old.pragma('legacy = 4');
    old.pragma(`rekey = "x'${key.toString('hex')}'"`);
    old.close();
    expect(opensWith(file, key, 'sqlcipher4')).toBe(true);

    const engine = createEngine({ databaseFile: file, appVersion: 't', key });
    const read = await dispatch(engine.handlers, 'arrivals.get', { id: (saved as { value: { id: string } }).value.id }, testContext());
    expect(read).toMatchObject({ ok: true, value: { familyName: 'Oldformat' } });
    engine.close();
    expect(opensWith(file, key, CURRENT_PAGE_CIPHER)).toBe(true);
    expect(opensWith(file, key, 'sqlcipher4')).toBe(false);
    expect(readFileSync(file).includes(Buffer.from('Oldformat'))).toBe(false);
  });

  it('writes new databases with the current cipher only', () => {
    temp = createTempEngine();
    temp.engine.close();
    expect(opensWith(temp.file, temp.key, CURRENT_PAGE_CIPHER)).toBe(true);
    expect(opensWith(temp.file, temp.key, 'sqlcipher4')).toBe(false);
    temp.reopen();
  });

  it('encrypts a database created before encryption, keeping its records', async () => {
    const { file, saved } = await plainDatabaseWith('Plainname');
    expect(readFileSync(file).includes(Buffer.from('Plainname'))).toBe(true);

    const key = randomBytes(32);
    const encrypted = createEngine({ databaseFile: file, appVersion: 't', key });
    const read = await dispatch(encrypted.handlers, 'arrivals.get', { id: (saved as { value: { id: string } }).value.id }, testContext());
    expect(read).toMatchObject({ ok: true, value: { familyName: 'Plainname' } });
    encrypted.close();
    expect(readFileSync(file).includes(Buffer.from('Plainname'))).toBe(false);
  });
});

describe('browser mode key file', () => {
  it('is created once, owner-only, and reused', () => {
    dir = mkdtempSync(join(tmpdir(), 'key-'));
    const key = loadOrCreatePlainKey(dir);
    expect(key).toHaveLength(32);
    expect(statSync(join(dir, 'database.key')).mode & 0o777).toBe(0o600);
    expect(loadOrCreatePlainKey(dir).equals(key)).toBe(true);
  });

  it('refuses a folder protected by the desktop keychain, and a damaged key file', () => {
    dir = mkdtempSync(join(tmpdir(), 'key-'));
    writeFileSync(join(dir, PROTECTED_KEY_FILE), 'wrapped');
    expect(() => loadOrCreatePlainKey(dir!)).toThrow(/Open it with the desktop app/);
    rmSync(join(dir, PROTECTED_KEY_FILE));
    writeFileSync(join(dir, 'database.key'), 'abc');
    expect(() => loadOrCreatePlainKey(dir!)).toThrow(/damaged/);
  });
});
