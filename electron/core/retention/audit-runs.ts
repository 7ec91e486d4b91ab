import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/*
 * Deleting a purged record's audit rows without breaking the audit trail's hash chain.
 *
 * Each audit row's chain hash is computed from the hash of the row before it. When rows are
 * deleted, the chain check must still be able to verify the next surviving row: it needs the
 * chain hash of the last deleted row before it. `audit_purged_runs` (migration 5) keeps,
 * for each maximal run of deleted rows (no surviving row between `from_id` and `to_id`), the
 * id range, how many rows it held and the chain hash of its last row: no personal data.
 * A chain check walking audit_log by id takes, for a row whose predecessor was purged, the
 * `last_chain_hash` of the run with the greatest `to_id` below that row's id, and
 * starts from the first run's hash when the very first rows are gone.
 */

/** Audit-log columns that may hold a row's chain hash, in order of preference. */
const CHAIN_COLUMNS = ['chain_hash', 'row_hash', 'entry_hash', 'hash'];
const chainColumns = new WeakMap<Db, string | null>();

/** The column the audit chain keeps each row's hash in, or null while the schema has no chain. */
export function auditChainColumn(db: Db): string | null {
  if (!chainColumns.has(db)) {
    const columns = new Set((db.pragma('table_info(audit_log)') as { name: string }[]).map((c) => c.name));
    chainColumns.set(db, CHAIN_COLUMNS.find((c) => columns.has(c)) ?? null);
  }
  return chainColumns.get(db) ?? null;
}

interface DeletedAuditRow {
  id: number;
  hash: string | null;
}

interface Run {
  from: number;
  to: number;
  rows: number;
  hash: string | null;
}

interface StoredRun {
  from_id: number;
  to_id: number;
  rows: number;
  last_chain_hash: string | null;
}

/**
 * Deletes every audit row of the given records and records the runs they leave. Must run
 * inside the purge's transaction. Returns the number of rows deleted.
 */
export function deleteAuditRows(db: Db, records: readonly { type: string; id: string }[]): number {
  if (records.length === 0) return 0;
  const column = auditChainColumn(db);
  const select = stmt(db, `SELECT id, ${column ?? 'NULL'} AS hash FROM audit_log WHERE record_type = ? AND record_id = ?`);
  const deleted: DeletedAuditRow[] = [];
  for (const record of records) deleted.push(...(select.all(record.type, record.id) as DeletedAuditRow[]));
  if (deleted.length === 0) return 0;
  stmt(db, 'DELETE FROM audit_log WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(deleted.map((r) => r.id)));
  deleted.sort((a, b) => a.id - b.id);
  // Only links of the chain need a run: entries outside it (a change received from the centre,
  // a setting) are never walked by the chain check, and must not split a run or end it with no hash.
  rememberRuns(db, column === null ? deleted : deleted.filter((r) => r.hash !== null));
  return deleted.length;
}

function survivorBetween(db: Db, after: number, before: number): boolean {
  const column = auditChainColumn(db);
  const chained = column === null ? '' : ` AND ${column} IS NOT NULL`;
  return stmt(db, `SELECT 1 FROM audit_log WHERE id > ? AND id < ?${chained} LIMIT 1`).get(after, before) !== undefined;
}

function rememberRuns(db: Db, deleted: readonly DeletedAuditRow[]): void {
  const runs: Run[] = [];
  for (const row of deleted) {
    const last = runs.at(-1);
    if (last && !survivorBetween(db, last.to, row.id)) {
      last.to = row.id;
      last.rows += 1;
      last.hash = row.hash;
    } else {
      runs.push({ from: row.id, to: row.id, rows: 1, hash: row.hash });
    }
  }
  const before = stmt(db, 'SELECT * FROM audit_purged_runs WHERE to_id < ? ORDER BY to_id DESC LIMIT 1');
  const after = stmt(db, 'SELECT * FROM audit_purged_runs WHERE from_id > ? ORDER BY from_id LIMIT 1');
  const remove = stmt(db, 'DELETE FROM audit_purged_runs WHERE to_id = ?');
  for (const run of runs) {
    const previous = before.get(run.from) as StoredRun | undefined;
    if (previous && !survivorBetween(db, previous.to_id, run.from)) {
      run.from = previous.from_id;
      run.rows += previous.rows;
      remove.run(previous.to_id);
    }
    const next = after.get(run.to) as StoredRun | undefined;
    if (next && !survivorBetween(db, run.to, next.from_id)) {
      run.to = next.to_id;
      run.rows += next.rows;
      run.hash = next.last_chain_hash;
      remove.run(next.to_id);
    }
    stmt(db, 'INSERT INTO audit_purged_runs (to_id, from_id, rows, last_chain_hash) VALUES (?, ?, ?, ?)').run(run.to, run.from, run.rows, run.hash);
  }
}

/** The runs of purged audit rows, oldest first: what a chain check needs to step over them. */
export function purgedAuditRuns(db: Db): { fromId: number; toId: number; rows: number; lastChainHash: string | null }[] {
  return (stmt(db, 'SELECT * FROM audit_purged_runs ORDER BY to_id').all() as StoredRun[]).map((r) => ({ fromId: r.from_id, toId: r.to_id, rows: r.rows, lastChainHash: r.last_chain_hash }));
}
