import type { Arrival, ArrivalFields } from '../../../shared/domain/arrival';
import { arrivalBeforeBoatProblem, type BoatTimes } from '../../../shared/domain/arrival-boat-time';
import type { ParsedInput } from '../../../shared/api';
import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import { scheduleAutomaticCheck } from '../matching/automatic-check';
import { reindexIdentity } from '../matching/identity-index';
import type { RequestContext } from './context';
import { fileSpellings, spellingsIn } from './name-spellings';
import { createRecord, getRecord, updateRecord, type RecordKind, type RecordMeta } from './record-store';

/** Every name a person is known by, as one text for the accent-folding FTS index. */
export function searchableNames(a: Pick<ArrivalFields, 'familyName' | 'givenNames' | 'aliases'>): string {
  return [a.familyName, a.givenNames, ...a.aliases.flatMap((al) => [al.familyName, al.givenNames])].filter(Boolean).join(' ');
}

export const ARRIVAL: RecordKind<ArrivalFields> = {
  type: 'arrival',
  table: 'arrivals',
  noun: 'arrival',
  reindex(db, seq, record: ArrivalFields & RecordMeta) {
    const names = searchableNames(record);
    stmt(db, 'DELETE FROM arrival_names WHERE rowid = ?').run(seq);
    stmt(db, 'INSERT INTO arrival_names (rowid, names) VALUES (?, ?)').run(seq, names);
    fileSpellings(db, spellingsIn(names));
    stmt(db, 'DELETE FROM arrival_documents WHERE arrival_seq = ?').run(seq);
    const insertDocument = stmt(db, 'INSERT OR IGNORE INTO arrival_documents (number, arrival_seq) VALUES (?, ?)');
    for (const document of record.documents) insertDocument.run(document.number, seq);
    // The prior-crossing and re-entry checks find people through these keys (core/matching);
    // a safe-route arrival is checked once the save has committed.
    reindexIdentity(db, seq, record);
    scheduleAutomaticCheck(db, record);
  },
};

/**
 * The boat must be on this device, and the person cannot have arrived before it was detected
 * (shared/domain/arrival-boat-time.ts). Checked only here, where an officer saves: records
 * pulled from the centre are stored as they come.
 */
function checkInterception(db: Db, fields: ArrivalFields): void {
  if (!fields.interceptionId) return;
  // Two fields read from the JSON, not the whole record parsed: this is on every small-boat save.
  const boat = stmt(db, "SELECT reference, data ->> '$.detectedAt' AS detectedAt, data ->> '$.interceptedAt' AS interceptedAt FROM interceptions WHERE id = ?").get(
    fields.interceptionId,
  ) as BoatTimes | undefined;
  if (!boat) throw AppError.validation([{ path: 'interceptionId', message: 'That interception is not on this device' }]);
  const problem = arrivalBeforeBoatProblem(fields.arrivedAt, boat);
  if (problem) throw AppError.validation([{ path: 'arrivedAt', message: problem }]);
}

export function createArrival(db: Db, device: Device, ctx: RequestContext, input: ArrivalFields): Arrival {
  checkInterception(db, input);
  return createRecord(db, device, ctx, ARRIVAL, input, input.site ?? ctx.site);
}

export function updateArrival(db: Db, device: Device, ctx: RequestContext, input: ParsedInput<'arrivals.update'>): Arrival {
  checkInterception(db, input.changes);
  return updateRecord(db, device, ctx, ARRIVAL, input.id, input.version, input.changes);
}

export function getArrival(db: Db, id: string): Arrival {
  return getRecord(db, ARRIVAL, id);
}
