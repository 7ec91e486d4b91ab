import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import type { RecordKind } from '../records/record-store';
import { appendChainedChange, contentHash } from '../records/save-record';

/**
 * Queues the current copy of records the centre turned out not to hold (a receipt found
 * them missing), as new changes with new sequence numbers: they go out with the next push.
 * Each is a link of the audit chain like any change (shared/audit-chain.ts), with its audit
 * entry: an update with no field changed. It is attributed to the officer who last changed
 * the record here (the content is theirs, and the centre knows them: it checks every
 * change's officer), or else to `fallbackOfficerId`, the officer whose sync re-sent it.
 */
export function requeueRecords(db: Db, kind: RecordKind<object>, recordIds: readonly string[], fallbackOfficerId: string, now: Date): number {
  let queued = 0;
  const at = now.toISOString();
  db.transaction(() => {
    const device = stmt(db, 'SELECT id, code FROM device WHERE singleton = 1').get() as Device;
    const lastAuthor = stmt(db, 'SELECT officer_id AS id, officer_name AS name FROM audit_log WHERE record_type = ? AND record_id = ? ORDER BY id DESC LIMIT 1');
    const nameOf = stmt(db, 'SELECT officer_name AS name FROM audit_log WHERE officer_id = ? ORDER BY id DESC LIMIT 1');
    for (const id of recordIds) {
      const author = lastAuthor.get(kind.type, id) as { id: string; name: string } | undefined;
      const officerId = author?.id ?? fallbackOfficerId;
      const named = author ?? (nameOf.get(officerId) as { name: string } | undefined);
      const row = stmt(db, `SELECT data, server_version FROM ${kind.table} WHERE id = ?`).get(id) as
        | { data: string; server_version: number | null }
        | undefined;
      if (!row) continue;
      // Hash the text being sent (a pulled record's stored JSON may differ in key order from what its author hashed).
      const hash = contentHash(row.data);
      stmt(db, `UPDATE ${kind.table} SET content_hash = ? WHERE id = ?`).run(hash, id);
      appendChainedChange(db, device, {
        type: kind.type,
        id,
        action: 'update',
        officer: { id: officerId, name: named?.name ?? officerId },
        at,
        changes: {},
        payload: row.data,
        hash,
        baseVersion: row.server_version,
        note: 'Sent to the centre again: its receipt showed it did not hold this record',
      });
      queued++;
    }
  })();
  return queued;
}
