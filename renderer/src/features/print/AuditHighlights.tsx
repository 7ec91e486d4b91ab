import type { AuditEntry } from '../../../../shared/domain/audit';
import { auditValue, fieldLabel } from '../../../../shared/domain/field-labels';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { PrintSection } from './PrintBlocks';

/** Who recorded the record and every later correction, field by field. */
export function AuditHighlights({ entries }: { entries: AuditEntry[] }) {
  const corrections = entries.filter((e) => e.action === 'update');
  const created = entries.find((e) => e.action === 'create');
  return (
    <PrintSection title="Record history" long>
      {created && <p className="print-meta">Recorded by {created.officerName}, {formatUkDateTime(created.at)} UK time.</p>}
      {corrections.length === 0 ? (
        <p className="print-empty">No corrections.</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr><th>When (UK)</th><th>Officer</th><th>Field</th><th>Was</th><th>Now</th></tr>
          </thead>
          <tbody>
            {corrections.flatMap((e) =>
              e.changes.map((c) => (
                <tr key={`${e.id}-${c.field}`}><td>{formatUkDateTime(e.at)}</td><td>{e.receivedFromCentre ? `${e.officerName} (on another laptop)` : e.officerName}</td><td>{fieldLabel(c.field)}</td><td>{auditValue(c.from, c.field)}</td><td>{auditValue(c.to, c.field)}</td></tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </PrintSection>
  );
}
