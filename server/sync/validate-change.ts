import type { FieldIssue } from '../../shared/domain/errors';
import { FUTURE_TOLERANCE_MS } from '../../shared/domain/fields';
import type { PushChange } from '../../shared/sync';
import { issuesOf } from '../http/parse';
import { sha256Hex } from '../security/tokens';
import { payloadProblem } from './payload-limits';
import { RECORD_SCHEMAS } from './record-schemas';

/** A change that passed its checks, with the server-side facts the write needs. */
export interface CheckedChange extends PushChange {
  payload: Record<string, unknown>;
  /** The JSON text the content hash was verified against (stored as jsonb). */
  payloadText: string;
  /** recordedAt as stored: the device's, or the server's time if the device clock was ahead. */
  storedRecordedAt: string;
  recordedAtClamped: boolean;
}

export type CheckResult = { ok: true; change: CheckedChange } | { ok: false; seq: number; issues: FieldIssue[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const underPayload = (issues: FieldIssue[]) => issues.map((i) => ({ path: i.path === '(body)' ? 'payload' : `payload.${i.path}`, message: i.message }));

/**
 * Per-change checks, done before any lock is taken. A failure makes the change `rejected`
 * (its seq still advances) instead of failing the batch.
 */
export function checkChange(change: PushChange, now: Date): CheckResult {
  const reject = (issues: FieldIssue[]): CheckResult => ({ ok: false, seq: change.seq, issues });
  if (!isPlainObject(change.payload)) return reject([{ path: 'payload', message: 'The payload must be a JSON object' }]);
  if (change.payload.id !== change.recordId) return reject([{ path: 'payload.id', message: 'The payload id must equal recordId' }]);
  const problem = payloadProblem(change.payload);
  if (problem) return reject([{ path: problem.path ? `payload.${problem.path}` : 'payload', message: problem.message }]);
  // The device hashed the exact text it stored; JSON.stringify of the parsed body gives that
  // text back. It is also the text stored (see push-write.ts), so it is made only once.
  const payloadText = JSON.stringify(change.payload);
  if (sha256Hex(payloadText) !== change.contentHash) {
    return reject([{ path: 'contentHash', message: 'The content hash does not match the payload' }]);
  }
  const schema = RECORD_SCHEMAS[change.recordType];
  if (schema) {
    const parsed = schema.safeParse(change.payload);
    if (!parsed.success) return reject(underPayload(issuesOf(parsed.error)));
  }
  const recordedAtMs = Date.parse(change.recordedAt);
  const clamped = recordedAtMs > now.getTime() + FUTURE_TOLERANCE_MS;
  return {
    ok: true,
    change: {
      ...change,
      payload: change.payload,
      payloadText,
      storedRecordedAt: clamped ? now.toISOString() : new Date(recordedAtMs).toISOString(),
      recordedAtClamped: clamped,
    },
  };
}
