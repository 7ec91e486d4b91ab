import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/** Changes recorded here that the centre has not yet acknowledged. */
export function countPending(db: Db): number {
  return (stmt(db, "SELECT count(*) AS n FROM outbox WHERE state = 'pending'").get() as { n: number }).n;
}
