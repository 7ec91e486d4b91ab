import type { z } from 'zod';
import { sameJson } from '../../../shared/canonical-json';
import { AppError } from '../../../shared/domain/errors';
import type { ConflictSummary } from '../../../shared/domain/sync-status';
import { fieldLabel } from '../../../shared/domain/field-labels';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import type { RequestContext } from '../records/context';
import { recordKindOf } from '../records/record-kinds';
import { diffFields, saveRecord } from '../records/save-record';

interface ConflictRow {
  id: number;
  record_type: string;
  record_id: string;
  local_payload: string;
  server_payload: string;
  server_version: number;
  detected_at: string;
}

const BOOKKEEPING = new Set(['version', 'updatedAt']);

function differences(local: Record<string, unknown>, server: Record<string, unknown>) {
  const fields = new Set([...Object.keys(local), ...Object.keys(server)]);
  return [...fields]
    .filter((f) => !BOOKKEEPING.has(f) && !sameJson(local[f], server[f]))
    .map((field) => ({ field, local: local[field] ?? null, server: server[field] ?? null }));
}

/** Conflicts still waiting for an officer, each with both copies and what differs. */
export function openConflicts(db: Db): z.infer<typeof ConflictSummary>[] {
  const rows = stmt(db, 'SELECT * FROM conflicts WHERE resolved_at IS NULL ORDER BY id').all() as ConflictRow[];
  return rows.map((row) => {
    const local = JSON.parse(row.local_payload) as Record<string, unknown>;
    const server = JSON.parse(row.server_payload) as Record<string, unknown>;
    return {
      id: row.id,
      recordType: row.record_type,
      recordId: row.record_id,
      reference: typeof local.reference === 'string' ? local.reference : null,
      detectedAt: row.detected_at,
      serverVersion: row.server_version,
      local,
      server,
      differences: differences(local, server),
    };
  });
}

export function countOpenConflicts(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
}

/** The history's words for a settled conflict: which copy was kept, and where the two differed. */
function settledNote(keep: 'local' | 'server', local: object, server: object): string {
  const differed = Object.keys(diffFields(server, local)).map(fieldLabel).join(', ');
  const kept = keep === 'local' ? "this laptop's copy kept" : "the centre's copy taken";
  return `Conflict with the centre settled: ${kept}${differed ? ` (the copies differed in: ${differed})` : ''}`;
}

/**
 * Resolves a conflict by writing the chosen copy as a new change based on the centre's
 * version, so the next push moves the centre to it without a new conflict. Audited like
 * any correction: the history shows what the resolution changed on this device.
 */
export function resolveConflict(db: Db, device: Device, ctx: RequestContext, id: number, keep: 'local' | 'server'): { recordId: string } {
  return db
    .transaction(() => {
      const row = stmt(db, 'SELECT * FROM conflicts WHERE id = ? AND resolved_at IS NULL').get(id) as ConflictRow | undefined;
      if (!row) throw new AppError('NOT_FOUND', 'That conflict does not exist or was already resolved');
      const kind = recordKindOf(row.record_type);
      if (!kind) throw new AppError('UNAVAILABLE', 'This version of the app cannot resolve that kind of record');
      const current = stmt(db, `SELECT seq, data, version FROM ${kind.table} WHERE id = ?`).get(row.record_id) as { seq: number; data: string; version: number } | undefined;
      if (!current) throw new AppError('NOT_FOUND', 'The record of that conflict is no longer on this device');
      const before = JSON.parse(current.data) as Record<string, unknown>;
      const chosen = JSON.parse(keep === 'local' ? row.local_payload : row.server_payload) as Record<string, unknown>;
      const after = { ...chosen, version: current.version + 1, updatedAt: ctx.now().toISOString() };
      saveRecord(db, device, ctx, {
        type: kind.type,
        id: row.record_id,
        before,
        after,
        baseVersion: row.server_version,
        note: settledNote(keep, JSON.parse(row.local_payload) as object, JSON.parse(row.server_payload) as object),
        persist: (json, hash) => {
          stmt(db, `UPDATE ${kind.table} SET data = ?, version = ?, content_hash = ?, server_version = ? WHERE seq = ?`).run(json, after.version, hash, row.server_version, current.seq);
          kind.reindex?.(db, current.seq, after as never);
        },
      });
      stmt(db, 'UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?').run(
        ctx.now().toISOString(),
        ctx.officer.name,
        keep === 'local' ? 'kept_local' : 'took_server',
        id,
      );
      return { recordId: row.record_id };
    })
    .immediate();
}
