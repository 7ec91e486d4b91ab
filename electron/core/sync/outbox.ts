import { v7 as uuidv7 } from 'uuid';
import { MAX_BATCH_BYTES, MAX_BATCH_CHANGES, type PushResponse, type PushResult } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { readSyncState, writeSyncState } from './sync-state';

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

/** A batch ready to send: a PushRequest (shared/sync.ts) as the exact JSON text to POST. */
export interface OutgoingBatch {
  batchId: string;
  firstSeq: number;
  lastSeq: number;
  changes: number;
  body: string;
}

/** Changes recorded here that the centre has not yet acknowledged. */
export function countPending(db: Db): number {
  return (stmt(db, "SELECT count(*) AS n FROM outbox WHERE state = 'pending'").get() as { n: number }).n;
}

/** Room for the envelope around the changes, so the whole body stays under MAX_BATCH_BYTES. */
const ENVELOPE_BYTES = 1024;
/** Room for one change's fields besides its payload (seq, ids, hash, officer id, time: ASCII). */
const CHANGE_BYTES = 300;

/**
 * The next batch to push: the oldest pending changes after `afterSeq`, contiguous, bounded
 * by count and by bytes. A batch is named (batch_id) before it is sent, and a batch that was
 * sent but not answered is sent again whole under the same name, byte for byte (the centre
 * replays its answer only for the same bytes). `afterSeq` lets the next batch be prepared
 * while the one before it is still at the centre.
 */
export function nextBatch(db: Db, deviceId: string, { afterSeq = 0, maxChanges = MAX_BATCH_CHANGES, maxBytes = MAX_BATCH_BYTES } = {}): OutgoingBatch | null {
  const candidates = stmt(db, "SELECT * FROM outbox WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?").all(afterSeq, maxChanges) as OutboxRow[];
  const first = candidates[0];
  if (!first) return null;
  let rows: OutboxRow[];
  let batchId: string;
  if (first.batch_id) {
    batchId = first.batch_id;
    rows = prefix(candidates, (row) => row.batch_id === batchId);
  } else {
    // Never takes rows already named: a named batch may have reached the centre under its name.
    let bytes = ENVELOPE_BYTES;
    rows = prefix(candidates, (row, i) => {
      bytes += Buffer.byteLength(row.payload) + CHANGE_BYTES;
      return row.batch_id === null && (i === 0 || bytes <= maxBytes);
    });
    batchId = uuidv7();
    stmt(db, "UPDATE outbox SET batch_id = ? WHERE seq BETWEEN ? AND ? AND state = 'pending'").run(batchId, first.seq, rows.at(-1)!.seq);
  }
  return { batchId, firstSeq: first.seq, lastSeq: rows.at(-1)!.seq, changes: rows.length, body: pushBody(deviceId, batchId, rows) };
}

function prefix<T>(items: readonly T[], keep: (item: T, index: number) => boolean): T[] {
  const end = items.findIndex((item, i) => !keep(item, i));
  return end === -1 ? [...items] : items.slice(0, end);
}

/**
 * The PushRequest text, written directly: the payload goes in as the text stored (and
 * hashed) when the record was saved, instead of being parsed and serialised again. The
 * result is exactly JSON.stringify of the request object, keys in the schema's order.
 */
export function pushBody(deviceId: string, batchId: string, rows: readonly OutboxRow[]): string {
  const str = JSON.stringify;
  const changes = rows.map(
    (r) =>
      `{"seq":${r.seq},"recordType":${str(r.record_type)},"recordId":${str(r.record_id)},"baseVersion":${r.base_version ?? 'null'},` +
      `"payload":${r.payload},"contentHash":${str(r.content_hash)},"officerId":${str(r.officer_id)},"recordedAt":${str(r.created_at)}}`,
  );
  return `{"deviceId":${str(deviceId)},"batchId":${str(batchId)},"firstSeq":${rows[0]!.seq},"lastSeq":${rows.at(-1)!.seq},"changes":[${changes.join(',')}]}`;
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

/** The outbox state a result leaves its row in: a duplicate takes what happened the first time. */
function stateOf(result: PushResult): string {
  return result.status === 'duplicate' ? (result.original ?? 'duplicate') : result.status;
}

/** The version a result gives the record, if any. */
function versionOf(result: PushResult): number | null {
  return result.status === 'applied' || result.status === 'duplicate' ? result.version : null;
}

/**
 * Stores the centre's answer for each change in one transaction, only then are the rows
 * acknowledged. Applied versions become the records' server versions (unless the officer
 * changed the record again meanwhile: that newer change is still pending and carries on).
 * Conflicts are kept with both copies for an officer to resolve.
 *
 * Set-based: the answer goes to SQLite as one JSON array and each table is updated by one
 * statement over json_each, instead of three statements per change.
 */
export function storePushAnswer(db: Db, response: PushResponse, now: Date): PushTally {
  const tally: PushTally = { applied: 0, duplicate: 0, conflicts: 0, rejected: 0 };
  const at = now.toISOString();
  const rows = response.results.map((result) => [result.seq, stateOf(result), JSON.stringify(result), versionOf(result)] as const);
  const rowsJson = JSON.stringify(rows);
  db.transaction(() => {
    // A record changed twice in one batch takes the version of its last change with the same content.
    const types = stmt(db, 'SELECT DISTINCT o.record_type AS type FROM json_each(?) a CROSS JOIN outbox o ON o.seq = a.value ->> 0').all(rowsJson) as { type: string }[];
    for (const { type } of types) {
      const table = TABLE_OF[type];
      if (!table) continue;
      stmt(
        db,
        // CROSS JOIN keeps SQLite walking the answer and looking rows up by seq, not the other way round.
        `UPDATE ${table} SET server_version = v.version
           FROM (SELECT o.record_id AS id, o.content_hash AS hash, max(a.value ->> 3) AS version
                   FROM json_each(?) a CROSS JOIN outbox o ON o.seq = a.value ->> 0
                  WHERE o.record_type = ? AND a.value ->> 3 IS NOT NULL
                  GROUP BY o.record_id, o.content_hash) AS v
          WHERE ${table}.id = v.id AND ${table}.content_hash = v.hash`,
      ).run(rowsJson, type);
    }
    for (const result of response.results) {
      if (result.status !== 'conflict') continue;
      const row = stmt(db, 'SELECT record_type, record_id, payload FROM outbox WHERE seq = ?').get(result.seq) as Pick<OutboxRow, 'record_type' | 'record_id' | 'payload'> | undefined;
      if (!row) continue;
      stmt(db, 'INSERT INTO conflicts (record_type, record_id, local_payload, server_payload, server_version, detected_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        row.record_type,
        row.record_id,
        row.payload,
        JSON.stringify(result.serverPayload),
        result.serverVersion,
        at,
      );
    }
    stmt(
      db,
      `UPDATE outbox SET state = a.value ->> 1, result = a.value ->> 2, acked_at = ?
         FROM json_each(?) a WHERE outbox.seq = a.value ->> 0`,
    ).run(at, rowsJson);
    skipOwnChanges(db, response.pullCursorSkip);
  })();
  for (const result of response.results) {
    if (result.status === 'applied') tally.applied++;
    else if (result.status === 'duplicate') tally.duplicate++;
    else if (result.status === 'conflict') tally.conflicts++;
    else tally.rejected++;
  }
  return tally;
}

/**
 * Pulling this batch's own changes back would only confirm versions the answer already gave
 * (each one lands on a record with the same content hash, or on one with newer unsent
 * changes, which a pull leaves alone too). When nothing else reached the centre since this
 * device last pulled, its cursor moves past them instead — in the same transaction as the answer.
 */
function skipOwnChanges(db: Db, skip: PushResponse['pullCursorSkip']): void {
  if (skip && (readSyncState(db, 'pullCursor') ?? '') === skip.from) writeSyncState(db, 'pullCursor', skip.to);
}

/**
 * The centre has processed less than this device was told (e.g. it was restored from a
 * backup): everything after its last applied sequence is made pending again and resent.
 */
export function rewindAfter(db: Db, lastAppliedSeq: number): number {
  return stmt(db, "UPDATE outbox SET state = 'pending', batch_id = NULL, result = NULL, acked_at = NULL WHERE seq > ? AND state <> 'pending'").run(lastAppliedSeq).changes;
}
