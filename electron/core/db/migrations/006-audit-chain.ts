import type { Migration } from '../migrations';
import { chainGenesis, chainLink } from '../../../../shared/audit-chain';

interface OutboxRow {
  seq: number;
  record_type: string;
  record_id: string;
  base_version: number | null;
  content_hash: string;
  officer_id: string;
  created_at: string;
}

interface AuditRow {
  id: number;
  record_type: string;
  record_id: string;
  at: string;
}

/**
 * The audit chain (shared/audit-chain.ts, electron/core/records/audit-chain.ts). Each audit
 * entry that syncs is linked to its outbox row (`seq`) and carries the chained fields, so the
 * audit log alone can be re-walked; the outbox row carries the same chain hash, which is sent.
 * `audit_chain_head` holds the last link even if old rows are ever purged, and shows when the
 * newest entries have been removed. `centre_chain_breaks` keeps what the centre flagged.
 *
 * Existing rows are chained here from the device's genesis, in outbox order, and each audit
 * row is matched to its outbox row (both were written by one transaction, in the same order;
 * audit rows of settings do not sync and stay out of the chain).
 */
export const v6AuditChain: Migration = {
  version: 6,
  name: 'audit chain: chained fields and hash on audit and outbox rows, chain head, breaks flagged by the centre',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN seq INTEGER;
      ALTER TABLE audit_log ADD COLUMN content_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN base_version INTEGER;
      ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN chain_hash TEXT;
      CREATE UNIQUE INDEX audit_by_seq ON audit_log (seq) WHERE seq IS NOT NULL;
      ALTER TABLE outbox ADD COLUMN chain_hash TEXT;

      CREATE TABLE audit_chain_head (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;

      CREATE TABLE centre_chain_breaks (
        seq INTEGER PRIMARY KEY,
        reason TEXT NOT NULL,
        expected TEXT,
        got TEXT,
        detected_at TEXT NOT NULL
      ) STRICT;
    `);
    const device = db.prepare('SELECT id FROM device WHERE singleton = 1').get() as { id: string } | undefined;
    if (!device) return;
    const outbox = db.prepare('SELECT seq, record_type, record_id, base_version, content_hash, officer_id, created_at FROM outbox ORDER BY seq').all() as OutboxRow[];
    const audits = db.prepare("SELECT id, record_type, record_id, at FROM audit_log WHERE record_type <> 'setting' ORDER BY id").all() as AuditRow[];
    const setOutbox = db.prepare('UPDATE outbox SET chain_hash = ? WHERE seq = ?');
    const setAudit = db.prepare('UPDATE audit_log SET seq = ?, content_hash = ?, base_version = ?, prev_hash = ?, chain_hash = ? WHERE id = ?');
    let prev = chainGenesis(device.id);
    let next = 0;
    for (const row of outbox) {
      const hash = chainLink(prev, {
        seq: row.seq,
        recordType: row.record_type,
        recordId: row.record_id,
        baseVersion: row.base_version,
        contentHash: row.content_hash,
        officerId: row.officer_id,
        recordedAt: row.created_at,
      });
      setOutbox.run(hash, row.seq);
      // The audit row written with this outbox row: the next one for the same record at the same time.
      let i = next;
      const stop = Math.min(audits.length, next + 64);
      while (i < stop && !(audits[i]!.record_type === row.record_type && audits[i]!.record_id === row.record_id && audits[i]!.at === row.created_at)) i++;
      if (i < stop) {
        setAudit.run(row.seq, row.content_hash, row.base_version, prev, hash, audits[i]!.id);
        next = i + 1;
      }
      prev = hash;
    }
    const last = outbox.at(-1);
    if (last) db.prepare('INSERT INTO audit_chain_head (singleton, seq, hash) VALUES (1, ?, ?)').run(last.seq, prev);
  },
};
