import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { SessionOfficer } from '../../../shared/domain/session';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/** The centre's argon2id parameters for the device's own verifier, and until when it may be used. */
export interface VerifierPolicy {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
  validUntil: string;
}

export interface CachedOfficer {
  officer: SessionOfficer;
  verifier: string;
  validUntil: string;
}

/**
 * Offline sign-in verifiers (table officer_verifiers, in the encrypted database): argon2id of
 * the password the officer has just proven, with a fresh random salt made on this device and
 * the centre's parameters. Neither the password nor the verifier is ever logged or returned.
 */
export async function cacheVerifier(db: Db, officer: SessionOfficer, password: string, policy: VerifierPolicy, now: Date): Promise<void> {
  const verifier = await hash(password, {
    memoryCost: policy.memoryCost,
    timeCost: policy.timeCost,
    parallelism: policy.parallelism,
    salt: randomBytes(16),
  });
  if (!verifier.startsWith('$argon2id$')) throw new Error('argon2id was expected');
  stmt(
    db,
    `INSERT INTO officer_verifiers (username, officer_id, name, role, verifier, valid_until, cached_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (username) DO UPDATE SET officer_id = excluded.officer_id, name = excluded.name, role = excluded.role,
       verifier = excluded.verifier, valid_until = excluded.valid_until, cached_at = excluded.cached_at`,
  ).run(officer.username, officer.id, officer.name, officer.role, verifier, policy.validUntil, now.toISOString());
}

export function findCachedOfficer(db: Db, username: string): CachedOfficer | null {
  const row = stmt(db, 'SELECT officer_id, name, role, verifier, valid_until FROM officer_verifiers WHERE username = ?').get(username) as
    | { officer_id: string; name: string; role: 'officer' | 'supervisor'; verifier: string; valid_until: string }
    | undefined;
  if (!row) return null;
  return {
    officer: { id: row.officer_id, name: row.name, role: row.role, username },
    verifier: row.verifier,
    validUntil: row.valid_until,
  };
}

/** An officer the centre says is disabled may not sign in offline either. */
export function forgetCachedOfficer(db: Db, username: string): void {
  stmt(db, 'DELETE FROM officer_verifiers WHERE username = ?').run(username);
}

export function verifierMatches(cached: CachedOfficer, password: string): Promise<boolean> {
  return verify(cached.verifier, password).catch(() => false);
}
