import { statSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkpointIfWalLarge, IdleCheckpointer, LONG_JOB_WAL_BYTES } from '../../../electron/core/db/checkpoint';
import { JOURNAL_SIZE_LIMIT_BYTES } from '../../../electron/core/db/connection';
import { logger } from '../../../electron/core/log';
import { createTempEngine, type TempEngine } from '../../support/temp-engine';

let temp: TempEngine;
afterEach(() => temp?.cleanup());

const walBytes = (file: string) => statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;

describe('a long job between its transactions', () => {
  it('leaves a small WAL alone, and folds a large one back so the file shrinks when it restarts', () => {
    temp = createTempEngine();
    const { db } = temp.engine;
    const file = db.name;
    db.exec('CREATE TABLE scratch (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO scratch (body) VALUES (randomblob(1000000))');
    // A few transactions of 1 MB each, as a purge's windows are: nothing to do yet.
    for (let i = 0; i < 3; i++) db.transaction(() => insert.run())();
    expect(checkpointIfWalLarge(db)).toBe(false);

    while (walBytes(file) < LONG_JOB_WAL_BYTES) db.transaction(() => insert.run())();
    expect(checkpointIfWalLarge(db)).toBe(true);
    // The next write starts the WAL afresh, and the file is cut back to the connection's limit.
    db.transaction(() => insert.run())();
    expect(walBytes(file)).toBeLessThanOrEqual(JOURNAL_SIZE_LIMIT_BYTES);
    expect((db.prepare('SELECT count(*) AS n FROM scratch').get() as { n: number }).n).toBeGreaterThan(30);
  });
});

describe('the idle checkpoint', () => {
  it('starts the WAL afresh itself, so the next save does not, and the WAL file is cut back to its limit', () => {
    temp = createTempEngine();
    const { db, checkpointer } = temp.engine;
    const file = db.name;
    db.exec('CREATE TABLE scratch (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO scratch (body) VALUES (randomblob(1000000))');
    while (walBytes(file) <= JOURNAL_SIZE_LIMIT_BYTES) db.transaction(() => insert.run())();
    checkpointer.checkpointNow();
    expect(walBytes(file)).toBeLessThanOrEqual(JOURNAL_SIZE_LIMIT_BYTES);
    // What is left to fold is the idle checkpoint's own small write, not the saves before it.
    const [left] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
    expect(left!.log).toBeLessThanOrEqual(4);
  });
});

describe('the idle checkpoint when the database cannot be written', () => {
  it('is logged and tried again at the next idle moment, never thrown out of its timer', async () => {
    temp = createTempEngine();
    const { db } = temp.engine;
    const idle = new IdleCheckpointer(db, 5);
    db.exec('CREATE TABLE scratch (id INTEGER PRIMARY KEY); INSERT INTO scratch DEFAULT VALUES');
    db.pragma('query_only = ON'); // as a full disk or a read-only file refuses writes
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    try {
      idle.noteWrite();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warn).toHaveBeenCalledWith('idle checkpoint failed', { code: 'SQLITE_READONLY' });
    } finally {
      warn.mockRestore();
      db.pragma('query_only = OFF');
    }
  });
});
