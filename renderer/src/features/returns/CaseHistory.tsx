import { CASE_STATE_LABELS, caseEventLabel } from '../../../../shared/domain/returns/case-states';
import type { ReturnsCaseRecord } from '../../../../shared/domain/returns/returns-case-record';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { eventDetail } from './event-detail';

/**
 * Every move of the case: when, who, what and why, oldest first (the order it is read aloud
 * in a hand-over). It starts with the opening, which is the record's creation rather than a
 * move of the case machine, so it is not in `history`.
 */
export function CaseHistory({ record }: { record: ReturnsCaseRecord }) {
  return (
    <table className="table table--compact returns-history" aria-label="Case history">
      <thead>
        <tr>
          <th scope="col">When (UK time)</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td className="nowrap">{formatUkDateTime(record.createdAt)}</td>
          <td>{record.createdBy}</td>
          <td>Case opened: {CASE_STATE_LABELS.ARRIVED}</td>
          <td className="returns-why">—</td>
        </tr>
        {record.history.map((entry, i) => (
          <tr key={i}>
            <td className="nowrap">{formatUkDateTime(entry.at)}</td>
            <td>{entry.actor === 'system' ? 'System (time limit)' : entry.actor}</td>
            <td>
              {caseEventLabel(entry.event.type, entry.from)}: {CASE_STATE_LABELS[entry.from]} → {CASE_STATE_LABELS[entry.to]}
              {eventDetail(entry.event) && <div className="muted">{eventDetail(entry.event)}</div>}
            </td>
            <td className="returns-why">{entry.reason ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
