import type { ChainBreak } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { readSyncState, writeSyncState } from './sync-state';

/** What the centre said about this device's audit chain (shared/audit-chain.ts), kept for the chain screen. */

export function centreCheckedThrough(db: Db): number {
  return Number(readSyncState(db, 'auditChainCheckedThrough') ?? 0);
}

/** Stores the breaks a push answer flagged (a replayed answer adds nothing) and how far the centre has checked. */
export function storeCentreVerdict(db: Db, lastAppliedSeq: number, breaks: readonly ChainBreak[] | undefined, now: Date): void {
  if (lastAppliedSeq > centreCheckedThrough(db)) writeSyncState(db, 'auditChainCheckedThrough', String(lastAppliedSeq));
  if (!breaks?.length) return;
  const insert = stmt(db, 'INSERT INTO centre_chain_breaks (seq, reason, expected, got, detected_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING');
  for (const b of breaks) insert.run(b.seq, b.reason, b.expected, b.got, now.toISOString());
}

export function centreChainBreaks(db: Db): { seq: number; reason: 'mismatch' | 'missing'; detectedAt: string }[] {
  const rows = stmt(db, 'SELECT seq, reason, detected_at FROM centre_chain_breaks ORDER BY seq').all() as { seq: number; reason: 'mismatch' | 'missing'; detected_at: string }[];
  return rows.map((b) => ({ seq: b.seq, reason: b.reason, detectedAt: b.detected_at }));
}
