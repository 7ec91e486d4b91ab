import { createGunzip } from 'node:zlib';
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
