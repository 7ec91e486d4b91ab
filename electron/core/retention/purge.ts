import type { PurgeSummary } from '../../../shared/domain/retention';
import type { Db } from '../db/connection';
import { checkpointIfWalLarge } from '../db/checkpoint';
import { forgetUnusedSpellings } from '../records/name-spellings';
import { stmt } from '../db/statements';
import type { RecordType } from '../records/save-record';
import { deleteAuditRows } from './audit-runs';

/*
 * The purge: removes from this device, and only from this device, records that have been
 * safe at the centre for the retention period and that nothing here still needs. The centre
 * keeps its copy and is told nothing.
 *
 * A record is SETTLED before a cutoff when all of this holds:
 *   - the centre has acknowledged it (it has a server version);
 *   - nothing is pending for it in the outbox, and its latest outbox entry (if it was made
 *     or changed here) was applied by the centre before the cutoff — so it is unchanged since;
 *   - no unresolved conflict is open on it;
 *   - it was last changed (updatedAt, the only clock a pulled record has) before the cutoff.
 *
 * What is kept although settled ("still needed locally"):
 *   - a person (arrival) whose returns case is open, or REMOVED (the re-entry check on this
 *     device needs the people removed under the pilot), or any of whose own records (case,
 *     safe-route transfer, prior-crossing decisions about them) is not settled;
 *   - a person named as the earlier record (candidate) in a decision about someone still on
 *     this device;
 *   - an interception while any of its people are on this device;
 *   - a safe-route application that has not ended (refused or arrived);
 *   - a returns case whose person is still here (it goes with its person).
 * A person goes together with their returns case, transfers and the decisions about them.
 *
 * Work is done in windows of at most WINDOW rows of each table, one transaction per window,
 * and the event loop is given back between windows, so the app stays responsive at a million
 * records. A window shrinks while windows take longer than WINDOW_BUDGET_MS: at a million
 * people each person's index entries lie on pages not in memory, and 500 of them held the
 * engine for 300 ms at a time (the retention bench).
 */

export const WINDOW = 500;
const MIN_WINDOW = 20;
const WINDOW_BUDGET_MS = 50;

const CLOSED_CASE_STATES = "('INELIGIBLE', 'RELEASED_TO_ASYLUM', 'EXPIRED')";
const ENDED_TRANSFER_STATES = "('REFUSED', 'ARRIVED_UK')";

/** SQL: the record `alias` of `type` is settled before @cutoff. */
function settled(alias: string, type: RecordType): string {
  return `(${alias}.server_version IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.record_type = '${type}' AND o.record_id = ${alias}.id AND o.state = 'pending')
    AND NOT EXISTS (SELECT 1 FROM (SELECT state, acked_at FROM outbox o WHERE o.record_type = '${type}' AND o.record_id = ${alias}.id ORDER BY o.seq DESC LIMIT 1) last
                     WHERE last.state NOT IN ('applied', 'duplicate') OR last.acked_at IS NULL OR last.acked_at > @cutoff)
    AND NOT EXISTS (SELECT 1 FROM conflicts c WHERE c.record_type = '${type}' AND c.record_id = ${alias}.id AND c.resolved_at IS NULL)
    AND coalesce(${alias}.data ->> '$.updatedAt', '') <= @cutoff)`;
}

const PERSON_NEEDED = `(
  EXISTS (SELECT 1 FROM returns_cases r WHERE r.arrival_id = a.id AND (r.state NOT IN ${CLOSED_CASE_STATES} OR NOT ${settled('r', 'returns_case')}))
  OR EXISTS (SELECT 1 FROM transfers t WHERE t.arrival_id = a.id AND NOT ${settled('t', 'transfer')})
  OR EXISTS (SELECT 1 FROM match_decisions m WHERE m.subject_id = a.id AND NOT ${settled('m', 'match_decision')})
  OR EXISTS (SELECT 1 FROM match_decisions m JOIN arrivals s ON s.id = m.subject_id WHERE m.candidate_id = a.id)
)`;

const PERSON_PURGEABLE = `${settled('a', 'arrival')} AND NOT ${PERSON_NEEDED}`;

interface Sweep {
  type: RecordType;
  table: string;
  alias: string;
  /** Settled and not needed: to be purged. */
  purgeable: string;
  /**
   * For the status, counted before anything is removed: what the purge will have removed by
   * the time it gets here (`eligible`), and what it keeps although settled (`kept`).
   */
  count?: string;
}

const SWEEPS: Sweep[] = [
  {
    type: 'arrival',
    table: 'arrivals',
    alias: 'a',
    purgeable: PERSON_PURGEABLE,
    // One pass for the status: a person goes with their case, transfers and the decisions about them.
    count: `SELECT coalesce(sum(CASE WHEN ${PERSON_NEEDED} THEN 0 ELSE 1 + (SELECT count(*) FROM returns_cases r WHERE r.arrival_id = a.id)
                  + (SELECT count(*) FROM transfers t WHERE t.arrival_id = a.id) + (SELECT count(*) FROM match_decisions m WHERE m.subject_id = a.id) END), 0) AS eligible,
                  coalesce(sum(CASE WHEN ${PERSON_NEEDED} THEN 1 ELSE 0 END), 0) AS kept
             FROM arrivals a WHERE a.seq > @from AND a.seq <= @to AND ${settled('a', 'arrival')}`,
  },
  {
    type: 'returns_case',
    table: 'returns_cases',
    alias: 'r',
    purgeable: `NOT EXISTS (SELECT 1 FROM arrivals a WHERE a.id = r.arrival_id) AND (r.state IN ${CLOSED_CASE_STATES} OR r.state = 'REMOVED') AND ${settled('r', 'returns_case')}`,
  },
  {
    type: 'transfer',
    table: 'transfers',
    alias: 't',
    purgeable: `(t.arrival_id IS NULL OR NOT EXISTS (SELECT 1 FROM arrivals a WHERE a.id = t.arrival_id)) AND t.state IN ${ENDED_TRANSFER_STATES} AND ${settled('t', 'transfer')}`,
  },
  {
    type: 'match_decision',
    table: 'match_decisions',
    alias: 'm',
    purgeable: `NOT EXISTS (SELECT 1 FROM arrivals a WHERE a.id = m.subject_id) AND ${settled('m', 'match_decision')}`,
  },
  {
    type: 'interception',
    table: 'interceptions',
    alias: 'i',
    purgeable: `${settled('i', 'interception')} AND NOT EXISTS (SELECT 1 FROM arrivals a WHERE a.interception_id = i.id)`,
    // Its people will have gone first, if they all can.
    count: `SELECT count(*) AS eligible, 0 AS kept FROM interceptions i WHERE i.seq > @from AND i.seq <= @to AND ${settled('i', 'interception')}
              AND NOT EXISTS (SELECT 1 FROM arrivals a WHERE a.interception_id = i.id AND NOT (${PERSON_PURGEABLE}))`,
  },
];

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The last seq of the next window of `size` rows of a table after `after`, or null when fewer rows remain. */
function windowEnd(db: Db, table: string, after: number, size: number): number | null {
  const row = stmt(db, `SELECT seq FROM ${table} WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?`).get(after, size - 1) as { seq: number } | undefined;
  return row ? row.seq : null;
}

/** The next window's size: halved after a window over budget, doubled (up to WINDOW) after a quick one. */
function nextWindowSize(size: number, tookMs: number): number {
  if (tookMs > WINDOW_BUDGET_MS) return Math.max(MIN_WINDOW, Math.floor(size / 2));
  return tookMs < WINDOW_BUDGET_MS / 2 ? Math.min(WINDOW, size * 2) : size;
}

/**
 * Walks a table window by window, calling `each` with the window's bounds (exclusive,
 * inclusive), and `between` after each window, in a turn of its own.
 */
async function walk(db: Db, table: string, each: (from: number, to: number) => void, between?: () => void): Promise<void> {
  let after = 0;
  let size = WINDOW;
  for (;;) {
    if (!db.open) return; // the app is closing: the rest waits for the next run
    const started = performance.now();
    const end = windowEnd(db, table, after, size);
    each(after, end ?? Number.MAX_SAFE_INTEGER);
    size = nextWindowSize(size, performance.now() - started);
    await yieldToOthers();
    if (between && db.open) {
      between();
      await yieldToOthers();
    }
    if (end === null) return;
    after = end;
  }
}

export type PurgeCounts = PurgeSummary['purged'];

const emptyCounts = (): PurgeCounts => ({ interception: 0, arrival: 0, returns_case: 0, transfer: 0, match_decision: 0 });

/** What a purge with this cutoff would remove now, and what it would keep although settled. */
export async function countPurgeable(db: Db, cutoff: string): Promise<{ eligible: number; kept: number }> {
  let eligible = 0;
  let kept = 0;
  for (const sweep of SWEEPS) {
    const { table, alias } = sweep;
    const count = stmt(db, sweep.count ?? `SELECT count(*) AS eligible, 0 AS kept FROM ${table} ${alias} WHERE ${alias}.seq > @from AND ${alias}.seq <= @to AND ${sweep.purgeable}`);
    await walk(db, table, (from, to) => {
      const row = count.get({ from, to, cutoff }) as { eligible: number; kept: number };
      eligible += row.eligible;
      kept += row.kept;
    });
  }
  return { eligible, kept };
}

export interface PurgeOutcome {
  purged: PurgeCounts;
  total: number;
  auditRows: number;
  batches: number;
}

/**
 * Removes every purgeable record (see above) from this device, in windows of rows (see above),
 * each one transaction that re-checks and deletes. Running it again removes nothing more.
 */
export async function purgeSettledRecords(db: Db, cutoff: string): Promise<PurgeOutcome> {
  const outcome: PurgeOutcome = { purged: emptyCounts(), total: 0, auditRows: 0, batches: 0 };
  for (const sweep of SWEEPS) {
    const { table, alias, type } = sweep;
    const select = stmt(db, `SELECT ${alias}.seq AS seq, ${alias}.id AS id FROM ${table} ${alias} WHERE ${alias}.seq > @from AND ${alias}.seq <= @to AND ${sweep.purgeable}`);
    await walk(db, table, (from, to) => {
      db.transaction(() => {
        const rows = select.all({ from, to, cutoff }) as { seq: number; id: string }[];
        if (rows.length === 0) return;
        const removed: { type: RecordType; id: string }[] = [];
        for (const row of rows) {
          if (type === 'arrival') removed.push(...removePerson(db, row.seq, row.id));
          else {
            stmt(db, `DELETE FROM ${table} WHERE seq = ?`).run(row.seq);
            removed.push({ type, id: row.id });
          }
        }
        for (const record of removed) {
          stmt(db, 'DELETE FROM outbox WHERE record_type = ? AND record_id = ?').run(record.type, record.id);
          stmt(db, 'DELETE FROM conflicts WHERE record_type = ? AND record_id = ?').run(record.type, record.id);
          outcome.purged[record.type] += 1;
        }
        outcome.auditRows += deleteAuditRows(db, removed);
        outcome.total += removed.length;
        outcome.batches += 1;
      }).immediate();
    }, () => checkpointIfWalLarge(db));
  }
  if (outcome.purged.arrival > 0) forgetUnusedSpellings(db);
  return outcome;
}

/** A person's rows and everything filed under them; returns the records removed. */
function removePerson(db: Db, seq: number, id: string): { type: RecordType; id: string }[] {
  const removed: { type: RecordType; id: string }[] = [{ type: 'arrival', id }];
  for (const row of stmt(db, 'SELECT seq, id FROM returns_cases WHERE arrival_id = ?').all(id) as { seq: number; id: string }[]) {
    stmt(db, 'DELETE FROM returns_cases WHERE seq = ?').run(row.seq);
    removed.push({ type: 'returns_case', id: row.id });
  }
  for (const row of stmt(db, 'SELECT seq, id FROM transfers WHERE arrival_id = ?').all(id) as { seq: number; id: string }[]) {
    stmt(db, 'DELETE FROM transfers WHERE seq = ?').run(row.seq);
    removed.push({ type: 'transfer', id: row.id });
  }
  for (const row of stmt(db, 'SELECT seq, id FROM match_decisions WHERE subject_id = ?').all(id) as { seq: number; id: string }[]) {
    stmt(db, 'DELETE FROM match_decisions WHERE seq = ?').run(row.seq);
    removed.push({ type: 'match_decision', id: row.id });
  }
  // The search index is contentless: its row goes by rowid. Documents and identity keys
  // would cascade; deleting them by their arrival index says so plainly.
  stmt(db, 'DELETE FROM arrival_names WHERE rowid = ?').run(seq);
  stmt(db, 'DELETE FROM arrival_documents WHERE arrival_seq = ?').run(seq);
  stmt(db, 'DELETE FROM identity_keys WHERE arrival_seq = ?').run(seq);
  stmt(db, 'DELETE FROM arrivals WHERE seq = ?').run(seq);
  return removed;
}
