import type { z } from 'zod';
import { combineCopies, conflictFields, type KeepSide } from '../../../shared/domain/conflict-merge';
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
  /** The copy both sides started from, as the centre sent it; null when it did not. */
  base_payload: string | null;
}

type Copy = Record<string, unknown>;
const copiesOf = (row: ConflictRow) => ({
  local: JSON.parse(row.local_payload) as Copy,
  server: JSON.parse(row.server_payload) as Copy,
  base: row.base_payload === null ? null : (JSON.parse(row.base_payload) as Copy),
});

/** Conflicts still waiting for an officer, each with both copies and what differs. */
export function openConflicts(db: Db): z.infer<typeof ConflictSummary>[] {
  const rows = stmt(db, 'SELECT * FROM conflicts WHERE resolved_at IS NULL ORDER BY id').all() as ConflictRow[];
  return rows.map((row) => {
    const { local, server, base } = copiesOf(row);
    return {
      id: row.id,
      recordType: row.record_type,
      recordId: row.record_id,
      reference: typeof local.reference === 'string' ? local.reference : null,
      detectedAt: row.detected_at,
      serverVersion: row.server_version,
      local,
      server,
      baseKnown: base !== null,
      differences: conflictFields(local, server, base).map(({ path, ...rest }) => ({ field: path, ...rest })),
    };
  });
}

export function countOpenConflicts(db: Db): number {
  return (stmt(db, 'SELECT count(*) AS n FROM conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
}

/** The history's words for a settled conflict: which copy was kept, and where the two differed. */
function settledNote(keep: KeepSide, local: object, server: object): string {
  const differed = Object.keys(diffFields(server, local)).map(fieldLabel).join(', ');
  const kept = keep === 'local' ? "this laptop's copy kept" : "the centre's copy taken";
  return `Conflict with the centre settled: ${kept}${differed ? ` (the copies differed in: ${differed})` : ''}`;
}

/** The history's words for copies combined: which fields came from where. */
function combinedNote(fromHere: string[], fromCentre: string[]): string {
  const list = (paths: string[]) => paths.map(fieldLabel).join(', ');
  const parts = [fromHere.length ? `from this laptop: ${list(fromHere)}` : '', fromCentre.length ? `from the centre: ${list(fromCentre)}` : ''].filter(Boolean);
  return `Conflict with the centre settled: the copies combined${parts.length ? ` (${parts.join('; ')})` : ''}`;
}

/** The copy a resolution keeps, and the history's words for it. */
function chosenCopy(row: ConflictRow, keep: KeepSide | 'combined', choices: Readonly<Record<string, KeepSide>>): { chosen: Copy; note: string } {
  const { local, server, base } = copiesOf(row);
  if (keep !== 'combined') return { chosen: keep === 'local' ? local : server, note: settledNote(keep, local, server) };
  const { combined, unchosen, fromHere, fromCentre } = combineCopies(local, server, base, choices);
  if (unchosen.length) {
    throw AppError.validation([{ path: 'choices', message: `Choose which value to keep for ${unchosen.map(fieldLabel).join(', ')}` }]);
  }
  return { chosen: combined, note: combinedNote(fromHere, fromCentre) };
}

/**
 * Resolves a conflict by writing the chosen copy (one side whole, or the two combined) as a
 * new change based on the centre's version, so the next push moves the centre to it without
 * a new conflict. Audited like any correction: the history shows what the resolution changed
 * on this device.
 */
export function resolveConflict(
  db: Db,
  device: Device,
  ctx: RequestContext,
  id: number,
  keep: KeepSide | 'combined',
  choices: Readonly<Record<string, KeepSide>> = {},
): { recordId: string } {
  return db
    .transaction(() => {
      const row = stmt(db, 'SELECT * FROM conflicts WHERE id = ? AND resolved_at IS NULL').get(id) as ConflictRow | undefined;
      if (!row) throw new AppError('NOT_FOUND', 'That conflict does not exist or was already resolved');
      const kind = recordKindOf(row.record_type);
      if (!kind) throw new AppError('UNAVAILABLE', 'This version of the app cannot resolve that kind of record');
      const current = stmt(db, `SELECT seq, data, version FROM ${kind.table} WHERE id = ?`).get(row.record_id) as { seq: number; data: string; version: number } | undefined;
      if (!current) throw new AppError('NOT_FOUND', 'The record of that conflict is no longer on this device');
      const before = JSON.parse(current.data) as Record<string, unknown>;
      const { chosen, note } = chosenCopy(row, keep, choices);
      const after = { ...chosen, version: current.version + 1, updatedAt: ctx.now().toISOString() };
      saveRecord(db, device, ctx, {
        type: kind.type,
        id: row.record_id,
        before,
        after,
        baseVersion: row.server_version,
        note,
        persist: (json, hash) => {
          stmt(db, `UPDATE ${kind.table} SET data = ?, version = ?, content_hash = ?, server_version = ? WHERE seq = ?`).run(json, after.version, hash, row.server_version, current.seq);
          kind.reindex?.(db, current.seq, after as never);
        },
      });
      stmt(db, 'UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?').run(
        ctx.now().toISOString(),
        ctx.officer.name,
        keep === 'local' ? 'kept_local' : keep === 'server' ? 'took_server' : 'merged',
        id,
      );
      return { recordId: row.record_id };
    })
    .immediate();
}
