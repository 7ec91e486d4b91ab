import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../../shared/domain/errors';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import type { Engine } from '../core/engine';
import { callEngine } from '../core/session/call-engine';

export const SECRET_HEADER = 'x-field-recorder-secret';
const STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION: 422,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAVAILABLE: 503,
};

export interface WebServerOptions {
  engine: Engine;
  rendererDir: string;
  port?: number;
}

export interface WebServer {
  url: string;
  secret: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * Browser mode: the built renderer and the engine's handler table on 127.0.0.1 only.
 * Two guards keep other web pages in the same browser out: the Host header must name
 * this server (defeats DNS rebinding), and every API call must carry the per-run secret
 * that only the served page knows (a cross-site page cannot read it, and cannot send the
 * custom header without a CORS preflight, which is never answered).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const secret = randomBytes(32).toString('base64url');
  const indexHtml = readFileSync(join(options.rendererDir, 'index.html'), 'utf8').replace(
    '<head>',
    `<head>\n    <meta name="field-recorder-secret" content="${secret}">`,
  );
  // Closing browser mode drops open keep-alive connections instead of waiting for the tab to let go.
  const app = Fastify({ logger: false, bodyLimit: 4 * 1024 * 1024, forceCloseConnections: true });
  let allowedHosts: string[] = [];

  app.addHook('onRequest', async (request, reply) => {
    if (!allowedHosts.includes(request.headers.host ?? '')) {
      return reply.code(403).send({ ok: false, error: { code: 'FORBIDDEN', message: 'Unknown host' } });
    }
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cache-Control', 'no-store');
  });

  const sendIndex = (_req: unknown, reply: { type(t: string): { send(b: string): unknown } }) =>
    reply.type('text/html; charset=utf-8').send(indexHtml);
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);
  await app.register(fastifyStatic, { root: options.rendererDir, index: false, wildcard: true });

  app.post<{ Params: { method: string } }>('/api/:method', async (request, reply) => {
    if (!secretMatches(request.headers[SECRET_HEADER], secret)) {
      return reply.code(403).send({ ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong session secret' } });
    }
    const result = await callEngine(options.engine, request.params.method, request.body ?? undefined);
    return reply.code(result.ok ? 200 : STATUS_OF[result.error.code]).send(result);
  });

  app.setErrorHandler((error, _request, reply) => {
    const code = (error as { statusCode?: number }).statusCode;
    const status = code && code < 500 ? code : 500;
    const message = status === 413 ? 'The request is too large' : status < 500 ? 'The request could not be read' : 'Server error';
    reply.code(status).send({ ok: false, error: { code: status < 500 ? 'VALIDATION' : 'UNAVAILABLE', message } });
  });

  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return { url: `http://127.0.0.1:${port}/`, secret, app, close: () => app.close() };
}

function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
