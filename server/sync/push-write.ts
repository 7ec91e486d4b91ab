import { v7 as uuidv7 } from 'uuid';
import type { PushChange } from '../../shared/sync';
import type { Queryable } from '../db/database';
import { recordKey, type Decision, type ServerCopy } from './push-decide';
import type { CheckedChange } from './validate-change';

/*
 * The set-based writes of one push. Rows travel as one JSON parameter expanded with
 * jsonb_to_recordset: one round trip per table whatever the batch size, and the same SQL
 * (and parameter encoding) on PostgreSQL and PGlite.
 */

export async function loadServerCopies(tx: Queryable, changes: readonly CheckedChange[]): Promise<Map<string, ServerCopy>> {
  const keys = [...new Map(changes.map((c) => [recordKey(c.recordType, c.recordId), { t: c.recordType, id: c.recordId }])).values()];
  const rows = await tx.query<{ record_type: string; record_id: string; version: number; content_hash: string; device_id: string }>(
    `SELECT r.record_type, r.record_id, r.version, r.content_hash, r.device_id
       FROM jsonb_to_recordset($1::jsonb) AS k(t text, id uuid)
       JOIN records r ON r.record_type = k.t AND r.record_id = k.id`,
    [JSON.stringify(keys)],
  );
  return new Map(rows.map((r) => [recordKey(r.record_type, r.record_id), { version: r.version, contentHash: r.content_hash, deviceId: r.device_id }]));
}

export interface StoredConflict {
  conflictId: string;
  serverVersion: number;
  serverPayload: unknown;
  serverContentHash: string;
}

/** Keeps both copies. Runs before the applied changes are written, so it reads the pre-batch server copy. */
export async function writeConflicts(tx: Queryable, deviceId: string, decisions: readonly Decision[]): Promise<Map<number, StoredConflict>> {
  const rows = decisions.flatMap((d) =>
    d.kind === 'conflict'
      ? [{ id: uuidv7(), t: d.change.recordType, rid: d.change.recordId, seq: d.change.seq, officer: d.change.officerId, base: d.change.baseVersion, payload: d.change.payload, hash: d.change.contentHash }]
      : [],
  );
  if (!rows.length) return new Map();
  const stored = await tx.query<{ id: string; device_seq: number; server_version: number; server_payload: unknown; server_hash: string }>(
    `INSERT INTO conflicts (id, record_type, record_id, device_id, device_seq, officer_id, base_version,
                            incoming_payload, incoming_hash, server_version, server_payload, server_hash)
     SELECT x.id, x.t, x.rid, $1, x.seq, x.officer, x.base, x.payload, x.hash, r.version, r.payload, r.content_hash
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, t text, rid uuid, seq bigint, officer text, base bigint, payload jsonb, hash text)
       JOIN records r ON r.record_type = x.t AND r.record_id = x.rid
     RETURNING id, device_seq, server_version, server_payload, server_hash`,
    [deviceId, JSON.stringify(rows)],
  );
  return new Map(stored.map((s) => [s.device_seq, { conflictId: s.id, serverVersion: s.server_version, serverPayload: s.server_payload, serverContentHash: s.server_hash }]));
}

/** Appends every applied version to the change log, then moves each record to its newest one. */
export async function writeApplied(tx: Queryable, deviceId: string, decisions: readonly Decision[], fromVersion: number, toVersion: number): Promise<void> {
  const rows = decisions.flatMap((d) =>
    d.kind === 'apply'
      ? [{ v: d.version, t: d.change.recordType, rid: d.change.recordId, payload: d.change.payload, hash: d.change.contentHash, seq: d.change.seq, officer: d.change.officerId, at: d.change.storedRecordedAt, device_at: d.change.recordedAt, clamped: d.change.recordedAtClamped }]
      : [],
  );
  if (!rows.length) return;
  await tx.query(
    `INSERT INTO change_log (version, record_type, record_id, payload, content_hash, device_id, device_seq, officer_id,
                             recorded_at, device_recorded_at, recorded_at_clamped)
     SELECT x.v, x.t, x.rid, x.payload, x.hash, $1, x.seq, x.officer, x.at, x.device_at, x.clamped
       FROM jsonb_to_recordset($2::jsonb)
         AS x(v bigint, t text, rid uuid, payload jsonb, hash text, seq bigint, officer text, at timestamptz, device_at text, clamped boolean)`,
    [deviceId, JSON.stringify(rows)],
  );
  await tx.query(
    `INSERT INTO records (record_type, record_id, version, payload, content_hash, device_id, device_seq, officer_id, recorded_at, created_at, updated_at)
     SELECT DISTINCT ON (record_type, record_id)
            record_type, record_id, version, payload, content_hash, device_id, device_seq, officer_id, recorded_at, committed_at, committed_at
       FROM change_log
      WHERE version > $1 AND version <= $2
      ORDER BY record_type, record_id, version DESC
     ON CONFLICT (record_type, record_id) DO UPDATE
        SET version = excluded.version, payload = excluded.payload, content_hash = excluded.content_hash,
            device_id = excluded.device_id, device_seq = excluded.device_seq, officer_id = excluded.officer_id,
            recorded_at = excluded.recorded_at, updated_at = excluded.updated_at`,
    [fromVersion, toVersion],
  );
}

/** One ledger row per processed seq; its primary key makes a second processing impossible. */
export async function writeLedger(tx: Queryable, deviceId: string, batchId: string, fresh: readonly PushChange[], decisions: readonly Decision[]): Promise<void> {
  const rows = decisions.map((d, i) => {
    const change = fresh[i]!;
    const outcome = d.kind === 'unchanged' ? 'applied' : d.kind === 'apply' ? 'applied' : d.kind;
    const version = d.kind === 'apply' || d.kind === 'unchanged' ? d.version : d.kind === 'conflict' ? d.server.version : null;
    return { seq: change.seq, t: change.recordType, rid: change.recordId, outcome, v: version, hash: change.contentHash };
  });
  await tx.query(
    `INSERT INTO device_changes (device_id, seq, batch_id, record_type, record_id, outcome, version, content_hash)
     SELECT $1, x.seq, $2, x.t, x.rid, x.outcome, x.v, x.hash
       FROM jsonb_to_recordset($3::jsonb) AS x(seq bigint, t text, rid uuid, outcome text, v bigint, hash text)`,
    [deviceId, batchId, JSON.stringify(rows)],
  );
}
