import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { nationalityName } from '../../../../shared/domain/reference/countries';
import type { TransferSummary } from '../../../../shared/domain/transfers/transfer';
import { TRANSFER_STATE_LABELS, TRANSFER_STATES, type TransferState } from '../../../../shared/domain/transfers/transfer-states';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';

/** /transfers: safe-route applications, newest first, found by name or any reference, filtered by state. */
export function TransferList() {
  const [search, setSearch] = useState('');
  const [state, setState] = useState<TransferState | ''>('');
  const [result, setResult] = useState<{ items: TransferSummary[]; truncated: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('transfers.list', { search, state: state || null }).then(
      (r) => live && (setResult(r), setFailure(null)),
      (e: unknown) => live && setFailure(e instanceof Error ? e.message : 'Could not list the transfers'),
    );
    return () => {
      live = false;
    };
  }, [search, state]);

  return (
    <section aria-labelledby="transfers-title">
      <div className="page-header">
        <h1 id="transfers-title">Safe-route transfers</h1>
        <div className="page-header__actions">
          <Link className="button button--primary" to="/transfers/new">
            Record an application
          </Link>
          <Link className="button button--quiet" to="/returns">
            Back to returns
          </Link>
        </div>
      </div>
      <div className="toolbar transfer-toolbar">
        <label htmlFor="transfer-search">Search</label>
        <input id="transfer-search" type="search" value={search} placeholder="Name or reference" onChange={(e) => setSearch(e.target.value)} />
        <label htmlFor="transfer-state">State</label>
        <select id="transfer-state" value={state} onChange={(e) => setState(e.target.value as TransferState | '')}>
          <option value="">Any</option>
          {TRANSFER_STATES.map((s) => (
            <option key={s} value={s}>
              {TRANSFER_STATE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner message={failure} />
      {result && result.items.length === 0 && <p className="empty">No applications match.</p>}
      {result && result.items.length > 0 && (
        <table className="table" aria-label="Safe-route applications">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Reference</th>
              <th scope="col">Application</th>
              <th scope="col">Nationality</th>
              <th scope="col">State</th>
              <th scope="col">Arrived in the UK</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((t) => (
              <tr key={t.id}>
                <td>
                  <Link to={`/transfers/${t.id}`}>{t.name}</Link>
                </td>
                <td className="mono">{t.reference}</td>
                <td className="mono">{t.applicationReference}</td>
                <td>{nationalityName(t.nationality)}</td>
                <td>{TRANSFER_STATE_LABELS[t.state]}</td>
                <td className="nowrap">{t.arrivedUkAt ? formatUkDateTime(t.arrivedUkAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result?.truncated && <p className="muted">Showing the newest 500: search to narrow the list.</p>}
    </section>
  );
}
