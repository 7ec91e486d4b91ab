import type { PulledChange } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { recordKindOf } from '../records/record-kinds';
import { storeReceivedRecord, type RecordKind, type RecordMeta } from '../records/record-store';
import { logger } from '../log';
import { recordReceivedChange } from './received-history';

export interface PullTally {
  received: number;
  /** Changes held back because this device has unsent changes to the same record. */
  deferred: number;
  skipped: number;
}

interface LocalCopy {
  seq: number;
  content_hash: string | null;
  server_version: number | null;
}

function hasUnsentChanges(db: Db, recordType: string, recordId: string): boolean {
  return stmt(db, "SELECT 1 FROM outbox WHERE record_type = ? AND record_id = ? AND state = 'pending' LIMIT 1").get(recordType, recordId) !== undefined;
}

/** This device's copy of each pulled record of one kind, by id: one query for the whole page. */
function localCopies(db: Db, kind: RecordKind<object>, ids: readonly string[]): Map<string, LocalCopy> {
  const rows = stmt(db, `SELECT id, seq, content_hash, server_version FROM ${kind.table} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as (LocalCopy & { id: string })[];
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Applies one page of pulled changes and stores the new cursor in the same transaction, so
 * a crash never leaves a cursor ahead of the data it covers. A pulled change never
 * overwrites a record with unsent local changes. A page holds each record once (at its
 * newest version), so the page's local copies are read up front, and the records this
 * device already holds with the same content only get their server version, in one statement.
 * A change that replaces a copy held here goes in the record's history (received-history.ts).
 */
export function applyPulledPage(db: Db, changes: readonly PulledChange[], cursor: string): PullTally {
  const tally: PullTally = { received: 0, deferred: 0, skipped: 0 };
  db.transaction(() => {
    const byKind = new Map<RecordKind<object>, PulledChange[]>();
    for (const change of changes) {
      const kind = recordKindOf(change.recordType);
      const payload = change.payload as Partial<RecordMeta> | null;
      if (!kind || !payload || typeof payload !== 'object' || payload.id !== change.recordId || typeof payload.reference !== 'string') {
        // A record type or shape this version of the app does not know: left at the centre.
        tally.skipped++;
        logger.warn('pulled change skipped', { recordType: change.recordType.slice(0, 40) });
        continue;
      }
      const ofKind = byKind.get(kind);
      if (ofKind) ofKind.push(change);
      else byKind.set(kind, [change]);
    }
    for (const [kind, ofKind] of byKind) {
      const locals = localCopies(db, kind, ofKind.map((c) => c.recordId));
      const confirmed: [string, number][] = [];
      for (const change of ofKind) {
        const local = locals.get(change.recordId);
        if (local && local.content_hash === change.contentHash) {
          confirmed.push([change.recordId, change.version]);
          continue;
        }
        if (local && local.server_version !== null && local.server_version >= change.version) continue;
        if (local && hasUnsentChanges(db, change.recordType, change.recordId)) {
          // Never overwrite unsent work. Pushing it (based on the older version) makes the
          // centre keep both copies as a conflict, which then comes back to an officer here.
          tally.deferred++;
          continue;
        }
        if (local) recordReceivedChange(db, change, (stmt(db, `SELECT data FROM ${kind.table} WHERE seq = ?`).get(local.seq) as { data: string }).data);
        storeReceivedRecord(db, kind, change.payload as object & RecordMeta, change.version, change.contentHash, local ? local.seq : null);
        tally.received++;
      }
      if (confirmed.length) {
        stmt(db, `UPDATE ${kind.table} SET server_version = a.value ->> 1 FROM json_each(?) a WHERE ${kind.table}.id = a.value ->> 0`).run(JSON.stringify(confirmed));
      }
    }
    refreshOpenConflicts(db, changes);
    stmt(db, "INSERT INTO sync_state (key, value) VALUES ('pullCursor', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(cursor);
  })();
  return tally;
}

/**
 * A record in conflict changed again at the centre: the conflict is settled against the
 * centre's copy as it is now, so that nothing the other device added since is dropped and the
 * settled copy is not refused as yet another conflict. Rare, so looked for only when a conflict
 * is open (one query a page otherwise).
 */
function refreshOpenConflicts(db: Db, changes: readonly PulledChange[]): void {
  if (!stmt(db, 'SELECT 1 FROM conflicts WHERE resolved_at IS NULL LIMIT 1').get()) return;
  const update = stmt(
    db,
    'UPDATE conflicts SET server_payload = ?, server_version = ? WHERE record_type = ? AND record_id = ? AND resolved_at IS NULL AND server_version < ?',
  );
  for (const change of changes) update.run(JSON.stringify(change.payload), change.version, change.recordType, change.recordId, change.version);
}
