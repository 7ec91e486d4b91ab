import { v7 as uuidv7 } from 'uuid';
import { MAX_BATCH_BYTES, MAX_BATCH_CHANGES, type PushResponse, type PushResult } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { storeCentreVerdict } from './centre-chain';
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
  chain_hash: string | null;
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

/** Room for the envelope around the changes (about 150 bytes), so the body stays under MAX_BATCH_BYTES. */
const ENVELOPE_BYTES = 1024;

/**
 * The next batch to push: the oldest pending changes after `afterSeq`, contiguous, bounded
 * by count and by bytes. A batch is named (batch_id) before it is sent, and a batch that was
 * sent but not answered is sent again whole under the same name, byte for byte (the centre
 * replays its answer only for the same bytes). `afterSeq` lets the next batch be prepared
 * while the one before it is still at the centre.
 *
 * The name is written on the batch's first and last rows only: that is enough to find the
 * batch again (it is contiguous), and rewriting every row of a 2 MiB batch in the encrypted
 * database cost as much as reading it. Rows named by older versions carry it on every row,
 * which reads the same way.
 */
export function nextBatch(db: Db, deviceId: string, { afterSeq = 0, maxChanges = MAX_BATCH_CHANGES, maxBytes = MAX_BATCH_BYTES } = {}): OutgoingBatch | null {
  const pending = stmt(db, "SELECT * FROM outbox WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?");
  const first = pending.get(afterSeq, 1) as OutboxRow | undefined;
  if (!first) return null;
  // A named batch is resent whole, whatever the batch size is now (at most the protocol's).
  const rows = first.batch_id
    ? namedBatch(pending.all(first.seq - 1, MAX_BATCH_CHANGES) as OutboxRow[], first.batch_id)
    : newBatch(pending.iterate(first.seq - 1, maxChanges) as Iterable<OutboxRow>, maxBytes);
  const batchId = first.batch_id ?? uuidv7();
  const lastSeq = rows.at(-1)!.seq;
  if (!first.batch_id) stmt(db, "UPDATE outbox SET batch_id = ? WHERE seq IN (?, ?) AND state = 'pending'").run(batchId, first.seq, lastSeq);
  const body = `{"deviceId":${JSON.stringify(deviceId)},"batchId":${JSON.stringify(batchId)},"firstSeq":${first.seq},"lastSeq":${lastSeq},"changes":[${rows.map((r) => r.json).join(',')}]}`;
  return { batchId, firstSeq: first.seq, lastSeq, changes: rows.length, body };
}

type BatchRow = OutboxRow & { json: string };

/** The rows of the batch named on the first candidate: up to the last row carrying its name. */
function namedBatch(candidates: readonly OutboxRow[], batchId: string): BatchRow[] {
  let end = candidates.length;
  while (candidates[end - 1]!.batch_id !== batchId) end--;
  return candidates.slice(0, end).map((row) => ({ ...row, json: changeJson(row) }));
}

/**
 * Contiguous unnamed rows within maxBytes (at least one); stops where a named batch begins.
 * Rows are read one by one and reading stops at the first that does not fit: a batch is
 * usually full by bytes well before maxChanges, and every row read costs decrypting it.
 */
function newBatch(candidates: Iterable<OutboxRow>, maxBytes: number): BatchRow[] {
  const rows: BatchRow[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const row of candidates) {
    if (row.batch_id !== null || (rows.length > 0 && row.seq !== rows[0]!.seq + rows.length)) break;
    const json = changeJson(row);
    bytes += Buffer.byteLength(json) + 1;
    if (rows.length > 0 && bytes > maxBytes) break;
    rows.push({ ...row, json });
  }
  return rows;
}

/**
 * One change of a PushRequest as JSON text, written directly: the payload goes in as the
 * text stored (and hashed) when the record was saved, instead of being parsed and serialised
 * again. The body is exactly JSON.stringify of the request object, keys in the schema's order.
 */
function changeJson(r: OutboxRow): string {
  const str = JSON.stringify;
  return (
    `{"seq":${r.seq},"recordType":${str(r.record_type)},"recordId":${str(r.record_id)},"baseVersion":${r.base_version ?? 'null'},` +
    `"payload":${r.payload},"contentHash":${str(r.content_hash)},"officerId":${str(r.officer_id)},"recordedAt":${str(r.created_at)}` +
    (r.chain_hash === null ? '}' : `,"chainHash":${str(r.chain_hash)}}`)
  );
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

/**
 * A change the centre had processed before comes back `duplicate`; when it was a conflict or
 * a rejection, with that first answer, which is stored as if it had come the first time.
 */
function answerOf(result: PushResult): PushResult {
  return result.status === 'duplicate' && result.first ? result.first : result;
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
  const results = response.results.map(answerOf);
  const rows = results.map((result) => [result.seq, stateOf(result), JSON.stringify(result), versionOf(result)] as const);
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
    for (const result of results) {
      if (result.status !== 'conflict') continue;
      const row = stmt(db, 'SELECT record_type, record_id, payload FROM outbox WHERE seq = ?').get(result.seq) as Pick<OutboxRow, 'record_type' | 'record_id' | 'payload'> | undefined;
      if (!row) continue;
      // Each local change carries the whole record, so a later one supersedes an earlier one's
      // open conflict: the officer settles one disagreement per record, against the newest copy.
      const serverPayload = JSON.stringify(result.serverPayload);
      const basePayload = result.basePayload === undefined ? null : JSON.stringify(result.basePayload);
      // A later change of the same record was based on the same version as the first (both sent
      // before the first answer came), so the base stays the first one's when this one has none.
      const merged = stmt(
        db,
        `UPDATE conflicts SET local_payload = ?, server_payload = ?, server_version = ?, detected_at = ?, base_payload = coalesce(?, base_payload)
          WHERE record_type = ? AND record_id = ? AND resolved_at IS NULL`,
      ).run(row.payload, serverPayload, result.serverVersion, at, basePayload, row.record_type, row.record_id);
      if (merged.changes === 0) {
        stmt(db, 'INSERT INTO conflicts (record_type, record_id, local_payload, server_payload, server_version, detected_at, base_payload) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
          row.record_type,
          row.record_id,
          row.payload,
          serverPayload,
          result.serverVersion,
          at,
          basePayload,
        );
      }
    }
    stmt(
      db,
      `UPDATE outbox SET state = a.value ->> 1, result = a.value ->> 2, acked_at = ?
         FROM json_each(?) a WHERE outbox.seq = a.value ->> 0`,
    ).run(at, rowsJson);
    skipOwnChanges(db, response.pullCursorSkip);
    storeCentreVerdict(db, response.lastAppliedSeq, response.chainBreaks, now);
  })();
  for (const result of results) {
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
 * Forgets the names of batches sent but never answered, so that their changes go again in
 * batches of the current size (adaptive-limit.ts). Safe whatever the centre did with them:
 * changes it already processed come back `duplicate`, with their first answer.
 */
export function forgetUnansweredBatches(db: Db): void {
  stmt(db, "UPDATE outbox SET batch_id = NULL WHERE state = 'pending' AND batch_id IS NOT NULL").run();
}

/**
 * The centre has processed less than this device was told (e.g. it was restored from a
 * backup): everything after its last applied sequence is made pending again and resent.
 */
export function rewindAfter(db: Db, lastAppliedSeq: number): number {
  return stmt(db, "UPDATE outbox SET state = 'pending', batch_id = NULL, result = NULL, acked_at = NULL WHERE seq > ? AND state <> 'pending'").run(lastAppliedSeq).changes;
}
