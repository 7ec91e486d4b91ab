import type { Arrival } from '../../../shared/domain/arrival';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { isSmallBoatArrival, matchPersonOf } from './arrival-person';
import type { RankedCandidate } from './rank-candidates';
import { commonnessOf, scoreWithCommonness } from './score-with-commonness';

/**
 * Re-entry (DOMAIN.md, the returns pilot): a small-boat arrival who is someone removed to
 * France under the pilot. The people removed are few (hundreds), so every one of them who
 * shares any identity key with the person is scored, common names included; nothing is
 * skipped as it is in the search of all arrivals. The scoring is the prior-crossing check's.
 */
function removedLookalikes(db: Db, subject: Arrival, keys: readonly string[]): Arrival[] {
  const rows = stmt(
    db,
    `SELECT a.data FROM returns_cases rc JOIN arrivals a ON a.id = rc.arrival_id
     WHERE rc.state = 'REMOVED' AND a.id <> ?
       AND EXISTS (SELECT 1 FROM identity_keys ik WHERE ik.arrival_seq = a.seq AND ik.key IN (SELECT value FROM json_each(?)))`,
  ).all(subject.id, JSON.stringify(keys)) as { data: string }[];
  return rows.map((r) => JSON.parse(r.data) as Arrival);
}

export function reEntryCandidates(db: Db, subject: Arrival): RankedCandidate[] {
  const person = matchPersonOf(subject);
  const { keys, sizes, bornThere } = commonnessOf(db, person, isSmallBoatArrival(subject));
  return removedLookalikes(db, subject, keys)
    .map((arrival) => ({ arrival, ...scoreWithCommonness(person, matchPersonOf(arrival), keys, sizes, bornThere) }))
    .sort((a, b) => b.score - a.score);
}

/** Which of these arrivals belong to someone whose returns case says REMOVED. */
export function removedArrivalIds(db: Db, arrivalIds: readonly string[]): Set<string> {
  const rows = stmt(db, "SELECT arrival_id FROM returns_cases WHERE state = 'REMOVED' AND arrival_id IN (SELECT value FROM json_each(?))").all(JSON.stringify(arrivalIds)) as {
    arrival_id: string;
  }[];
  return new Set(rows.map((r) => r.arrival_id));
}
