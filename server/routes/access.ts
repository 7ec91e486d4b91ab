import type { FastifyInstance } from 'fastify';
import { EnrolRequest, SignInRequest } from '../../shared/sync';
import type { ServerContext } from '../context';
import { deviceOf, requireDeviceToken } from '../devices/authenticate';
import { enrolDevice } from '../devices/enrol';
import { parseInput } from '../http/parse';
import { officerOf, requireOfficer } from '../officers/authenticate';
import { signIn } from '../officers/sign-in';
import { sha256Hex } from '../security/tokens';

/** Enrolment of devices and sign-in of officers: the two places a guesser would knock. */
export function accessRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/v1/devices/enrol', async (request, reply) => {
    ctx.enrolLimiter.check([`ip:${request.ip}`]);
    const body = parseInput(EnrolRequest, request.body, 'enrolment');
    const enrolled = await ctx.enrolLimiter.attempt([`ip:${request.ip}`, `device:${body.deviceId}`], () => enrolDevice(ctx.db, body, ctx.now()));
    request.log.info({ deviceId: enrolled.deviceId }, 'device enrolled');
    return reply.status(201).send(enrolled);
  });

  // Only an enrolled device may try passwords: a leaked password alone is not enough to probe with.
  const deviceToken = requireDeviceToken(ctx.db);
  app.post('/v1/officers/sign-in', { onRequest: [async (request) => ctx.signInLimiter.check([`ip:${request.ip}`]), deviceToken] }, async (request) => {
    const device = deviceOf(request);
    const body = parseInput(SignInRequest, request.body, 'sign-in');
    // Usernames are counted by hash so the limiter's memory holds no names.
    const keys = [`ip:${request.ip}`, `device:${device.id}`, `user:${sha256Hex(body.username)}`];
    try {
      const answer = await ctx.signInLimiter.attempt(keys, () => signIn(ctx.db, body, ctx.now(), { deviceId: device.id, sessionHours: ctx.officerSessionHours }));
      request.log.info({ deviceId: device.id, officerId: answer.officer.id }, 'officer signed in');
      return answer;
    } catch (error) {
      request.log.info({ deviceId: device.id, status: (error as { status?: number }).status ?? null }, 'officer sign-in refused');
      throw error;
    }
  });

  // Ends the session at the centre when the officer signs out on the device (the token is refused from then on).
  app.post('/v1/officers/sign-out', { onRequest: requireOfficer(ctx) }, async (request, reply) => {
    const officer = officerOf(request);
    await ctx.db.query('UPDATE officer_sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [officer.sessionHash, ctx.now().toISOString()]);
    request.log.info({ deviceId: officer.device.id, officerId: officer.id }, 'officer signed out');
    return reply.status(204).send();
  });
}
