import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app';
import type { Database } from '../../../server/db/database';
import { useCentral } from '../../support/central';
import { freshPgliteDatabase } from '../../support/pglite';
import { runTsx, startTsx } from '../../support/run-tsx';
import { http } from '../../support/sync-client';

/** A self-signed certificate for 127.0.0.1 and localhost, made by the openssl CLI. */
function selfSigned(dir: string, name = 'centre') {
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=field-recorder-test', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { cert, key };
}

/** A real HTTPS GET that trusts only `ca`. */
function httpsGet(url: string, ca: Buffer | string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { ca, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const dir = mkdtempSync(join(tmpdir(), 'field-recorder-tls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('HTTPS from certificate files', () => {
  let files: { cert: string; key: string };
  let database: Database;
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    files = selfSigned(dir);
    database = await freshPgliteDatabase();
    app = await buildServer({ database, https: { cert: readFileSync(files.cert), key: readFileSync(files.key) } });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    url = address.replace(/^http:/, 'https:');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers over TLS to a client that trusts the certificate, with HSTS', async () => {
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const answer = await httpsGet(`${url}/v1/health`, readFileSync(files.cert));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'ok' });
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('is refused by a client that does not trust the certificate, and does not speak plain HTTP', async () => {
    const other = selfSigned(dir, 'other');
    await expect(httpsGet(`${url}/v1/health`, readFileSync(other.cert))).rejects.toThrow(/self-signed|certificate/i);
    await expect(fetch(`${url.replace('https:', 'http:')}/v1/health`)).rejects.toThrow();
  });
});

describe('npm run server: TLS flags and refusals', () => {
  const ENV = { DATABASE_URL: '', SERVER_DATA_DIR: join(dir, 'never-opened'), PORT: '0', HOST: '', TLS_CERT_FILE: '', TLS_KEY_FILE: '', LOG_LEVEL: 'warn' };

  it('refuses plain HTTP on a non-loopback address, with the reason', async () => {
    const run = await runTsx('server/main.ts', ['--host', '0.0.0.0'], { env: ENV });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Refusing to serve plain HTTP on 0.0.0.0');
    expect(run.stderr).toContain('TLS_CERT_FILE');
  });

  it('says which certificate file is missing, and asks for the key when only the certificate is given', async () => {
    const missing = await runTsx('server/main.ts', [], { env: { ...ENV, TLS_CERT_FILE: join(dir, 'nope.crt'), TLS_KEY_FILE: join(dir, 'nope.key') } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`The TLS certificate file ${join(dir, 'nope.crt')} cannot be read: there is no such file`);
    const half = await runTsx('server/main.ts', ['--tls-cert', join(dir, 'nope.crt')], { env: ENV });
    expect(half.code).toBe(1);
    expect(half.stderr).toContain('give TLS_KEY_FILE (or --tls-key) too');
    const garbage = join(dir, 'garbage.pem');
    writeFileSync(garbage, 'not a certificate\n');
    const bad = await runTsx('server/main.ts', ['--tls-cert', garbage, '--tls-key', garbage], { env: ENV });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('cannot be used together');
  });

  describe('with a certificate', () => {
    let server: { child: ChildProcess; match: RegExpMatchArray; output: () => string } | undefined;
    afterAll(() => {
      if (server?.child.exitCode === null) server.child.kill('SIGTERM');
    });

    it('serves HTTPS (PGlite in its data folder)', async () => {
      const files = selfSigned(dir, 'main');
      server = await startTsx(
        'server/main.ts',
        { ...ENV, SERVER_DATA_DIR: join(dir, 'central-data'), TLS_CERT_FILE: files.cert, TLS_KEY_FILE: files.key },
        /Central API listening on (https:\/\/127\.0\.0\.1:\d+)/,
      );
        const answer = await httpsGet(`${server.match[1]}/v1/health`, readFileSync(files.cert));
      expect(answer.status).toBe(200);
      expect(answer.headers['strict-transport-security']).toContain('max-age=');
    }, 120_000);
  });
});

describe('closed CORS and security headers on every answer', () => {
  const central = useCentral('pglite');
  const SECURITY = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cache-control': 'no-store',
  };

  it('sends them on success, on errors and on unknown paths; never X-Powered-By, CORS or HSTS over plain HTTP', async () => {
    const device = await central.enrol();
    for (const answer of [
      await http(central.url, 'GET', '/v1/health'),
      await http(central.url, 'GET', '/v1/openapi.json'),
      await device.pull(),
      await http(central.url, 'GET', '/v1/sync/pull'),
      await http(central.url, 'POST', '/v1/officers/sign-in', { json: { username: 'x', password: 'y' } }),
      await http(central.url, 'GET', '/no/such/path'),
    ]) {
      for (const [name, value] of Object.entries(SECURITY)) expect(answer.headers.get(name), name).toBe(value);
      expect(answer.headers.get('x-powered-by')).toBeNull();
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('refuses a CORS preflight and any request a browser page marks with an Origin', async () => {
    const preflight = await http(central.url, 'OPTIONS', '/v1/sync/push', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
    expect(preflight.body).toMatchObject({ code: 'FORBIDDEN' });

    const device = await central.enrol();
    const fromPage = await device.request('GET', '/v1/sync/pull', { headers: { origin: 'https://evil.example' } });
    expect(fromPage.status).toBe(403);
    expect(fromPage.headers.get('access-control-allow-origin')).toBeNull();
    expect(fromPage.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Origin') });
    const simple = await http(central.url, 'POST', '/v1/devices/enrol', { raw: 'x', headers: { origin: 'null', 'content-type': 'text/plain' } });
    expect(simple.status).toBe(403);
  });
});
