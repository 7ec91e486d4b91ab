import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { AppError } from '../../../shared/domain/errors';
import { ErrorBodySchema, HealthResponse, PullResponse, PushGap, PushResponse, ReceiptResponse, SignInResponse } from '../../../shared/sync';
import type { ReceiptRequest } from '../../../shared/sync';

/** Bodies above this are gzipped: a 2,000-change batch shrinks about tenfold. */
const GZIP_FROM_BYTES = 8 * 1024;
/**
 * zlib's fastest level: several times faster than the default (6) for a few percent more
 * bytes on the wire (measured on 2 MiB batches of people). Compressing must not be what
 * limits a push on a laptop; the link rarely is once the batch is a tenth of its size.
 */
const GZIP_LEVEL = 1;

/** The network, a timeout or the centre failing: worth trying again (with less in one request). */
export function didNotGetThrough(error: unknown): boolean {
  return error instanceof AppError && error.code === 'UNAVAILABLE';
}

/** The centre does not answer at all, in words for the officer. */
export const CANNOT_BE_REACHED = 'The central API cannot be reached. Records stay safe on this laptop and will be sent when the network is back.';

/** Why a request got no (whole) answer, in words for the officer: a slow link is not a missing one. */
function unreachable(error: unknown): AppError {
  const slow = error instanceof Error && (error.name === 'TimeoutError' || (error.cause instanceof Error && error.cause.name === 'TimeoutError'));
  return new AppError(
    'UNAVAILABLE',
    slow ? 'The network is too slow for the central API to answer in time. Records stay safe on this laptop; sync will try again, sending less at a time.' : CANNOT_BE_REACHED,
  );
}

/**
 * The centre refused this device's token on a sync call ("revoked by an administrator", "not
 * valid"): what it means for the officer, and what to do. Nothing else will get it syncing.
 */
export function deviceRefusedText(centreMessage: string): string {
  const why = /revoked/i.test(centreMessage) ? 'an administrator has revoked it' : 'the centre does not recognise its enrolment';
  return (
    `The central API no longer accepts this device (${why}): nothing can be sent or received. Records stay on this laptop. ` +
    'A supervisor must enrol it again in Settings, with a new code from an administrator.'
  );
}

/** The centre's sign-in answer; `session` (an expiring officer token) is read when the centre sends it. */
export const SignInAnswer = SignInResponse.extend({
  session: z.object({ token: z.string().min(1), expiresAt: z.string() }).optional(),
});

/**
 * How an officer's sign-in at the centre went. Only `unreachable` (no network, a timeout, the
 * centre failing) lets the device fall back to its cached verifier: a refusal or the
 * centre's own rate limit must not be side-stepped offline.
 */
export type SignInOutcome =
  | { kind: 'signed_in'; answer: z.infer<typeof SignInAnswer> }
  | { kind: 'wrong_password' }
  | { kind: 'throttled'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'device_refused'; message: string }
  | { kind: 'unreachable' };

export type PushAnswer = { kind: 'answer'; response: z.infer<typeof PushResponse> } | { kind: 'gap'; lastAppliedSeq: number };

/**
 * The central API as the app sees it: typed calls, every answer parsed with the protocol's
 * schemas, every failure an AppError (UNAVAILABLE for the network, so callers retry).
 */
export class CentralApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | null,
    private readonly timeoutMs = 30_000,
  ) {}

  async health(): Promise<boolean> {
    try {
      const body = await this.request('GET', '/v1/health', undefined, 5_000);
      return HealthResponse.safeParse(body.json).success;
    } catch {
      return false;
    }
  }

  /** Whether the centre at this address knows this device's token; null when it cannot be asked now. */
  async knowsThisDevice(): Promise<boolean | null> {
    try {
      const { status } = await this.request('GET', '/v1/sync/pull?limit=1');
      if (status === 200) return true;
      return status === 401 || status === 403 ? false : null;
    } catch {
      return null;
    }
  }

  /** `body` is a PushRequest as JSON text (see outbox.ts nextBatch). */
  async push(body: string): Promise<PushAnswer> {
    const { status, json } = await this.send('POST', '/v1/sync/push', body);
    if (status === 409) {
      const gap = PushGap.safeParse(json);
      if (gap.success) return { kind: 'gap', lastAppliedSeq: gap.data.lastAppliedSeq };
    }
    return { kind: 'answer', response: this.expect(PushResponse, status, json) };
  }

  async pull(cursor: string | null, limit: number): Promise<z.infer<typeof PullResponse>> {
    const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
    const { status, json } = await this.request('GET', `/v1/sync/pull?${query}`);
    return this.expect(PullResponse, status, json);
  }

  async receipt(request: ReceiptRequest): Promise<z.infer<typeof ReceiptResponse>> {
    const { status, json } = await this.request('POST', '/v1/sync/receipt', request);
    return this.expect(ReceiptResponse, status, json);
  }

  /** `POST /v1/officers/sign-in` with this device's token; the password goes to the centre only. */
  async signIn(credentials: { username: string; password: string }): Promise<SignInOutcome> {
    let answer: { status: number; json: unknown };
    try {
      answer = await this.request('POST', '/v1/officers/sign-in', credentials, Math.min(this.timeoutMs, 15_000));
    } catch {
      return { kind: 'unreachable' };
    }
    const { status, json } = answer;
    if (status === 200) {
      const parsed = SignInAnswer.safeParse(json);
      return parsed.success ? { kind: 'signed_in', answer: parsed.data } : { kind: 'unreachable' };
    }
    if (status >= 500) return { kind: 'unreachable' };
    const error = ErrorBodySchema.safeParse(json);
    const message = error.success ? error.data.message : `The central service refused the sign-in (HTTP ${status})`;
    if (status === 429) return { kind: 'throttled', message };
    // A refusal that names the device is about its token (unknown, revoked), not the officer.
    if (/device/i.test(message)) return { kind: 'device_refused', message };
    if (status === 401) return { kind: 'wrong_password' };
    return { kind: 'refused', message };
  }

  async post<S extends z.ZodType>(path: string, body: unknown, schema: S): Promise<z.infer<S>> {
    const { status, json } = await this.request('POST', path, body);
    return this.expect(schema, status, json);
  }

  private expect<S extends z.ZodType>(schema: S, status: number, json: unknown): z.infer<S> {
    if (status >= 200 && status < 300) {
      const parsed = schema.safeParse(json);
      if (parsed.success) return parsed.data;
      throw new AppError('UNAVAILABLE', 'The central API answered in an unexpected form. Nothing was changed; sync will try again.');
    }
    const error = ErrorBodySchema.safeParse(json);
    if (status === 401 || status === 403) {
      throw new AppError('FORBIDDEN', error.success ? error.data.message : 'The central API refused this device. It may need to be enrolled again.');
    }
    if (status >= 400 && status < 500 && error.success) throw new AppError(error.data.code, error.data.message, error.data.issues ?? []);
    throw new AppError('UNAVAILABLE', `The central API is not answering properly (HTTP ${status}). Sync will try again.`);
  }

  private request(method: 'GET' | 'POST', path: string, body?: unknown, timeoutMs = this.timeoutMs): Promise<{ status: number; json: unknown }> {
    return this.send(method, path, body === undefined ? undefined : JSON.stringify(body), timeoutMs);
  }

  private async send(method: 'GET' | 'POST', path: string, body?: string, timeoutMs = this.timeoutMs): Promise<{ status: number; json: unknown }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let payload: Buffer | undefined;
    if (body !== undefined) {
      const text = Buffer.from(body);
      headers['content-type'] = 'application/json';
      if (text.length >= GZIP_FROM_BYTES) {
        payload = gzipSync(text, { level: GZIP_LEVEL });
        headers['content-encoding'] = 'gzip';
      } else payload = text;
    }
    let response: Response;
    let text: string;
    try {
      response = await fetch(new URL(path, this.baseUrl), { method, headers, body: payload, signal: AbortSignal.timeout(timeoutMs) });
      text = await response.text();
    } catch (error) {
      throw unreachable(error);
    }
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: response.status, json };
  }
}
