import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { applyKey, CURRENT_PAGE_CIPHER } from '../../../electron/core/db/page-cipher';
import { dispatch } from '../../../electron/core/dispatch';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

let temp: TempEngine;

/** The file as SQLite sees it, with the key, but without the app's migrations. */
function openRaw(file: string, key: Buffer) {
  const db = new Database(file);
  applyKey(db, key, CURRENT_PAGE_CIPHER);
  return db;
}
afterEach(() => temp?.cleanup());

describe('local database', () => {
  it('opens with WAL, synchronous=FULL, foreign keys and the current schema version', () => {
    temp = createTempEngine();
    const { db } = temp.engine;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('merges the name search index only when idle, and finds every name before and after', async () => {
    temp = createTempEngine();
    const { db } = temp.engine;
    // Merging during saves made one save in a hundred take 30 ms at a million people.
    expect(db.prepare("SELECT v FROM arrival_names_config WHERE k = 'automerge'").get()).toEqual({ v: 0 });
    const segments = () => (db.prepare("SELECT count(*) AS n FROM arrival_names_idx").get() as { n: number }).n;
    for (let i = 0; i < 12; i++) {
      const saved = await dispatch(temp.engine.handlers, 'arrivals.create', arrivalInput({ familyName: `Idlemerge${i}` }), temp.ctx);
      expect(saved.ok).toBe(true);
    }
    const beforeMerge = segments();
    temp.engine.checkpointer.checkpointNow();
    expect(segments()).toBeLessThan(beforeMerge);
    const found = await dispatch(temp.engine.handlers, 'arrivals.list', { filter: { search: 'idlemerge' }, limit: 50, withTotal: true }, temp.ctx);
    expect(found.ok && (found.value as { total: number }).total).toBe(12);
  });

  it('uses STRICT tables: a wrongly typed value is refused', () => {
    temp = createTempEngine();
    expect(() =>
      temp.engine.db
        .prepare("INSERT INTO settings (key, value) VALUES ('x', ?)")
        .run(Buffer.from('not text')),
    ).toThrow(/cannot store BLOB value in TEXT column/);
  });

  it('keeps the same device identity and data across reopen, without re-running migrations', () => {
    temp = createTempEngine();
    const code = temp.engine.device.code;
    temp.reopen();
    expect(temp.engine.device.code).toBe(code);
    expect(temp.engine.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('refuses a database written by a newer app and leaves it untouched', () => {
    temp = createTempEngine();
    temp.engine.close();
    const raw = openRaw(temp.file, temp.key);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();

    expect(() => openDatabase(temp.file, { key: temp.key })).toThrow(/written by a newer version of the field recorder .*Nothing in the database has been changed/);

    const check = openRaw(temp.file, temp.key);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 5);
    check.close();
    temp.engine = { close() {} } as TempEngine['engine'];
  });
});
