import type { IdentityDocument } from '../../../../../shared/domain/arrival';
import { DOCUMENT_TYPES } from '../../../../../shared/domain/reference/arrival-codes';
import { nationalityName } from '../../../../../shared/domain/reference/countries';
import { labelOf } from '../../../../../shared/domain/reference/options';
import { formatCalendarDate } from '../../../../../shared/domain/time';

export function DocumentTable({ documents }: { documents: readonly IdentityDocument[] }) {
  if (documents.length === 0) return <p className="muted">No document recorded.</p>;
  return (
    <table className="table table--compact">
      <thead>
        <tr>
          <th scope="col">Type</th>
          <th scope="col">Number</th>
          <th scope="col">Issuing state</th>
          <th scope="col">Expiry</th>
          <th scope="col">MRZ</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((d, i) => (
          <tr key={`${d.number}-${i}`}>
            <td>{labelOf(DOCUMENT_TYPES, d.type)}</td>
            <td className="mono">{d.number}</td>
            <td>{d.issuingState ? `${nationalityName(d.issuingState)} (${d.issuingState})` : '—'}</td>
            <td>{formatCalendarDate(d.expiryDate)}</td>
            <td>{d.mrz ? <pre className="mrz-kept">{d.mrz}</pre> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
