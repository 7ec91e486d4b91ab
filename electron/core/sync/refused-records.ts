import { fieldLabel } from '../../../shared/domain/field-labels';
import type { RefusedRecord } from '../../../shared/domain/sync-status';
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

/**
 * The centre's reasons, as the officer reads them beside the record: a field of the record
 * by its label ("Date of birth: …"); the officer's id is left out, as the message names them.
 */
export function refusalReason(result: string | null): string {
  const issues = (JSON.parse(result ?? '{}') as { issues?: { path: string; message: string }[] }).issues ?? [];
  const where = (path: string) => {
    const field = path.replace(/^payload\./, '');
    if (!field || field === 'officerId') return '';
    return `${field.includes('.') ? field : fieldLabel(field)}: `;
  };
  return issues.map((i) => `${where(i.path ?? '')}${i.message}`).join('; ') || 'Refused by the centre';
}

export function countRefused(db: Db): number {
  return (stmt(db, `SELECT count(*) AS n FROM outbox o WHERE ${stillRefused('o')}`).get() as { n: number }).n;
}

/** Shown at most: a device with more refusals than this has a problem an administrator must see to. */
const LISTED = 500;

/** Each refused record with why, newest refusal first, so that an officer can correct it. */
export function refusedRecords(db: Db): RefusedRecord[] {
  const rows = stmt(
    db,
    `SELECT o.record_type AS recordType, o.record_id AS recordId, o.payload, o.result, o.acked_at AS refusedAt
       FROM outbox o WHERE ${stillRefused('o')} ORDER BY o.seq DESC LIMIT ${LISTED}`,
  ).all() as { recordType: string; recordId: string; payload: string; result: string | null; refusedAt: string | null }[];
  return rows.map(({ payload, result, ...row }) => {
    const sent = JSON.parse(payload) as { reference?: unknown; arrivalId?: unknown; subjectId?: unknown };
    const person = sent.arrivalId ?? sent.subjectId; // a case or a transfer, or a prior-crossing decision
    return {
      ...row,
      reference: typeof sent.reference === 'string' ? sent.reference : null,
      arrivalId: typeof person === 'string' ? person : null,
      reason: refusalReason(result),
    };
  });
}
