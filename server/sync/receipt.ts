import type { ReceiptRequest, ReceiptResponse } from '../../shared/sync';
import { RECEIPT_DETAIL_MAX } from '../../shared/sync';
import type { Queryable } from '../db/database';

const NIL_END = null;

/**
 * The records of type $1 in range q ([lo, hi), or [lo, end) when hi is null), for a LATERAL
 * join. Two branches rather than `(q.hi IS NULL OR r.record_id < q.hi)`: an OR gives the
 * index no upper bound, so every range was read to the end of the table (256 ranges over
 * 100,000 records took seconds). The second branch runs only when hi is null.
 */
const RECORDS_IN_RANGE = `
  SELECT r.record_id, r.version, r.content_hash FROM records r
   WHERE r.record_type = $1 AND r.record_id >= q.lo AND r.record_id < q.hi
  UNION ALL
  SELECT r.record_id, r.version, r.content_hash FROM records r
   WHERE q.hi IS NULL AND r.record_type = $1 AND r.record_id >= q.lo`;

/**
 * The centre's count and digest per range, computed in SQL with the exact text of
 * receiptDigestInput (shared/sync.ts): `id:hash\n` per record, ids ascending. uuid order in
 * PostgreSQL is the order of the lowercase strings, so both sides sort alike.
 */
export async function receipt(db: Queryable, request: ReceiptRequest): Promise<ReceiptResponse> {
  const ranges = request.ranges.map((r, idx) => ({ idx, lo: r.from, hi: r.to ?? NIL_END }));
  const rows = await db.query<{ idx: number; n: number; hash: string; as_of: number }>(
    `SELECT q.idx,
            count(r.record_id) AS n,
            encode(sha256(convert_to(coalesce(
              string_agg(r.record_id::text || ':' || r.content_hash || chr(10), '' ORDER BY r.record_id), ''), 'UTF8')), 'hex') AS hash,
            (SELECT version FROM sync_clock WHERE singleton) AS as_of
       FROM jsonb_to_recordset($2::jsonb) AS q(idx int, lo uuid, hi uuid)
       LEFT JOIN LATERAL (${RECORDS_IN_RANGE}) r ON true
      GROUP BY q.idx
      ORDER BY q.idx`,
    [request.recordType, JSON.stringify(ranges)],
  );
  const answers = request.ranges.map((range, i) => {
    const row = rows[i]!;
    const differs = row.n !== range.count || row.hash !== range.hash;
    return { from: range.from, to: range.to, status: differs ? ('differs' as const) : ('match' as const), serverCount: row.n, serverHash: row.hash };
  });
  const detail = answers.flatMap((a, idx) => (a.status === 'differs' && a.serverCount > 0 && a.serverCount <= RECEIPT_DETAIL_MAX ? [{ idx, lo: a.from, hi: a.to }] : []));
  const items = detail.length ? await listRecords(db, request.recordType, detail) : new Map<number, ReceiptItemRow[]>();
  return {
    recordType: request.recordType,
    asOfVersion: rows[0]?.as_of ?? 0,
    ranges: answers.map((a, idx) => (items.has(idx) ? { ...a, serverRecords: items.get(idx)! } : a)),
  };
}

interface ReceiptItemRow {
  recordId: string;
  version: number;
  contentHash: string;
}

async function listRecords(db: Queryable, recordType: string, ranges: { idx: number; lo: string; hi: string | null }[]) {
  const rows = await db.query<{ idx: number; record_id: string; version: number; content_hash: string }>(
    `SELECT q.idx, r.record_id, r.version, r.content_hash
       FROM jsonb_to_recordset($2::jsonb) AS q(idx int, lo uuid, hi uuid)
       CROSS JOIN LATERAL (${RECORDS_IN_RANGE}) r
      ORDER BY q.idx, r.record_id`,
    [recordType, JSON.stringify(ranges)],
  );
  const byRange = new Map<number, ReceiptItemRow[]>();
  for (const r of rows) {
    const list = byRange.get(r.idx) ?? [];
    list.push({ recordId: r.record_id, version: r.version, contentHash: r.content_hash });
    byRange.set(r.idx, list);
  }
  return byRange;
}
