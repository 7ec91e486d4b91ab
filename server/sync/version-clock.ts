import type { Queryable } from '../db/database';

/**
 * Why a single-row counter, and not a sequence:
 *
 * Pull hands out "everything after version V". That is only safe if no row with a version
 * at or below V can still become visible later. A PostgreSQL sequence breaks this: T1 takes
 * 41, T2 takes 42, T2 commits, a pull returns 42 and moves its cursor past 41, then T1
 * commits 41 — and that device never sees it (pouchdb#2949-style "complete" sync with holes).
 *
 * Here every writing transaction first runs `UPDATE sync_clock … RETURNING`, which locks the
 * one row until COMMIT or ROLLBACK. A second writer waits at that UPDATE, then reads the value
 * the first one committed. So version ranges are handed out in commit order: when any row
 * with version V is visible, every transaction holding a lower version has already committed.
 *
 * The cost is that record-writing transactions take turns from the clock lock to COMMIT; the
 * push keeps that stretch short (validation happens before, set-based SQL inside). The other
 * design — serve only below pg_snapshot_xmin — keeps writers parallel but needs xid bookkeeping
 * that PGlite and PostgreSQL would not share. Every write to `records` must go through here.
 */
export async function lockClock(tx: Queryable): Promise<number> {
  const [row] = await tx.query<{ version: number }>('UPDATE sync_clock SET version = version WHERE singleton RETURNING version');
  return row!.version;
}

/** Moves the clock to the highest version this transaction used (it still holds the lock). */
export async function advanceClock(tx: Queryable, version: number): Promise<void> {
  await tx.query('UPDATE sync_clock SET version = $1 WHERE singleton AND version < $1', [version]);
}

/** The newest committed version (a plain read: it does not wait for writers). */
export async function currentVersion(db: Queryable): Promise<number> {
  const [row] = await db.query<{ version: number }>('SELECT version FROM sync_clock WHERE singleton');
  return row!.version;
}
