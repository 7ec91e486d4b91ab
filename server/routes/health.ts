import type { FastifyInstance } from 'fastify';
import { SYNC_PROTOCOL_VERSION } from '../../shared/sync';
import type { ServerContext } from '../context';
import { HttpError } from '../http/errors';

/** For load balancers and the app's "is the centre reachable" check: also proves the database answers. */
export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/v1/health', async () => {
    try {
      await ctx.db.query('SELECT 1');
    } catch {
      throw new HttpError(503, 'UNAVAILABLE', 'The database is not answering');
    }
    return { status: 'ok' as const, protocolVersion: SYNC_PROTOCOL_VERSION };
  });
}
