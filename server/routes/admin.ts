import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EnrolmentCodeRequest, WireId } from '../../shared/sync';
import type { ServerContext } from '../context';
import { createEnrolmentCode } from '../devices/enrolment-codes';
import { HttpError } from '../http/errors';
import { parseInput } from '../http/parse';
import { officerOf, requireOfficer } from '../officers/authenticate';

const DeviceParams = z.strictObject({ id: WireId });

/**
 * What a supervisor administers from a device, as the CLI does on the server: enrolment codes
 * for new devices, and revoking a lost one. Each needs the device token, a supervisor's
 * session token (X-Officer-Token) and the supervisor role at the centre.
 */
export function adminRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/v1/admin/enrolment-codes', { onRequest: requireOfficer(ctx, { role: 'supervisor', action: 'issue a device enrolment code' }) }, async (request, reply) => {
    const officer = officerOf(request);
    const body = parseInput(EnrolmentCodeRequest, request.body ?? {}, 'enrolment code request');
    const issued = await createEnrolmentCode(ctx.db, { expiresHours: body.expiresHours, now: ctx.now() });
    // Never the code itself: it is a credential until used.
    request.log.info({ officerId: officer.id, deviceId: officer.device.id, expiresAt: issued.expiresAt }, 'enrolment code issued');
    return reply.status(201).send(issued);
  });

  app.post('/v1/admin/devices/:id/revoke', { onRequest: requireOfficer(ctx, { role: 'supervisor', action: 'revoke a device' }) }, async (request) => {
    const officer = officerOf(request);
    const { id } = parseInput(DeviceParams, request.params, 'device id');
    const [device] = await ctx.db.query<{ revoked_at: Date }>(
      'UPDATE devices SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING revoked_at',
      [id, ctx.now().toISOString()],
    );
    if (!device) throw new HttpError(404, 'NOT_FOUND', `No device with id ${id}`);
    await ctx.db.query('UPDATE officer_sessions SET revoked_at = $2 WHERE device_id = $1 AND revoked_at IS NULL', [id, ctx.now().toISOString()]);
    request.log.info({ officerId: officer.id, deviceId: officer.device.id, revokedDeviceId: id }, 'device revoked');
    return { deviceId: id, revokedAt: new Date(device.revoked_at).toISOString() };
  });
}
