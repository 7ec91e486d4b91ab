import type { Db } from '../db/connection';
import { readSyncState, writeSyncState } from './sync-state';

/**
 * How much one request may carry: changes per push batch, records per pull page. On a slow
 * link (a phone signal on the quayside) a full batch or page can take longer to cross than a
 * request may last, and one that never gets through would be tried again forever. So a
 * request that does not get through halves the limit, and every answered one doubles it back
 * towards the maximum. The limit is kept in the database: a laptop restarted on the same bad
 * link does not learn it again.
 */
export interface AdaptiveLimit {
  current(): number;
  /** A request was answered: the link carries this size, try a larger one. */
  answered(): void;
  /** A request did not get through (network, timeout, the centre failing): try a smaller one. */
  failed(): void;
}

export const MIN_PUSH_BATCH_CHANGES = 25;
export const MIN_PULL_PAGE = 50;

export function adaptiveLimit(db: Db, key: 'pushBatchLimit' | 'pullPageLimit', max: number, min: number): AdaptiveLimit {
  const floor = Math.min(min, max);
  const stored = Number(readSyncState(db, key));
  let limit = Number.isInteger(stored) && stored > 0 ? Math.min(max, Math.max(floor, stored)) : max;
  const set = (next: number) => {
    if (next === limit) return;
    limit = next;
    writeSyncState(db, key, String(limit));
  };
  return {
    current: () => limit,
    answered: () => set(Math.min(max, limit * 2)),
    failed: () => set(Math.max(floor, Math.floor(limit / 2))),
  };
}
