import type { Migration } from '../migrations';

/**
 * Records are stored as their JSON document (`data`, exactly what syncs) with generated
 * columns for what lists filter and sort on, so there is one source of truth and no
 * column-by-column mapping. `seq` is an explicit rowid: FTS rows point at it, and VACUUM
 * may renumber an implicit rowid.
 */
export const v1Initial: Migration = {
  version: 1,
  name: 'initial: device, settings, interceptions, arrivals, search, audit log, outbox',
  up(db) {
    db.exec(`
      CREATE TABLE device (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        id TEXT NOT NULL,
        code TEXT NOT NULL,
        next_reference INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE interceptions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL CHECK (json_valid(data)),
        version INTEGER NOT NULL,
        server_version INTEGER,
        status TEXT GENERATED ALWAYS AS (data ->> '$.status') VIRTUAL,
        site TEXT GENERATED ALWAYS AS (data ->> '$.site') VIRTUAL,
        -- '' for a draft without a time, so keyset paging never meets NULL
        detected_at TEXT GENERATED ALWAYS AS (coalesce(data ->> '$.detectedAt', '')) VIRTUAL
      ) STRICT;
      CREATE INDEX interceptions_by_detected ON interceptions (detected_at, seq);
      CREATE INDEX interceptions_by_site ON interceptions (site, detected_at);

      CREATE TABLE arrivals (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL CHECK (json_valid(data)),
        version INTEGER NOT NULL,
        server_version INTEGER,
        status TEXT GENERATED ALWAYS AS (data ->> '$.status') VIRTUAL,
        interception_id TEXT GENERATED ALWAYS AS (data ->> '$.interceptionId') VIRTUAL,
        site TEXT GENERATED ALWAYS AS (data ->> '$.site') VIRTUAL,
        arrived_at TEXT GENERATED ALWAYS AS (coalesce(data ->> '$.arrivedAt', '')) VIRTUAL,
        nationality TEXT GENERATED ALWAYS AS (data ->> '$.nationality') VIRTUAL,
        family_name TEXT GENERATED ALWAYS AS (upper(data ->> '$.familyName')) VIRTUAL,
        vulnerable INTEGER GENERATED ALWAYS AS (
          json_array_length(data -> '$.vulnerability.medical') > 0
          OR (data ->> '$.vulnerability.disability') = 1
          OR (data ->> '$.vulnerability.traffickingIndicators') = 1
          OR (data ->> '$.unaccompanied') = 1
        ) VIRTUAL
      ) STRICT;
      CREATE INDEX arrivals_by_arrived ON arrivals (arrived_at, seq);
      CREATE INDEX arrivals_by_interception ON arrivals (interception_id, seq);
      CREATE INDEX arrivals_by_site ON arrivals (site, arrived_at);
      CREATE INDEX arrivals_by_nationality ON arrivals (nationality, arrived_at);
      CREATE INDEX arrivals_by_family_name ON arrivals (family_name, seq);
      CREATE INDEX arrivals_vulnerable ON arrivals (arrived_at) WHERE vulnerable;

      -- Names and aliases, accents and case folded; rowid = arrivals.seq.
      CREATE VIRTUAL TABLE arrival_names USING fts5 (
        names, content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );

      CREATE TABLE arrival_documents (
        arrival_seq INTEGER NOT NULL REFERENCES arrivals (seq) ON DELETE CASCADE,
        number TEXT NOT NULL,
        PRIMARY KEY (number, arrival_seq)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX arrival_documents_by_arrival ON arrival_documents (arrival_seq);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update')),
        officer_id TEXT NOT NULL,
        officer_name TEXT NOT NULL,
        device_id TEXT NOT NULL,
        at TEXT NOT NULL,
        changes TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_record ON audit_log (record_type, record_id, id);

      -- seq is the per-device sequence that makes push exactly-once: AUTOINCREMENT so a
      -- number is never reused, even after acknowledged rows are purged.
      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        base_version INTEGER,
        payload TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        officer_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending'
          CHECK (state IN ('pending', 'applied', 'duplicate', 'conflict', 'rejected')),
        result TEXT,
        acked_at TEXT
      ) STRICT;
      CREATE INDEX outbox_by_state ON outbox (state, seq);
      CREATE INDEX outbox_by_record ON outbox (record_type, record_id, seq);
    `);
  },
};
