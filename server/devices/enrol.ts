import type { z } from 'zod';
import type { EnrolRequest } from '../../shared/sync';
import { isUniqueViolation, type Database, type Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import { deviceTokenHash, enrolmentCodeHash, newDeviceToken } from '../security/tokens';

const BAD_CODE = 'This enrolment code is not valid, was already used, or has expired: ask an administrator for a new one';

/** How long after its use a code still answers the device that used it (its answer was lost). */
export const ENROL_RETRY_WINDOW_MS = 60 * 60_000;

/**
 * Trades a one-time code for a device token, in one transaction: the code is consumed
 * only if the device row is written. A device id or device code that is already enrolled
 * is refused (a code must not let anyone take over another device's identity) — except the
 * device that used this very code, asking again soon after: on a patchy link the answer to
 * its first request can be lost after the centre enrolled it, and without a token it could
 * never sync. It gets a new token; the lost one stops working.
 *
 * A device an administrator revoked comes back with a fresh code (same device id and device
 * code): the code is the administrator's decision. Its row is kept, with its last applied
 * seq and audit chain head, so what it recorded meanwhile follows on without a gap.
 */
export async function enrolDevice(db: Database, request: z.output<typeof EnrolRequest>, now: Date) {
  const token = newDeviceToken();
  try {
    return await db.transaction(async (tx) => {
      const [code] = await tx.query<{ id: string }>(
        `SELECT id FROM enrolment_codes
          WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
          FOR UPDATE`,
        [enrolmentCodeHash(request.code), now.toISOString()],
      );
      if (!code) {
        const again = await reissueToSameDevice(tx, request, now, token);
        if (again) return again;
        throw new HttpError(403, 'FORBIDDEN', BAD_CODE);
      }
      const [device] =
        (await reenrolRevoked(tx, request, now, token)) ??
        (await tx.query<{ enrolled_at: Date }>(
          'INSERT INTO devices (id, code, token_hash, enrolled_at) VALUES ($1, $2, $3, $4) RETURNING enrolled_at',
          [request.deviceId, request.deviceCode, deviceTokenHash(token), now.toISOString()],
        ));
      await tx.query('UPDATE enrolment_codes SET used_at = $2, used_by_device = $3 WHERE id = $1', [code.id, now.toISOString(), request.deviceId]);
      return { deviceId: request.deviceId, deviceToken: token, enrolledAt: device!.enrolled_at.toISOString() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new HttpError(
        409,
        'CONFLICT',
        'This device is already enrolled with the centre: keep the code for another device. If its enrolment no longer works, an administrator must revoke it first (revoke-device); then it can use a new code.',
      );
    }
    throw error;
  }
}

/** A revoked device (same id and device code) enrolled again: a new token, and it is no longer revoked. Null for any other device. */
async function reenrolRevoked(tx: Queryable, request: z.output<typeof EnrolRequest>, now: Date, token: string) {
  const rows = await tx.query<{ enrolled_at: Date }>(
    `UPDATE devices SET token_hash = $3, enrolled_at = $4, revoked_at = NULL
      WHERE id = $1 AND code = $2 AND revoked_at IS NOT NULL
     RETURNING enrolled_at`,
    [request.deviceId, request.deviceCode, deviceTokenHash(token), now.toISOString()],
  );
  return rows.length ? rows : null;
}

/** The retry of an enrolment whose answer was lost: the same code, device id and device code, within the window. */
async function reissueToSameDevice(tx: Queryable, request: z.output<typeof EnrolRequest>, now: Date, token: string) {
  const [device] = await tx.query<{ enrolled_at: Date }>(
    `UPDATE devices d SET token_hash = $5
       FROM enrolment_codes c
      WHERE c.code_hash = $1 AND c.used_by_device = d.id AND c.used_at > $2 AND c.expires_at > $3
        AND d.id = $4 AND d.code = $6 AND d.revoked_at IS NULL
     RETURNING d.enrolled_at`,
    [
      enrolmentCodeHash(request.code),
      new Date(now.getTime() - ENROL_RETRY_WINDOW_MS).toISOString(),
      now.toISOString(),
      request.deviceId,
      deviceTokenHash(token),
      request.deviceCode,
    ],
  );
  return device ? { deviceId: request.deviceId, deviceToken: token, enrolledAt: device.enrolled_at.toISOString() } : null;
}
