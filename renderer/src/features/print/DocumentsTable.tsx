import { DOCUMENT_TYPES } from '../../../../shared/domain/reference/arrival-codes';
import { nationalityName } from '../../../../shared/domain/reference/countries';
import { labelOf } from '../../../../shared/domain/reference/options';
import { formatCalendarDate } from '../../../../shared/domain/time';

/** A document as held on a person's record (or read back from a subject access export). */
export interface PrintedDocument {
  type?: unknown;
  number?: unknown;
  issuingState?: unknown;
  expiryDate?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A person's identity documents, as printed on the case summary and the subject access report. */
export function DocumentsTable({ documents }: { documents: readonly PrintedDocument[] }) {
  if (documents.length === 0) return <p className="print-empty">No documents recorded.</p>;
  return (
    <table className="print-table">
      <thead>
        <tr><th>Type</th><th>Number</th><th>Issuing state</th><th>Expiry</th></tr>
      </thead>
      <tbody>
        {documents.map((d, i) => (
          <tr key={i}>
            <td>{labelOf(DOCUMENT_TYPES, text(d.type))}</td>
            <td className="mono">{text(d.number)}</td>
            <td>{nationalityName(text(d.issuingState))}</td>
            <td>{formatCalendarDate(text(d.expiryDate))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
