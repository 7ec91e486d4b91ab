import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';

/**
 * Structured JSON logs (pino, built into Fastify) with nothing personal in them: requests
 * are logged by route pattern (not the raw URL), without IP addresses, headers or bodies.
 * Handlers log ids and counts only — never payloads, names or usernames.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({
        method: req.method,
        route: req.routeOptions?.url ?? '(no route)',
        reqId: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

export type Log = FastifyBaseLogger;
