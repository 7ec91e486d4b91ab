import type { Transfer } from '../../../../shared/domain/transfers/transfer';
import { TRANSFER_STATE_LABELS } from '../../../../shared/domain/transfers/transfer-states';
import { formatUkDateTime } from '../../../../shared/domain/time';

/** Every move of the application: when, who, from where to where, and why. */
export function TransferHistory({ history }: { history: Transfer['history'] }) {
  if (history.length === 0) return <p className="muted">Submitted; not moved on yet.</p>;
  return (
    <table className="table table--compact" aria-label="State history">
      <thead>
        <tr>
          <th scope="col">When (UK time)</th>
          <th scope="col">Who</th>
          <th scope="col">Move</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {history.map((h, i) => (
          <tr key={i}>
            <td className="nowrap">{formatUkDateTime(h.at)}</td>
            <td>{h.actor}</td>
            <td>
              {TRANSFER_STATE_LABELS[h.from]} → {TRANSFER_STATE_LABELS[h.to]}
            </td>
            <td className="returns-why">{h.reason ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
