import { expireIfOverdue } from '../../../shared/domain/returns/case-machine';
import { TERMINAL_STATES } from '../../../shared/domain/returns/case-states';
import type { ReturnsCaseRecord } from '../../../shared/domain/returns/returns-case-record';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import type { RequestContext } from '../records/context';
import { getRecord, hasOpenConflict, updateRecord } from '../records/record-store';
import { RETURNS_CASE } from './returns-case-kind';

/** No 3-month limit ends sooner than 89 days after arrival: cases younger than that need no look. */
const SHORTEST_LIMIT_MS = 89 * 86_400_000;
const TERMINAL_LIST = [...TERMINAL_STATES].map((s) => `'${s}'`).join(', ');

/**
 * Stores EXPIRED on a case past its 3-month limit (the machine's own rule, actor "system");
 * the audit entry names the session whose look found it. Returns the case as now stored.
 */
export function expireIfDue(db: Db, device: Device, ctx: RequestContext, record: ReturnsCaseRecord, now: Date = ctx.now(), onWrite?: () => void): ReturnsCaseRecord {
  const expired = expireIfOverdue(record, now);
  // A case in conflict with the centre waits for an officer to settle it; it expires after that.
  if (expired === record || hasOpenConflict(db, RETURNS_CASE.type, record.id)) return record;
  const saved = updateRecord(db, device, ctx, RETURNS_CASE, record.id, record.version, expired as ReturnsCaseRecord);
  onWrite?.();
  return saved;
}

/**
 * Expires every open case past its limit; run before listing so no list shows a case that
 * is already over. `onWrite` is told of each write (reads that write must wake the checkpointer and sync).
 */
export function expireOverdueCases(db: Db, device: Device, ctx: RequestContext, now: Date = ctx.now(), onWrite?: () => void): number {
  const cutoff = new Date(now.getTime() - SHORTEST_LIMIT_MS).toISOString();
  const candidates = stmt(db, `SELECT id FROM returns_cases WHERE state NOT IN (${TERMINAL_LIST}) AND arrived_at <= ?`).all(cutoff) as { id: string }[];
  let expired = 0;
  for (const { id } of candidates) {
    const record = getRecord(db, RETURNS_CASE, id);
    if (expireIfDue(db, device, ctx, record, now, onWrite) !== record) expired++;
  }
  return expired;
}
