import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sha256Hex } from '../security/tokens';

const BODY_HASH = Symbol('bodyHash');
type WithBodyHash = FastifyRequest & { [BODY_HASH]?: string };

/**
 * JSON bodies in this (encapsulated) scope are parsed exactly as everywhere else — the
 * server's default parser with its prototype-poisoning checks — and the sha256 of the body
 * text (after gzip is undone) is kept for bodyHashOf. Hashing the text as received costs a
 * few milliseconds per 2 MiB batch; re-serialising the parsed batch to hash it cost far more.
 */
export function hashJsonBodies(scope: FastifyInstance): void {
  const parse = scope.getDefaultJsonParser('error', 'error');
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    (request as WithBodyHash)[BODY_HASH] = sha256Hex(body as string);
    parse(request, body as string, done);
  });
}

/** The sha256 hex of the request's JSON body text, in a scope set up by hashJsonBodies. */
export function bodyHashOf(request: FastifyRequest): string {
  const hash = (request as WithBodyHash)[BODY_HASH];
  if (!hash) throw new Error('Route is missing hashJsonBodies');
  return hash;
}
