import { useEffect, useState } from 'react';
import { auditEntryHeading, type AuditEntry } from '../../../../shared/domain/audit';
import { labelOf } from '../../../../shared/domain/reference/options';
import { CHECK_RESULTS } from '../../../../shared/domain/transfers/transfer-states';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { FieldChangesTable } from '../../ui/FieldChangesTable';

/** Moves are in the state history already; here only what an officer typed and later corrected. */
const MOVE_FIELDS = new Set(['state', 'history', 'arrivedUkAt', 'arrivalId']);

const LABELS: Record<string, string> = {
  applicationReference: 'Application reference',
  familyReference: 'Family reference',
  familyName: 'Family name',
  givenNames: 'Given names',
  dateOfBirth: 'Date of birth',
  nationality: 'Nationality',
  sex: 'Sex',
  placeOfBirth: 'Place of birth',
  documentNumber: 'Identity document number',
  'checks.locationVerified': 'Location in France verified',
  'checks.security': 'Security check',
  'checks.eligibility': 'Eligibility check',
  entryClearanceIssuedOn: 'Entry clearance issued on',
  entryClearanceValidUntil: 'Entry clearance valid until',
};

type Change = AuditEntry['changes'][number];

/** The checks are stored as one group; each is shown as its own line, in words. */
function flatten(change: Change): Change[] {
  if (change.field !== 'checks') return [change];
  const from = (change.from ?? {}) as Record<string, string>;
  const to = (change.to ?? {}) as Record<string, string>;
  return Object.keys(to)
    .filter((k) => from[k] !== to[k])
    .map((k) => ({ field: `checks.${k}`, from: labelOf(CHECK_RESULTS, from[k]), to: labelOf(CHECK_RESULTS, to[k]) }));
}

/** Each correction of the application: who, when, and every field's old and new value. */
export function TransferCorrections({ recordId, refreshKey }: { recordId: string; refreshKey: number }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  useEffect(() => {
    call('audit.forRecord', { recordId }).then(setEntries, () => setEntries([]));
  }, [recordId, refreshKey]);
  const corrections = (entries ?? [])
    .filter((e) => e.action === 'update')
    .map((e) => ({ ...e, changes: e.changes.filter((c) => !MOVE_FIELDS.has(c.field)).flatMap(flatten) }))
    .filter((e) => e.changes.length > 0);
  if (!entries) return null;
  if (corrections.length === 0) return <p className="muted">No corrections since the application was recorded.</p>;
  return (
    <ol className="audit__list">
      {corrections.map((entry) => (
        <li key={entry.id}>
          <p className="audit__when">
            {auditEntryHeading(entry)}, {formatUkDateTime(entry.at)}
          </p>
          <FieldChangesTable changes={entry.changes} labelOf={(field) => LABELS[field] ?? field} />
        </li>
      ))}
    </ol>
  );
}
