import { v7 as uuidv7 } from 'uuid';
import { MAX_BATCH_BYTES, MAX_BATCH_CHANGES, type PushRequest, type PushResponse } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

interface OutboxRow {
  seq: number;
  record_type: string;
  record_id: string;
  base_version: number | null;
  payload: string;
  content_hash: string;
  officer_id: string;
  created_at: string;
  batch_id: string | null;
}

/** Changes recorded here that the centre has not yet acknowledged. */
export function countPending(db: Db): number {
  return (stmt(db, "SELECT count(*) AS n FROM outbox WHERE state = 'pending'").get() as { n: number }).n;
}

/** Room for the envelope around the changes, so the whole body stays under MAX_BATCH_BYTES. */
const ENVELOPE_BYTES = 1024;

/**
 * The next batch to push: the oldest pending changes, contiguous, bounded by count and by
 * bytes. A batch is named (batch_id) before it is sent, and a batch that was sent but not
 * answered is sent again whole under the same name, so the centre can replay its answer.
 */
export function nextBatch(db: Db, deviceId: string, maxChanges = MAX_BATCH_CHANGES, maxBytes = MAX_BATCH_BYTES): PushRequest | null {
  const first = stmt(db, "SELECT seq, batch_id FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT 1").get() as Pick<OutboxRow, 'seq' | 'batch_id'> | undefined;
  if (!first) return null;
  let rows: OutboxRow[];
  if (first.batch_id) {
    rows = stmt(db, "SELECT * FROM outbox WHERE batch_id = ? AND state = 'pending' ORDER BY seq").all(first.batch_id) as OutboxRow[];
  } else {
    rows = [];
    let bytes = ENVELOPE_BYTES;
    for (const row of stmt(db, "SELECT * FROM outbox WHERE state = 'pending' AND seq >= ? ORDER BY seq LIMIT ?").iterate(first.seq, maxChanges) as Iterable<OutboxRow>) {
      bytes += row.payload.length + 300;
      if (rows.length > 0 && bytes > maxBytes) break;
      rows.push(row);
    }
    const batchId = uuidv7();
    db.transaction(() => {
      for (const row of rows) stmt(db, 'UPDATE outbox SET batch_id = ? WHERE seq = ?').run(batchId, row.seq);
    })();
    rows = rows.map((r) => ({ ...r, batch_id: batchId }));
  }
  return {
    deviceId,
    batchId: rows[0]!.batch_id!,
    firstSeq: rows[0]!.seq,
    lastSeq: rows[rows.length - 1]!.seq,
    changes: rows.map((r) => ({
      seq: r.seq,
      recordType: r.record_type,
      recordId: r.record_id,
      baseVersion: r.base_version,
      payload: JSON.parse(r.payload) as unknown,
      contentHash: r.content_hash,
      officerId: r.officer_id,
      recordedAt: r.created_at,
    })),
  };
}

const TABLE_OF: Record<string, string> = {
  interception: 'interceptions',
  arrival: 'arrivals',
  returns_case: 'returns_cases',
  transfer: 'transfers',
  match_decision: 'match_decisions',
};

export interface PushTally {
  applied: number;
  duplicate: number;
  conflicts: number;
  rejected: number;
}

/**
 * Stores the centre's answer for each change in one transaction, only then are the rows
 * acknowledged. Applied versions become the records' server versions (unless the officer
 * changed the record again meanwhile: that newer change is still pending and carries on).
 * Conflicts are kept with both copies for an officer to resolve.
 */
export function storePushAnswer(db: Db, response: PushResponse, now: Date): PushTally {
  const tally: PushTally = { applied: 0, duplicate: 0, conflicts: 0, rejected: 0 };
  db.transaction(() => {
    for (const result of response.results) {
      const row = stmt(db, 'SELECT record_type, record_id, payload, content_hash FROM outbox WHERE seq = ?').get(result.seq) as
        | Pick<OutboxRow, 'record_type' | 'record_id' | 'payload' | 'content_hash'>
        | undefined;
      if (!row) continue;
      const table = TABLE_OF[row.record_type];
      const version = result.status === 'applied' ? result.version : result.status === 'duplicate' ? result.version : null;
      if (table && version !== null) {
        stmt(db, `UPDATE ${table} SET server_version = ? WHERE id = ? AND content_hash = ?`).run(version, row.record_id, row.content_hash);
      }
      if (result.status === 'conflict') {
        stmt(db, 'INSERT INTO conflicts (record_type, record_id, local_payload, server_payload, server_version, detected_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          row.record_type,
          row.record_id,
          row.payload,
          JSON.stringify(result.serverPayload),
          result.serverVersion,
          now.toISOString(),
        );
      }
      const state = result.status === 'duplicate' && result.original ? result.original : result.status;
      stmt(db, 'UPDATE outbox SET state = ?, result = ?, acked_at = ? WHERE seq = ?').run(
        state === 'conflict' ? 'conflict' : state === 'rejected' ? 'rejected' : state === 'duplicate' ? 'duplicate' : 'applied',
        JSON.stringify(result),
        now.toISOString(),
        result.seq,
      );
      if (result.status === 'applied') tally.applied++;
      else if (result.status === 'duplicate') tally.duplicate++;
      else if (result.status === 'conflict') tally.conflicts++;
      else tally.rejected++;
    }
  })();
  return tally;
}

/**
 * The centre has processed less than this device was told (e.g. it was restored from a
 * backup): everything after its last applied sequence is made pending again and resent.
 */
export function rewindAfter(db: Db, lastAppliedSeq: number): number {
  return stmt(db, "UPDATE outbox SET state = 'pending', batch_id = NULL, result = NULL, acked_at = NULL WHERE seq > ? AND state <> 'pending'").run(lastAppliedSeq).changes;
}
