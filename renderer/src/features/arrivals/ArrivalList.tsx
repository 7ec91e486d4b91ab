import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useShallow } from 'zustand/react/shallow';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ArrivalFilters } from './list/ArrivalFilters';
import { ArrivalTable } from './list/ArrivalTable';
import { ExportCsvButton } from './list/ExportCsvButton';
import { useArrivalListStore } from './list/arrival-list-store';
import { formatTotal } from './list/row-count';

/** Everyone recorded on this device, filtered and sorted by the engine, scrolled without paging. */
export function ArrivalList() {
  const { total, totalIsExact, error, searching } = useArrivalListStore(
    useShallow((s) => ({ total: s.total, totalIsExact: s.totalIsExact, error: s.error, searching: s.query.filter.search !== '' })),
  );
  const refresh = useArrivalListStore((s) => s.refresh);
  // Records may have changed since the list was last open (a correction, a new boat).
  useEffect(() => refresh(), [refresh]);

  return (
    <section aria-labelledby="arrivals-title" className="arrivals">
      <div className="page-header">
        <h1 id="arrivals-title">People</h1>
        <Link className="button button--primary" to="/arrivals/new">
          Record person
        </Link>
      </div>
      <ArrivalFilters />
      <div className="list-summary">
        <p role="status" aria-live="polite" className="list-summary__count" data-testid="arrival-total">
          {total === null ? 'Counting…' : `${formatTotal(total, totalIsExact)} ${total === 1 && totalIsExact ? 'person' : 'people'}`}
          {searching && <span className="muted"> · most recently recorded first</span>}
        </p>
        <ExportCsvButton />
      </div>
      <ErrorBanner message={error} />
      {total === 0 ? <p className="empty">No one matches these filters.</p> : <ArrivalTable labelledBy="arrivals-title" />}
    </section>
  );
}
