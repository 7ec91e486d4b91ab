import { v7 as uuidv7 } from 'uuid';
import { AppError } from '../../../shared/domain/errors';
import type { Interception, InterceptionSummary } from '../../../shared/domain/interception';
import type { ParsedInput } from '../../../shared/api';
import type { Db } from '../db/connection';
import { nextReference, type Device } from '../db/device';
import { stmt } from '../db/statements';
import type { RequestContext } from './context';
import { saveRecord } from './save-record';

interface InterceptionRow {
  id: string;
  reference: string;
  site: string;
  detected_at: string;
  intercepted_at: string | null;
  latitude: number;
  longitude: number;
  zone: string;
  outcome: string;
  people_aboard: number;
  notes: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

function fromRow(row: InterceptionRow): Interception {
  return {
    id: row.id,
    reference: row.reference,
    site: row.site as Interception['site'],
    detectedAt: row.detected_at,
    interceptedAt: row.intercepted_at,
    latitude: row.latitude,
    longitude: row.longitude,
    zone: row.zone as Interception['zone'],
    outcome: row.outcome as Interception['outcome'],
    peopleAboard: row.people_aboard,
    notes: row.notes,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

const INSERT = `
  INSERT INTO interceptions (id, reference, site, detected_at, intercepted_at, latitude, longitude, zone, outcome,
    people_aboard, notes, created_by, created_at, updated_at, version)
  VALUES (@id, @reference, @site, @detectedAt, @interceptedAt, @latitude, @longitude, @zone, @outcome,
    @peopleAboard, @notes, @createdBy, @createdAt, @updatedAt, @version)`;

export function createInterception(
  db: Db,
  device: Device,
  ctx: RequestContext,
  input: ParsedInput<'interceptions.create'>,
): Interception {
  return db
    .transaction(() => {
      const now = ctx.now().toISOString();
      const record: Interception = {
        id: uuidv7(),
        reference: nextReference(db, input.site),
        ...input,
        createdBy: ctx.officer.id,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      saveRecord(db, device, ctx, {
        type: 'interception',
        id: record.id,
        before: null,
        after: record,
        persist: () => stmt(db, INSERT).run(record),
      });
      return record;
    })
    .immediate();
}

export function getInterception(db: Db, id: string): Interception {
  const row = stmt(db, 'SELECT * FROM interceptions WHERE id = ?').get(id) as InterceptionRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'No interception with that id on this device');
  return fromRow(row);
}

/** Newest first, paged by keyset (detected_at, id) so page 500 costs what page 1 does. */
export function listInterceptions(
  db: Db,
  query: ParsedInput<'interceptions.list'>,
): { items: InterceptionSummary[]; next: string | null } {
  const [afterAt, afterId] = query.after ? splitCursor(query.after) : [null, null];
  const rows = stmt(
    db,
    `SELECT id, reference, site, detected_at, zone, outcome, people_aboard FROM interceptions
     WHERE (@afterAt IS NULL OR (detected_at, id) < (@afterAt, @afterId))
       AND (@reference IS NULL OR reference LIKE @reference || '%')
     ORDER BY detected_at DESC, id DESC
     LIMIT @limit`,
  ).all({
    afterAt,
    afterId,
    reference: query.reference ? query.reference.toUpperCase() : null,
    limit: query.limit + 1,
  }) as InterceptionRow[];
  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      reference: r.reference,
      site: r.site as InterceptionSummary['site'],
      detectedAt: r.detected_at,
      zone: r.zone as InterceptionSummary['zone'],
      outcome: r.outcome as InterceptionSummary['outcome'],
      peopleAboard: r.people_aboard,
    })),
    next: more && last ? `${last.detected_at}|${last.id}` : null,
  };
}

function splitCursor(cursor: string): [string, string] {
  const [at, id] = cursor.split('|');
  if (!at || !id) throw AppError.validation([{ path: 'after', message: 'Not a valid page cursor' }]);
  return [at, id];
}
