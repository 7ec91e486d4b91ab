import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { nextBatch, storePushAnswer } from '../../../electron/core/sync/outbox';
import { readSyncState, writeSyncState } from '../../../electron/core/sync/sync-state';
import { PushRequest, type PushResponse } from '../../../shared/sync';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

async function recordPeople(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const result = await dispatch(t.engine.handlers, 'arrivals.create', arrivalInput({ familyName: `Ñandú "${i}" \\ Zoë` }), t.ctx);
    if (!result.ok) throw new Error(result.error.message);
    ids.push((result.value as { id: string }).id);
  }
  return ids;
}

const serverVersions = (t: TempEngine) => (t.engine.db.prepare('SELECT server_version AS v FROM arrivals ORDER BY seq').all() as { v: number | null }[]).map((r) => r.v);
const outboxStates = (t: TempEngine) => (t.engine.db.prepare('SELECT state FROM outbox ORDER BY seq').all() as { state: string }[]).map((r) => r.state);

describe('outbox batches', () => {
  it('are written as exactly JSON.stringify of the request, and resent byte for byte under their name', async () => {
    t = createTempEngine();
    await recordPeople(3);
    const db = t.engine.db;
    const batch = nextBatch(db, t.engine.device.id)!;
    const request = PushRequest.parse(JSON.parse(batch.body));
    // The centre hashes the body it receives to recognise a resent batch; the app's earlier
    // versions sent JSON.stringify of the request, so a batch named by them is still recognised.
    expect(batch.body).toBe(JSON.stringify(request));
    expect([batch.firstSeq, batch.lastSeq, batch.changes]).toEqual([1, 3, 3]);
    expect(nextBatch(db, t.engine.device.id)!.body).toBe(batch.body);
    expect(nextBatch(db, t.engine.device.id, { maxChanges: 1 })!.body).toBe(batch.body);
    // The name is on the first and last rows; earlier versions put it on every row.
    expect((db.prepare('SELECT batch_id FROM outbox ORDER BY seq').all() as { batch_id: string | null }[]).map((r) => r.batch_id)).toEqual([batch.batchId, null, batch.batchId]);
    db.prepare('UPDATE outbox SET batch_id = ?').run(batch.batchId);
    expect(nextBatch(db, t.engine.device.id)!.body).toBe(batch.body);
    expect(nextBatch(db, t.engine.device.id, { afterSeq: batch.lastSeq })).toBeNull();
  });

  it('are bounded by count and bytes, and never take rows of another named batch', async () => {
    t = createTempEngine();
    await recordPeople(5);
    const db = t.engine.db;
    const first = nextBatch(db, t.engine.device.id, { maxChanges: 2 })!;
    expect([first.firstSeq, first.lastSeq]).toEqual([1, 2]);
    const second = nextBatch(db, t.engine.device.id, { afterSeq: first.lastSeq, maxChanges: 2 })!;
    expect([second.firstSeq, second.lastSeq]).toEqual([3, 4]);
    // The first batch is made pending and unnamed again (a rewind): it stops before the second.
    db.prepare('UPDATE outbox SET batch_id = NULL WHERE seq <= 2').run();
    const again = nextBatch(db, t.engine.device.id, { maxChanges: 10 })!;
    expect([again.firstSeq, again.lastSeq]).toEqual([1, 2]);
    const small = nextBatch(db, t.engine.device.id, { afterSeq: second.lastSeq, maxBytes: 10 })!;
    expect(small.changes).toBe(1);
  });

  it('store every answer in one go: versions, states, conflicts, and a pull cursor that skips own changes', async () => {
    t = createTempEngine();
    const ids = await recordPeople(4);
    const db = t.engine.db;
    const batch = nextBatch(db, t.engine.device.id)!;
    writeSyncState(db, 'pullCursor', 'cursor-before');
    const response: PushResponse = {
      batchId: batch.batchId,
      lastAppliedSeq: 4,
      results: [
        { seq: 1, status: 'applied', version: 11 },
        { seq: 2, status: 'duplicate', original: 'applied', version: 7, sameContent: true },
        { seq: 3, status: 'conflict', conflictId: '0190a1b2-0000-7000-8000-000000000009', serverVersion: 5, serverPayload: { id: ids[2], note: 'theirs' }, serverContentHash: 'a'.repeat(64) },
        { seq: 4, status: 'rejected', issues: [{ path: 'payload.sex', message: 'Choose the sex' }] },
      ],
      pullCursorSkip: { from: 'cursor-before', to: 'cursor-after' },
    };
    expect(storePushAnswer(db, response, new Date())).toEqual({ applied: 1, duplicate: 1, conflicts: 1, rejected: 1 });
    expect(serverVersions(t)).toEqual([11, 7, null, null]);
    expect(outboxStates(t)).toEqual(['applied', 'applied', 'conflict', 'rejected']);
    const stored = db.prepare('SELECT result FROM outbox WHERE seq = 4').get() as { result: string };
    expect(JSON.parse(stored.result)).toEqual(response.results[3]);
    const conflict = db.prepare('SELECT record_id, server_payload, server_version FROM conflicts').get() as { record_id: string; server_payload: string; server_version: number };
    expect(conflict).toEqual({ record_id: ids[2], server_payload: JSON.stringify({ id: ids[2], note: 'theirs' }), server_version: 5 });
    expect(readSyncState(db, 'pullCursor')).toBe('cursor-after');
  });

  it('keep the pull cursor when others changed the centre since this device pulled', async () => {
    t = createTempEngine();
    await recordPeople(1);
    const db = t.engine.db;
    const batch = nextBatch(db, t.engine.device.id)!;
    writeSyncState(db, 'pullCursor', 'older-cursor');
    const results = [{ seq: 1, status: 'applied' as const, version: 3 }];
    storePushAnswer(db, { batchId: batch.batchId, lastAppliedSeq: 1, results, pullCursorSkip: { from: 'cursor-2', to: 'cursor-3' } }, new Date());
    expect(readSyncState(db, 'pullCursor')).toBe('older-cursor');
  });

  it('give a record changed twice in one batch the version of its last change', async () => {
    t = createTempEngine();
    const [id] = await recordPeople(1);
    const saved = await dispatch(t.engine.handlers, 'arrivals.get', { id }, t.ctx);
    if (!saved.ok) throw new Error(saved.error.message);
    const updated = await dispatch(t.engine.handlers, 'arrivals.update', { id, version: 1, changes: arrivalInput({ familyName: 'Changed' }) }, t.ctx);
    if (!updated.ok) throw new Error(updated.error.message);
    const db = t.engine.db;
    const batch = nextBatch(db, t.engine.device.id)!;
    const results = [
      { seq: 1, status: 'applied' as const, version: 1 },
      { seq: 2, status: 'applied' as const, version: 2 },
    ];
    storePushAnswer(db, { batchId: batch.batchId, lastAppliedSeq: 2, results }, new Date());
    expect(serverVersions(t)).toEqual([2]);
  });
});
