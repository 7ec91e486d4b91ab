import { createHash } from 'node:crypto';
import { MAX_RECEIPT_RANGES, receiptDigestInput, type ReceiptRequest, type ReceiptResponse } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import type { RecordKind } from '../records/record-store';
import { stillRefused } from './refused-records';

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
/** How many times a differing range is cut smaller before the answer is "not proven yet". */
const MAX_DEPTH = 4;

export interface HeldRecord {
  recordId: string;
  contentHash: string;
}

/**
 * Records of one kind that the centre should hold: every one with nothing left to send, no
 * refusal left uncorrected, and no open conflict. (A change that met a conflict stays marked
 * so in the outbox; once the conflict is resolved, the resolution is the record's newest change.)
 */
export function settledRecords(db: Db, kind: RecordKind<object>): HeldRecord[] {
  return stmt(
    db,
    `SELECT id AS recordId, content_hash AS contentHash FROM ${kind.table} t
     WHERE content_hash IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.record_type = @type AND o.record_id = t.id AND (o.state = 'pending' OR ${stillRefused('o')}))
       AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.record_type = @type AND c.record_id = t.id AND c.resolved_at IS NULL)
     ORDER BY id`,
  ).all({ type: kind.type }) as HeldRecord[];
}

export interface ReceiptOutcome {
  held: number;
  /** Records the centre was shown to hold with the same content. */
  proven: number;
  /** Records the centre lacks or holds differently. */
  missingAtCentre: string[];
}

type AskCentre = (request: ReceiptRequest) => Promise<ReceiptResponse>;

const digest = (records: readonly HeldRecord[]) => createHash('sha256').update(receiptDigestInput(records)).digest('hex');

/**
 * The app's own proof of what the centre holds: the records cut into id ranges, each with
 * a count and a hash; ranges that differ are cut smaller and asked again until the centre
 * lists its records there. A server digest is never trusted on its own: the device
 * compares against its own records.
 */
export async function proveHeldAtCentre(ask: AskCentre, deviceId: string, kind: RecordKind<object>, records: readonly HeldRecord[]): Promise<ReceiptOutcome> {
  const outcome: ReceiptOutcome = { held: records.length, proven: 0, missingAtCentre: [] };
  if (records.length === 0) return outcome;

  async function check(group: readonly HeldRecord[], from: string, to: string | null, depth: number): Promise<void> {
    const size = Math.max(1, Math.ceil(group.length / MAX_RECEIPT_RANGES));
    const chunks: HeldRecord[][] = [];
    for (let i = 0; i < group.length; i += size) chunks.push(group.slice(i, i + size));
    const ranges = chunks.map((chunk, i) => ({
      from: i === 0 ? from : chunk[0]!.recordId,
      to: i + 1 < chunks.length ? chunks[i + 1]![0]!.recordId : to,
      count: chunk.length,
      hash: digest(chunk),
    }));
    const answer = await ask({ deviceId, recordType: kind.type, ranges });
    for (const [i, range] of answer.ranges.entries()) {
      const chunk = chunks[i];
      if (!chunk) continue;
      if (range.status === 'match' && range.serverHash === ranges[i]!.hash) {
        outcome.proven += chunk.length;
      } else if (range.serverCount === 0) {
        // The centre holds nothing there (it lists records only for ranges it holds some in).
        outcome.missingAtCentre.push(...chunk.map((r) => r.recordId));
      } else if (range.serverRecords) {
        const atCentre = new Map(range.serverRecords.map((r) => [r.recordId, r.contentHash]));
        for (const record of chunk) {
          if (atCentre.get(record.recordId) === record.contentHash) outcome.proven++;
          else outcome.missingAtCentre.push(record.recordId);
        }
      } else if (depth < MAX_DEPTH && chunk.length > 1) {
        await check(chunk, ranges[i]!.from, ranges[i]!.to, depth + 1);
      }
    }
  }

  await check(records, FIRST_ID, null, 0);
  return outcome;
}
