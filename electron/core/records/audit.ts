import type { AuditEntry } from '../../../shared/domain/audit';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

interface AuditRow {
  id: number;
  action: 'create' | 'update';
  officer_name: string;
  at: string;
  changes: string;
  note: string | null;
  received: number;
}

/**
 * A person moved to another boat is recorded by the boats' ids; an officer knows a boat by its
 * reference, so the history shows that (the id when the boat is not on this device).
 */
function shownValue(db: Db, field: string, value: unknown): unknown {
  if (field !== 'interceptionId' || typeof value !== 'string') return value;
  const row = stmt(db, 'SELECT reference FROM interceptions WHERE id = ?').get(value) as { reference: string } | undefined;
  return row?.reference ?? value;
}

/** A record's history, oldest first, for the record screen and the printed summary. */
export function auditTrail(db: Db, recordId: string): AuditEntry[] {
  // Only a change received from the centre is kept under another device's id (received-history.ts).
  const rows = stmt(
    db,
    `SELECT id, action, officer_name, at, changes, note, device_id <> (SELECT id FROM device WHERE singleton = 1) AS received
       FROM audit_log WHERE record_id = ? ORDER BY id`,
  ).all(recordId) as AuditRow[];
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    officerName: row.officer_name,
    at: row.at,
    changes: Object.entries(JSON.parse(row.changes) as Record<string, [unknown, unknown]>).map(([field, [from, to]]) => ({ field, from: shownValue(db, field, from), to: shownValue(db, field, to) })),
    note: row.note,
    receivedFromCentre: row.received === 1,
  }));
}
