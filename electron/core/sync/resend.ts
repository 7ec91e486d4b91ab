import { chainLink } from '../../../shared/audit-chain';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import { moveChainHead, nextChainLink } from '../records/audit-chain-link';
import type { RecordKind } from '../records/record-store';
import { contentHash } from '../records/save-record';

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
      const { seq, prev } = nextChainLink(db, device);
      const chainHash = chainLink(prev, { seq, recordType: kind.type, recordId: id, baseVersion: row.server_version, contentHash: hash, officerId, recordedAt: at });
      stmt(
        db,
        `INSERT INTO audit_log (record_type, record_id, action, officer_id, officer_name, device_id, at, changes, seq, content_hash, base_version, prev_hash, chain_hash, note)
         VALUES (?, ?, 'update', ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, 'Sent to the centre again: its receipt showed it did not hold this record')`,
      ).run(kind.type, id, officerId, named?.name ?? officerId, device.id, at, seq, hash, row.server_version, prev, chainHash);
      stmt(
        db,
        'INSERT INTO outbox (seq, record_type, record_id, base_version, payload, content_hash, officer_id, created_at, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(seq, kind.type, id, row.server_version, row.data, hash, officerId, at, chainHash);
      moveChainHead(db, seq, chainHash);
      queued++;
    }
  })();
  return queued;
}
