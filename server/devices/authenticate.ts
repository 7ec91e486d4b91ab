import type { FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import { deviceTokenHash } from '../security/tokens';

export interface AuthenticatedDevice {
  id: string;
}

/**
 * Every sync call carries `Authorization: Bearer <device token>`. The token is looked up
 * by its hash on every request (no cache), so a revoked device is refused at once.
 */
export async function authenticateDevice(db: Queryable, request: FastifyRequest): Promise<AuthenticatedDevice> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header);
  if (!match) throw new HttpError(401, 'FORBIDDEN', 'This device is not signed in to the central API: send its device token');
  const [device] = await db.query<{ id: string; revoked: boolean }>(
    'SELECT id, revoked_at IS NOT NULL AS revoked FROM devices WHERE token_hash = $1',
    [deviceTokenHash(match[1]!)],
  );
  if (!device) throw new HttpError(401, 'FORBIDDEN', 'The device token is not valid: enrol this device again');
  if (device.revoked) throw new HttpError(403, 'FORBIDDEN', 'This device has been revoked by an administrator');
  // At most one write a minute per device, not one per request.
  await db.query(
    "UPDATE devices SET last_seen_at = now() WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')",
    [device.id],
  );
  return { id: device.id };
}

/** A device may only speak for itself. */
export function requireSameDevice(device: AuthenticatedDevice, deviceId: string): void {
  if (device.id !== deviceId) throw new HttpError(403, 'FORBIDDEN', 'deviceId does not match this device’s token');
}

const DEVICE = Symbol('device');
type WithDevice = FastifyRequest & { [DEVICE]?: AuthenticatedDevice };

/** An onRequest hook: refuses an unauthenticated call before its body is even read. */
export function requireDeviceToken(db: Queryable) {
  return async (request: FastifyRequest): Promise<void> => {
    (request as WithDevice)[DEVICE] = await authenticateDevice(db, request);
  };
}

/** The device the hook authenticated. */
export function deviceOf(request: FastifyRequest): AuthenticatedDevice {
  const device = (request as WithDevice)[DEVICE];
  if (!device) throw new Error('Route is missing the requireDeviceToken hook');
  return device;
}
