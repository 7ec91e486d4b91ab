import { promisify } from 'node:util';
import { createGunzip, gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors';

type CountingStream = NodeJS.ReadableStream & { receivedEncodedLength?: number };

/**
 * Accepts `Content-Encoding: gzip` request bodies (the app gzips large push batches).
 * Fastify applies the route's bodyLimit to the *decompressed* bytes, so a gzip bomb is
 * cut off at the limit; receivedEncodedLength lets it check Content-Length against the
 * bytes that actually arrived.
 */
export function acceptGzipBodies(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
    if (encoding === 'identity') return payload;
    if (encoding !== 'gzip') {
      throw new HttpError(415, 'VALIDATION', `Content-Encoding ${encoding} is not supported: send gzip or no encoding`);
    }
    const gunzip = createGunzip() as ReturnType<typeof createGunzip> & CountingStream;
    gunzip.receivedEncodedLength = 0;
    payload.on('data', (chunk: Buffer) => {
      gunzip.receivedEncodedLength = (gunzip.receivedEncodedLength ?? 0) + chunk.length;
    });
    payload.on('error', (error) => gunzip.destroy(error));
    gunzip.on('error', (error: Error & { statusCode?: number }) => {
      error.statusCode = 400;
    });
    return payload.pipe(gunzip);
  });
}

const gzipAsync = promisify(gzip);

/** Answers smaller than this go as they are: a few packets either way. */
export const GZIP_ANSWERS_FROM_BYTES = 8 * 1024;

/** Accept-Encoding names gzip (or anything) without refusing it (q=0). */
function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((entry) => {
    const [name, ...params] = entry.trim().toLowerCase().split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    return (name === 'gzip' || name === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Gzips large answers (a pull page of 1,000 records is about 1.3 MB of JSON, a tenth of it
 * gzipped) for a client that accepts gzip, as the app's fetch does. Over a phone signal on
 * the quayside the bytes are what take the time. Level 1: several times cheaper than the
 * default for a few percent more bytes; zlib works off the event loop.
 */
export function gzipLargeAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (Buffer.byteLength(payload) < GZIP_ANSWERS_FROM_BYTES || reply.hasHeader('content-encoding')) return payload;
    reply.header('vary', 'accept-encoding');
    if (!acceptsGzip(request.headers['accept-encoding'])) return payload;
    reply.header('content-encoding', 'gzip');
    reply.removeHeader('content-length');
    return gzipAsync(payload, { level: 1 });
  });
}
