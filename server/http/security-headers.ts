import type { FastifyInstance } from 'fastify';
import type { ErrorBody } from '../../shared/domain/errors';

/*
 * The central API is called by the app's engine (Node), never by a web page: so no CORS at all
 * (no Access-Control-Allow-* on any answer, a preflight is refused, and so is any request a
 * browser marks with an Origin — a page elsewhere cannot even send a "simple" request), and
 * every answer carries headers that make a browser that does load one treat it as inert data.
 * A hook rather than @fastify/helmet: these few fixed headers are all it would add here.
 */
const HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  // Answers carry personal data and tokens: no cache (browser, proxy) may keep them.
  'cache-control': 'no-store',
};

/** One year, subdomains included: the centre is only ever reached over HTTPS once it has a certificate. */
const HSTS = 'max-age=31536000; includeSubDomains';

export function secureHeaders(app: FastifyInstance, options: { tls: boolean }): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS') {
      const body: ErrorBody = { code: 'FORBIDDEN', message: 'Cross-origin requests are not answered: the central API is for the field recorder app, not for web pages' };
      return reply.status(405).header('allow', 'GET, POST').send(body);
    }
    if (request.headers.origin !== undefined) {
      const body: ErrorBody = { code: 'FORBIDDEN', message: 'Requests from web pages (with an Origin header) are not answered: the central API is for the field recorder app' };
      return reply.status(403).send(body);
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(HEADERS);
    if (options.tls) reply.header('strict-transport-security', HSTS);
    for (const name of ['x-powered-by', 'access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods', 'access-control-allow-headers']) {
      reply.removeHeader(name);
    }
    return payload;
  });
}
