import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../db/connection';
import { nextReference, type Device } from '../db/device';
import { stmt } from '../db/statements';
import type { RequestContext } from './context';
import { contentHash, diffFields, saveRecord, type RecordType } from './save-record';

/** What every stored record carries besides its own fields. */
export interface RecordMeta {
  id: string;
  reference: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A record table: its JSON document plus generated columns (see migrations/001-initial.ts). */
export interface RecordKind<F extends object> {
  type: RecordType;
  table: 'interceptions' | 'arrivals' | 'returns_cases' | 'transfers' | 'match_decisions';
  /** Shown in NOT_FOUND and CONFLICT messages, e.g. "interception". */
  noun: string;
  /** Keeps side indexes (search, documents) in step with the row; runs in the same transaction. */
  reindex?(db: Db, seq: number, record: F & RecordMeta): void;
}

interface StoredRow {
  seq: number;
  data: string;
  version: number;
  server_version: number | null;
}

function readRow(db: Db, kind: RecordKind<object>, id: string): StoredRow | undefined {
  return stmt(db, `SELECT seq, data, version, server_version FROM ${kind.table} WHERE id = ?`).get(id) as StoredRow | undefined;
}

export function getRecord<F extends object>(db: Db, kind: RecordKind<F>, id: string): F & RecordMeta {
  const row = readRow(db, kind, id);
  if (!row) throw new AppError('NOT_FOUND', `No ${kind.noun} with that id on this device`);
  return JSON.parse(row.data) as F & RecordMeta;
}

/**
 * Creates a record with a fresh UUIDv7 and a human reference for `site`, or the `reference`
 * given (a record derived from another, e.g. a returns case named after its person).
 */
/**
 * `reference` and `id` are given only for records that must be the same record wherever they
 * are made (one returns case per person): otherwise a new reference and a UUIDv7.
 */
export function createRecord<F extends object>(
  db: Db, device: Device, ctx: RequestContext, kind: RecordKind<F>, fields: F, site: string, reference?: string, id?: string,
): F & RecordMeta {
  return db
    .transaction(() => {
      const now = ctx.now().toISOString();
      const record = { ...fields, id: id ?? uuidv7(), reference: reference ?? nextReference(db, site), createdBy: ctx.officer.name, createdAt: now, updatedAt: now, version: 1 };
      saveRecord(db, device, ctx, {
        type: kind.type,
        id: record.id,
        before: null,
        after: record,
        persist: (json, hash) => {
          const { lastInsertRowid } = stmt(db, `INSERT INTO ${kind.table} (id, reference, data, version, content_hash) VALUES (?, ?, ?, 1, ?)`).run(record.id, record.reference, json, hash);
          kind.reindex?.(db, Number(lastInsertRowid), record);
        },
      });
      return record;
    })
    .immediate();
}

/**
 * Replaces a record's fields. `version` is the version the officer was looking at: if the
 * record has changed since (another window, a pull from the centre), the save is refused
 * rather than silently overwriting.
 */
export function updateRecord<F extends object>(db: Db, device: Device, ctx: RequestContext, kind: RecordKind<F>, id: string, version: number, fields: F): F & RecordMeta {
  return db
    .transaction(() => {
      const row = readRow(db, kind, id);
      if (!row) throw new AppError('NOT_FOUND', `No ${kind.noun} with that id on this device`);
      if (row.version !== version) {
        throw new AppError('CONFLICT', `This ${kind.noun} was changed since you opened it. Reload it to see the changes: what you typed is kept in the fields nobody else changed.`);
      }
      if (hasOpenConflict(db, kind.type, id)) throw settleConflictFirst(kind.noun);
      const before = JSON.parse(row.data) as F & RecordMeta;
      const record = { ...before, ...fields, updatedAt: ctx.now().toISOString(), version: version + 1 };
      // Saved again unchanged: nothing to record, send or show in the history. Unless the centre
      // refused the last change: saving it again, as the refusal says to, sends it again.
      if (Object.keys(diffFields(before, record)).length === 0 && !lastChangeRefused(db, kind.type, id)) return before;
      saveRecord(db, device, ctx, {
        type: kind.type,
        id,
        before,
        after: record,
        baseVersion: row.server_version,
        persist: (json, hash) => {
          stmt(db, `UPDATE ${kind.table} SET data = ?, version = ?, content_hash = ? WHERE seq = ?`).run(json, record.version, hash, row.seq);
          kind.reindex?.(db, row.seq, record);
        },
      });
      return record;
    })
    .immediate();
}

/** Both this device and the centre changed the record, and no officer has settled it yet. */
export function hasOpenConflict(db: Db, type: RecordType, id: string): boolean {
  return stmt(db, 'SELECT 1 FROM conflicts WHERE record_type = ? AND record_id = ? AND resolved_at IS NULL LIMIT 1').get(type, id) !== undefined;
}

/**
 * Said when a record with an unsettled conflict is corrected: the correction would be made to
 * the centre's copy and then overwritten (or combined away) when the conflict is settled.
 */
export function settleConflictFirst(noun: string): AppError {
  return new AppError(
    'CONFLICT',
    `This ${noun} was changed both here and on another device, and that conflict is not settled yet. Settle it first (Conflicts to resolve, in the status bar), then make your correction.`,
  );
}

function lastChangeRefused(db: Db, type: RecordType, id: string): boolean {
  const last = stmt(db, 'SELECT state FROM outbox WHERE record_type = ? AND record_id = ? ORDER BY seq DESC LIMIT 1').get(type, id) as { state: string } | undefined;
  return last?.state === 'rejected';
}

/**
 * Stores a record as the centre holds it (a pull, or demo data standing in for one): no
 * audit entry and no outbox entry, because nothing was changed on this device.
 * `existingSeq`: the row's seq, or null for a record not on this device, when the caller
 * has just looked (a pull reads a whole page's rows at once); looked up when undefined.
 */
export function storeReceivedRecord<F extends object>(db: Db, kind: RecordKind<F>, record: F & RecordMeta, serverVersion: number, hash?: string, existingSeq?: number | null): void {
  const json = JSON.stringify(record);
  const centreHash = hash ?? contentHash(json);
  const existing = existingSeq === undefined ? (stmt(db, `SELECT seq FROM ${kind.table} WHERE id = ?`).get(record.id) as { seq: number } | undefined) : existingSeq === null ? undefined : { seq: existingSeq };
  let seq: number;
  if (existing) {
    stmt(db, `UPDATE ${kind.table} SET data = ?, version = ?, server_version = ?, content_hash = ? WHERE seq = ?`).run(json, record.version, serverVersion, centreHash, existing.seq);
    seq = existing.seq;
  } else {
    const result = stmt(db, `INSERT INTO ${kind.table} (id, reference, data, version, server_version, content_hash) VALUES (?, ?, ?, ?, ?, ?)`).run(record.id, record.reference, json, record.version, serverVersion, centreHash);
    seq = Number(result.lastInsertRowid);
  }
  kind.reindex?.(db, seq, record);
}
