import type { FastifyRequest } from 'fastify';
import { mayAct, type Role } from '../../shared/domain/roles';
import { OFFICER_TOKEN_HEADER, type OfficerRole } from '../../shared/sync';
import type { ServerContext } from '../context';
import { authenticateDevice, type AuthenticatedDevice } from '../devices/authenticate';
import { HttpError } from '../http/errors';
import { officerTokenHash } from '../security/tokens';

export interface AuthenticatedOfficer {
  id: string;
  role: OfficerRole;
  device: AuthenticatedDevice;
  /** The hash the session is stored under (to end it at sign-out). */
  sessionHash: string;
}

const SIGN_IN_AGAIN = 'sign in again online';

/**
 * Who is calling, for calls made as an officer: the device's token (Authorization: Bearer) and
 * the officer's session token from sign-in (X-Officer-Token), looked up by hash on every request
 * — no cache — so an expired session, a disabled officer or a revoked device is refused at once.
 * Expiry is judged by the server's clock (ctx.now). Unknown, expired, ended, foreign-device and
 * disabled-officer tokens are 401; a known officer without the role is 403.
 */
export async function authenticateOfficer(ctx: ServerContext, request: FastifyRequest): Promise<AuthenticatedOfficer> {
  const device = await authenticateDevice(ctx.db, request);
  const header = request.headers[OFFICER_TOKEN_HEADER];
  const token = typeof header === 'string' ? header.trim() : '';
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) {
    throw new HttpError(401, 'FORBIDDEN', 'This needs a signed-in officer: send the session token from sign-in as X-Officer-Token');
  }
  const sessionHash = officerTokenHash(token);
  const [session] = await ctx.db.query<{ officer_id: string; device_id: string; expires_at: Date; ended: boolean; role: OfficerRole; disabled: boolean }>(
    `SELECT s.officer_id::text AS officer_id, s.device_id::text AS device_id, s.expires_at, s.revoked_at IS NOT NULL AS ended,
            o.role, o.disabled_at IS NOT NULL AS disabled
       FROM officer_sessions s JOIN officers o ON o.id = s.officer_id
      WHERE s.token_hash = $1`,
    [sessionHash],
  );
  if (!session) throw new HttpError(401, 'FORBIDDEN', `The officer token is not valid: ${SIGN_IN_AGAIN}`);
  if (session.device_id !== device.id) throw new HttpError(401, 'FORBIDDEN', `This officer token was issued to another device: ${SIGN_IN_AGAIN} on this device`);
  if (session.disabled) throw new HttpError(401, 'FORBIDDEN', 'This officer account is disabled: its sessions no longer work');
  if (session.ended) throw new HttpError(401, 'FORBIDDEN', `This officer session was ended: ${SIGN_IN_AGAIN}`);
  if (new Date(session.expires_at).getTime() <= ctx.now().getTime()) {
    throw new HttpError(401, 'FORBIDDEN', `The officer session expired at ${new Date(session.expires_at).toISOString()}: ${SIGN_IN_AGAIN}`);
  }
  return { id: session.officer_id, role: session.role, device, sessionHash };
}

const OFFICER = Symbol('officer');
type WithOfficer = FastifyRequest & { [OFFICER]?: AuthenticatedOfficer };

/**
 * The one onRequest hook for routes that act as an officer: refuses before the body is read.
 * `role: 'supervisor'` refuses an officer with 403 "Only a supervisor can <action>".
 */
export function requireOfficer(ctx: ServerContext, options: { role?: Role; action?: string } = {}) {
  const role = options.role ?? 'officer';
  return async (request: FastifyRequest): Promise<void> => {
    const officer = await authenticateOfficer(ctx, request);
    if (!mayAct(officer.role, role)) {
      request.log.info({ officerId: officer.id, deviceId: officer.device.id, url: request.routeOptions.url }, 'refused: role');
      throw new HttpError(403, 'FORBIDDEN', `Only a supervisor can ${options.action ?? 'do this'}`);
    }
    (request as WithOfficer)[OFFICER] = officer;
  };
}

/** The officer the hook authenticated. */
export function officerOf(request: FastifyRequest): AuthenticatedOfficer {
  const officer = (request as WithOfficer)[OFFICER];
  if (!officer) throw new Error('Route is missing the requireOfficer hook');
  return officer;
}
