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
  appendChainedChange(db, device, {
    type: change.type,
    id: change.id,
    action: change.before ? 'update' : 'create',
    officer: ctx.officer,
    at,
    changes: diffFields(change.before, change.after),
    payload,
    hash,
    baseVersion: change.baseVersion ?? null,
    note: change.note ?? null,
  });
}

/** One change as the audit chain and the outbox hold it. */
export interface ChainedChange {
  type: RecordType;
  id: string;
  action: 'create' | 'update';
  officer: { id: string; name: string };
  at: string;
  changes: Record<string, [unknown, unknown]>;
  /** The record's JSON text as sent to the centre, and its hash. */
  payload: string;
  hash: string;
  baseVersion: number | null;
  note: string | null;
}

/**
 * Appends a change to this device's audit chain (shared/audit-chain.ts: its hash covers its
 * fields and the entry before it): its audit entry and its outbox row, and moves the chain's
 * head. Saves and re-sends both go through here, inside their transaction.
 */
export function appendChainedChange(db: Db, device: Device, c: ChainedChange): void {
  const { seq, prev } = nextChainLink(db, device);
  const chainHash = chainLink(prev, { seq, recordType: c.type, recordId: c.id, baseVersion: c.baseVersion, contentHash: c.hash, officerId: c.officer.id, recordedAt: c.at });
  stmt(
    db,
    `INSERT INTO audit_log (record_type, record_id, action, officer_id, officer_name, device_id, at, changes, seq, content_hash, base_version, prev_hash, chain_hash, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.type, c.id, c.action, c.officer.id, c.officer.name, device.id, c.at, JSON.stringify(c.changes), seq, c.hash, c.baseVersion, prev, chainHash, c.note);
  stmt(
    db,
    `INSERT INTO outbox (seq, record_type, record_id, base_version, payload, content_hash, officer_id, created_at, chain_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(seq, c.type, c.id, c.baseVersion, c.payload, c.hash, c.officer.id, c.at, chainHash);
  moveChainHead(db, seq, chainHash);
}
