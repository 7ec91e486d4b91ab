import type { ParsedInput } from '../../../shared/api';
import { AppError } from '../../../shared/domain/errors';
import type { Transfer, TransferFields, TransferSummary, TransferView } from '../../../shared/domain/transfers/transfer';
import { allowedTransferMoves } from '../../../shared/domain/transfers/transfer-machine';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import type { RequestContext } from '../records/context';
import { createRecord, getRecord, updateRecord, type RecordKind } from '../records/record-store';
import { personName } from '../../../shared/domain/person-name';

/** Safe-route applications (DOMAIN.md "The safe route in"), one record per person, in the transfers table. */

export type StoredTransferFields = Omit<Transfer, 'id' | 'reference' | 'createdBy' | 'createdAt' | 'updatedAt' | 'version'>;

export const TRANSFER: RecordKind<StoredTransferFields> = { type: 'transfer', table: 'transfers', noun: 'transfer' };

const LIST_LIMIT = 500;

export function transferView(transfer: Transfer, now: Date): TransferView {
  return { transfer, allowedMoves: allowedTransferMoves(transfer, now.toISOString()) };
}

/** One application reference names one application: a second record for it is a typing slip or a duplicate. */
function checkApplicationReference(db: Db, fields: TransferFields, exceptId: string | null): void {
  const other = stmt(db, "SELECT reference FROM transfers WHERE data ->> '$.applicationReference' = ? AND id IS NOT ?").get(fields.applicationReference, exceptId) as
    | { reference: string }
    | undefined;
  if (other) throw AppError.validation([{ path: 'applicationReference', message: `Transfer ${other.reference} already has this application reference` }]);
}

export function createTransfer(db: Db, device: Device, ctx: RequestContext, input: TransferFields): TransferView {
  return db
    .transaction(() => {
      checkApplicationReference(db, input, null);
      const fields: StoredTransferFields = { ...input, state: 'EOI_SUBMITTED', history: [], arrivedUkAt: null, arrivalId: null };
      return transferView(createRecord(db, device, ctx, TRANSFER, fields, ctx.site), ctx.now());
    })
    .immediate();
}

/** Corrects what was recorded (identity, checks, entry clearance); the state moves only by `advanceTransfer`. */
export function updateTransfer(db: Db, device: Device, ctx: RequestContext, input: ParsedInput<'transfers.update'>): TransferView {
  return db
    .transaction(() => {
      checkApplicationReference(db, input.changes, input.id);
      const before = getRecord(db, TRANSFER, input.id);
      const saved = updateRecord(db, device, ctx, TRANSFER, input.id, input.version, { ...before, ...input.changes });
      return transferView(saved, ctx.now());
    })
    .immediate();
}

export function getTransfer(db: Db, id: string, now: Date): TransferView {
  return transferView(getRecord(db, TRANSFER, id), now);
}

function summaryOf(t: Transfer): TransferSummary {
  return {
    id: t.id,
    reference: t.reference,
    applicationReference: t.applicationReference,
    familyReference: t.familyReference,
    name: personName(t),
    nationality: t.nationality,
    state: t.state,
    arrivedUkAt: t.arrivedUkAt,
    updatedAt: t.updatedAt,
  };
}

/** Newest first; the search looks in names and every reference, ignoring case. */
export function listTransfers(db: Db, query: ParsedInput<'transfers.list'>): { items: TransferSummary[]; truncated: boolean } {
  const rows = stmt(
    db,
    `SELECT data FROM transfers
     WHERE (@state IS NULL OR state = @state)
       AND (@search = '' OR instr(upper(concat_ws(' ', reference, data ->> '$.applicationReference', data ->> '$.familyReference',
                                            data ->> '$.familyName', data ->> '$.givenNames')), upper(@search)) > 0)
     ORDER BY seq DESC LIMIT @limit`,
  ).all({ state: query.state, search: query.search, limit: LIST_LIMIT + 1 }) as { data: string }[];
  const items = rows.slice(0, LIST_LIMIT).map((r) => summaryOf(JSON.parse(r.data) as Transfer));
  return { items, truncated: rows.length > LIST_LIMIT };
}

/** The safe-route application a person arrived under, if any (for their case summary). */
export function transferForArrival(db: Db, arrivalId: string, now: Date): TransferView | null {
  const row = stmt(db, 'SELECT id FROM transfers WHERE arrival_id = ?').get(arrivalId) as { id: string } | undefined;
  return row ? getTransfer(db, row.id, now) : null;
}
