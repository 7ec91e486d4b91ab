import { chainGenesis } from '../../../shared/audit-chain';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';

/*
 * The link each save adds to the device's audit chain (shared/audit-chain.ts). The chain is
 * re-walked by audit-chain-check.ts; what the centre said about it is in sync/centre-chain.ts.
 */

/** The next link: the seq the outbox will give the change, and the hash of the link before it. */
export function nextChainLink(db: Db, device: Device): { seq: number; prev: string } {
  const head = stmt(db, 'SELECT hash FROM audit_chain_head WHERE singleton = 1').get() as { hash: string } | undefined;
  // AUTOINCREMENT: the next seq is one past the largest ever used, even if rows were removed.
  const used = stmt(db, "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").get() as { seq: number } | undefined;
  return { seq: (used?.seq ?? 0) + 1, prev: head?.hash ?? chainGenesis(device.id) };
}

export function moveChainHead(db: Db, seq: number, hash: string): void {
  stmt(db, 'INSERT INTO audit_chain_head (singleton, seq, hash) VALUES (1, ?, ?) ON CONFLICT (singleton) DO UPDATE SET seq = excluded.seq, hash = excluded.hash').run(seq, hash);
}
