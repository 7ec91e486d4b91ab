import { createHash } from 'node:crypto';
import { chainGenesis, chainLink, type ChainFields } from '../../../shared/audit-chain';
import type { AuditChainStatus, ChainProblem } from '../../../shared/domain/audit-chain-status';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import { centreChainBreaks, centreCheckedThrough } from '../sync/centre-chain';
import { recordKindOf } from './record-kinds';

/*
 * The device's own check of its audit chain (shared/audit-chain.ts): a re-walk of every
 * chained audit entry, with the centre's verdict alongside.
 */

interface WalkRow {
  id: number;
  seq: number;
  record_type: string;
  record_id: string;
  officer_id: string;
  at: string;
  content_hash: string | null;
  base_version: number | null;
  chain_hash: string | null;
  o_seq: number | null;
  o_record_type: string | null;
  o_record_id: string | null;
  o_officer_id: string | null;
  o_created_at: string | null;
  o_content_hash: string | null;
  o_base_version: number | null;
  o_chain_hash: string | null;
  o_state: string | null;
  o_payload: string | null;
}

/** A run of audit rows a retention purge removed (see migrations/005-retention.ts), if that table exists. */
interface PurgedRun {
  from_id: number;
  to_id: number;
  rows: number;
  last_chain_hash: string | null;
}

const EXPLANATION: Record<ChainProblem, string> = {
  altered: 'This entry no longer matches its chain hash: its officer, time, record or content was changed after it was written.',
  missing: 'Entries are missing before this one: the chain skips from the entry before it.',
  queued_copy_differs: 'The copy waiting to be sent to the centre differs from the audit entry.',
  newest_missing: 'The newest entries of the chain have been removed.',
};

/**
 * Walks the whole chain, oldest first, streaming rows: each entry's hash is recomputed from
 * its fields and the hash before it, seqs must follow on (a gap left by a retention purge is
 * bridged by the hash the purge kept), the outbox copy must agree with the entry (and, while
 * still to be sent, with its payload), and the chain must reach the head. After a break the
 * walk carries on from the hash the entry claims, so the count of breaks is not inflated.
 */
export function checkAuditChain(db: Db, device: Device, now: () => Date): AuditChainStatus {
  const started = Date.now();
  const runs = hasTable(db, 'audit_purged_runs')
    ? (db.prepare('SELECT from_id, to_id, rows, last_chain_hash FROM audit_purged_runs ORDER BY to_id').all() as PurgedRun[])
    : [];
  let runAt = 0;
  /** The purged run just before audit id `id` and after `afterId`, if one bridges the gap. */
  const purgedBetween = (afterId: number, id: number): PurgedRun | null => {
    let found: PurgedRun | null = null;
    while (runAt < runs.length && runs[runAt]!.to_id < id) {
      if (runs[runAt]!.from_id > afterId) found = runs[runAt]!;
      runAt++;
    }
    return found;
  };

  let prev = chainGenesis(device.id);
  let lastSeq = 0;
  let lastId = 0;
  let entries = 0;
  let verified = 0;
  let purged = 0;
  let breakCount = 0;
  let first: { row: Pick<WalkRow, 'seq' | 'record_type' | 'record_id' | 'at'>; problem: ChainProblem } | null = null;
  const flag = (row: Pick<WalkRow, 'seq' | 'record_type' | 'record_id' | 'at'>, problem: ChainProblem) => {
    breakCount++;
    first ??= { row, problem };
  };

  const rows = db
    .prepare(
      `SELECT a.id, a.seq, a.record_type, a.record_id, a.officer_id, a.at, a.content_hash, a.base_version, a.chain_hash,
              o.seq AS o_seq, o.record_type AS o_record_type, o.record_id AS o_record_id, o.officer_id AS o_officer_id,
              o.created_at AS o_created_at, o.content_hash AS o_content_hash, o.base_version AS o_base_version,
              o.chain_hash AS o_chain_hash, o.state AS o_state, CASE WHEN o.state = 'pending' THEN o.payload END AS o_payload
         FROM audit_log a LEFT JOIN outbox o ON o.seq = a.seq
        WHERE a.seq IS NOT NULL
        ORDER BY a.id`,
    )
    .iterate() as IterableIterator<WalkRow>;
  for (const row of rows) {
    entries++;
    // After an unexplained gap the hash before this entry is unknown: it is flagged once, as
    // the gap, and the chain is taken up again from the hash it claims.
    let prevKnown = true;
    if (row.seq !== lastSeq + 1) {
      const run = purgedBetween(lastId, row.id);
      if (run && run.last_chain_hash) {
        prev = run.last_chain_hash;
        purged += run.rows;
      } else {
        flag(row, 'missing');
        prevKnown = false;
      }
    }
    const fields: ChainFields = {
      seq: row.seq,
      recordType: row.record_type,
      recordId: row.record_id,
      baseVersion: row.base_version,
      contentHash: row.content_hash ?? '',
      officerId: row.officer_id,
      recordedAt: row.at,
    };
    if (row.chain_hash === null || (prevKnown && chainLink(prev, fields) !== row.chain_hash)) flag(row, 'altered');
    else if (row.o_seq !== null && !sameAsQueued(row)) flag(row, 'queued_copy_differs');
    else if (prevKnown) verified++;
    prev = row.chain_hash ?? prev;
    lastSeq = row.seq;
    lastId = row.id;
  }

  const head = stmt(db, 'SELECT seq, hash FROM audit_chain_head WHERE singleton = 1').get() as { seq: number; hash: string } | undefined;
  if (head && (head.seq > lastSeq || (head.seq === lastSeq && head.hash !== prev))) {
    const run = head.seq > lastSeq ? purgedBetween(lastId, Number.MAX_SAFE_INTEGER) : null;
    if (!run || run.last_chain_hash !== head.hash) flag({ seq: lastSeq + 1, record_type: '', record_id: '', at: '' }, 'newest_missing');
  }

  const firstBreak = first as { row: Pick<WalkRow, 'seq' | 'record_type' | 'record_id' | 'at'>; problem: ChainProblem } | null;
  return {
    checkedAt: now().toISOString(),
    durationMs: Date.now() - started,
    entries,
    verified,
    purged,
    intact: breakCount === 0,
    breakCount,
    firstBreak: firstBreak
      ? {
          seq: firstBreak.row.seq,
          problem: firstBreak.problem,
          explanation: EXPLANATION[firstBreak.problem],
          recordType: firstBreak.row.record_type || null,
          recordId: firstBreak.row.record_id || null,
          reference: firstBreak.row.record_id ? referenceOf(db, firstBreak.row.record_type, firstBreak.row.record_id) : null,
          at: firstBreak.row.at || null,
        }
      : null,
    centre: {
      checkedThroughSeq: centreCheckedThrough(db),
      breaks: centreChainBreaks(db),
    },
  };
}

/** The outbox row is the audit entry's copy: same chained fields, same hash, and a payload that still hashes to it. */
function sameAsQueued(r: WalkRow): boolean {
  return (
    r.o_chain_hash === r.chain_hash &&
    r.o_record_type === r.record_type &&
    r.o_record_id === r.record_id &&
    r.o_officer_id === r.officer_id &&
    r.o_created_at === r.at &&
    r.o_content_hash === r.content_hash &&
    r.o_base_version === r.base_version &&
    (r.o_payload === null || createHash('sha256').update(r.o_payload).digest('hex') === r.content_hash)
  );
}

function hasTable(db: Db, name: string): boolean {
  return stmt(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function referenceOf(db: Db, recordType: string, recordId: string): string | null {
  const kind = recordKindOf(recordType);
  if (!kind) return null;
  const row = stmt(db, `SELECT reference FROM ${kind.table} WHERE id = ?`).get(recordId) as { reference: string } | undefined;
  return row?.reference ?? null;
}
