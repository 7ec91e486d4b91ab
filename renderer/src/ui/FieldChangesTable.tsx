import type { AuditEntry } from '../../../shared/domain/audit';
import { auditValue, fieldLabel } from '../../../shared/domain/field-labels';

type Change = AuditEntry['changes'][number];

interface Props {
  changes: readonly Change[];
  labelOf?: (field: string) => string;
  /** The two value columns' headings. */
  headings?: readonly [string, string];
  showValue?: (value: unknown, field: string) => string;
}

const inWords = (value: unknown, field: string): string => auditValue(value, field);

/** One save's changes: each field with its old and new value, in words. */
export function FieldChangesTable({ changes, labelOf = fieldLabel, headings = ['Was', 'Now'], showValue = inWords }: Props) {
  return (
    <table className="table table--compact">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{headings[0]}</th>
          <th scope="col">{headings[1]}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <td>{labelOf(change.field)}</td>
            <td>{showValue(change.from, change.field)}</td>
            <td>{showValue(change.to, change.field)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
