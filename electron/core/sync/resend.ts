import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import type { RecordKind } from '../records/record-store';
import { contentHash } from '../records/save-record';

/**
 * Queues the current copy of records the centre turned out not to hold (a receipt found
 * them missing), as new changes with new sequence numbers: they go out with the next push.
 */
export function requeueRecords(db: Db, kind: RecordKind<object>, recordIds: readonly string[], officerId: string, now: Date): number {
  let queued = 0;
  db.transaction(() => {
    for (const id of recordIds) {
      const row = stmt(db, `SELECT data, server_version FROM ${kind.table} WHERE id = ?`).get(id) as
        | { data: string; server_version: number | null }
        | undefined;
      if (!row) continue;
      // Hash the text being sent (a pulled record's stored JSON may differ in key order from what its author hashed).
      const hash = contentHash(row.data);
      stmt(db, `UPDATE ${kind.table} SET content_hash = ? WHERE id = ?`).run(hash, id);
      stmt(db, 'INSERT INTO outbox (record_type, record_id, base_version, payload, content_hash, officer_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        kind.type,
        id,
        row.server_version,
        row.data,
        hash,
        officerId,
        now.toISOString(),
      );
      queued++;
    }
  })();
  return queued;
}
