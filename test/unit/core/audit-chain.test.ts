import { afterEach, describe, expect, it } from 'vitest';
import { chainGenesis, chainLink, type ChainFields } from '../../../shared/audit-chain';
import { PushRequest } from '../../../shared/sync';
import { v6AuditChain } from '../../../electron/core/db/migrations/006-audit-chain';
import { nextBatch, storePushAnswer } from '../../../electron/core/sync/outbox';
import { appCall } from '../../support/app-device';
import { arrivalInput, createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

async function recordSome(n: number): Promise<string[]> {
  const ids: string[] = [];
  const boat = await appCall(t, 'interceptions.create', interceptionInput({ peopleAboard: n }));
  ids.push(boat.id);
  for (let i = 1; i < n; i++) ids.push((await appCall(t, 'arrivals.create', arrivalInput({ familyName: `Person ${i}` }))).id);
  // An update too: it is chained with its base version like any change.
  await appCall(t, 'interceptions.update', { id: boat.id, version: boat.version, changes: interceptionInput({ peopleAboard: n, notes: 'Engine failed at sea.' }) });
  return ids;
}

const audit = (t: TempEngine) =>
  t.engine.db.prepare('SELECT seq, prev_hash, chain_hash, officer_id FROM audit_log WHERE seq IS NOT NULL ORDER BY seq').all() as {
    seq: number;
    prev_hash: string;
    chain_hash: string;
    officer_id: string;
  }[];

describe('the audit chain on the device', () => {
  it('links every save: audit entry and outbox row carry the same hash, from the device’s genesis', async () => {
    t = createTempEngine();
    await recordSome(4);
    const rows = audit(t);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows[0]!.prev_hash).toBe(chainGenesis(t.engine.device.id));
    rows.forEach((row, i) => {
      expect(row.seq).toBe(i + 1);
      if (i > 0) expect(row.prev_hash).toBe(rows[i - 1]!.chain_hash);
    });
    const outbox = t.engine.db.prepare('SELECT seq, chain_hash FROM outbox ORDER BY seq').all() as { seq: number; chain_hash: string }[];
    expect(outbox.map((o) => o.chain_hash)).toEqual(rows.map((r) => r.chain_hash));
    // The hash sent is the one the centre can recompute from the change as pushed.
    const request = PushRequest.parse(JSON.parse(nextBatch(t.engine.db, t.engine.device.id)!.body));
    let prev = chainGenesis(t.engine.device.id);
    for (const change of request.changes) {
      prev = chainLink(prev, change);
      expect(change.chainHash).toBe(prev);
    }
    // Settings are audited but do not sync, so they stay out of the chain.
    await appCall(t, 'returns.setWeeklyCap', { cap: 40 });
    expect(audit(t).length).toBe(rows.length);
  });

  it('reports an intact chain, with the number of entries verified', async () => {
    t = createTempEngine();
    await recordSome(5);
    const status = await appCall(t, 'audit.chainStatus');
    expect(status).toMatchObject({ intact: true, breakCount: 0, firstBreak: null, entries: audit(t).length, verified: audit(t).length });
    expect(status.centre).toEqual({ checkedThroughSeq: 0, breaks: [] });
  });

  it('finds an audit entry edited after it was written (a different officer)', async () => {
    t = createTempEngine();
    const ids = await recordSome(4);
    t.engine.db.prepare("UPDATE audit_log SET officer_id = 'someone-else' WHERE seq = 2").run();
    const status = await appCall(t, 'audit.chainStatus');
    expect(status.intact).toBe(false);
    expect(status.breakCount).toBe(1);
    expect(status.firstBreak).toMatchObject({ seq: 2, problem: 'altered', recordId: ids[1], reference: expect.stringMatching(/^[A-Z]{3}-[0-9A-Z]{5}-\d{4}$/) });
    expect(status.verified).toBe(status.entries - 1);
  });

  it('finds a deleted entry, in the middle or the newest', async () => {
    t = createTempEngine();
    await recordSome(5);
    const n = audit(t).length;
    t.engine.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: false, firstBreak: { seq: 4, problem: 'missing' } });
    t.engine.db.prepare('DELETE FROM audit_log WHERE seq >= ?').run(n);
    const status = await appCall(t, 'audit.chainStatus');
    expect(status.breakCount).toBe(2);
    // Even with the middle entry restored, the removal of the newest shows.
    t.cleanup();
    t = createTempEngine();
    await recordSome(3);
    t.engine.db.prepare('DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)').run();
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: false, firstBreak: { problem: 'newest_missing' } });
  });

  it('finds a rewritten entry whose hash was recomputed, since the next one no longer follows', async () => {
    t = createTempEngine();
    await recordSome(4);
    const [, second] = audit(t);
    const fields = t.engine.db
      .prepare('SELECT seq, record_type AS recordType, record_id AS recordId, base_version AS baseVersion, content_hash AS contentHash, at AS recordedAt FROM audit_log WHERE seq = 2')
      .get() as Omit<ChainFields, 'officerId'>;
    const forged = chainLink(second!.prev_hash, { ...fields, officerId: 'someone-else' });
    t.engine.db.prepare("UPDATE audit_log SET officer_id = 'someone-else', chain_hash = ? WHERE seq = 2").run(forged);
    t.engine.db.prepare("UPDATE outbox SET officer_id = 'someone-else', chain_hash = ? WHERE seq = 2").run(forged);
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: false, firstBreak: { seq: 3, problem: 'altered' } });
  });

  it('finds a queued change that differs from its audit entry (payload or officer edited in the outbox)', async () => {
    t = createTempEngine();
    await recordSome(3);
    t.engine.db.prepare("UPDATE outbox SET payload = json_set(payload, '$.notes', 'nothing happened') WHERE seq = 1").run();
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: false, firstBreak: { seq: 1, problem: 'queued_copy_differs' } });
    t.cleanup();
    t = createTempEngine();
    await recordSome(3);
    t.engine.db.prepare("UPDATE outbox SET officer_id = 'someone-else' WHERE seq = 2").run();
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: false, firstBreak: { seq: 2, problem: 'queued_copy_differs' } });
  });

  it('keeps the centre’s verdict from push answers, once per entry even when an answer is stored again', async () => {
    t = createTempEngine();
    await recordSome(3);
    const batch = nextBatch(t.engine.db, t.engine.device.id)!;
    const answer = {
      batchId: batch.batchId,
      lastAppliedSeq: batch.lastSeq,
      results: Array.from({ length: batch.changes }, (_, i) => ({ seq: batch.firstSeq + i, status: 'applied' as const, version: i + 1 })),
      chainBreaks: [{ seq: 2, reason: 'mismatch' as const, expected: 'a'.repeat(64), got: 'b'.repeat(64) }],
    };
    storePushAnswer(t.engine.db, answer, new Date());
    storePushAnswer(t.engine.db, answer, new Date());
    const status = await appCall(t, 'audit.chainStatus');
    expect(status.centre).toEqual({ checkedThroughSeq: batch.lastSeq, breaks: [{ seq: 2, reason: 'mismatch', detectedAt: expect.any(String) }] });
  });

  it('chains the rows of a database from before the chain when it is migrated, to the same hashes', async () => {
    t = createTempEngine();
    await recordSome(4);
    await appCall(t, 'returns.setWeeklyCap', { cap: 40 });
    const before = audit(t);
    t.engine.db.exec(`
      DROP INDEX audit_by_seq;
      ALTER TABLE audit_log DROP COLUMN seq; ALTER TABLE audit_log DROP COLUMN content_hash; ALTER TABLE audit_log DROP COLUMN base_version;
      ALTER TABLE audit_log DROP COLUMN prev_hash; ALTER TABLE audit_log DROP COLUMN chain_hash; ALTER TABLE audit_log DROP COLUMN note;
      ALTER TABLE outbox DROP COLUMN chain_hash;
      DROP TABLE audit_chain_head; DROP TABLE centre_chain_breaks;
      DROP TABLE form_drafts; DROP TABLE name_spellings; DROP INDEX arrivals_by_status;
      ALTER TABLE conflicts DROP COLUMN base_payload;
      DROP INDEX arrivals_by_arrived; ALTER TABLE arrivals DROP COLUMN sex; ALTER TABLE arrivals DROP COLUMN age_status;
      CREATE INDEX arrivals_by_arrived ON arrivals (arrived_at, seq);
    `);
    t.engine.db.pragma(`user_version = ${v6AuditChain.version - 1}`);
    t.reopen();
    expect(audit(t)).toEqual(before);
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: true, entries: before.length, verified: before.length });
    await appCall(t, 'arrivals.create', arrivalInput({ familyName: 'After' }));
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: true, entries: before.length + 1 });
  });

  it('bridges entries a retention purge removed, by the hash the purge kept, but not entries removed otherwise', async () => {
    t = createTempEngine();
    await recordSome(5);
    const db = t.engine.db;
    const rows = db.prepare('SELECT id, seq, chain_hash FROM audit_log WHERE seq IN (2, 3) ORDER BY seq').all() as { id: number; seq: number; chain_hash: string }[];
    db.prepare('DELETE FROM audit_log WHERE seq IN (2, 3)').run();
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: false, firstBreak: { seq: 4, problem: 'missing' } });
    // What electron/core/retention/audit-runs.ts keeps for the run it deleted.
    db.prepare('INSERT INTO audit_purged_runs (from_id, to_id, rows, last_chain_hash) VALUES (?, ?, 2, ?)').run(rows[0]!.id, rows[1]!.id, rows[1]!.chain_hash);
    const n = audit(t).length;
    expect(await appCall(t, 'audit.chainStatus')).toMatchObject({ intact: true, purged: 2, entries: n, verified: n });
  });
});

