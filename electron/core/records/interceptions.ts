import type { Interception, InterceptionFields, InterceptionSummary } from '../../../shared/domain/interception';
import type { ParsedInput } from '../../../shared/api';
import { boatDetectedAfterArrivalsProblem } from '../../../shared/domain/arrival-boat-time';
import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import type { RequestContext } from './context';
import { createRecord, getRecord, updateRecord, type RecordKind } from './record-store';

export const INTERCEPTION: RecordKind<InterceptionFields> = { type: 'interception', table: 'interceptions', noun: 'interception' };

export function createInterception(db: Db, device: Device, ctx: RequestContext, input: InterceptionFields): Interception {
  return createRecord(db, device, ctx, INTERCEPTION, input, input.site ?? ctx.site);
}

export function updateInterception(db: Db, device: Device, ctx: RequestContext, input: ParsedInput<'interceptions.update'>): Interception {
  checkPeopleStillAfterDetection(db, input.id, input.changes.detectedAt);
  return updateRecord(db, device, ctx, INTERCEPTION, input.id, input.version, input.changes);
}

/**
 * The mirror of the arrival's own check (arrivals.ts): a correction of the detection time may
 * not put it after people already recorded from this boat arrived. Only where an officer saves.
 */
function checkPeopleStillAfterDetection(db: Db, id: string, detectedAt: string | null | undefined): void {
  if (!detectedAt) return;
  const people = stmt(
    db,
    "SELECT min(arrived_at) AS earliest, count(*) AS before FROM arrivals WHERE interception_id = ? AND arrived_at <> '' AND julianday(arrived_at) < julianday(?)",
  ).get(id, detectedAt) as { earliest: string | null; before: number };
  const problem = boatDetectedAfterArrivalsProblem(detectedAt, people.earliest, people.before);
  if (problem) throw AppError.validation([{ path: 'detectedAt', message: problem }]);
}

export function getInterception(db: Db, id: string): Interception {
  return getRecord(db, INTERCEPTION, id);
}

/**
 * Newest first, paged by keyset (detected_at, seq) so page 500 costs what page 1 does. A
 * reference is found by its start, as typed: a range, not LIKE, so "%" or "_" typed into the
 * box is looked for as itself (with LIKE, "%" listed every boat).
 */
export function listInterceptions(db: Db, query: ParsedInput<'interceptions.list'>): { items: InterceptionSummary[]; next: string | null } {
  const [afterAt, afterSeq] = query.after ? splitCursor(query.after) : [null, null];
  const rows = stmt(
    db,
    `SELECT i.seq, i.id, i.reference, i.data ->> '$.status' AS status, i.site, nullif(i.detected_at, '') AS detectedAt,
            i.data ->> '$.zone' AS zone, i.data ->> '$.outcome' AS outcome, i.data ->> '$.peopleAboard' AS peopleAboard,
            (SELECT count(*) FROM arrivals a WHERE a.interception_id = i.id) AS peopleRecorded
     FROM interceptions i
     WHERE (@afterAt IS NULL OR (i.detected_at, i.seq) < (@afterAt, @afterSeq))
       AND (@reference IS NULL OR (i.reference >= @reference AND i.reference < @reference || '~'))
     ORDER BY i.detected_at DESC, i.seq DESC
     LIMIT @limit`,
  ).all({ afterAt, afterSeq, reference: query.reference ? query.reference.toUpperCase() : null, limit: query.limit + 1 }) as (InterceptionSummary & { seq: number })[];
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ seq: _seq, ...summary }) => summary),
    next: more && last ? `${last.detectedAt ?? ''}|${last.seq}` : null,
  };
}

function splitCursor(cursor: string): [string, number] {
  const bar = cursor.lastIndexOf('|');
  const seq = Number(cursor.slice(bar + 1));
  if (bar < 0 || !Number.isInteger(seq)) throw AppError.validation([{ path: 'after', message: 'Not a valid page cursor' }]);
  return [cursor.slice(0, bar), seq];
}
