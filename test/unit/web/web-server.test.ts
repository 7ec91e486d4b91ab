import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { signInDirectly } from '../../support/session';
import { createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

let temp: TempEngine;
let server: WebServer;

beforeAll(async () => {
  temp = createTempEngine();
  const rendererDir = join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  signInDirectly(temp.engine);
  server = await startWebServer({ engine: temp.engine, rendererDir });
});
afterAll(async () => {
  await server.close();
  temp.cleanup();
});

/** Raw HTTP so the Host header can be set freely (fetch forbids changing it). */
function send(path: string, options: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(path, server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, path: url.pathname, method: options.method ?? 'GET', headers: { host: options.host ?? url.host, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const apiHeaders = () => ({ 'content-type': 'application/json', 'x-field-recorder-secret': server.secret });

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page with the per-run secret and a strict CSP', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="field-recorder-secret" content="${server.secret}">`);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('refuses a request whose Host header names another site (DNS rebinding)', async () => {
    const page = await send('/', { host: 'attacker.example:80' });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(server.secret);
  });

  it('refuses API calls without the secret or with a wrong one', async () => {
    const body = JSON.stringify({});
    expect((await send('/api/app.info', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(403);
    expect((await send('/api/app.info', { method: 'POST', headers: { 'content-type': 'application/json', 'x-field-recorder-secret': 'guess' }, body })).status).toBe(403);
  });

  it('runs the handler table and returns typed errors with field paths', async () => {
    const ok = await send('/api/interceptions.create', { method: 'POST', headers: apiHeaders(), body: JSON.stringify(interceptionInput()) });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).value.reference).toMatch(/^WJF-/);

    const bad = await send('/api/interceptions.create', { method: 'POST', headers: apiHeaders(), body: JSON.stringify(interceptionInput({ latitude: 200 })) });
    expect(bad.status).toBe(422);
    expect(JSON.parse(bad.body).error.issues).toEqual([{ path: 'latitude', message: 'Latitude must be between -90 and 90' }]);
  });

  it('answers malformed JSON with a 4xx, never a 5xx', async () => {
    const res = await send('/api/interceptions.create', { method: 'POST', headers: apiHeaders(), body: '{"site":' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).ok).toBe(false);
  });
});
