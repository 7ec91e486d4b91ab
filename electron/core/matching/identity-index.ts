import type { ArrivalFields } from '../../../shared/domain/arrival';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { isSmallBoatArrival, matchPersonOf } from './arrival-person';
import { blockingKeys } from './blocking-keys';
import { noteIdentityChanged } from './identity-generation';

/**
 * Keeps `identity_keys` (migrations/002) in step with one arrival, inside the transaction
 * that writes it: a new, corrected or pulled record is findable by the prior-crossing check
 * as soon as it is committed. Only the keys that changed are written, so a correction that
 * does not touch identity costs one indexed read.
 */
export function reindexIdentity(db: Db, seq: number, arrival: ArrivalFields & { id: string }): void {
  const wanted = new Set(isSmallBoatArrival(arrival) ? blockingKeys(matchPersonOf(arrival)) : []);
  const stored = (stmt(db, 'SELECT key FROM identity_keys WHERE arrival_seq = ?').all(seq) as { key: string }[]).map((r) => r.key);
  const remove = stmt(db, 'DELETE FROM identity_keys WHERE key = ? AND arrival_seq = ?');
  let changed = false;
  for (const key of stored) {
    if (wanted.delete(key)) continue;
    remove.run(key, seq);
    changed = true;
  }
  const insert = stmt(db, 'INSERT INTO identity_keys (key, arrival_seq) VALUES (?, ?)');
  for (const key of wanted) insert.run(key, seq);
  if (changed || wanted.size > 0) noteIdentityChanged(db);
}
