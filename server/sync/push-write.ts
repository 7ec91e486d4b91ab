import { v7 as uuidv7 } from 'uuid';
import type { PushChange } from '../../shared/sync';
import type { Queryable } from '../db/database';
import { recordKey, type Decision, type ServerCopy } from './push-decide';
import { arrayOf, column } from './sql-columns';
import type { CheckedChange } from './validate-change';

/*
 * The set-based writes of one push: one statement per table whatever the batch size, rows
 * passed column by column (see sql-columns.ts).
 */

export async function loadServerCopies(tx: Queryable, changes: readonly CheckedChange[]): Promise<Map<string, ServerCopy>> {
  const keys = [...new Map(changes.map((c) => [recordKey(c.recordType, c.recordId), c])).values()];
  const rows = await tx.query<{ record_type: string; record_id: string; version: number; content_hash: string; device_id: string }>(
    `SELECT r.record_type, r.record_id, r.version, r.content_hash, r.device_id
       FROM unnest(${arrayOf(1, 'text')}, ${arrayOf(2, 'uuid')}) AS k(t, id)
       JOIN records r ON r.record_type = k.t AND r.record_id = k.id`,
    [column(keys.map((c) => c.recordType)), column(keys.map((c) => c.recordId))],
  );
  return new Map(rows.map((r) => [recordKey(r.record_type, r.record_id), { version: r.version, contentHash: r.content_hash, deviceId: r.device_id }]));
}

export interface StoredConflict {
  conflictId: string;
  serverVersion: number;
  serverPayload: unknown;
  serverContentHash: string;
  /** The centre's copy at the change's base version, when it holds it. */
  basePayload?: unknown;
}

/** Keeps both copies. Runs before the applied changes are written, so it reads the pre-batch server copy. */
export async function writeConflicts(tx: Queryable, deviceId: string, decisions: readonly Decision[]): Promise<Map<number, StoredConflict>> {
  const conflicts = decisions.flatMap((d) => (d.kind === 'conflict' ? [d.change] : []));
  if (!conflicts.length) return new Map();
  const stored = await tx.query<{ id: string; device_seq: number; server_version: number; server_payload: unknown; server_hash: string }>(
    `INSERT INTO conflicts (id, record_type, record_id, device_id, device_seq, officer_id, base_version,
                            incoming_payload, incoming_hash, server_version, server_payload, server_hash)
     SELECT x.id, x.t, x.rid, $1, x.seq, x.officer, x.base, x.payload, x.hash, r.version, l.payload::jsonb, r.content_hash
       FROM unnest(${arrayOf(2, 'uuid')}, ${arrayOf(3, 'text')}, ${arrayOf(4, 'uuid')}, ${arrayOf(5, 'bigint')}, ${arrayOf(6, 'text')},
                   ${arrayOf(7, 'bigint')}, ${arrayOf(8, 'jsonb')}, ${arrayOf(9, 'text')})
         AS x(id, t, rid, seq, officer, base, payload, hash)
       JOIN records r ON r.record_type = x.t AND r.record_id = x.rid
       JOIN change_log l ON l.version = r.version
     RETURNING id, device_seq, server_version, server_payload, server_hash`,
    [
      deviceId,
      column(conflicts.map(() => uuidv7())),
      column(conflicts.map((c) => c.recordType)),
      column(conflicts.map((c) => c.recordId)),
      column(conflicts.map((c) => c.seq)),
      column(conflicts.map((c) => c.officerId)),
      column(conflicts.map((c) => c.baseVersion)),
      column(conflicts.map((c) => c.payloadText)),
      column(conflicts.map((c) => c.contentHash)),
    ],
  );
  const bases = await baseCopies(tx, conflicts);
  return new Map(
    stored.map((s) => {
      const base = bases.get(Number(s.device_seq));
      return [
        s.device_seq,
        { conflictId: s.id, serverVersion: s.server_version, serverPayload: s.server_payload, serverContentHash: s.server_hash, ...(base === undefined ? {} : { basePayload: base }) },
      ];
    }),
  );
}

/** Each conflicting change's base: the version of the record it was made from, by seq (one query). */
async function baseCopies(tx: Queryable, conflicts: readonly CheckedChange[]): Promise<Map<number, unknown>> {
  const based = conflicts.filter((c) => c.baseVersion !== null);
  if (!based.length) return new Map();
  const rows = await tx.query<{ seq: string | number; payload: unknown }>(
    `SELECT x.seq, l.payload::jsonb AS payload
       FROM unnest(${arrayOf(1, 'bigint')}, ${arrayOf(2, 'text')}, ${arrayOf(3, 'uuid')}, ${arrayOf(4, 'bigint')}) AS x(seq, t, rid, base)
       JOIN change_log l ON l.record_type = x.t AND l.record_id = x.rid AND l.version = x.base`,
    [column(based.map((c) => c.seq)), column(based.map((c) => c.recordType)), column(based.map((c) => c.recordId)), column(based.map((c) => c.baseVersion))],
  );
  return new Map(rows.map((r) => [Number(r.seq), r.payload]));
}

/**
 * Appends every applied version to the change log (the payload, as the text the device
 * hashed, stored as text: migrations/002 and 006) and moves each record to its newest one.
 * `latest` marks a record's last change in this batch: a batch may change a record twice,
 * and one INSERT … ON CONFLICT may not touch a row twice.
 */
export async function writeApplied(tx: Queryable, deviceId: string, decisions: readonly Decision[]): Promise<void> {
  const applied = decisions.flatMap((d) => (d.kind === 'apply' ? [d] : []));
  if (!applied.length) return;
  const lastOf = new Map(applied.map((d) => [recordKey(d.change.recordType, d.change.recordId), d.version]));
  const changes = applied.map((d) => d.change);
  await tx.query(
    `WITH x AS MATERIALIZED (
       SELECT * FROM unnest(${arrayOf(2, 'bigint')}, ${arrayOf(3, 'text')}, ${arrayOf(4, 'uuid')}, ${arrayOf(5, 'text')}, ${arrayOf(6, 'text')},
                            ${arrayOf(7, 'bigint')}, ${arrayOf(8, 'text')}, ${arrayOf(9, 'timestamptz')}, ${arrayOf(10, 'text')},
                            ${arrayOf(11, 'boolean')}, ${arrayOf(12, 'boolean')})
         AS x(v, t, rid, payload, hash, seq, officer, at, device_at, clamped, latest)
     ), logged AS (
       INSERT INTO change_log (version, record_type, record_id, payload, content_hash, device_id, device_seq, officer_id,
                               recorded_at, device_recorded_at, recorded_at_clamped)
       SELECT v, t, rid, payload, hash, $1, seq, officer, at, device_at, clamped FROM x
     )
     INSERT INTO records (record_type, record_id, version, content_hash, device_id, device_seq, officer_id, recorded_at, created_at, updated_at)
     SELECT t, rid, v, hash, $1, seq, officer, at, now(), now() FROM x WHERE latest
     ON CONFLICT (record_type, record_id) DO UPDATE
        SET version = excluded.version, content_hash = excluded.content_hash,
            device_id = excluded.device_id, device_seq = excluded.device_seq, officer_id = excluded.officer_id,
            recorded_at = excluded.recorded_at, updated_at = excluded.updated_at`,
    [
      deviceId,
      column(applied.map((d) => d.version)),
      column(changes.map((c) => c.recordType)),
      column(changes.map((c) => c.recordId)),
      column(changes.map((c) => c.payloadText)),
      column(changes.map((c) => c.contentHash)),
      column(changes.map((c) => c.seq)),
      column(changes.map((c) => c.officerId)),
      column(changes.map((c) => c.storedRecordedAt)),
      column(changes.map((c) => c.recordedAt)),
      column(changes.map((c) => c.recordedAtClamped)),
      column(applied.map((d) => lastOf.get(recordKey(d.change.recordType, d.change.recordId)) === d.version)),
    ],
  );
}

/** One ledger row per processed seq; its primary key makes a second processing impossible. */
export async function writeLedger(tx: Queryable, deviceId: string, batchId: string, fresh: readonly PushChange[], decisions: readonly Decision[]): Promise<void> {
  const outcomes = decisions.map((d) => (d.kind === 'unchanged' || d.kind === 'apply' ? 'applied' : d.kind));
  const versions = decisions.map((d) => (d.kind === 'apply' || d.kind === 'unchanged' ? d.version : d.kind === 'conflict' ? d.server.version : null));
  await tx.query(
    `INSERT INTO device_changes (device_id, seq, batch_id, record_type, record_id, outcome, version, content_hash)
     SELECT $1, x.seq, $2, x.t, x.rid, x.outcome, x.v, x.hash
       FROM unnest(${arrayOf(3, 'bigint')}, ${arrayOf(4, 'text')}, ${arrayOf(5, 'uuid')}, ${arrayOf(6, 'text')}, ${arrayOf(7, 'bigint')}, ${arrayOf(8, 'text')})
         AS x(seq, t, rid, outcome, v, hash)`,
    [
      deviceId,
      batchId,
      column(fresh.map((c) => c.seq)),
      column(fresh.map((c) => c.recordType)),
      column(fresh.map((c) => c.recordId)),
      column(outcomes),
      column(versions),
      column(fresh.map((c) => c.contentHash)),
    ],
  );
}
