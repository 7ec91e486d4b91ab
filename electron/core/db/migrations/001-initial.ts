import type { Migration } from '../migrations';

export const v1Initial: Migration = {
  version: 1,
  name: 'initial: device, settings, interceptions, audit log, outbox',
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
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        site TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        intercepted_at TEXT,
        latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        zone TEXT NOT NULL,
        outcome TEXT NOT NULL,
        people_aboard INTEGER NOT NULL CHECK (people_aboard >= 0),
        notes TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
      ) STRICT;
      CREATE INDEX interceptions_by_detected ON interceptions (detected_at DESC, id DESC);
      CREATE INDEX interceptions_by_site ON interceptions (site, detected_at DESC);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update')),
        officer_id TEXT NOT NULL,
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
