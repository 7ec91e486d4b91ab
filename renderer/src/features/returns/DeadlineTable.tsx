import type { ReturnsCaseView } from '../../../../shared/domain/returns/returns-case-record';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { DeadlineBadge } from './DeadlineBadge';

/** The clocks still running on a case, soonest first, each with its UK date and time. */
export function DeadlineTable({ view }: { view: ReturnsCaseView }) {
  if (view.deadlines.length === 0) return <p className="muted">No deadlines are running: the case is closed.</p>;
  return (
    <table className="table table--fit" aria-label="Deadlines">
      <thead>
        <tr>
          <th scope="col">Deadline</th>
          <th scope="col">Due by (UK time)</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {view.deadlines.map((d) => (
          <tr key={d.kind}>
            <th scope="row">{d.label}</th>
            <td className="nowrap">{formatUkDateTime(d.due)}</td>
            <td>
              <DeadlineBadge status={d.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
