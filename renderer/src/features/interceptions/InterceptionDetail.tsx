import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { Interception } from '../../../../shared/domain/interception';
import { labelOf } from '../../../../shared/domain/reference/options';
import { OUTCOMES, ZONES } from '../../../../shared/domain/reference/interception-codes';
import { SITES } from '../../../../shared/domain/reference/sites';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';

export function InterceptionDetail() {
  const { id = '' } = useParams();
  const location = useLocation();
  const justSaved = (location.state as { justSaved?: boolean } | null)?.justSaved === true;
  const [record, setRecord] = useState<Interception | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('interceptions.get', { id })
      .then(setRecord)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : 'Could not open the interception'));
  }, [id]);

  if (error) return <ErrorBanner message={error} />;
  if (!record) return <p aria-busy="true">Loading…</p>;

  const rows: [string, string][] = [
    ['Site', labelOf(SITES, record.site)],
    ['Detected', formatUkDateTime(record.detectedAt)],
    ['Intercepted or landed', formatUkDateTime(record.interceptedAt)],
    ['Position', record.latitude === null || record.longitude === null ? '—' : `${record.latitude.toFixed(5)}, ${record.longitude.toFixed(5)}`],
    ['Zone', labelOf(ZONES, record.zone)],
    ['Outcome', labelOf(OUTCOMES, record.outcome)],
    ['People aboard', String(record.peopleAboard)],
    ['Notes', record.notes || '—'],
    ['Recorded by', record.createdBy],
    ['Recorded at', formatUkDateTime(record.createdAt)],
  ];

  return (
    <article aria-labelledby="interception-title">
      {justSaved && (
        <div className="banner banner--ok" role="status">
          Saved on this device as {record.reference}.
        </div>
      )}
      <div className="page-header">
        <h1 id="interception-title">Interception {record.reference}</h1>
        <Link className="button" to="/interceptions">
          Back to list
        </Link>
      </div>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
