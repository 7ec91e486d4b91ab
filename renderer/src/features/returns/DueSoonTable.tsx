import { Link } from 'react-router-dom';
import { CASE_STATE_LABELS } from '../../../../shared/domain/returns/case-states';
import type { DueSoonItem } from '../../../../shared/domain/returns/returns-queries';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { DeadlineBadge } from './DeadlineBadge';

/** Deadlines due within 48 hours or already passed, across every open case, soonest first. */
export function DueSoonTable({ items }: { items: readonly DueSoonItem[] }) {
  if (items.length === 0) return <p className="empty">Nothing is due in the next 48 hours and nothing is overdue.</p>;
  return (
    <table className="table" aria-label="Deadlines due soon or overdue">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Case</th>
          <th scope="col">State</th>
          <th scope="col">Deadline</th>
          <th scope="col">Due by (UK time)</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.caseId}:${item.deadline.kind}`}>
            <td>
              <Link to={`/returns/case/${item.arrivalId}`}>{item.name}</Link>
              <div className="mono muted">{item.personReference}</div>
            </td>
            <td className="mono">{item.caseReference}</td>
            <td>
              {CASE_STATE_LABELS[item.state]}
              {item.nextStep && <div className="muted">{item.nextStep}</div>}
            </td>
            <td>{item.deadline.label}</td>
            <td className="nowrap">{formatUkDateTime(item.deadline.due)}</td>
            <td>
              <DeadlineBadge status={item.deadline.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
