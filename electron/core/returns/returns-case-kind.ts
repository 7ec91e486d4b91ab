import { v5 as uuidv5 } from 'uuid';
import type { Arrival } from '../../../shared/domain/arrival';
import { allowedEvents } from '../../../shared/domain/returns/case-machine';
import { openDeadlines } from '../../../shared/domain/returns/deadlines';
import type { CasePerson, ReturnsCaseFields, ReturnsCaseRecord, ReturnsCaseView } from '../../../shared/domain/returns/returns-case-record';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import type { RecordKind } from '../records/record-store';
import { personNameOrUnrecorded } from '../../../shared/domain/person-name';

/** One returns case per person, stored in returns_cases (migrations/002), synced like any record. */
export const RETURNS_CASE: RecordKind<ReturnsCaseFields> = {
  type: 'returns_case',
  table: 'returns_cases',
  noun: 'returns case',
};

// Fixed for ever: changing it would give people already in a case a second one.
const RETURNS_CASE_NAMESPACE = '4f3c2b6e-8d1a-5e7f-9a0b-1c2d3e4f5a6b';

/**
 * A person's case has the same id on every device, derived from their arrival's id: two
 * officers who open it on two laptops offline make one record, which the centre treats as
 * edited in two places (a conflict to resolve), never two cases for one person.
 */
export function returnsCaseIdFor(arrivalId: string): string {
  return uuidv5(arrivalId, RETURNS_CASE_NAMESPACE);
}

/** The id of the person's case, if they have one (the table allows one per arrival). */
export function caseIdForArrival(db: Db, arrivalId: string): string | null {
  const row = stmt(db, 'SELECT id FROM returns_cases WHERE arrival_id = ?').get(arrivalId) as { id: string } | undefined;
  return row?.id ?? null;
}

export function casePerson(a: Arrival): CasePerson {
  return {
    arrivalId: a.id,
    reference: a.reference,
    name: personNameOrUnrecorded(a),
    nationality: a.nationality,
    arrivedAt: a.arrivedAt,
    // Stored records are read as they were written: one pulled from the centre may have no vulnerability section.
    nrmReferredAt: (a.vulnerability as Arrival['vulnerability'] | undefined)?.nrmReferredAt ?? null,
  };
}

/** The case as the panel needs it: its clocks and the events it can legally take now. */
export function caseView(person: CasePerson, record: ReturnsCaseRecord | null, now: Date): ReturnsCaseView {
  return {
    person,
    case: record,
    deadlines: record ? openDeadlines(record, now) : [],
    allowedEvents: record ? allowedEvents(record, now) : [],
  };
}
