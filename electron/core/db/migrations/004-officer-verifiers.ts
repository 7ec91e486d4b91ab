import type { Migration } from '../migrations';

/**
 * Offline sign-in: for each officer who signed in online on this device, a verifier the
 * device derived itself (argon2id of the password with its own random salt and the centre's
 * parameters), who they are, and until when it may be used. Never the password, never the
 * centre's hash. The table lives in the encrypted database like the records.
 */
export const v4OfficerVerifiers: Migration = {
  version: 4,
  name: 'cached officer verifiers for offline sign-in',
  up(db) {
    db.exec(`
      CREATE TABLE officer_verifiers (
        username TEXT PRIMARY KEY,
        officer_id TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor')),
        verifier TEXT NOT NULL CHECK (verifier LIKE '$argon2id$%'),
        valid_until TEXT NOT NULL,
        cached_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
