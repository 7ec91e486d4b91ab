import type { Database } from '../../server/db/database';

export interface WriteCounts {
  records: number;
  change_log: number;
  device_changes: number;
  push_batches: number;
  conflicts: number;
  clock: number;
  applied_seqs: number;
}

/** Row counts of every table a push writes: a failed or refused request must leave them as they were. */
export async function writeCounts(db: Database): Promise<WriteCounts> {
  const [row] = await db.query<WriteCounts>(
    `SELECT (SELECT count(*) FROM records) AS records,
            (SELECT count(*) FROM change_log) AS change_log,
            (SELECT count(*) FROM device_changes) AS device_changes,
            (SELECT count(*) FROM push_batches) AS push_batches,
            (SELECT count(*) FROM conflicts) AS conflicts,
            (SELECT version FROM sync_clock) AS clock,
            (SELECT coalesce(sum(last_applied_seq), 0)::bigint FROM devices) AS applied_seqs`,
  );
  return row!;
}

export async function lastAppliedSeq(db: Database, deviceId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT last_applied_seq AS n FROM devices WHERE id = $1', [deviceId]);
  return row!.n;
}
