import { fieldLabel } from '../../../shared/domain/field-labels';
import type { RefusalCause, RefusedRecord } from '../../../shared/domain/sync-status';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/*
 * Records the centre refused, and that nobody has corrected since. A refusal belongs to the
 * change that was refused: once a correction of the same record is taken by the centre, the
 * record is safe again, and its old refused change must not keep it out of the receipt or
 * the status bar's count.
 */

/** SQL: the outbox row `alias` is a refused change with no newer change of its record. */
export function stillRefused(alias: string): string {
  return `(${alias}.state = 'rejected'
    AND NOT EXISTS (SELECT 1 FROM outbox newer WHERE newer.record_type = ${alias}.record_type AND newer.record_id = ${alias}.record_id AND newer.seq > ${alias}.seq))`;
}

/** The refused outbox row, as far as its reasons need it. */
export interface RefusedRow {
  seq: number;
  officerId: string;
  result: string | null;
}

interface Issue {
  path: string;
  message: string;
}

const issuesOf = (result: string | null) => (JSON.parse(result ?? '{}') as { issues?: Issue[] }).issues ?? [];
const onOfficer = (i: Issue) => i.path === 'payload.officerId' || i.path === 'officerId';

/**
 * Who made the change, by name: from this device's own audit entry of it (same seq), else
 * from the officers who signed in here. Null when the device never knew them by name.
 */
function officerName(db: Db, row: RefusedRow): string | null {
  const audited = stmt(db, 'SELECT officer_name AS name FROM audit_log WHERE seq = ? AND officer_id = ?').get(row.seq, row.officerId) as { name: string } | undefined;
  if (audited) return audited.name;
  const verifier = stmt(db, 'SELECT name FROM officer_verifiers WHERE officer_id = ? LIMIT 1').get(row.officerId) as { name: string } | undefined;
  return verifier?.name ?? null;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The centre names the officer by id ("Officer 0190a5f0-… is disabled"): an officer reads their name instead. */
function namingTheOfficer(message: string, name: string | null): string {
  return message.replace(new RegExp(`\\b([Oo])fficer (${UUID.source})`, 'g'), (_m, o: string) =>
    name ? `${o}fficer ${name}` : o === 'O' ? 'The officer who made this change' : 'the officer who made this change',
  ).replace(UUID, 'an officer');
}

/**
 * The centre's reasons, as the officer reads them beside the record: a field of the record
 * by its label ("Date of birth: …"); a refusal of the officer names them, never by id.
 */
export function refusalReason(db: Db, row: RefusedRow): string {
  const issues = issuesOf(row.result);
  const name = issues.some(onOfficer) ? officerName(db, row) : null;
  const where = (path: string) => {
    const field = path.replace(/^payload\./, '');
    if (!field || field === 'officerId') return '';
    return `${field.includes('.') ? field : fieldLabel(field)}: `;
  };
  return issues.map((i) => `${where(i.path ?? '')}${onOfficer(i) ? namingTheOfficer(i.message, name) : i.message}`).join('; ') || 'Refused by the centre';
}

/** What must happen for the record to be taken: the record corrected, or the officer put right at the centre. */
export function refusalCause(result: string | null): RefusalCause {
  const officer = issuesOf(result).find(onOfficer);
  if (!officer) return 'record';
  return /disabled/i.test(officer.message) ? 'officer_disabled' : 'officer_unknown';
}

export function countRefused(db: Db): number {
  return (stmt(db, `SELECT count(*) AS n FROM outbox o WHERE ${stillRefused('o')}`).get() as { n: number }).n;
}

/**
 * Officers whose changes the centre refused because it has disabled them (and nobody has saved
 * those records again since): the one signed in is told at once, rather than recording on for
 * hours what the centre will not take.
 */
export function disabledOfficerIds(db: Db): string[] {
  const rows = stmt(db, `SELECT DISTINCT o.officer_id AS officerId, o.result FROM outbox o WHERE ${stillRefused('o')} AND o.result LIKE '%disabled%'`).all() as {
    officerId: string;
    result: string | null;
  }[];
  return [...new Set(rows.filter((r) => refusalCause(r.result) === 'officer_disabled').map((r) => r.officerId))];
}

/** Shown at most: a device with more refusals than this has a problem an administrator must see to. */
const LISTED = 500;

/** Each refused record with why, newest refusal first, so that an officer can correct it. */
export function refusedRecords(db: Db): RefusedRecord[] {
  const rows = stmt(
    db,
    `SELECT o.seq, o.officer_id AS officerId, o.record_type AS recordType, o.record_id AS recordId, o.payload, o.result, o.acked_at AS refusedAt
       FROM outbox o WHERE ${stillRefused('o')} ORDER BY o.seq DESC LIMIT ${LISTED}`,
  ).all() as (RefusedRow & { recordType: string; recordId: string; payload: string; refusedAt: string | null })[];
  return rows.map(({ payload, seq, officerId, result, ...row }) => {
    const sent = JSON.parse(payload) as { reference?: unknown; arrivalId?: unknown; subjectId?: unknown };
    const person = sent.arrivalId ?? sent.subjectId; // a case or a transfer, or a prior-crossing decision
    return {
      ...row,
      reference: typeof sent.reference === 'string' ? sent.reference : null,
      arrivalId: typeof person === 'string' ? person : null,
      reason: refusalReason(db, { seq, officerId, result }),
      cause: refusalCause(result),
    };
  });
}
