import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { ErrorBody } from '../../shared/domain/errors';
import type { EnrolResponse, HealthResponse, PullResponse, PushChange, PushResponse, ReceiptResponse, SignInResponse } from '../../shared/sync';
import type { Database } from '../../server/db/database';
import { createEnrolmentCode } from '../../server/devices/enrolment-codes';
import { TEST_OFFICER } from './officers';

/**
 * An answer body as a test reads it: every success shape and the error shape at once. Tests
 * know which one they expect, and check it with the protocol's schemas where it matters.
 */
export type Body = PushResponse &
  PullResponse &
  ReceiptResponse &
  z.infer<typeof EnrolResponse> &
  z.infer<typeof SignInResponse> &
  z.infer<typeof HealthResponse> &
  ErrorBody & { lastAppliedSeq: number; retryAfterSeconds: number };

export interface HttpAnswer<T = Body> {
  status: number;
  body: T;
  headers: Headers;
}

/** Plain HTTP over fetch: what the app would send, including broken requests. */
export async function http<T = Body>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; json?: unknown; raw?: string | Uint8Array; headers?: Record<string, string>; gzip?: boolean } = {},
): Promise<HttpAnswer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | Uint8Array | undefined = options.raw;
  if (options.json !== undefined) body = JSON.stringify(options.json);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  if (options.gzip && body !== undefined) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  // The cast: with the DOM's types (the e2e specs use this client too) a Uint8Array body is not a BodyInit.
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body as RequestInit['body'] });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text, the test will say so
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A valid interception as the app stores it (fields + record meta). */
export function interceptionPayload(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: 'FINAL',
    site: 'WJF',
    detectedAt: '2025-08-06T02:10:00.000Z',
    interceptedAt: '2025-08-06T03:05:00.000Z',
    latitude: 51.0912,
    longitude: 1.4523,
    zone: 'UK_TERRITORIAL',
    outcome: 'LANDED_UK_PORT',
    peopleAboard: 58,
    notes: 'Grey inflatable, one outboard engine.',
    id,
    reference: 'WJF-K7M3Q-0001',
    createdBy: 'Test Officer',
    createdAt: '2025-08-06T03:30:00.000Z',
    updatedAt: '2025-08-06T03:30:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** An outbox row on the wire; the hash is computed like the app does (sha256 of the JSON text). */
export function change(seq: number, options: Partial<Omit<PushChange, 'seq' | 'contentHash'>> & { contentHash?: string } = {}): PushChange {
  const recordId = options.recordId ?? uuidv7();
  const payload = options.payload ?? interceptionPayload(recordId);
  return {
    seq,
    recordType: options.recordType ?? 'interception',
    recordId,
    baseVersion: options.baseVersion ?? null,
    payload,
    contentHash: options.contentHash ?? sha256(JSON.stringify(payload)),
    officerId: options.officerId ?? TEST_OFFICER.id,
    recordedAt: options.recordedAt ?? '2025-08-06T03:30:00.000Z',
  };
}

/** An enrolled device talking to the central API over real HTTP. */
export class DeviceClient {
  constructor(
    readonly baseUrl: string,
    readonly id: string,
    readonly token: string,
  ) {}

  request<T = Body>(method: string, path: string, options: Parameters<typeof http>[3] = {}) {
    return http<T>(this.baseUrl, method, path, { token: this.token, ...options });
  }

  push(changes: PushChange[], options: { batchId?: string; firstSeq?: number; lastSeq?: number; deviceId?: string; gzip?: boolean } = {}) {
    const json = {
      deviceId: options.deviceId ?? this.id,
      batchId: options.batchId ?? uuidv7(),
      firstSeq: options.firstSeq ?? changes[0]?.seq ?? 1,
      lastSeq: options.lastSeq ?? changes.at(-1)?.seq ?? 1,
      changes,
    };
    return this.request('POST', '/v1/sync/push', { json, gzip: options.gzip });
  }

  pull(cursor?: string, limit?: number) {
    const query = new URLSearchParams();
    if (cursor !== undefined) query.set('cursor', cursor);
    if (limit !== undefined) query.set('limit', String(limit));
    return this.request('GET', `/v1/sync/pull?${query}`);
  }

  /** Follows the cursor to the end; returns every change and the final cursor. */
  async pullAll(cursor?: string, limit = 1000) {
    const changes: PullResponse['changes'] = [];
    for (;;) {
      const page = await this.pull(cursor, limit);
      if (page.status !== 200) throw new Error(`pull answered ${page.status}: ${JSON.stringify(page.body)}`);
      changes.push(...page.body.changes);
      cursor = page.body.cursor;
      if (!page.body.hasMore) return { changes, cursor: cursor! };
    }
  }
}

let deviceCodes = 0;

/** A random 5-character Crockford code, distinct within this process. */
export function testDeviceCode(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let n = (process.pid * 7919 + ++deviceCodes * 104_729 + Math.floor(Math.random() * 1e6)) % 32 ** 5;
  let code = '';
  for (let i = 0; i < 5; i++) {
    code += alphabet[n % 32];
    n = Math.floor(n / 32);
  }
  return code;
}

/** Enrols a new device the way the app does: an administrator's code, then POST /v1/devices/enrol. */
export async function enrolDevice(baseUrl: string, db: Database, deviceId = uuidv7()): Promise<DeviceClient> {
  const { code } = await createEnrolmentCode(db);
  const answer = await http(baseUrl, 'POST', '/v1/devices/enrol', { json: { code, deviceId, deviceCode: testDeviceCode() } });
  if (answer.status !== 201) throw new Error(`enrolment answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return new DeviceClient(baseUrl, deviceId, answer.body.deviceToken);
}
