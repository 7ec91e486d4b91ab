import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createContext, type RateLimits } from './context';
import type { Database } from './db/database';
import { installErrorHandling } from './http/errors';
import { acceptGzipBodies, gzipLargeAnswers } from './http/gzip';
import { openApiDocument } from './http/openapi';
import { secureHeaders } from './http/security-headers';
import { accessRoutes } from './routes/access';
import { adminRoutes } from './routes/admin';
import { healthRoutes } from './routes/health';
import { syncRoutes } from './routes/sync';

/** Every body except a push batch (2 MiB, its own limit) is small. */
const DEFAULT_BODY_LIMIT = 64 * 1024;

export interface ServerOptions {
  /** A migrated database (see db/open.ts). The server does not close it. */
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** The server's clock (tests move it). */
  now?: () => Date;
  rateLimits?: Partial<RateLimits>;
  /** Behind a load balancer: take the client IP (for rate limits) from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Tests only: runs inside each push transaction just before COMMIT. */
  beforePushCommit?: (deviceId: string) => Promise<void>;
  /** Serve HTTPS with this PEM certificate (chain) and key (see http/listen-config.ts); HSTS is then sent too. */
  https?: { cert: string | Buffer; key: string | Buffer };
  /** How long an officer token from sign-in lasts (default 12 hours). */
  officerSessionHours?: number;
}

/** The central API, ready to `listen`. Stateless apart from in-memory rate limits. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.https ? { https: { cert: options.https.cert, key: options.https.key, minVersion: 'TLSv1.2' as const } } : {}),
    logger: options.logger ?? false,
    bodyLimit: DEFAULT_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    // A 2 MiB batch over a poor mobile link fits well inside this; a stalled client does not hold a socket forever.
    requestTimeout: 120_000,
  }) as unknown as FastifyInstance;
  const ctx = createContext(options.database, options);
  installErrorHandling(app);
  secureHeaders(app, { tls: Boolean(options.https) });
  acceptGzipBodies(app);
  gzipLargeAnswers(app);
  healthRoutes(app, ctx);
  accessRoutes(app, ctx);
  adminRoutes(app, ctx);
  syncRoutes(app, ctx);
  const document = openApiDocument();
  app.get('/v1/openapi.json', async () => document);
  await app.ready();
  return app;
}
