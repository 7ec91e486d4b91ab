import type { Queryable } from '../db/database';
import { newDeviceToken, officerTokenHash } from '../security/tokens';

/** How long an officer token from an online sign-in lasts: one long shift. */
export const DEFAULT_OFFICER_SESSION_HOURS = 12;

/**
 * Opens a session for an officer who has just proven their password from `deviceId`: a random
 * token, returned once; the centre keeps its hash, the device and the expiry. The officer's
 * sessions that have expired are deleted on the way (they can never be used again).
 */
export async function openOfficerSession(db: Queryable, officerId: string, deviceId: string, now: Date, hours = DEFAULT_OFFICER_SESSION_HOURS) {
  const token = newDeviceToken();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  await db.query('DELETE FROM officer_sessions WHERE officer_id = $1 AND expires_at <= $2', [officerId, now.toISOString()]);
  await db.query('INSERT INTO officer_sessions (token_hash, officer_id, device_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    officerTokenHash(token),
    officerId,
    deviceId,
    now.toISOString(),
    expiresAt,
  ]);
  return { token, expiresAt };
}
