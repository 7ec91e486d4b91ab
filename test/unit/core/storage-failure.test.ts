import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { storageFailureMessage } from '../../../electron/core/db/storage-failure';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

describe('a save the laptop could not store', () => {
  it("tells the officer the disk is full, keeps nothing half-written, and saves again once there is room", async () => {
    t = createTempEngine();
    const db = t.engine.db;
    const count = () => (db.prepare('SELECT count(*) AS n FROM arrivals').get() as { n: number }).n;
    const outbox = () => (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
    // A disk with no room left: SQLite may not grow the database file by another page.
    const pages = (db.pragma('page_count', { simple: true }) as number);
    db.pragma(`max_page_count = ${pages}`);
    let result = await dispatch(t.engine.handlers, 'arrivals.create', arrivalInput({ familyName: 'Kidaneqq', notes: 'x'.repeat(4000) }), t.ctx);
    for (let i = 0; result.ok && i < 200; i++) {
      result = await dispatch(t.engine.handlers, 'arrivals.create', arrivalInput({ familyName: 'Kidaneqq', notes: 'x'.repeat(4000) }), t.ctx);
    }
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        message: "This laptop's disk is full, so nothing was saved. What you typed is still on screen: free some space on the disk (or tell your supervisor), then try again.",
      },
    });
    const [people, changes] = [count(), outbox()];
    expect(changes).toBe(people); // no record without its change to send, nor the other way round
    db.pragma('max_page_count = 1073741823');
    expect((await dispatch(t.engine.handlers, 'arrivals.create', arrivalInput({ familyName: 'Kidaneqq' }), t.ctx)).ok).toBe(true);
    expect(count()).toBe(people + 1);
  });

  it('names each kind of storage failure by its primary code, and leaves other errors alone', () => {
    const failure = (code: string) => Object.assign(new Error('x'), { code });
    expect(storageFailureMessage(failure('SQLITE_IOERR_WRITE'))).toMatch(/could not write to its disk/);
    expect(storageFailureMessage(failure('SQLITE_READONLY_DBMOVED'))).toMatch(/read-only/);
    expect(storageFailureMessage(failure('SQLITE_CORRUPT'))).toMatch(/damaged/);
    expect(storageFailureMessage(failure('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageFailureMessage(new TypeError('x'))).toBeNull();
    expect(storageFailureMessage(null)).toBeNull();
  });
});
