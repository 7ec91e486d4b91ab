import { useEffect } from 'react';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useDashboardStore } from './dashboard-store';
import { HeadlineFigures } from './HeadlineFigures';
import { NationalityTable } from './NationalityTable';
import { PerDayCharts } from './PerDayCharts';
import { RangePicker } from './RangePicker';
import { WhoArrived } from './WhoArrived';
import { mediumDay } from './uk-days';

/** Figures for a range of UK days: what managers ask for every morning (DOMAIN.md "Statistics"). */
export function Dashboard() {
  const { summary, loading, error, refresh } = useDashboardStore();
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const period = summary && (summary.from === summary.to ? mediumDay(summary.from) : `${mediumDay(summary.from)} to ${mediumDay(summary.to)}`);
  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h1 id="dashboard-title">Dashboard</h1>
      <RangePicker />
      <ErrorBanner message={error} />
      <p className="dashboard__period" aria-live="polite">
        {loading ? 'Loading…' : period ? `Showing ${period} (UK days)` : ''}
      </p>
      {summary && (
        <div className={loading ? 'dashboard__figures dashboard__figures--stale' : 'dashboard__figures'} aria-busy={loading}>
          <HeadlineFigures summary={summary} />
          <WhoArrived summary={summary} />
          <PerDayCharts summary={summary} />
          <NationalityTable summary={summary} />
        </div>
      )}
    </section>
  );
}
