import type { z } from 'zod';
import type { OfficerRole, SignInRequest, SignInResponse } from '../../shared/sync';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import { ARGON2_PARAMS, verifyPassword } from '../security/passwords';
import { openOfficerSession } from './sessions';

/** How long a device may let an officer sign in offline after their last online sign-in. */
export const OFFLINE_SIGN_IN_DAYS = 7;

const WRONG = 'The username or password is not right';

/**
 * Checks the password with argon2id. Unknown usernames cost the same work and get the same
 * message, so the answer does not reveal who has an account. The stored hash never leaves
 * the server: the device derives its own offline verifier (see OfflineVerifierPolicy).
 * The answer also carries a session token for calls made as this officer, bound to the device
 * that signed in and expiring after `sessionHours` (see sessions.ts).
 */
export async function signIn(
  db: Queryable,
  input: z.output<typeof SignInRequest>,
  now: Date,
  device: { deviceId: string; sessionHours?: number },
): Promise<z.input<typeof SignInResponse>> {
  const [officer] = await db.query<{ id: string; name: string; role: OfficerRole; password_hash: string; disabled: boolean }>(
    'SELECT id, name, role, password_hash, disabled_at IS NOT NULL AS disabled FROM officers WHERE username = $1',
    [input.username],
  );
  const ok = await verifyPassword(officer?.password_hash ?? null, input.password);
  if (!officer || !ok) throw new HttpError(401, 'FORBIDDEN', WRONG);
  if (officer.disabled) throw new HttpError(403, 'FORBIDDEN', 'This officer account is disabled');
  const session = await openOfficerSession(db, officer.id, device.deviceId, now, device.sessionHours);
  return {
    officer: { id: officer.id, name: officer.name, role: officer.role },
    signedInAt: now.toISOString(),
    offline: {
      algorithm: 'argon2id',
      ...ARGON2_PARAMS,
      validUntil: new Date(now.getTime() + OFFLINE_SIGN_IN_DAYS * 86_400_000).toISOString(),
    },
    session,
  };
}
