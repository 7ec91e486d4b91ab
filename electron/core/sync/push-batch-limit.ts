import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { readSyncState, writeSyncState } from './sync-state';

/**
 * How many changes the next push batch may carry. On a slow link (a phone signal on the
 * quayside) a full batch can take longer to upload than the request may last, and a batch
 * that never gets through would be tried again forever. So a push that does not get through
 * halves the limit, and every answered batch doubles it back towards the maximum. The limit
 * is kept in the database: a laptop restarted on the same bad link does not learn it again.
 */
export const MIN_PUSH_BATCH_CHANGES = 25;

export interface PushBatchLimit {
  current(): number;
  /** A batch was answered: the link carries this size, try a larger one. */
  answered(): void;
  /** A batch did not get through (network, timeout, the centre failing): try a smaller one. */
  failed(): void;
}

export function pushBatchLimit(db: Db, max: number): PushBatchLimit {
  const floor = Math.min(MIN_PUSH_BATCH_CHANGES, max);
  const stored = Number(readSyncState(db, 'pushBatchLimit'));
  let limit = Number.isInteger(stored) && stored > 0 ? Math.min(max, Math.max(floor, stored)) : max;
  const set = (next: number) => {
    if (next === limit) return;
    limit = next;
    writeSyncState(db, 'pushBatchLimit', String(limit));
  };
  return {
    current: () => limit,
    answered: () => set(Math.min(max, limit * 2)),
    failed: () => set(Math.max(floor, Math.floor(limit / 2))),
  };
}

/**
 * Forgets the names of batches sent but never answered, so that their changes go again in
 * batches of the current size. Safe whatever the centre did with them: changes it already
 * processed come back `duplicate`, with their first answer (push-answers.ts on the centre).
 */
export function forgetUnansweredBatches(db: Db): void {
  stmt(db, "UPDATE outbox SET batch_id = NULL WHERE state = 'pending' AND batch_id IS NOT NULL").run();
}
