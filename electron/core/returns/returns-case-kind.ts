import type { Arrival } from '../../../shared/domain/arrival';
import { allowedEvents } from '../../../shared/domain/returns/case-machine';
import { openDeadlines } from '../../../shared/domain/returns/deadlines';
import type { CasePerson, ReturnsCaseFields, ReturnsCaseRecord, ReturnsCaseView } from '../../../shared/domain/returns/returns-case-record';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import type { RecordKind } from '../records/record-store';

/** One returns case per person, stored in returns_cases (migrations/002), synced like any record. */
export const RETURNS_CASE: RecordKind<ReturnsCaseFields> = {
  type: 'returns_case',
  table: 'returns_cases',
  noun: 'returns case',
};

/** The id of the person's case, if they have one (the table allows one per arrival). */
export function caseIdForArrival(db: Db, arrivalId: string): string | null {
  const row = stmt(db, 'SELECT id FROM returns_cases WHERE arrival_id = ?').get(arrivalId) as { id: string } | undefined;
  return row?.id ?? null;
}

export function personName(a: Pick<Arrival, 'familyName' | 'givenNames'>): string {
  return [a.familyName, a.givenNames].filter(Boolean).join(', ') || 'Name not recorded';
}

export function casePerson(a: Arrival): CasePerson {
  return { arrivalId: a.id, reference: a.reference, name: personName(a), nationality: a.nationality, arrivedAt: a.arrivedAt };
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
