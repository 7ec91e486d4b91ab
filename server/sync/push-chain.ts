import { chainGenesis, useNativeSha256, verifyChain } from '../../shared/audit-chain';
import type { ChainBreak, ChainStatusResponse, PushChange } from '../../shared/sync';
import type { Queryable } from '../db/database';
import { sha256Hex } from '../security/tokens';
import { arrayOf, column } from './sql-columns';

// The centre hashes every pushed change's link: with Node's SHA-256, not the pure-JS one.
useNativeSha256(sha256Hex);

/** A device's chain head as its row holds it (see migrations/004-audit-chain.ts). */
export interface DeviceChainHead {
  chain_from_seq: number | null;
  chain_seq: number | null;
  chain_hash: string | null;
  /** What the head's link should have been when it did not verify (migrations/005). */
  chain_alt_hash: string | null;
}

/** The columns push.ts reads with the device row (under its FOR UPDATE lock). */
export const CHAIN_HEAD_COLUMNS = 'chain_from_seq, chain_seq, chain_hash, chain_alt_hash';

export interface ChainOutcome {
  breaks: ChainBreak[];
  /** The device's new head; null when the batch holds nothing chained and the device's chain has not started. */
  head: { fromSeq: number; seq: number; hash: string | null; alternative: string | null; verified: number } | null;
}

const NOTHING: ChainOutcome = { breaks: [], head: null };

/**
 * Checks the audit chain of a batch's fresh changes (seqs the centre has not processed: a
 * resent or replayed change is never checked again, so it is never flagged twice). Pure and
 * cheap: one native SHA-256 of ~300 bytes per change.
 *
 * Where the check starts: seq 1 from the device's genesis; otherwise from the head the
 * centre keeps. A device that pushed before the chain existed has no head: its first chained
 * change is the anchor (taken as claimed, not verified), and the chain is held from there.
 * A device that never sent a chain hash (an app from before the chain) is left alone.
 */
export function checkChain(deviceId: string, head: DeviceChainHead, fresh: readonly PushChange[]): ChainOutcome {
  const started = head.chain_seq !== null;
  const from = started ? 0 : fresh.findIndex((c) => c.chainHash !== undefined);
  if (fresh.length === 0 || from < 0) return NOTHING;
  const chained = fresh.slice(from);
  const firstSeq = chained[0]!.seq;
  const continues = started && head.chain_seq === firstSeq - 1;
  const prev = firstSeq === 1 ? chainGenesis(deviceId) : continues ? head.chain_hash : null;
  const result = verifyChain(prev, chained, continues ? head.chain_alt_hash : null);
  return {
    breaks: result.breaks,
    head: { fromSeq: head.chain_from_seq ?? firstSeq, seq: chained.at(-1)!.seq, hash: result.head, alternative: result.alternative, verified: result.verified },
  };
}

/**
 * Moves the device's last applied seq and, in the same statement, its chain head: they
 * always describe the same point of the device's history.
 */
export async function advanceDevice(tx: Queryable, deviceId: string, lastSeq: number, chain: ChainOutcome): Promise<void> {
  if (!chain.head) {
    await tx.query('UPDATE devices SET last_applied_seq = $2 WHERE id = $1', [deviceId, lastSeq]);
    return;
  }
  const { fromSeq, seq, hash, alternative, verified } = chain.head;
  await tx.query(
    `UPDATE devices SET last_applied_seq = $2, chain_from_seq = $3, chain_seq = $4, chain_hash = $5, chain_alt_hash = $6,
            chain_verified = chain_verified + $7, chain_break_count = chain_break_count + $8
      WHERE id = $1`,
    [deviceId, lastSeq, fromSeq, seq, hash, alternative, verified, chain.breaks.length],
  );
}

/** Keeps each break found (one row per device seq: a change is never flagged twice). */
export async function writeChainBreaks(tx: Queryable, deviceId: string, batchId: string, breaks: readonly ChainBreak[], now: Date): Promise<void> {
  if (!breaks.length) return;
  await tx.query(
    `INSERT INTO audit_chain_breaks (device_id, seq, batch_id, reason, expected, got, detected_at)
     SELECT $1, x.seq, $2, x.reason, x.expected, x.got, $3
       FROM unnest(${arrayOf(4, 'bigint')}, ${arrayOf(5, 'text')}, ${arrayOf(6, 'text')}, ${arrayOf(7, 'text')}) AS x(seq, reason, expected, got)
     ON CONFLICT (device_id, seq) DO NOTHING`,
    [
      deviceId,
      batchId,
      now.toISOString(),
      column(breaks.map((b) => b.seq)),
      column(breaks.map((b) => b.reason)),
      column(breaks.map((b) => b.expected)),
      column(breaks.map((b) => b.got)),
    ],
  );
}

/** The centre's verdict on one device's chain (GET /v1/sync/chain). */
export async function chainStatus(db: Queryable, deviceId: string): Promise<ChainStatusResponse> {
  const [device] = await db.query<{ chain_from_seq: string | number | null; chain_seq: string | number | null; chain_verified: string | number; chain_break_count: string | number }>(
    'SELECT chain_from_seq, chain_seq, chain_verified, chain_break_count FROM devices WHERE id = $1',
    [deviceId],
  );
  const breaks = await db.query<{ seq: string | number; reason: 'mismatch' | 'missing'; expected: string | null; got: string | null; detected_at: Date }>(
    'SELECT seq, reason, expected, got, detected_at FROM audit_chain_breaks WHERE device_id = $1 ORDER BY seq DESC LIMIT 100',
    [deviceId],
  );
  const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return {
    deviceId,
    fromSeq: num(device?.chain_from_seq),
    headSeq: num(device?.chain_seq),
    verified: num(device?.chain_verified) ?? 0,
    breakCount: num(device?.chain_break_count) ?? 0,
    breaks: breaks.map((b) => ({ seq: Number(b.seq), reason: b.reason, expected: b.expected, got: b.got, detectedAt: new Date(b.detected_at).toISOString() })),
  };
}
