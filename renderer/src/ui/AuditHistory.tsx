import { useEffect, useState } from 'react';
import { auditEntryHeading, type AuditEntry } from '../../../shared/domain/audit';
import { formatUkDateTime } from '../../../shared/domain/time';
import { call } from '../api/client';
import { FieldChangesTable } from './FieldChangesTable';

/** A record's history: every save, who made it, when, and each field's old and new value. */
export function AuditHistory({ recordId, refreshKey }: { recordId: string; refreshKey?: unknown }) {
  // 'failed' is kept apart from an empty history: an unreadable history must not read as "no changes".
  const [entries, setEntries] = useState<AuditEntry[] | 'failed' | null>(null);
  useEffect(() => {
    call('audit.forRecord', { recordId }).then(setEntries, () => setEntries('failed'));
  }, [recordId, refreshKey]);
  if (!entries) return null;
  return (
    <section className="audit" aria-labelledby={`audit-${recordId}`}>
      <h2 id={`audit-${recordId}`}>History</h2>
      {/* A record pulled from the centre has no saves on this laptop: say so rather than leave a bare heading. */}
      {entries === 'failed' ? (
        <p className="muted">The history could not be read just now.</p>
      ) : entries.length === 0 ? (
        <p className="muted">No changes recorded on this laptop yet.</p>
      ) : (
        <ol className="audit__list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p className="audit__when">
                {auditEntryHeading(entry)}, {formatUkDateTime(entry.at)}
              </p>
              {entry.note && <p className="audit__note">{entry.note}</p>}
              {entry.action === 'update' && entry.changes.length > 0 && <FieldChangesTable changes={entry.changes} />}
              {entry.action === 'update' && entry.changes.length === 0 && !entry.note && <p className="muted">No field changed.</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
