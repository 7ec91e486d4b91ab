import type { Migration } from '../migrate';

export const initial: Migration = {
  version: 1,
  name: 'devices, officers, enrolment codes, records, change log, sync clock, push ledger, conflicts',
  sql: `
    CREATE TABLE devices (
      id uuid PRIMARY KEY,
      code text NOT NULL UNIQUE,
      token_hash text NOT NULL UNIQUE,       -- sha256 of the device token; the token itself is never stored
      enrolled_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      last_applied_seq bigint NOT NULL DEFAULT 0 CHECK (last_applied_seq >= 0),
      last_seen_at timestamptz
    );

    CREATE TABLE officers (
      id uuid PRIMARY KEY,
      username text NOT NULL UNIQUE,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('officer', 'supervisor')),
      password_hash text NOT NULL,           -- argon2id PHC string
      created_at timestamptz NOT NULL DEFAULT now(),
      disabled_at timestamptz
    );

    CREATE TABLE enrolment_codes (
      id uuid PRIMARY KEY,
      code_hash text NOT NULL UNIQUE,        -- sha256 of the normalised one-time code
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      used_by_device uuid REFERENCES devices (id)
    );

    -- The commit-order clock (see server/sync/version-clock.ts): exactly one row.
    CREATE TABLE sync_clock (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      version bigint NOT NULL CHECK (version >= 0)
    );
    INSERT INTO sync_clock (singleton, version) VALUES (true, 0);

    -- The current state of every record; pull reads it by version.
    CREATE TABLE records (
      record_type text NOT NULL,
      record_id uuid NOT NULL,
      version bigint NOT NULL,
      payload jsonb NOT NULL,
      content_hash text NOT NULL,
      device_id uuid NOT NULL REFERENCES devices (id),
      device_seq bigint NOT NULL,
      officer_id text NOT NULL,
      recorded_at timestamptz NOT NULL,      -- device clock, clamped to the server's when ahead
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (record_type, record_id)
    );
    CREATE UNIQUE INDEX records_by_version ON records (version);

    -- Every version ever applied, in commit order: the centre's history of each record.
    CREATE TABLE change_log (
      version bigint PRIMARY KEY,
      record_type text NOT NULL,
      record_id uuid NOT NULL,
      payload jsonb NOT NULL,
      content_hash text NOT NULL,
      device_id uuid NOT NULL REFERENCES devices (id),
      device_seq bigint NOT NULL,
      officer_id text NOT NULL,
      recorded_at timestamptz NOT NULL,
      device_recorded_at text NOT NULL,      -- what the device said, kept when clamped
      recorded_at_clamped boolean NOT NULL,
      committed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX change_log_by_record ON change_log (record_type, record_id, version);

    -- One row per device seq ever processed: the primary key makes "at most once" a fact
    -- of the database, and a resent seq can be answered with what happened the first time.
    CREATE TABLE device_changes (
      device_id uuid NOT NULL REFERENCES devices (id),
      seq bigint NOT NULL,
      batch_id uuid NOT NULL,
      record_type text NOT NULL,
      record_id uuid NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('applied', 'conflict', 'rejected')),
      version bigint,
      content_hash text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (device_id, seq)
    );

    -- The answer to every push batch, replayed when the same batchId comes again.
    CREATE TABLE push_batches (
      device_id uuid NOT NULL REFERENCES devices (id),
      batch_id uuid NOT NULL,
      request_hash text NOT NULL,
      response text NOT NULL,                -- the exact JSON sent, so a replay is byte-for-byte the same
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (device_id, batch_id)
    );

    -- Both copies of every conflicting change, kept until an officer resolves it.
    CREATE TABLE conflicts (
      id uuid PRIMARY KEY,
      record_type text NOT NULL,
      record_id uuid NOT NULL,
      device_id uuid NOT NULL REFERENCES devices (id),
      device_seq bigint NOT NULL,
      officer_id text NOT NULL,
      base_version bigint,
      incoming_payload jsonb NOT NULL,
      incoming_hash text NOT NULL,
      server_version bigint NOT NULL,
      server_payload jsonb NOT NULL,
      server_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz,
      resolved_by text
    );
    CREATE INDEX conflicts_open ON conflicts (record_type, record_id) WHERE resolved_at IS NULL;
  `,
};
