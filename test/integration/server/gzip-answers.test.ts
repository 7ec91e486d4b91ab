import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useCentral } from '../../support/central';

interface RawAnswer {
  status: number;
  encoding: string | undefined;
  vary: string | undefined;
  bytes: Buffer;
}

/** A GET whose body is kept exactly as it crossed the wire (fetch would undo the gzip). */
function rawGet(url: string, acceptEncoding?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, encoding: res.headers['content-encoding'], vary: res.headers.vary, bytes: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('large answers are gzipped for a client that accepts gzip', () => {
  const central = useCentral('pglite');
  // The OpenAPI document is a large answer anyone may fetch.
  const document = () => `${central.url}/v1/openapi.json`;

  it('gzips a large answer when asked, to a fraction of its size, and it unzips to the same JSON', async () => {
    const plain = await rawGet(document());
    const zipped = await rawGet(document(), 'gzip, deflate, br');
    expect([plain.status, zipped.status]).toEqual([200, 200]);
    expect(plain.encoding).toBeUndefined();
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.vary).toContain('accept-encoding');
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(JSON.parse(gunzipSync(zipped.bytes).toString())).toEqual(JSON.parse(plain.bytes.toString()));
  });

  it('sends it plain to a client that refuses gzip (q=0) or names only what the centre does not do', async () => {
    for (const refusal of ['gzip;q=0', 'br', 'identity']) {
      const answer = await rawGet(document(), refusal);
      expect(answer.encoding, refusal).toBeUndefined();
      expect(() => JSON.parse(answer.bytes.toString()), refusal).not.toThrow();
    }
  });

  it('leaves small answers as they are', async () => {
    const health = await rawGet(`${central.url}/v1/health`, 'gzip');
    expect(health.status).toBe(200);
    expect(health.encoding).toBeUndefined();
    expect(JSON.parse(health.bytes.toString())).toMatchObject({ status: expect.any(String) });
  });
});
