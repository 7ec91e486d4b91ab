import type { Migration } from '../migrations';

/**
 * The returns pilot (one case per person), safe-route transfers, prior-crossing decisions,
 * the identity keys the matching engine looks candidates up by, and the sync client's
 * own state (pull cursor, conflicts kept for an officer to resolve).
 */
export const v2ReturnsAndSync: Migration = {
  version: 2,
  name: 'returns cases, transfers, match decisions, identity keys, sync state and conflicts',
  up(db) {
    db.exec(`
      CREATE TABLE returns_cases (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL CHECK (json_valid(data)),
        version INTEGER NOT NULL,
        server_version INTEGER,
        arrival_id TEXT GENERATED ALWAYS AS (data ->> '$.arrivalId') VIRTUAL,
        state TEXT GENERATED ALWAYS AS (data ->> '$.state') VIRTUAL,
        arrived_at TEXT GENERATED ALWAYS AS (coalesce(data ->> '$.arrivedAt', '')) VIRTUAL,
        removal_scheduled_for TEXT GENERATED ALWAYS AS (data ->> '$.removalScheduledFor') VIRTUAL,
        removed_at TEXT GENERATED ALWAYS AS (data ->> '$.removedAt') VIRTUAL
      ) STRICT;
      CREATE UNIQUE INDEX returns_cases_by_arrival ON returns_cases (arrival_id);
      CREATE INDEX returns_cases_by_state ON returns_cases (state, arrived_at);
      CREATE INDEX returns_cases_by_removal ON returns_cases (removal_scheduled_for) WHERE removal_scheduled_for IS NOT NULL;
      CREATE INDEX returns_cases_by_removed ON returns_cases (removed_at) WHERE removed_at IS NOT NULL;

      CREATE TABLE transfers (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL CHECK (json_valid(data)),
        version INTEGER NOT NULL,
        server_version INTEGER,
        state TEXT GENERATED ALWAYS AS (data ->> '$.state') VIRTUAL,
        arrived_at TEXT GENERATED ALWAYS AS (data ->> '$.arrivedUkAt') VIRTUAL,
        arrival_id TEXT GENERATED ALWAYS AS (data ->> '$.arrivalId') VIRTUAL
      ) STRICT;
      CREATE INDEX transfers_by_arrived ON transfers (arrived_at) WHERE arrived_at IS NOT NULL;
      CREATE INDEX transfers_by_state ON transfers (state);

      CREATE TABLE match_decisions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL CHECK (json_valid(data)),
        version INTEGER NOT NULL,
        server_version INTEGER,
        subject_id TEXT GENERATED ALWAYS AS (data ->> '$.subjectId') VIRTUAL,
        candidate_id TEXT GENERATED ALWAYS AS (data ->> '$.candidateId') VIRTUAL
      ) STRICT;
      CREATE INDEX match_decisions_by_subject ON match_decisions (subject_id);

      -- Short keys (name skeleton + birth year, document number, biometric reference) for
      -- finding candidate matches among a million people without scanning them.
      CREATE TABLE identity_keys (
        key TEXT NOT NULL,
        arrival_seq INTEGER NOT NULL REFERENCES arrivals (seq) ON DELETE CASCADE,
        PRIMARY KEY (key, arrival_seq)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX identity_keys_by_arrival ON identity_keys (arrival_seq);

      CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- A pulled change that met unsent local changes: both copies kept until an officer decides.
      CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        local_payload TEXT NOT NULL,
        server_payload TEXT NOT NULL,
        server_version INTEGER NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT,
        resolution TEXT CHECK (resolution IN ('kept_local', 'took_server', 'merged'))
      ) STRICT;
      CREATE INDEX conflicts_open ON conflicts (record_type, record_id) WHERE resolved_at IS NULL;

      ALTER TABLE outbox ADD COLUMN batch_id TEXT;
    `);
  },
};
