import type { FieldIssue } from '../../shared/domain/errors';
import { decisionWords } from '../../shared/domain/role-refusals';
import { type CaseEventType } from '../../shared/domain/returns/case-states';
import { supervisorDecisionOfEntry } from '../../shared/domain/roles';
import type { OfficerRole } from '../../shared/sync';
import type { Queryable } from '../db/database';
import { recordKey } from './push-decide';
import { arrayOf, column } from './sql-columns';
import type { CheckedChange, CheckResult } from './validate-change';

/*
 * The centre enforces roles on pushed data, not only the app's screens (issue #7: "the server
 * enforces roles too"). Per change, after its own checks and before any lock:
 *
 * 1. its `officerId` must be an officer the centre knows and has not disabled;
 * 2. a 'returns_case' change that adds a history entry taking a supervisor's decision
 *    (shared/domain/roles.ts supervisorDecisionOfEntry: mark ineligible, decide inadmissibility,
 *    confirm removal, release to asylum — also by lifting a barrier with release, or any entry
 *    ending the case in one of those outcomes) must come from an officer whose role *at the
 *    centre* is supervisor.
 *    "Adds" is measured against the record as it stands before this change: the previous
 *    accepted change to it in the same batch, else the centre's current version.
 *
 * A refused change is answered `rejected` with the reason under `officerId` or under the
 * history entry: like any rejected change its seq advances (no resend loop), it is stored in
 * the ledger (a resend answers `duplicate` / original `rejected`), and the app shows it on the
 * record with the reason. Two queries per batch at most, whatever its size: the officers named
 * in it, and — only when a non-supervisor touched returns cases — those cases' current payloads.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RETURNS_CASE = 'returns_case';

interface KnownOfficer {
  role: OfficerRole;
  disabled: boolean;
}

export async function verifyOfficers(tx: Queryable, checked: readonly CheckResult[]): Promise<CheckResult[]> {
  const valid = checked.flatMap((c) => (c.ok ? [c.change] : []));
  if (!valid.length) return [...checked];
  const officers = await loadOfficers(tx, valid);
  const needsHistory = valid.filter((c) => c.recordType === RETURNS_CASE && officers.get(c.officerId)?.role !== 'supervisor');
  const centre = needsHistory.length ? await loadCasePayloads(tx, needsHistory) : new Map<string, unknown>();
  // What each returns case looks like before the change being checked: updated as accepted changes go by.
  const before = new Map<string, unknown>(centre);
  return checked.map((result): CheckResult => {
    if (!result.ok) return result;
    const change = result.change;
    const issues = officerIssues(change, officers.get(change.officerId));
    if (!issues.length && change.recordType === RETURNS_CASE) {
      const key = recordKey(change.recordType, change.recordId);
      if (officers.get(change.officerId)?.role !== 'supervisor') issues.push(...supervisorEventIssues(before.get(key), change.payload));
      if (!issues.length) before.set(key, change.payload);
    }
    return issues.length ? { ok: false, seq: change.seq, issues } : result;
  });
}

async function loadOfficers(tx: Queryable, changes: readonly CheckedChange[]): Promise<Map<string, KnownOfficer>> {
  // officers.id is a uuid: anything else is unknown without asking (and would fail the cast).
  const ids = [...new Set(changes.map((c) => c.officerId))].filter((id) => UUID.test(id));
  if (!ids.length) return new Map();
  const rows = await tx.query<{ id: string; role: OfficerRole; disabled: boolean }>(
    `SELECT id::text AS id, role, disabled_at IS NOT NULL AS disabled FROM officers WHERE id = ANY(${arrayOf(1, 'uuid')})`,
    [column(ids)],
  );
  return new Map(rows.map((r) => [r.id, { role: r.role, disabled: r.disabled }]));
}

async function loadCasePayloads(tx: Queryable, changes: readonly CheckedChange[]): Promise<Map<string, unknown>> {
  const ids = [...new Set(changes.map((c) => c.recordId))];
  const rows = await tx.query<{ record_id: string; payload: unknown }>(
    `SELECT r.record_id::text AS record_id, l.payload
       FROM records r JOIN change_log l ON l.version = r.version
      WHERE r.record_type = '${RETURNS_CASE}' AND r.record_id = ANY(${arrayOf(1, 'uuid')})`,
    [column(ids)],
  );
  return new Map(rows.map((r) => [recordKey(RETURNS_CASE, r.record_id), typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload]));
}

function officerIssues(change: CheckedChange, officer: KnownOfficer | undefined): FieldIssue[] {
  if (!officer) {
    return [{ path: 'officerId', message: `The centre does not know officer ${change.officerId}: an administrator must create this officer at the centre, then the record can be saved again` }];
  }
  if (officer.disabled) return [{ path: 'officerId', message: `Officer ${change.officerId} is disabled at the centre: their changes are no longer accepted` }];
  return [];
}

interface HistoryLine {
  index: number;
  type: string;
  decision: CaseEventType | null;
  key: string;
}

/** The history entries of a returns-case payload, each with a key that identifies it across versions. */
function historyOf(payload: unknown): HistoryLine[] {
  const history = (payload as { history?: unknown } | null)?.history;
  if (!Array.isArray(history)) return [];
  return history.map((entry: unknown, index) => {
    const e = (entry ?? {}) as { at?: unknown; actor?: unknown; event?: { type?: unknown }; from?: unknown; to?: unknown };
    const type = typeof e.event?.type === 'string' ? e.event.type : '';
    return { index, type, decision: supervisorDecisionOfEntry(entry), key: JSON.stringify([e.at, e.actor, type, e.from, e.to]) };
  });
}

/** Issues for every supervisor's decision in `after`'s history that `before`'s does not hold (counted, so a repeat counts too). */
export function supervisorEventIssues(before: unknown, after: unknown): FieldIssue[] {
  const held = new Map<string, number>();
  for (const line of historyOf(before)) held.set(line.key, (held.get(line.key) ?? 0) + 1);
  const issues: FieldIssue[] = [];
  for (const line of historyOf(after)) {
    const count = held.get(line.key) ?? 0;
    if (count > 0) {
      held.set(line.key, count - 1);
      continue;
    }
    if (line.decision) {
      issues.push({ path: `payload.history.${line.index}.event.type`, message: `Only a supervisor can ${decisionWords(line.decision)} (${line.type}): this officer is not a supervisor at the centre` });
    }
  }
  return issues;
}
