import type { Migration } from '../migrate';

/*
 * Officer sessions: what an online sign-in returns (`session.token`), bound to the device that
 * signed in and expiring (12 hours by default). Only the token's sha256 is stored. A session
 * is refused once expired, revoked, or when its officer is disabled or its device revoked
 * (server/officers/authenticate.ts).
 */
export const officerSessions: Migration = {
  version: 3,
  name: 'officer sessions: hashed, expiring tokens bound to a device',
  sql: `
    CREATE TABLE officer_sessions (
      token_hash text PRIMARY KEY,           -- sha256 of the officer token; the token itself is never stored
      officer_id uuid NOT NULL REFERENCES officers (id),
      device_id uuid NOT NULL REFERENCES devices (id),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    );
    CREATE INDEX officer_sessions_by_officer ON officer_sessions (officer_id, expires_at);
  `,
};
