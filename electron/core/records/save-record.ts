import { createHash } from 'node:crypto';
import { chainLink } from '../../../shared/audit-chain';
import { sameJson } from '../../../shared/canonical-json';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import { moveChainHead, nextChainLink } from './audit-chain-link';
import type { RequestContext } from './context';

export type RecordType = 'interception' | 'arrival' | 'returns_case' | 'transfer' | 'match_decision';

export interface RecordChange<T extends object> {
  type: RecordType;
  id: string;
  before: T | null;
  after: T;
  /**
   * Writes the record's own row(s), given the JSON text that syncs and its hash. Runs inside
   * the same transaction as the audit and outbox rows.
   */
  persist(json: string, hash: string): void;
  /** The server version this change was based on (null for a record the centre has never seen). */
  baseVersion?: number | null;
  /** Why the save was made, for the history, when its fields do not say. */
  note?: string;
}

/** Bookkeeping fields that change on every save and would only add noise to the audit trail. */
const NOT_AUDITED = new Set(['version', 'updatedAt']);

/** Field-by-field differences, as `{ field: [old, new] }`, for the audit trail. */
export function diffFields(before: object | null, after: object): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const old = (before ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(after)) {
    if (NOT_AUDITED.has(key)) continue;
    if (!sameJson(old[key], value)) changes[key] = [old[key] ?? null, value];
  }
  return changes;
}

export function contentHash(payload: string): string {
  return createHash('sha256').update(payload).digest('hex');
}

/**
 * The one way a record is written: its row, its audit entry and its outbox entry in a
 * single transaction, so a save that returned is on disk with its history and queued for
 * the centre, or nothing happened at all. Must be called inside db.transaction.
 */
export function saveRecord<T extends object>(db: Db, device: Device, ctx: RequestContext, change: RecordChange<T>): void {
  if (!db.inTransaction) throw new Error('saveRecord must run inside a transaction');
  const at = ctx.now().toISOString();
  const payload = JSON.stringify(change.after);
  const hash = contentHash(payload);
  change.persist(payload, hash);
  // The audit chain (shared/audit-chain.ts): this entry's hash covers its fields and the entry before it.
  const baseVersion = change.baseVersion ?? null;
  const { seq, prev } = nextChainLink(db, device);
  const chainHash = chainLink(prev, { seq, recordType: change.type, recordId: change.id, baseVersion, contentHash: hash, officerId: ctx.officer.id, recordedAt: at });
  stmt(
    db,
    `INSERT INTO audit_log (record_type, record_id, action, officer_id, officer_name, device_id, at, changes, seq, content_hash, base_version, prev_hash, chain_hash, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(change.type, change.id, change.before ? 'update' : 'create', ctx.officer.id, ctx.officer.name, device.id, at, JSON.stringify(diffFields(change.before, change.after)), seq, hash, baseVersion, prev, chainHash, change.note ?? null);
  stmt(
    db,
    `INSERT INTO outbox (seq, record_type, record_id, base_version, payload, content_hash, officer_id, created_at, chain_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, change.type, change.id, baseVersion, payload, hash, ctx.officer.id, at, chainHash);
  moveChainHead(db, seq, chainHash);
}
