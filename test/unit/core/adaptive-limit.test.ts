import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { adaptiveLimit, MIN_PULL_PAGE, MIN_PUSH_BATCH_CHANGES } from '../../../electron/core/sync/adaptive-limit';
import { forgetUnansweredBatches, nextBatch, storePushAnswer } from '../../../electron/core/sync/outbox';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

const pushBatchLimit = (db: TempEngine['engine']['db'], max: number) => adaptiveLimit(db, 'pushBatchLimit', max, MIN_PUSH_BATCH_CHANGES);

describe('an adaptive request size', () => {
  it('halves when a push does not get through, down to a floor, and doubles back after each answer', () => {
    t = createTempEngine();
    const limit = pushBatchLimit(t.engine.db, 2000);
    expect(limit.current()).toBe(2000);
    const afterFailures = [1, 2, 3, 4, 5, 6, 7].map(() => (limit.failed(), limit.current()));
    expect(afterFailures).toEqual([1000, 500, 250, 125, 62, 31, MIN_PUSH_BATCH_CHANGES]);
    limit.failed();
    expect(limit.current()).toBe(MIN_PUSH_BATCH_CHANGES);
    const afterAnswers = [1, 2, 3, 4, 5, 6, 7].map(() => (limit.answered(), limit.current()));
    expect(afterAnswers).toEqual([50, 100, 200, 400, 800, 1600, 2000]);
  });

  it('is remembered by the database, one for push batches and one for pull pages, and kept within what this sync allows', () => {
    t = createTempEngine();
    const limit = pushBatchLimit(t.engine.db, 2000);
    limit.failed();
    limit.failed();
    expect(pushBatchLimit(t.engine.db, 2000).current()).toBe(500);
    const pages = adaptiveLimit(t.engine.db, 'pullPageLimit', 1000, MIN_PULL_PAGE);
    expect(pages.current()).toBe(1000);
    for (let i = 0; i < 10; i++) pages.failed();
    expect(adaptiveLimit(t.engine.db, 'pullPageLimit', 1000, MIN_PULL_PAGE).current()).toBe(MIN_PULL_PAGE);
    expect(pushBatchLimit(t.engine.db, 2000).current()).toBe(500);
    expect(pushBatchLimit(t.engine.db, 100).current()).toBe(100);
    // A maximum below the floor (tests' tiny batches) is the floor.
    expect(pushBatchLimit(t.engine.db, 4).current()).toBe(4);
  });
});

describe('forgetting unanswered batches', () => {
  it('lets their changes go again in smaller batches; answered rows and their names are left alone', async () => {
    t = createTempEngine();
    for (let i = 0; i < 6; i++) {
      const made = await dispatch(t.engine.handlers, 'arrivals.create', arrivalInput({ familyName: `Batch${i}` }), t.ctx);
      if (!made.ok) throw new Error(made.error.message);
    }
    const db = t.engine.db;
    const device = t.engine.device.id;
    const answered = nextBatch(db, device, { maxChanges: 2 })!;
    storePushAnswer(db, { batchId: answered.batchId, lastAppliedSeq: 2, results: [1, 2].map((seq) => ({ seq, status: 'applied' as const, version: seq })) }, new Date());
    const big = nextBatch(db, device, { maxChanges: 4 })!;
    expect([big.firstSeq, big.lastSeq]).toEqual([3, 6]);
    // Named: the same four changes again, whatever size is asked for now.
    expect(nextBatch(db, device, { maxChanges: 2 })!.batchId).toBe(big.batchId);

    forgetUnansweredBatches(db);

    const smaller = nextBatch(db, device, { maxChanges: 2 })!;
    expect([smaller.firstSeq, smaller.lastSeq]).not.toEqual([big.firstSeq, big.lastSeq]);
    expect([smaller.firstSeq, smaller.lastSeq, smaller.batchId === big.batchId]).toEqual([3, 4, false]);
    const names = db.prepare('SELECT seq, batch_id AS name FROM outbox WHERE batch_id IS NOT NULL ORDER BY seq').all() as { seq: number; name: string }[];
    expect(names).toEqual([
      { seq: 1, name: answered.batchId },
      { seq: 2, name: answered.batchId },
      { seq: 3, name: smaller.batchId },
      { seq: 4, name: smaller.batchId },
    ]);
  });
});
