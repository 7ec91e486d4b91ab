import type { RecordSyncState } from '../../../shared/domain/sync-status';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { refusalReason, type RefusedRow } from './refused-records';

/**
 * Where each record stands, as the officer sees it beside the record: not yet sent, safe
 * at the centre, in conflict, or rejected by the centre (with its reasons).
 */
export function recordSyncStates(db: Db, recordIds: readonly string[]): RecordSyncState[] {
  return recordIds.map((recordId) => {
    const pending = stmt(db, "SELECT 1 FROM outbox WHERE record_id = ? AND state = 'pending' LIMIT 1").get(recordId);
    if (pending) return { recordId, state: 'not_sent', reason: null };
    if (stmt(db, 'SELECT 1 FROM conflicts WHERE record_id = ? AND resolved_at IS NULL LIMIT 1').get(recordId)) {
      return { recordId, state: 'conflict', reason: 'The centre holds a different version: an officer must choose which to keep.' };
    }
    const last = stmt(db, 'SELECT seq, officer_id AS officerId, state, result FROM outbox WHERE record_id = ? ORDER BY seq DESC LIMIT 1').get(recordId) as
      | (RefusedRow & { state: string })
      | undefined;
    if (last?.state === 'rejected') return { recordId, state: 'rejected', reason: refusalReason(db, last) };
    return { recordId, state: 'safe', reason: null };
  });
}
