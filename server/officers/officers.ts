import { v7 as uuidv7 } from 'uuid';
import type { OfficerRole } from '../../shared/sync';
import { isUniqueViolation, type Queryable } from '../db/database';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../security/passwords';
import { weakPasswordReason } from '../security/weak-passwords';

export interface NewOfficer {
  name: string;
  role: OfficerRole;
  password: string;
  /** What the officer types to sign in; defaults to the name in lowercase with dots. */
  username?: string;
  /** Keep an id the officer already has (tests, moving officers from another centre); default a new UUIDv7. */
  id?: string;
}

export function usernameFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** The name and username as stored, or why they or the password are refused (before any database is touched). */
export function checkNewOfficer(officer: NewOfficer): { name: string; username: string } {
  const name = officer.name.trim();
  const username = (officer.username ?? usernameFromName(name)).trim().toLowerCase();
  if (!name) throw new Error('The officer needs a name');
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username)) throw new Error('A username is 2–64 letters, digits, dots, dashes or underscores');
  if (officer.password.length < MIN_PASSWORD_LENGTH) throw new Error(`A password has at least ${MIN_PASSWORD_LENGTH} characters`);
  const weak = weakPasswordReason(officer.password, { username, name });
  if (weak) throw new Error(`${weak} Nothing was changed.`);
  return { name, username };
}

export async function createOfficer(db: Queryable, officer: NewOfficer) {
  const { name, username } = checkNewOfficer(officer);
  const id = officer.id ?? uuidv7();
  try {
    await db.query('INSERT INTO officers (id, username, name, role, password_hash) VALUES ($1, $2, $3, $4, $5)', [
      id,
      username,
      name,
      officer.role,
      await hashPassword(officer.password),
    ]);
  } catch (error) {
    if (isUniqueViolation(error) && (error as { constraint?: string }).constraint === 'officers_pkey') throw new Error(`An officer with id ${id} already exists`);
    if (isUniqueViolation(error)) throw new Error(`The username ${username} is taken: choose another with --username`);
    throw error;
  }
  return { id, username, name, role: officer.role };
}

/**
 * Disables an officer: sign-in is refused, their session tokens stop working at once, and the
 * centre refuses changes pushed in their name from now on. Returns false for an unknown username.
 */
export async function disableOfficer(db: Queryable, username: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>('UPDATE officers SET disabled_at = coalesce(disabled_at, now()) WHERE username = $1 RETURNING id', [username.trim().toLowerCase()]);
  if (!rows.length) return false;
  await db.query('UPDATE officer_sessions SET revoked_at = now() WHERE officer_id = $1 AND revoked_at IS NULL', [rows[0]!.id]);
  return true;
}

/**
 * Enables a disabled officer again: they can sign in, and changes pushed in their name are
 * taken from now on (a change refused while they were disabled is sent again once a device
 * saves the record again). Returns false for an unknown username.
 */
export async function enableOfficer(db: Queryable, username: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>('UPDATE officers SET disabled_at = NULL WHERE username = $1 RETURNING id', [username.trim().toLowerCase()]);
  return rows.length > 0;
}

export interface OfficerSummary {
  id: string;
  username: string;
  name: string;
  role: OfficerRole;
  disabledAt: string | null;
}

/** Every officer the centre knows, for the administrator (never the password hash). */
export async function listOfficers(db: Queryable): Promise<OfficerSummary[]> {
  const rows = await db.query<{ id: string; username: string; name: string; role: OfficerRole; disabled_at: Date | null }>(
    'SELECT id, username, name, role, disabled_at FROM officers ORDER BY username',
  );
  return rows.map((r) => ({ id: r.id, username: r.username, name: r.name, role: r.role, disabledAt: r.disabled_at?.toISOString() ?? null }));
}
