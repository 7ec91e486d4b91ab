import type { Migration } from '../migrations';

/**
 * Retention (electron/core/records/retention): what a purge of old records needs.
 *
 * `audit_purged_runs` keeps the audit trail's hash chain checkable after a purge deletes
 * audit rows: each maximal run of deleted audit rows (no surviving row between `from_id`
 * and `to_id`) is remembered by its id range and the chain hash of its last row, which is
 * what the next surviving row's hash was computed from. No personal data is kept.
 *
 * The indexes let the purge and the subject access export find a person's transfers and
 * the match decisions that name them as a candidate without scanning.
 */
export const v5Retention: Migration = {
  version: 5,
  name: 'retention: purged audit runs, transfers by arrival, match decisions by candidate',
  up(db) {
    db.exec(`
      CREATE TABLE audit_purged_runs (
        to_id INTEGER PRIMARY KEY,
        from_id INTEGER NOT NULL,
        rows INTEGER NOT NULL,
        last_chain_hash TEXT
      ) STRICT;
      CREATE UNIQUE INDEX audit_purged_runs_by_from ON audit_purged_runs (from_id);
      CREATE INDEX transfers_by_arrival ON transfers (arrival_id) WHERE arrival_id IS NOT NULL;
      CREATE INDEX match_decisions_by_candidate ON match_decisions (candidate_id);
    `);
  },
};
