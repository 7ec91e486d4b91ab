import type { DashboardSummary } from '../../../../shared/domain/dashboard';
import { StatCard } from '../../ui/StatCard';
import { count } from './format';

/** The figures asked for first: boats, people, how crowded, who died or is missing, what was seized. */
export function HeadlineFigures({ summary: s }: { summary: DashboardSummary }) {
  const perBoat = s.peoplePerBoat === null ? '—' : s.peoplePerBoat.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return (
    <>
      {/* For screen readers' heading list: the first figures were level 3 under the page title. */}
      <h2 className="visually-hidden">Boats and people</h2>
      <div className="stat-grid">
        <StatCard label="Boats" value={count(s.boats)} />
        <StatCard label="People recorded" value={count(s.people)} note={`${count(s.peopleAboard)} counted aboard`} />
        <StatCard label="People per boat" value={perBoat} note="Counted aboard, average" />
      </div>
      <h2 className="dashboard__heading">Casualties and seizures</h2>
      <div className="stat-grid stat-grid--small">
        <StatCard label="Deaths" value={count(s.deaths)} {...(s.deaths > 0 ? { tone: 'alert' as const } : {})} />
        <StatCard label="Missing" value={count(s.missing)} {...(s.missing > 0 ? { tone: 'alert' as const } : {})} />
        <StatCard label="Injured" value={count(s.injured)} />
        <StatCard label="Vessels seized" value={count(s.vesselsSeized)} />
        <StatCard label="Engines seized" value={count(s.enginesSeized)} />
      </div>
    </>
  );
}
