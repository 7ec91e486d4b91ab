import type { AuditEntry } from '../../../shared/domain/audit';
import { auditValue, fieldLabel } from '../../../shared/domain/field-labels';

type Change = AuditEntry['changes'][number];

/** One save's changes: each field with its old and new value, in words. */
export function FieldChangesTable({ changes, labelOf = fieldLabel }: { changes: readonly Change[]; labelOf?: (field: string) => string }) {
  return (
    <table className="table table--compact">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Was</th>
          <th scope="col">Now</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <td>{labelOf(change.field)}</td>
            <td>{auditValue(change.from, change.field)}</td>
            <td>{auditValue(change.to, change.field)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
