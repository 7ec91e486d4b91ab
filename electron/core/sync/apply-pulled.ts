import type { PulledChange } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { recordKindOf } from '../records/record-kinds';
import { storeReceivedRecord, type RecordMeta } from '../records/record-store';
import { logger } from '../log';

export interface PullTally {
  received: number;
  /** Changes held back because this device has unsent changes to the same record. */
  deferred: number;
  skipped: number;
}

function hasUnsentChanges(db: Db, recordType: string, recordId: string): boolean {
  return stmt(db, "SELECT 1 FROM outbox WHERE record_type = ? AND record_id = ? AND state = 'pending' LIMIT 1").get(recordType, recordId) !== undefined;
}

/**
 * Applies one page of pulled changes and stores the new cursor in the same transaction, so
 * a crash never leaves a cursor ahead of the data it covers. A pulled change never
 * overwrites a record with unsent local changes.
 */
export function applyPulledPage(db: Db, changes: readonly PulledChange[], cursor: string): PullTally {
  const tally: PullTally = { received: 0, deferred: 0, skipped: 0 };
  db.transaction(() => {
    for (const change of changes) {
      const kind = recordKindOf(change.recordType);
      const payload = change.payload as Partial<RecordMeta> | null;
      if (!kind || !payload || typeof payload !== 'object' || payload.id !== change.recordId || typeof payload.reference !== 'string') {
        // A record type or shape this version of the app does not know: left at the centre.
        tally.skipped++;
        logger.warn('pulled change skipped', { recordType: change.recordType.slice(0, 40) });
        continue;
      }
      const local = stmt(db, `SELECT content_hash, server_version FROM ${kind.table} WHERE id = ?`).get(change.recordId) as
        | { content_hash: string | null; server_version: number | null }
        | undefined;
      if (local && local.content_hash === change.contentHash) {
        stmt(db, `UPDATE ${kind.table} SET server_version = ? WHERE id = ?`).run(change.version, change.recordId);
        continue;
      }
      if (local && local.server_version !== null && local.server_version >= change.version) continue;
      if (local && hasUnsentChanges(db, change.recordType, change.recordId)) {
        // Never overwrite unsent work. Pushing it (based on the older version) makes the
        // centre keep both copies as a conflict, which then comes back to an officer here.
        tally.deferred++;
        continue;
      }
      storeReceivedRecord(db, kind, payload as object & RecordMeta, change.version, change.contentHash);
      tally.received++;
    }
    stmt(db, "INSERT INTO sync_state (key, value) VALUES ('pullCursor', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(cursor);
  })();
  return tally;
}
